// "Bản dịch của" in the article form. Without this script the editor types the original's number into the field (and
// clears it to remove the link). With it, a search-as-you-type box finds the original among the other language's
// articles and fills the number in, and a "Bỏ" button clears it; the number travels in the same field either way.
(function () {
  "use strict";
  var picker = document.querySelector("[data-translation-picker]");
  var field = picker && picker.querySelector("input[name=TranslationOfId]");
  if (!field || !window.fetch) { return; }
  var search = picker.querySelector(".translation-search");
  var input = search.querySelector("input");
  var results = search.querySelector(".translation-results");
  var status = search.querySelector(".translation-status");
  var current = picker.querySelector(".translation-partner");
  var url = picker.getAttribute("data-search-url");
  var language = picker.form && picker.form.querySelector("[name=Language]");

  search.hidden = false;
  var shared = window.HealthNewsArticleSearch({
    input: input, results: results, status: status, url: url, language: language,
    labelFor: function (item) { return "Chọn làm bản gốc: " + item.title; },
    pick: function (item) { choose(item); },
    noneFound: function () { return "Không tìm thấy bài " + otherLanguageName() + " nào chưa có bản dịch."; },
    found: function (n) { return n + " bài; bấm vào một bài để chọn làm bản gốc."; }
  });
  var say = shared.say;
  var button = shared.button;

  function otherLanguageName() {
    return language && language.value === "en" ? "tiếng Việt" : "tiếng Anh";
  }

  function changed() {
    field.dispatchEvent(new Event("input", { bubbles: true })); // the editor counts it as an unsaved change
  }

  function clear() {
    field.value = "";
    current.textContent = "";
    changed();
    say("Đã bỏ liên kết. Bấm “Lưu” để ghi lại.");
    input.focus();
  }

  function showCurrent(title) {
    current.textContent = "Bản gốc " + otherLanguageName() + ": " + title + " ";
    current.appendChild(button("Bỏ", "Bỏ liên kết với: " + title, clear));
  }

  function choose(item) {
    field.value = String(item.id);
    showCurrent(item.title);
    changed();
    say("Đã chọn “" + item.title + "” làm bản gốc. Bấm “Lưu” để ghi lại.");
  }

  var existing = current.querySelector(".translation-current a");
  if (existing && field.value) {
    current.appendChild(button("Bỏ", "Bỏ liên kết với: " + existing.textContent, clear));
  }
})();
