// What is pasted is what is published: text from Word, a web page or an e-mail becomes the portal's Markdown so that
// the published words equal the pasted words. Plain text has every character that Markdown would read as syntax
// escaped; HTML becomes Markdown (paragraphs, bold, italic, lists, tables, links) through Turndown, with styles, fonts,
// colours and pictures dropped, and its text escaped the same way. Used by editor.js; no DOM of the page is touched.
(function () {
  'use strict';

  var letterOrDigit = /[\p{L}\p{N}]/u;

  // A star or underscore between two letters or digits never opens or closes emphasis here ("A*01*B", "H_1_N_1"):
  // it stays as typed. Elsewhere it is escaped.
  function escapeEmphasis(text) {
    return text.replace(/[*_]/g, function (mark, at) {
      var before = at > 0 ? text[at - 1] : '';
      var after = at + 1 < text.length ? text[at + 1] : '';
      return letterOrDigit.test(before) && letterOrDigit.test(after) ? mark : '\\' + mark;
    });
  }

  // Escapes what Markdown would read as syntax inside a run of text (not its line start).
  function escapeInline(text) {
    var s = text
      .replace(/\\(?=[!-/:-@[-`{-~])/g, '\\\\')        // a backslash before punctuation would vanish
      .replace(/`/g, '\\`')                              // code spans
      .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')           // "&amp;" would read as "&"
      .replace(/<(?=[A-Za-z/!?])/g, '\\<')               // "<https://…>" autolinks
      .replace(/\|/g, '\\|');                            // a table cell's edge
    s = escapeEmphasis(s);
    // "[words](address)" and "[words][ref]" would be links; a lone "[1]" is plain text and stays as typed.
    if (/\]\s*[([]/.test(s)) {
      s = s.replace(/[[\]]/g, '\\$&');
    }
    return s;
  }

  // Escapes what a line would start with: headings, quotes, bullets, numbered items, rules, fences.
  function escapeLineStart(s) {
    return s
      .replace(/^(\s*)\[(?=[^\]]*\]:)/, '$1\\[')              // "[1]: https://…" would vanish as a link definition
      .replace(/^(\s*)([#>+=~-])/, '$1\\$2')                  // "# 1", "> 38,5°C", "- 5 độ C", "+ 2", "---", "~~~"
      .replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, '$1\\$2');      // "2024. Năm bản lề", "1) …"
  }

  // A whole pasted line: trimmed (leading spaces would make a code block), then escaped at its start and inside.
  function escapeLine(line) {
    return escapeLineStart(escapeInline(line.replace(/^[ \t]+/, '').replace(/[ \t]+$/, '')));
  }

  // A run of text inside HTML: it may start a line, so its start is escaped too (harmless where it does not).
  function escapeText(text) {
    return escapeInline(text).split('\n').map(escapeLineStart).join('\n');
  }

  // Plain text: each line is a paragraph, as Word puts each paragraph on a line of its own.
  function plainTextToMarkdown(text) {
    return String(text).replace(/\r\n?/g, '\n').split('\n')
      .map(escapeLine)
      .filter(function (line) { return line.length > 0; })
      .join('\n\n');
  }

  function styleOf(node) {
    return (node.getAttribute && node.getAttribute('style') || '').toLowerCase().replace(/\s+/g, '');
  }

  function isWordListParagraph(node) {
    return node.nodeName === 'P' && (/^MsoListParagraph/i.test(node.className || '') || /mso-list:l\d/.test(styleOf(node)));
  }

  // Word and Google Docs write lists and tables in their own ways; make them plain HTML first.
  function tidy(root) {
    root.querySelectorAll('style, script, meta, link, title, xml, img, picture, svg, video, audio, iframe, object').forEach(function (n) { n.remove(); });
    // Word's bullets and numbers are text in a span marked mso-list:Ignore; the paragraph becomes a list item.
    root.querySelectorAll('p').forEach(function (p) {
      if (!isWordListParagraph(p)) {
        return;
      }
      var marker = '';
      p.querySelectorAll('span').forEach(function (span) {
        if (/mso-list:ignore/.test(styleOf(span))) {
          marker += span.textContent;
          span.remove();
        }
      });
      p.setAttribute('data-list', /\d/.test(marker) ? 'ol' : 'ul');
      if (/\d/.test(marker)) {
        p.setAttribute('data-number', String(parseInt(marker.replace(/\D+/g, ' ').trim(), 10)));
      }
    });
    // A cell is one line of a Markdown table: its paragraphs and line breaks become spaces.
    root.querySelectorAll('td, th').forEach(function (cell) {
      cell.querySelectorAll('br').forEach(function (br) { br.replaceWith(' '); });
      cell.querySelectorAll('p, div, li, h1, h2, h3, h4, h5, h6').forEach(function (block) {
        var span = root.ownerDocument.createElement('span');
        span.innerHTML = block.innerHTML;
        block.replaceWith(span, block.nextElementSibling ? ' ' : '');
      });
    });
    // A table without a heading row gets its first row as headings, so that it stays a table.
    root.querySelectorAll('table').forEach(function (table) {
      if (table.querySelector('th')) {
        return;
      }
      var first = table.querySelector('tr');
      if (!first) {
        return;
      }
      Array.prototype.slice.call(first.children).forEach(function (cell) {
        var th = root.ownerDocument.createElement('th');
        th.innerHTML = cell.innerHTML;
        cell.replaceWith(th);
      });
    });
    return root;
  }

  // Whether a letter or digit touches the element from outside, on either side.
  function gluedToWord(node) {
    var before = node.previousSibling && node.previousSibling.textContent;
    var after = node.nextSibling && node.nextSibling.textContent;
    return (!!before && letterOrDigit.test(before.slice(-1))) || (!!after && letterOrDigit.test(after.charAt(0)));
  }

  var service = null;

  function turndown() {
    if (service) {
      return service;
    }
    service = new window.TurndownService({
      headingStyle: 'atx', bulletListMarker: '-', emDelimiter: '*', strongDelimiter: '**', codeBlockStyle: 'fenced', br: '\\'
    });
    service.use(window.turndownPluginGfm.tables);
    service.escape = escapeText;
    // Bold or italic inside a word ("<b>10</b>mg") can't be written in Markdown here: its words are kept, plainly.
    service.addRule('emphasisInWord', {
      filter: function (node) { return /^(B|STRONG|I|EM)$/.test(node.nodeName) && gluedToWord(node); },
      replacement: function (content) { return content; }
    });
    // Google Docs wraps everything in <b style="font-weight:normal">: that is not bold.
    service.addRule('notBold', {
      filter: function (node) { return (node.nodeName === 'B' || node.nodeName === 'STRONG') && /font-weight:(normal|400)/.test(styleOf(node)); },
      replacement: function (content) { return content; }
    });
    service.addRule('styledBold', {
      filter: function (node) { return node.nodeName === 'SPAN' && /font-weight:(bold|[6-9]00)/.test(styleOf(node)); },
      replacement: function (content) { return content.trim() ? '**' + content + '**' : content; }
    });
    service.addRule('styledItalic', {
      filter: function (node) { return node.nodeName === 'SPAN' && /font-style:italic/.test(styleOf(node)); },
      replacement: function (content) { return content.trim() ? '*' + content + '*' : content; }
    });
    service.addRule('wordList', {
      filter: function (node) { return node.nodeName === 'P' && node.hasAttribute('data-list'); },
      replacement: function (content, node) {
        var ordered = node.getAttribute('data-list') === 'ol';
        var n = parseInt(node.getAttribute('data-number'), 10) || 1; // Word's own number, so a list that goes on at 3 stays at 3
        return '\n' + (ordered ? n + '. ' : '- ') + content.trim() + '\n';
      }
    });
    // Only addresses a reader may follow; others keep their words.
    service.addRule('safeLinks', {
      filter: function (node) { return node.nodeName === 'A'; },
      replacement: function (content, node) {
        var href = (node.getAttribute('href') || '').trim();
        if (!/^(https?:|mailto:)/i.test(href) || !content.trim()) {
          return content;
        }
        return '[' + content + '](' + href.replace(/[()\s]/g, encodeURIComponent) + ')';
      }
    });
    return service;
  }

  function htmlToMarkdown(html) {
    var doc = new DOMParser().parseFromString(String(html), 'text/html');
    var markdown = turndown().turndown(tidy(doc.body));
    return markdown.replace(/\n{3,}/g, '\n\n').trim();
  }

  // Whether pasted HTML carried pictures, which are not copied (they must come from the library, with alt text).
  function hasPictures(html) {
    return /<img[\s>]/i.test(String(html));
  }

  window.HealthNewsPaste = {
    plainTextToMarkdown: plainTextToMarkdown,
    htmlToMarkdown: htmlToMarkdown,
    hasPictures: hasPictures,
    escapeLine: escapeLine
  };
})();
