// Every admin page: signing out forgets what the editor kept in this browser (unsaved new articles, editor.js), so
// the next person at a shared computer is not offered it.
(function () {
  'use strict';
  document.querySelectorAll('form.signout').forEach(function (form) {
    form.addEventListener('submit', function () {
      try {
        Object.keys(localStorage).filter(function (key) { return key.indexOf('healthnews:') === 0; })
          .forEach(function (key) { localStorage.removeItem(key); });
      } catch (e) { /* storage off: nothing kept */ }
    });
  });
})();
