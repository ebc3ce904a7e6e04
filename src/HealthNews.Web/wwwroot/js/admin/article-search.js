// The article forms' search-as-you-type boxes ("Tin liên quan", "Bản dịch của"): one search of the newsroom's articles
// in the edited article's edition (or, for a translation, the other one), answered as buttons that pick an article.
// Each picker says what a pick does; this file asks, lists and announces. window.HealthNewsArticleSearch(options):
//   input, results, status  the box, the list of answers and the live status line
//   url                     the JSON search address; language: the form's "Ngôn ngữ" field, sent as ngon-ngu
//   labelFor(item)          the accessible name of an answer's button; pick(item): what choosing it does
//   noneFound, found(n)     what the status line says after an answer
(function () {
  "use strict";

  function button(text, label, action) {
    var b = document.createElement("button");
    b.type = "button";
    b.textContent = text;
    b.setAttribute("aria-label", label);
    b.addEventListener("click", action);
    return b;
  }

  window.HealthNewsArticleSearch = function (options) {
    var timer = 0;
    var asked = 0;

    function say(text) { options.status.textContent = text; }

    function show(items) {
      options.results.textContent = "";
      items.forEach(function (item) {
        var li = document.createElement("li");
        li.appendChild(button(item.date ? item.title + " (" + item.date + ")" : item.title, options.labelFor(item), function () {
          options.pick(item);
        }));
        options.results.appendChild(li);
      });
      say(items.length === 0 ? options.noneFound() : options.found(items.length));
    }

    function find() {
      var query = options.input.value.trim();
      var mine = ++asked;
      if (query.length < 2) { options.results.textContent = ""; say(""); return; }
      fetch(options.url + (options.url.indexOf("?") < 0 ? "?" : "&") + "q=" + encodeURIComponent(query)
        + (options.language ? "&ngon-ngu=" + encodeURIComponent(options.language.value) : ""), {
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

    options.input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(find, 250);
    });
    // Enter picks the first answer instead of submitting the article form.
    options.input.addEventListener("keydown", function (event) {
      if (event.key === "Enter") {
        event.preventDefault();
        var first = options.results.querySelector("button");
        if (first) { first.click(); }
      }
    });
    return { say: say, button: button };
  };
})();
