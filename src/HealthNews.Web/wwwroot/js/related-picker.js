// "Tin liên quan" in the article form. Without this script the form lists the picked articles (each with a "Bỏ" box)
// and a list of recent articles to add. With it, a search-as-you-type box replaces that list, and each picked article
// gets buttons to move it up or down and to remove it. The picks travel as hidden fields, in order, either way.
(function () {
  "use strict";
  var picker = document.querySelector("[data-related-picker]");
  if (!picker || !window.fetch) { return; }
  var list = picker.querySelector(".related-picked");
  var search = picker.querySelector(".related-search");
  var input = search.querySelector("input");
  var results = search.querySelector(".related-results");
  var status = search.querySelector(".related-status");
  var max = parseInt(picker.getAttribute("data-max"), 10) || 10;
  var url = picker.getAttribute("data-search-url");
  // The edited article's edition, as the form says it now: only its articles may be picked.
  var language = picker.form && picker.form.querySelector("[name=Language]");

  picker.querySelector(".related-plain").hidden = true;
  picker.querySelector(".related-plain select").disabled = true;
  search.hidden = false;
  var shared = window.HealthNewsArticleSearch({ // admin/article-search.js
    input: input, results: results, status: status, url: url, language: language,
    labelFor: function (item) { return "Thêm: " + item.title; },
    pick: add,
    noneFound: function () { return "Không tìm thấy bài đã xuất bản nào."; },
    found: function (n) { return n + " bài; bấm vào một bài để thêm."; }
  });
  var say = shared.say;
  var button = shared.button;
  Array.prototype.forEach.call(list.children, enhance);

  function enhance(li) {
    var remove = li.querySelector(".related-remove");
    if (remove) { remove.remove(); }
    var title = li.querySelector(".related-title").textContent;
    var tools = document.createElement("span");
    tools.className = "related-tools";
    tools.appendChild(button("↑", "Đưa lên: " + title, function () {
      if (li.previousElementSibling) { list.insertBefore(li, li.previousElementSibling); }
    }));
    tools.appendChild(button("↓", "Đưa xuống: " + title, function () {
      if (li.nextElementSibling) { list.insertBefore(li.nextElementSibling, li); }
    }));
    tools.appendChild(button("Bỏ", "Bỏ: " + title, function () {
      li.remove();
      say("Đã bỏ “" + title + "”. Bấm “Lưu” để ghi lại.");
      input.focus();
    }));
    li.appendChild(tools);
  }

  function pickedIds() {
    return Array.prototype.map.call(list.querySelectorAll("input[type=hidden]"), function (i) { return i.value; });
  }


  function add(item) {
    var id = String(item.id);
    if (pickedIds().indexOf(id) >= 0) { say("“" + item.title + "” đã có trong danh sách."); return; }
    if (pickedIds().length >= max) { say("Chỉ chọn được tối đa " + max + " tin liên quan."); return; }
    var li = document.createElement("li");
    var hidden = document.createElement("input");
    hidden.type = "hidden";
    hidden.name = "RelatedArticleIds";
    hidden.value = id;
    var title = document.createElement("span");
    title.className = "related-title";
    title.textContent = item.date ? item.title + " (" + item.date + ")" : item.title;
    li.appendChild(hidden);
    li.appendChild(title);
    list.appendChild(li);
    enhance(li);
    say("Đã thêm “" + item.title + "”. Bấm “Lưu” để ghi lại.");
  }

})();
