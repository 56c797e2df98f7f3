// Building the page: every value from the API or the user goes in as text (a Text node or
// textContent), never as HTML, so a response that holds markup shows it and never runs it.

/** An element: `h('td', {class: 'num'}, 'text', child)`; `on*` attributes are listeners. */
export function h(tag, attrs = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (name === 'dataset') Object.assign(element.dataset, value);
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  element.append(
    ...children.flat(Infinity).filter((c) => c !== undefined && c !== null && c !== false),
  );
  return element;
}

/** Replace an element's children. */
export function fill(element, ...children) {
  element.replaceChildren(...children.flat(Infinity).filter((c) => c !== undefined && c !== null));
  return element;
}

/** A value as pretty JSON text. */
export function pretty(value) {
  return JSON.stringify(value, null, 2);
}

/** A copy button: writes `text()` to the clipboard and says so. */
export function copyButton(label, text) {
  const button = h('button', { type: 'button' }, label);
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(text());
      button.textContent = 'Copied';
    } catch {
      button.textContent = 'Select and copy';
    }
    setTimeout(() => (button.textContent = label), 1500);
  });
  return button;
}

/** A time as the browser's local time, seconds included. */
export function when(iso) {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? String(iso) : date.toLocaleString();
}
