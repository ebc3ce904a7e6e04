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
  var timer = 0;
  var asked = 0;

  search.hidden = false;

  function say(text) { status.textContent = text; }

  function button(text, label, action) {
    var b = document.createElement("button");
    b.type = "button";
    b.textContent = text;
    b.setAttribute("aria-label", label);
    b.addEventListener("click", action);
    return b;
  }

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

  function show(items) {
    results.textContent = "";
    items.forEach(function (item) {
      var li = document.createElement("li");
      li.appendChild(button(item.date ? item.title + " (" + item.date + ")" : item.title, "Chọn làm bản gốc: " + item.title, function () {
        choose(item);
      }));
      results.appendChild(li);
    });
    say(items.length === 0
      ? "Không tìm thấy bài " + otherLanguageName() + " nào chưa có bản dịch."
      : items.length + " bài; bấm vào một bài để chọn làm bản gốc.");
  }

  function find() {
    var query = input.value.trim();
    var mine = ++asked;
    if (query.length < 2) { results.textContent = ""; say(""); return; }
    fetch(url + (url.indexOf("?") < 0 ? "?" : "&") + "q=" + encodeURIComponent(query)
      + (language ? "&ngon-ngu=" + encodeURIComponent(language.value) : ""), {
      credentials: "same-origin", headers: { "Accept": "application/json" }
    }).then(function (response) {
      if (!response.ok) { throw new Error(String(response.status)); }
      return response.json();
    }).then(function (items) {
      if (mine === asked) { show(items); }
    }).catch(function () {
      if (mine === asked) { say("Không tìm được lúc này; hãy thử lại (phiên đăng nhập có thể đã hết hạn)."); }
    });
  }

  var existing = current.querySelector(".translation-current a");
  if (existing && field.value) {
    current.appendChild(button("Bỏ", "Bỏ liên kết với: " + existing.textContent, clear));
  }
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(find, 250);
  });
  // Enter picks the first result instead of submitting the article form.
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      event.preventDefault();
      var first = results.querySelector("button");
      if (first) { first.click(); }
    }
  });
})();
