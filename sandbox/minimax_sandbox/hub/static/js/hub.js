// The hub's entry point: sign-in, then one page per `#hash` (keys, activity, usage,
// playground). Plain ES modules, no build step; the chart library is the one vendored file.

import { adminKey, callAdmin, loadSpec, onRefused, problem } from './api.js';
import { fill, h } from './dom.js';
import { activityPage } from './activity.js';
import { keysPage } from './keys.js';
import { playgroundPage } from './playground.js';
import { usagePage } from './usage.js';

const PAGES = {
  keys: keysPage,
  activity: activityPage,
  usage: usagePage,
  playground: playgroundPage,
};
const app = document.getElementById('app');
const nav = document.getElementById('nav');

async function signInPage(message) {
  const spec = await loadSpec();
  const input = h('input', {
    id: 'admin-key',
    type: 'password',
    placeholder: `${spec.admin_prefix}…`,
    autocomplete: 'off',
    spellcheck: 'false',
    required: true,
  });
  const status = h('p', { class: 'error', role: 'alert' }, message || '');
  const form = h(
    'form',
    { id: 'sign-in', class: 'card narrow' },
    h('h1', {}, 'Sign in'),
    h(
      'p',
      { class: 'muted' },
      'Paste the admin key that `minimax-sandbox serve` printed. It stays in this tab only.',
    ),
    h('label', { for: 'admin-key' }, 'Admin key'),
    input,
    h('button', { type: 'submit' }, 'Sign in'),
    status,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    adminKey.set(input.value.trim());
    const result = await callAdmin('admin.api_keys.list');
    if (result.status === 200) {
      route(); // the address is untouched: a docs "Try it" link opens its playground now
    } else {
      adminKey.clear();
      status.textContent = problem(result);
    }
  });
  nav.hidden = true;
  fill(app, form);
  input.focus();
}

async function route() {
  await loadSpec();
  if (!adminKey.get()) {
    await signInPage();
    return;
  }
  const name = location.hash.slice(1).split('/')[0] || 'keys';
  const page = PAGES[name] || keysPage;
  nav.hidden = false;
  for (const link of nav.querySelectorAll('a')) {
    link.classList.toggle('current', link.dataset.page === name);
  }
  const main = h('section', { id: `page-${name}` });
  fill(app, main);
  try {
    await page(main);
  } catch (error) {
    main.append(h('p', { class: 'error' }, String(error)));
  }
}

function signOut(message) {
  adminKey.clear();
  signInPage(message);
}

document.getElementById('sign-out').addEventListener('click', () => signOut());
onRefused(signOut);
window.addEventListener('hashchange', route);
route();
