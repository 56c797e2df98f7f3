// The reference's script: search, copy buttons, one language choice for every example, and
// "Try it" when the sandbox serves the page. The page reads without it; nothing is fetched
// (the search index is in the page), so it works opened from disk too.
'use strict';

(function () {
  const STORED = 'minimax-docs-language';

  // ---- One language choice -----------------------------------------------------------------

  function choose(language) {
    document.querySelectorAll('input.tab-input[data-lang="' + language + '"]').forEach((input) => {
      input.checked = true;
    });
  }

  function remembered() {
    try {
      return localStorage.getItem(STORED);
    } catch (error) {
      return null; // storage refused (a private window's policy): the choice lasts the visit
    }
  }

  document.addEventListener('change', (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || !input.dataset.lang) return;
    choose(input.dataset.lang);
    try {
      localStorage.setItem(STORED, input.dataset.lang);
    } catch (error) {
      // as above: not remembered, still chosen on the page
    }
  });

  const language = remembered();
  if (language) choose(language);

  // ---- Copy buttons ------------------------------------------------------------------------

  // The copy command on a selected, off-screen textarea: where the Clipboard API is missing or
  // refuses (a page without focus, an insecure origin).
  function copiedByCommand(text) {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.left = '-9999px';
    document.body.appendChild(area);
    area.select();
    const done = document.execCommand('copy');
    area.remove();
    return done ? Promise.resolve() : Promise.reject(new Error('copy refused'));
  }

  function copied(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(() => copiedByCommand(text));
    }
    return copiedByCommand(text);
  }

  function addCopy(holder, source, label) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy';
    button.textContent = 'Copy';
    button.setAttribute('aria-label', label);
    button.addEventListener('click', () => {
      copied(source.textContent).then(
        () => (button.textContent = 'Copied'),
        () => (button.textContent = 'Select and copy'),
      );
      setTimeout(() => (button.textContent = 'Copy'), 1500);
    });
    holder.appendChild(button);
  }

  document.querySelectorAll('pre[data-snippet], pre[data-copy]').forEach((pre) => {
    addCopy(pre.parentElement, pre, 'Copy the ' + (pre.dataset.snippet || 'command'));
  });
  document.querySelectorAll('code[data-copy]').forEach((code) => {
    addCopy(code.parentElement, code, 'Copy the base URL');
  });

  // ---- Try it, when the sandbox serves the page ----------------------------------------------

  if (location.protocol === 'http:' || location.protocol === 'https:') {
    document.querySelectorAll('a.try-it').forEach((link) => {
      link.hidden = false;
    });
  }

  // ---- Search ------------------------------------------------------------------------------

  const form = document.querySelector('.search');
  const box = document.getElementById('search');
  const list = document.getElementById('search-results');
  const entries = JSON.parse(document.getElementById('search-index').textContent);
  form.hidden = false;

  function score(entry, terms) {
    const title = entry.t.toLowerCase();
    const kind = entry.k.toLowerCase(); // an operation's method and path
    let total = 0;
    for (const term of terms) {
      if (title.includes(term)) total += 3;
      else if (kind.includes(term)) total += 2;
      else if (entry.w.split(' ').some((word) => word.startsWith(term))) total += 1;
      else return 0; // every term must be found
    }
    return total;
  }

  function search() {
    const terms = box.value.toLowerCase().split(/\s+/).filter(Boolean);
    list.replaceChildren();
    if (!terms.length) return;
    const found = entries
      .map((entry, index) => [score(entry, terms), index, entry])
      .filter(([points]) => points > 0)
      .sort((a, b) => b[0] - a[0] || a[1] - b[1])
      .slice(0, 12);
    for (const [, , entry] of found) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = entry.h;
      link.textContent = entry.t;
      const kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = entry.k;
      link.appendChild(kind);
      item.appendChild(link);
      list.appendChild(item);
    }
  }

  function links() {
    return Array.from(list.querySelectorAll('a'));
  }

  box.addEventListener('input', search);
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && links().length) {
      event.preventDefault();
      links()[0].click();
    } else if (event.key === 'ArrowDown' && links().length) {
      event.preventDefault();
      links()[0].focus();
    } else if (event.key === 'Escape') {
      box.value = '';
      search();
      box.blur();
    }
  });
  list.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement);
    if (event.key === 'ArrowDown' && at < all.length - 1) all[at + 1].focus();
    else if (event.key === 'ArrowUp') (at > 0 ? all[at - 1] : box).focus();
    else if (event.key === 'Escape') box.focus();
    else return;
    event.preventDefault();
  });

  // "/" (outside a field) or Ctrl+K / Cmd+K: to the search box, opening the contents on a phone.
  document.addEventListener('keydown', (event) => {
    const typing =
      event.target instanceof HTMLElement &&
      event.target.matches('input:not([type=radio]):not([type=checkbox]), textarea, select');
    const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey;
    const k = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
    if (!slash && !k) return;
    event.preventDefault();
    const toggle = document.getElementById('nav-toggle');
    if (getComputedStyle(document.querySelector('nav.sidebar')).display === 'none') {
      toggle.checked = true;
    }
    box.focus();
    box.select();
  });
})();
