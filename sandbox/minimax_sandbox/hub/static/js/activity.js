// The activity log: a table of requests with the operation's filters (key, status or class,
// operation, time window), paged with the API's cursor; a row opens the request's details.

import { callAdmin, loadSpec, operation, problem } from './api.js';
import { fill, h, pretty, when } from './dom.js';

/** A datetime-local input's value as an RFC 3339 time, or undefined. */
function isoTime(input) {
  if (!input.value) return undefined;
  const date = new Date(input.value);
  return Number.isNaN(date.getTime()) ? input.value : date.toISOString();
}

export async function activityPage(main) {
  const spec = await loadSpec();
  const limitParameter = operation('admin.activity.list').parameters.find(
    (p) => p.name === 'limit',
  );
  const keys = await callAdmin('admin.api_keys.list');
  const keyList = keys.status === 200 ? keys.body.data : [];

  const filters = {
    key_id: h(
      'select',
      { name: 'key_id' },
      h('option', { value: '' }, 'any key'),
      keyList.map((k) => h('option', { value: k.id }, `${k.name} (${k.hint})`)),
    ),
    status: h('input', { name: 'status', type: 'text', placeholder: '429 or 4xx', size: 6 }),
    operation: h(
      'select',
      { name: 'operation' },
      h('option', { value: '' }, 'any operation'),
      spec.operations.filter((op) => !op.admin).map((op) => h('option', { value: op.id }, op.id)),
    ),
    since: h('input', { name: 'since', type: 'datetime-local', step: 1 }),
    until: h('input', { name: 'until', type: 'datetime-local', step: 1 }),
    limit: h('input', {
      name: 'limit',
      type: 'text',
      inputmode: 'numeric',
      value: String(limitParameter.schema.default),
      size: 4,
    }),
  };
  const message = h('p', { class: 'error', role: 'alert' });
  const rows = h('tbody');
  const more = h('button', { type: 'button', id: 'more', hidden: true }, 'Older entries');
  const details = h('aside', { id: 'details', class: 'card', hidden: true });
  let cursor = null;

  function query() {
    const q = {
      key_id: filters.key_id.value,
      status: filters.status.value.trim(),
      operation: filters.operation.value,
      since: isoTime(filters.since),
      until: isoTime(filters.until),
      limit: filters.limit.value.trim(),
    };
    if (cursor) q.cursor = cursor;
    return q;
  }

  async function load(append) {
    message.textContent = '';
    if (!append) cursor = null;
    const result = await callAdmin('admin.activity.list', { query: query() });
    if (result.status !== 200) {
      message.textContent = problem(result);
      return;
    }
    const page = result.body.data;
    const made = page.entries.map(row);
    if (append) rows.append(...made);
    else fill(rows, made);
    cursor = page.next_cursor;
    more.hidden = !page.has_more;
  }

  function row(entry) {
    const tr = h(
      'tr',
      {
        class: `clickable status-${String(entry.status)[0]}xx`,
        tabindex: 0,
        dataset: { requestId: entry.request_id },
      },
      h('td', {}, when(entry.created_at)),
      h('td', {}, entry.key_hint || '—'),
      h('td', {}, entry.operation || '—'),
      h('td', {}, h('code', {}, `${entry.method} ${entry.path}`)),
      h('td', { class: 'num' }, String(entry.status)),
      h('td', {}, entry.error_code || ''),
      h('td', { class: 'num' }, `${Math.round(entry.latency_ms)} ms`),
      h('td', { class: 'num' }, String(entry.prompt_tokens + entry.completion_tokens)),
      h(
        'td',
        {},
        [entry.replayed ? 'replayed ' : '', entry.rate_limited ? 'rate-limited' : ''].join(''),
      ),
    );
    const open = () => showDetails(entry.request_id);
    tr.addEventListener('click', open);
    tr.addEventListener('keydown', (event) => event.key === 'Enter' && open());
    return tr;
  }

  async function showDetails(requestId) {
    const result = await callAdmin('admin.activity.retrieve', { path: { request_id: requestId } });
    details.hidden = false;
    if (result.status !== 200) {
      fill(details, h('p', { class: 'error' }, problem(result)));
      return;
    }
    const e = result.body.data;
    const rl = e.rate_limit;
    const facts = [
      ['Request id', e.request_id],
      ['Time', when(e.created_at)],
      ['Key', e.key_id ? `${e.key_id} (${e.key_hint})` : 'none recognised'],
      ['Operation', e.operation || '—'],
      ['Request', `${e.method} ${e.path}`],
      ['Status', `${e.status}${e.error_code ? ` ${e.error_code}` : ''}`],
      ['Latency', `${e.latency_ms.toFixed(1)} ms`],
      ['Model', e.model || '—'],
      ['Tokens', `${e.prompt_tokens} prompt + ${e.completion_tokens} completion`],
      ['Request body', `${e.request_bytes} bytes`],
      [
        'Response body',
        e.response_bytes === null ? 'a stream (size not logged)' : `${e.response_bytes} bytes`,
      ],
      ['Replayed', e.replayed ? 'yes' : 'no'],
      ['Rate-limited', e.rate_limited ? 'yes' : 'no'],
    ];
    const [limitHeader, remainingHeader, resetHeader] = spec.rate_limit_headers;
    const headers = [
      [spec.request_id_header, e.request_id],
      [limitHeader, rl.limit],
      [remainingHeader, rl.remaining],
      [resetHeader, `${rl.reset} (${new Date(rl.reset * 1000).toLocaleTimeString()})`],
    ];
    fill(
      details,
      h('h2', {}, 'Request details'),
      h(
        'button',
        { type: 'button', class: 'small close', onclick: () => (details.hidden = true) },
        'Close',
      ),
      h(
        'dl',
        {},
        facts.map(([k, v]) => [h('dt', {}, k), h('dd', {}, String(v))]),
      ),
      h('h3', {}, 'Response headers'),
      h(
        'dl',
        {},
        headers.map(([k, v]) => [h('dt', {}, k), h('dd', {}, String(v))]),
      ),
      h('details', {}, h('summary', {}, 'As JSON'), h('pre', {}, pretty(e))),
    );
  }

  const form = h(
    'form',
    { id: 'filters', class: 'card filters' },
    Object.entries(filters).map(([name, input]) => h('label', {}, h('span', {}, name), input)),
    h('button', { type: 'submit' }, 'Filter'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    load(false);
  });
  more.addEventListener('click', () => load(true));

  fill(
    main,
    h('h1', {}, 'Activity'),
    form,
    message,
    h(
      'div',
      { class: 'activity-grid' },
      h(
        'div',
        { class: 'scroll' },
        h(
          'table',
          { id: 'activity' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              [
                'Time',
                'Key',
                'Operation',
                'Request',
                'Status',
                'Error',
                'Latency',
                'Tokens',
                '',
              ].map((t) => h('th', {}, t)),
            ),
          ),
          rows,
        ),
        more,
      ),
      details,
    ),
  );
  await load(false);
}
