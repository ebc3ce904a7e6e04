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
  var timer = 0;
  var asked = 0;

  picker.querySelector(".related-plain").hidden = true;
  picker.querySelector(".related-plain select").disabled = true;
  search.hidden = false;
  Array.prototype.forEach.call(list.children, enhance);

  function button(text, label, action) {
    var b = document.createElement("button");
    b.type = "button";
    b.textContent = text;
    b.setAttribute("aria-label", label);
    b.addEventListener("click", action);
    return b;
  }

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

  function say(text) { status.textContent = text; }

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

  function show(items) {
    results.textContent = "";
    items.forEach(function (item) {
      var li = document.createElement("li");
      li.appendChild(button(item.date ? item.title + " (" + item.date + ")" : item.title, "Thêm: " + item.title, function () {
        add(item);
      }));
      results.appendChild(li);
    });
    say(items.length === 0 ? "Không tìm thấy bài đã xuất bản nào." : items.length + " bài; bấm vào một bài để thêm.");
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
