// The article editor (ADR-012). The form works without this script; with it the body gets EasyMDE's toolbar and
// shortcuts, a live preview beside it rendered by the server (the portal's own renderer and reader stylesheet, in a
// sandboxed frame that runs no script), pictures pasted, dropped or picked from the library, paste clean-up
// (paste.js), counts, the address the article will get, autosave every 30 s and on leaving, a warning before leaving
// unsaved changes, and a note when someone else has the article open. Every address comes from the form's data-.
(function () {
  'use strict';

  var form = document.getElementById('article-form');
  var textarea = form && form.querySelector('textarea.body');
  if (!form || !textarea || !window.EasyMDE) {
    return;
  }
  var data = form.dataset;
  var stampField = form.querySelector('input[name="ConcurrencyStamp"]');
  var idField = form.querySelector('input[name="Id"]');
  var saveState = form.querySelector('.save-state');
  var othersNote = document.querySelector('.others-editing');
  var heartbeatMs = (parseInt(data.heartbeatSeconds, 10) || 30) * 1000;
  // Per person: on a shared computer nobody is offered someone else's unsaved text (signing out clears it, admin.js).
  var backupKey = 'healthnews:bai-moi:' + (data.userId || '');
  var token = form.querySelector('input[name="__RequestVerificationToken"]').value;

  // A post that carries only the antiforgery token (and what is added to it).
  function tokenOnly() {
    var body = new FormData();
    body.append('__RequestVerificationToken', token);
    return body;
  }

  function debounce(fn, ms) {
    var timer = 0;
    return function () {
      clearTimeout(timer);
      timer = setTimeout(fn, ms);
    };
  }

  function say(text, warn) {
    saveState.textContent = text;
    saveState.classList.toggle('warn', !!warn);
  }

  function isNew() {
    return idField.value === '0' || idField.value === '';
  }

  // ---- The editor and its toolbar ----------------------------------------------------------------------------
  function tool(name, action, text, title) {
    return { name: name, action: action, text: text, title: title, className: 'tb-' + name };
  }

  var editor = new window.EasyMDE({
    element: textarea,
    autoDownloadFontAwesome: false,
    spellChecker: false,
    nativeSpellcheck: true,
    status: false,
    forceSync: true,
    minHeight: '420px',
    placeholder: 'Viết nội dung bài ở đây. Dán từ Word được giữ nguyên chữ; ảnh: dán, kéo thả hoặc bấm nút “Ảnh”.',
    unorderedListStyle: '-',
    promptURLs: true,
    promptTexts: { link: 'Dán địa chỉ liên kết (https://…):' },
    blockStyles: { italic: '*' },
    insertTexts: { table: ['', '\n\n| Cột 1 | Cột 2 |\n| --- | --- |\n| Nội dung | Nội dung |\n\n'] },
    shortcuts: {
      toggleBold: 'Cmd-B', toggleItalic: 'Cmd-I', drawLink: 'Cmd-K', toggleHeadingSmaller: null, toggleCodeBlock: null,
      togglePreview: null, toggleSideBySide: null, toggleFullScreen: null, drawImage: null, toggleOrderedList: null, toggleUnorderedList: null,
      cleanBlock: null, toggleBlockquote: null
    },
    toolbar: [
      tool('bold', window.EasyMDE.toggleBold, 'B', 'Chữ đậm'),
      tool('italic', window.EasyMDE.toggleItalic, 'I', 'Chữ nghiêng'),
      tool('heading-2', window.EasyMDE.toggleHeading2, 'H2', 'Tiêu đề mục H2'),
      tool('heading-3', window.EasyMDE.toggleHeading3, 'H3', 'Tiêu đề mục nhỏ H3'),
      '|',
      tool('unordered-list', window.EasyMDE.toggleUnorderedList, '• Danh sách', 'Danh sách gạch đầu dòng'),
      tool('ordered-list', window.EasyMDE.toggleOrderedList, '1. Danh sách', '1. Danh sách đánh số'),
      tool('quote', window.EasyMDE.toggleBlockquote, '“ Trích dẫn', 'Trích dẫn'),
      '|',
      tool('link', window.EasyMDE.drawLink, 'Liên kết', 'Chèn liên kết'),
      tool('image', function () { openImageDialog(null, 'body'); }, 'Ảnh', 'Chèn ảnh'),
      tool('table', window.EasyMDE.drawTable, 'Bảng', 'Chèn bảng'),
      '|',
      tool('undo', window.EasyMDE.undo, '↶', 'Hoàn tác'),
      tool('redo', window.EasyMDE.redo, '↷', 'Làm lại'),
      '|',
      tool('live-preview', togglePreview, 'Xem trước', 'Xem trước bên cạnh')
    ]
  });
  var cm = editor.codemirror;
  var input = cm.getInputField();
  input.setAttribute('aria-label', 'Nội dung bài viết');
  input.setAttribute('aria-describedby', 'body-help body-counts');
  document.querySelectorAll('.editor-toolbar button').forEach(function (b) { b.tabIndex = 0; });

  // Ctrl+S saves, in the editor and anywhere on the page.
  function saveNow() {
    form.requestSubmit(form.querySelector('button[name="next"][value="sua"]'));
  }
  // Tab and Shift+Tab leave the editor as they leave any field (no keyboard trap, no tab that makes a code block).
  cm.addKeyMap({ 'Ctrl-S': saveNow, 'Cmd-S': saveNow, Tab: false, 'Shift-Tab': false });
  document.addEventListener('keydown', function (e) {
    if ((e.ctrlKey || e.metaKey) && !e.altKey && (e.key === 's' || e.key === 'S')) {
      e.preventDefault();
      saveNow();
    }
  });

  // ---- Live preview -------------------------------------------------------------------------------------------
  var area = form.querySelector('.editor-area');
  var pane = form.querySelector('.live-preview-pane');
  var frame = pane.querySelector('iframe');
  var previewing = 0;

  function renderPreview() {
    if (pane.hidden) {
      return;
    }
    var ticket = ++previewing;
    fetch(data.previewUrl, { method: 'POST', body: new FormData(form), credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.text() : Promise.reject(r); })
      .then(function (html) {
        if (ticket !== previewing) {
          return;
        }
        var y = frame.contentWindow ? frame.contentWindow.scrollY : 0;
        frame.onload = function () { frame.contentWindow.scrollTo(0, y); form.dispatchEvent(new Event('healthnews:preview')); };
        frame.srcdoc = html;
      })
      .catch(function () { /* the next change tries again */ });
  }
  var renderPreviewSoon = debounce(renderPreview, 500);

  function togglePreview() {
    pane.hidden = !pane.hidden;
    area.classList.toggle('side-by-side', !pane.hidden);
    var button = document.querySelector('.editor-toolbar .tb-live-preview');
    if (button) {
      button.setAttribute('aria-pressed', String(!pane.hidden));
    }
    renderPreview();
  }
  if (window.matchMedia('(min-width: 1100px)').matches) {
    togglePreview();
  }

  // ---- Counts, title length, the address --------------------------------------------------------------------
  var titleField = form.querySelector('input[name="Title"]');
  var slugField = form.querySelector('input[name="Slug"]');
  var titleNote = document.getElementById('title-length');
  var slugNote = document.getElementById('slug-preview');
  var countsNote = document.getElementById('body-counts');
  var titleLimit = parseInt(data.titleLimit, 10) || 70;
  var number = new Intl.NumberFormat('vi-VN');

  function plainWords(markdown) {
    return markdown
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, ' ')   // pictures are not read
      .replace(/\]\([^)]*\)/g, ' ')              // link addresses are not read
      .replace(/[#>*_`|[\]\\-]+/g, ' ')
      .split(/\s+/).filter(function (w) { return /[\p{L}\p{N}]/u.test(w); });
  }

  function showCounts() {
    var text = editor.value();
    var words = plainWords(text).length;
    var minutes = Math.max(1, Math.round(words / 220));
    countsNote.textContent = number.format(words) + ' từ · ' + number.format(text.length) + ' ký tự · khoảng ' + minutes + ' phút đọc';
  }

  function showTitleLength() {
    var length = titleField.value.trim().length;
    var over = length > titleLimit;
    titleNote.classList.toggle('warn', over);
    titleNote.textContent = over
      ? 'Tiêu đề dài ' + length + ' ký tự: công cụ tìm kiếm thường chỉ hiện khoảng ' + titleLimit + ' ký tự đầu, phần sau bị cắt.'
      : 'Tiêu đề: ' + length + '/' + titleLimit + ' ký tự hiện đủ trên công cụ tìm kiếm.';
  }

  // The edition chosen in the form (a hidden field carries it once it can't change): the address is free in it and is its.
  var languageField = form.querySelector('[name="Language"]');
  var showAddress = debounce(function () {
    var query = new URLSearchParams({ title: titleField.value, slug: slugField.value, id: idField.value || '0' });
    if (languageField) {
      query.set('ngon-ngu', languageField.value);
    }
    fetch(data.slugUrl + '?' + query, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r); })
      .then(function (a) { slugNote.textContent = a.url ? 'Địa chỉ bài viết: ' + a.url : ''; })
      .catch(function () { /* shown again on the next change */ });
  }, 400);

  titleField.addEventListener('input', function () { showTitleLength(); showAddress(); });
  slugField.addEventListener('input', showAddress);
  if (languageField) {
    languageField.addEventListener('change', showAddress);
  }
  showCounts();
  showTitleLength();
  showAddress();

  // ---- Autosave, leaving, and who else is editing -------------------------------------------------------------
  var changes = 0;      // edits since the page opened
  var savedChanges = 0; // edits the last successful save holds
  var saving = false;
  var stopped = false;  // after a conflict: saving again would only be refused again
  var leaving = false;  // the form is being submitted: no question on leaving

  function dirty() {
    return changes !== savedChanges;
  }

  function changed() {
    changes++;
    if (isNew()) {
      backUp();
    }
  }

  function showOthers(others) {
    if (!othersNote) {
      return;
    }
    othersNote.hidden = !others || others.length === 0;
    othersNote.querySelector('.others-names').textContent = (others || []).join(', ');
  }

  function adopt(answer) {
    stampField.value = answer.stamp;
    if (isNew()) {
      idField.value = String(answer.id);
      form.action = answer.editUrl;
      data.autosaveUrl = answer.autosaveUrl;
      data.editorsUrl = answer.editorsUrl;
      history.replaceState(null, '', answer.editUrl);
      var create = form.querySelector('button[name="next"][value="sua"]');
      if (create) {
        create.textContent = 'Lưu';
      }
      localStorage.removeItem(backupKey);
    }
    showOthers(answer.others);
  }

  var inflight = Promise.resolve();

  function autosave(onLeave) {
    if (saving || stopped || !dirty() || (leaving && !onLeave)) {
      return;
    }
    var holding = changes;
    var body = new FormData(form);
    if (onLeave) {
      // The page is going: the browser finishes the request on its own; nothing comes back to read.
      fetch(data.autosaveUrl, { method: 'POST', body: body, credentials: 'same-origin', keepalive: true });
      return;
    }
    saving = true;
    say('Đang lưu…');
    inflight = fetch(data.autosaveUrl, { method: 'POST', body: body, credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) {
        var json = (r.headers.get('Content-Type') || '').indexOf('application/json') === 0;
        if (!json) {
          return Promise.reject(new Error('Phiên đăng nhập đã hết hạn hoặc máy chủ không trả lời. Hãy đăng nhập lại ở thẻ khác rồi bấm “Lưu”; nội dung vẫn còn trên trang này.'));
        }
        return r.json().then(function (answer) {
          if (!r.ok) {
            if (r.status === 409) {
              stopped = true;
            }
            return Promise.reject(new Error('Chưa tự lưu được: ' + answer.message));
          }
          return answer;
        });
      })
      .then(function (answer) {
        adopt(answer);
        savedChanges = holding;
        say('Đã lưu lúc ' + answer.savedAt);
      })
      .catch(function (error) { say(error.message || 'Chưa tự lưu được; sẽ thử lại.', true); })
      .then(function () { saving = false; });
  }

  function heartbeat() {
    if (!data.editorsUrl) {
      return;
    }
    fetch(data.editorsUrl, { method: 'POST', body: tokenOnly(), credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r); })
      .then(function (answer) { showOthers(answer.others); })
      .catch(function () { /* the next beat tries again */ });
  }

  setInterval(function () {
    if (dirty()) {
      autosave(false);
    } else {
      heartbeat();
    }
  }, heartbeatMs);
  heartbeat();

  cm.on('change', function () {
    changed();
    showCounts();
    renderPreviewSoon();
  });
  form.addEventListener('input', function (e) {
    if (e.target !== input) {
      changed();
      renderPreviewSoon();
    }
  });
  form.addEventListener('change', function (e) {
    if (e.target.type === 'radio' || e.target.tagName === 'SELECT') {
      changed();
      renderPreviewSoon();
    }
  });
  // A save waits for an autosave under way, so that it carries the stamp the autosave got back.
  form.addEventListener('submit', function (e) {
    if (saving) {
      e.preventDefault();
      var submitter = e.submitter;
      inflight.then(function () { form.requestSubmit(submitter); });
      return;
    }
    leaving = true;
  });
  window.addEventListener('beforeunload', function (e) {
    if (leaving || !dirty()) {
      return;
    }
    e.preventDefault();
    e.returnValue = '';
  });
  // Really leaving (the question, if any, was answered "leave"): the last changes go with a request the browser finishes.
  window.addEventListener('pagehide', function (e) {
    if (!e.persisted && !leaving && dirty() && (!isNew() || (titleField.value.trim() && form.querySelector('[name="CategoryId"]').value))) {
      autosave(true);
      if (isNew()) {
        localStorage.removeItem(backupKey);
      }
    }
    if (data.editorsUrl) {
      var body = tokenOnly();
      body.append('leaving', 'true');
      navigator.sendBeacon(data.editorsUrl, body);
    }
  });
  // Back to a page kept by the browser: its concurrency stamp may be old, so open it afresh.
  window.addEventListener('pageshow', function (e) {
    if (e.persisted) {
      location.reload();
    }
  });

  // A new article has no place on the server until it has a title and a category: until then the browser keeps it.
  function backUp() {
    try {
      localStorage.setItem(backupKey, JSON.stringify({
        title: titleField.value, summary: form.querySelector('[name="Summary"]').value, body: editor.value(), at: new Date().toISOString()
      }));
    } catch (e) { /* storage full or off: the server autosave still runs */ }
  }

  function offerBackup() {
    var saved = null;
    try {
      saved = JSON.parse(localStorage.getItem(backupKey) || 'null');
    } catch (e) { saved = null; }
    if (saved && !isNew() && saved.title && saved.title === titleField.value) {
      localStorage.removeItem(backupKey); // the article it kept has been saved
      return;
    }
    if (!saved || !isNew() || editor.value() || !(saved.body || saved.title)) {
      return;
    }
    var when = new Date(saved.at).toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit' });
    var box = document.createElement('p');
    box.className = 'flash warn restore';
    box.setAttribute('role', 'status');
    box.textContent = 'Có một bài bạn viết dở lúc ' + when + ' chưa được lưu. ';
    var restore = document.createElement('button');
    restore.type = 'button';
    restore.textContent = 'Khôi phục';
    restore.addEventListener('click', function () {
      titleField.value = saved.title || '';
      form.querySelector('[name="Summary"]').value = saved.summary || '';
      editor.value(saved.body || '');
      showTitleLength();
      showAddress();
      box.remove();
    });
    var discard = document.createElement('button');
    discard.type = 'button';
    discard.textContent = 'Bỏ đi';
    discard.addEventListener('click', function () { localStorage.removeItem(backupKey); box.remove(); });
    box.append(restore, ' ', discard);
    form.prepend(box);
  }
  offerBackup();

  // ---- Paste and drop -----------------------------------------------------------------------------------------
  var pasteRaw = false; // Ctrl+Shift+V: the clipboard's text as it is, for Markdown copied on purpose
  cm.on('keydown', function (_, e) {
    pasteRaw = (e.ctrlKey || e.metaKey) && e.shiftKey && (e.key === 'v' || e.key === 'V');
  });

  function imageIn(list) {
    for (var i = 0; list && i < list.length; i++) {
      if (/^image\//.test(list[i].type)) {
        return list[i];
      }
    }
    return null;
  }

  cm.on('paste', function (_, e) {
    var clip = e.clipboardData;
    if (!clip) {
      return;
    }
    var picture = imageIn(clip.files);
    if (picture) {
      e.preventDefault();
      openImageDialog(picture, 'body');
      return;
    }
    var html = clip.getData('text/html');
    var text = clip.getData('text/plain');
    var markdown;
    if (pasteRaw || /^!\[[^\]\n]*\]\([^)\n]*\)$/.test(text.trim())) {
      markdown = text; // deliberate Markdown, or a picture's code copied from the library
    } else if (html) {
      markdown = window.HealthNewsPaste.htmlToMarkdown(html);
      if (window.HealthNewsPaste.hasPictures(html)) {
        say('Ảnh trong phần dán không được chép: hãy chèn ảnh bằng nút “Ảnh” để có mô tả và chú thích.', true);
      }
    } else {
      markdown = window.HealthNewsPaste.plainTextToMarkdown(text);
    }
    pasteRaw = false;
    e.preventDefault();
    var multiBlock = markdown.indexOf('\n') >= 0;
    cm.replaceSelection(multiBlock ? markdown + '\n\n' : markdown);
  });

  cm.on('drop', function (_, e) {
    var picture = imageIn(e.dataTransfer && e.dataTransfer.files);
    if (picture) {
      e.preventDefault();
      openImageDialog(picture, 'body');
    }
  });

  // ---- Pictures: the dialog for the body and for the featured image --------------------------------------------
  var dialog = document.querySelector('.image-dialog');
  var results = dialog.querySelector('.image-results');
  var search = dialog.querySelector('#image-search');
  var fileInput = dialog.querySelector('#image-file');
  var chosenPreview = dialog.querySelector('.image-chosen');
  var altInput = dialog.querySelector('#image-alt');
  var captionInput = dialog.querySelector('#image-caption');
  var errorBox = dialog.querySelector('.image-error');
  var insertButton = dialog.querySelector('.image-insert');
  var purpose = 'body';
  var chosenFile = null;
  var chosenImage = null;

  function showError(text) {
    errorBox.hidden = !text;
    errorBox.textContent = text || '';
  }

  function choose(image, button) {
    chosenImage = image;
    chosenFile = null;
    fileInput.value = '';
    chosenPreview.hidden = true;
    results.querySelectorAll('[aria-pressed]').forEach(function (b) { b.setAttribute('aria-pressed', 'false'); });
    if (button) {
      button.setAttribute('aria-pressed', 'true');
    }
    if (!altInput.value) {
      altInput.value = image.altText || '';
    }
    if (!captionInput.value) {
      captionInput.value = image.caption || '';
    }
  }

  function thumbnail(image) {
    var img = document.createElement('img');
    img.src = image.thumbnailUrl || image.url;
    img.alt = '';
    img.width = 160;
    img.height = 90;
    img.loading = 'lazy';
    return img;
  }

  var findImages = debounce(function () {
    var query = new URLSearchParams({ q: search.value });
    fetch(data.pickerUrl + '?' + query, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r); })
      .then(function (page) {
        results.textContent = '';
        if (page.items.length === 0) {
          var none = document.createElement('p');
          none.className = 'hint';
          none.textContent = 'Không có ảnh nào khớp.';
          results.append(none);
        }
        page.items.forEach(function (image) {
          var button = document.createElement('button');
          button.type = 'button';
          button.className = 'picker-item';
                    button.setAttribute('aria-pressed', 'false');
          var name = document.createElement('span');
          name.className = 'picker-name';
          name.textContent = image.altText || image.fileName;
          button.append(thumbnail(image), name);
          button.addEventListener('click', function () { choose(image, button); });
          results.append(button);
        });
      })
      .catch(function () { showError('Không tải được thư viện ảnh; hãy thử lại.'); });
  }, 300);
  search.addEventListener('input', findImages);

  function takeFile(file) {
    chosenFile = file;
    chosenImage = null;
    results.querySelectorAll('[aria-pressed]').forEach(function (b) { b.setAttribute('aria-pressed', 'false'); });
    var reader = new FileReader();
    reader.onload = function () {
      chosenPreview.src = reader.result;
      chosenPreview.hidden = false;
    };
    reader.readAsDataURL(file);
    altInput.focus();
  }
  fileInput.addEventListener('change', function () {
    if (fileInput.files.length > 0) {
      takeFile(fileInput.files[0]);
    }
  });

  function openImageDialog(file, forWhat) {
    purpose = forWhat;
    chosenFile = null;
    chosenImage = null;
    altInput.value = '';
    captionInput.value = '';
    search.value = '';
    fileInput.value = '';
    chosenPreview.hidden = true;
    showError('');
    dialog.querySelector('#image-dialog-title').textContent = forWhat === 'featured' ? 'Chọn ảnh đại diện' : 'Chèn ảnh';
    insertButton.textContent = forWhat === 'featured' ? 'Chọn ảnh này' : 'Chèn ảnh';
    findImages();
    dialog.showModal();
    if (file) {
      takeFile(file);
    } else {
      search.focus();
    }
  }

  function upload() {
    var body = tokenOnly();
    body.append('File', chosenFile, chosenFile.name || 'anh-dan.png');
    body.append('AltText', altInput.value.trim());
    body.append('Caption', captionInput.value.trim());
    return fetch(data.uploadUrl, { method: 'POST', body: body, credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) {
        var json = (r.headers.get('Content-Type') || '').indexOf('application/json') === 0;
        if (!json) {
          return Promise.reject(new Error('Không tải lên được (tệp quá lớn, hoặc phiên đăng nhập đã hết hạn).'));
        }
        return r.json().then(function (answer) { return r.ok ? answer : Promise.reject(new Error(answer.message)); });
      });
  }

  // Markdown's own escapes for the words inside [ ] and " ".
  function altMarkdown(text) { return text.replace(/([\\[\]])/g, '\\$1'); }
  function titleMarkdown(text) { return text.replace(/(["\\])/g, '\\$1'); }

  function insertPicture(image, alt, caption) {
    var code = '![' + altMarkdown(alt) + '](' + image.url + (caption ? ' "' + titleMarkdown(caption) + '"' : '') + ')';
    // Its own paragraph: a blank line before and after it, unless one is there already.
    var cursor = cm.getCursor();
    var line = cm.getLine(cursor.line);
    var blank = function (n) { return n < 0 || n >= cm.lineCount() || !cm.getLine(n).trim(); };
    var before = line.slice(0, cursor.ch).trim() ? '\n\n' : blank(cursor.line - 1) ? '' : '\n';
    var after = line.slice(cursor.ch).trim() ? '\n\n' : blank(cursor.line + 1) ? '\n' : '\n\n';
    cm.replaceSelection(before + code + after);
    cm.focus();
  }

  function chooseFeatured(image, alt, caption) {
    var grid = form.querySelector('.featured-picker .picker-grid');
    var radio = grid.querySelector('input[value="' + image.id + '"]');
    if (!radio) {
      var label = document.createElement('label');
      label.className = 'picker-item';
      radio = document.createElement('input');
      radio.type = 'radio';
      radio.name = 'FeaturedImageId';
      radio.value = String(image.id);
      var name = document.createElement('span');
      name.className = 'picker-name';
      name.textContent = alt || image.fileName;
      label.append(radio, thumbnail(image), name);
      grid.insertBefore(label, grid.children[1] || null);
    }
    radio.checked = true;
    form.querySelector('[name="FeaturedImageAlt"]').value = alt;
    form.querySelector('[name="FeaturedImageCaption"]').value = caption;
    changed();
    renderPreviewSoon();
  }

  insertButton.addEventListener('click', function () {
    var alt = altInput.value.trim();
    var caption = captionInput.value.trim();
    if (!chosenFile && !chosenImage) {
      showError('Hãy chọn một ảnh trong thư viện, hoặc chọn tệp ảnh để tải lên.');
      return;
    }
    if (!alt) {
      showError('Hãy nhập mô tả ảnh (alt): người không xem được ảnh sẽ nghe mô tả này.');
      altInput.focus();
      return;
    }
    showError('');
    insertButton.disabled = true;
    var ready = chosenFile ? upload() : Promise.resolve(chosenImage);
    ready.then(function (image) {
      dialog.close();
      if (purpose === 'featured') {
        chooseFeatured(image, alt, caption);
      } else {
        insertPicture(image, alt, caption);
      }
    }).catch(function (error) {
      showError(error.message || 'Không tải lên được; hãy thử lại.');
    }).then(function () { insertButton.disabled = false; });
  });
  dialog.querySelector('.image-cancel').addEventListener('click', function () { dialog.close(); });

  // The featured image: the same dialog, to search the whole library.
  var more = form.querySelector('.featured-picker .picker-more');
  if (more) {
    var find = document.createElement('button');
    find.type = 'button';
    find.textContent = 'Tìm hoặc tải lên ảnh khác…';
    find.addEventListener('click', function () { openImageDialog(null, 'featured'); });
    more.replaceChildren(find);
  }

  // For tests and for the curious: the editor's state.
  window.HealthNewsEditor = { editor: editor, autosave: function () { autosave(false); }, dirty: dirty };
})();
