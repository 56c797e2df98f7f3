// API keys: create one (its secret shown once, with a copy button), list them, revoke, rotate.
// The create form is built from the operation's request schema.

import { callAdmin, loadSpec, operation, problem, remembered } from './api.js';
import { copyButton, fill, h, when } from './dom.js';
import { editor } from './form.js';

export async function keysPage(main) {
  const spec = await loadSpec();
  const create = operation('admin.api_keys.create');
  const form = editor(spec, create.body.schema, { name: '' }, '');
  const message = h('p', { class: 'error', role: 'alert' });
  const secretBox = h('div', { id: 'secret-box' });
  const table = h('tbody');
  const rememberedBox = h('div', { id: 'remembered' });

  function showSecret(key, verb) {
    remembered.add(key);
    fill(
      secretBox,
      h(
        'div',
        { class: 'card secret' },
        h('strong', {}, `Key ${verb}: ${key.name} (${key.id})`),
        h('p', {}, 'This is the only time the API shows the secret. Copy it now.'),
        h('code', { id: 'new-secret' }, key.secret),
        copyButton('Copy', () => key.secret),
        h('p', { class: 'muted' }, 'Remembered in this browser (localStorage) for the playground.'),
      ),
    );
  }

  async function load() {
    const result = await callAdmin('admin.api_keys.list');
    if (result.status !== 200) return (message.textContent = problem(result));
    fill(table, result.body.data.map(row));
    showRemembered();
  }

  async function act(id, key) {
    message.textContent = '';
    const result = await callAdmin(id, { path: { key_id: key.id } });
    if (result.status === 201) showSecret(result.body.data, 'rotated');
    else if (result.status !== 200) message.textContent = problem(result);
    await load();
  }

  function row(key) {
    const revoked = key.revoked_at !== null;
    return h(
      'tr',
      { dataset: { keyId: key.id }, class: revoked ? 'revoked' : '' },
      h('td', {}, h('code', {}, key.id)),
      h('td', {}, key.name),
      h('td', {}, h('code', {}, key.hint)),
      h('td', {}, key.scope),
      h('td', {}, key.tier),
      h('td', {}, key.models === null ? 'all' : key.models.join(', ')),
      h('td', {}, when(key.created_at)),
      h('td', {}, when(key.last_used_at)),
      h('td', {}, revoked ? `revoked ${when(key.revoked_at)}` : 'active'),
      h(
        'td',
        { class: 'actions' },
        revoked
          ? ''
          : [
              h(
                'button',
                {
                  type: 'button',
                  class: 'small',
                  onclick: () => act('admin.api_keys.rotate', key),
                },
                'Rotate',
              ),
              h(
                'button',
                {
                  type: 'button',
                  class: 'small danger',
                  onclick: () => act('admin.api_keys.revoke', key),
                },
                'Revoke',
              ),
            ],
      ),
    );
  }

  function showRemembered() {
    const keys = Object.entries(remembered.all());
    fill(
      rememberedBox,
      keys.length
        ? h(
            'ul',
            {},
            keys.map(([id, key]) =>
              h(
                'li',
                {},
                h('code', {}, id),
                ` ${key.name} `,
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'small',
                    onclick: () => (remembered.forget(id), showRemembered()),
                  },
                  'Forget',
                ),
              ),
            ),
          )
        : h('p', { class: 'muted' }, 'None yet: keys made here are remembered for the playground.'),
    );
  }

  const submit = h('button', { type: 'submit' }, 'Create key');
  const createForm = h(
    'form',
    { id: 'create-key', class: 'card' },
    h('h2', {}, 'Create a key'),
    form.element,
    submit,
  );
  createForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    message.textContent = '';
    const result = await callAdmin('admin.api_keys.create', { body: form.value() ?? {} });
    if (result.status === 201) showSecret(result.body.data, 'created');
    else message.textContent = problem(result);
    await load();
  });

  fill(
    main,
    h('h1', {}, 'API keys'),
    createForm,
    message,
    secretBox,
    h(
      'div',
      { class: 'scroll' },
      h(
        'table',
        { id: 'keys' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            [
              'Id',
              'Name',
              'Hint',
              'Scope',
              'Tier',
              'Models',
              'Created',
              'Last used',
              'Status',
              '',
            ].map((t) => h('th', {}, t)),
          ),
        ),
        table,
      ),
    ),
    h('h2', {}, 'Remembered in this browser'),
    rememberedBox,
  );
  await load();
}
