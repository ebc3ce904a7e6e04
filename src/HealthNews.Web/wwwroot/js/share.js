// Share buttons under an article: the few that need a script show only when it runs; the links work without it.
(function () {
  "use strict";
  document.querySelectorAll(".share [data-share]").forEach(function (button) {
    var action = button.getAttribute("data-share");
    var url = button.closest(".share").getAttribute("data-url");
    var title = document.title;
    if (action === "native" && !navigator.share) { return; }
    if (action === "copy" && !(navigator.clipboard && navigator.clipboard.writeText)) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      if (action === "print") {
        window.print();
      } else if (action === "native") {
        navigator.share({ title: title, url: url }).catch(function () { });
      } else if (action === "copy") {
        navigator.clipboard.writeText(url).then(function () {
          var status = button.closest(".share").querySelector(".share-status");
          status.textContent = "Đã chép đường dẫn.";
        });
      }
    });
  });
})();
