// The playground: a request builder for every operation, built from the spec's request
// schemas (parameters and body), sent with a key of the account (the admin key for the
// administration operations), and a response inspector: status, headers (the rate-limit ones
// marked), the body as pretty JSON, SSE frames as they arrive, a video playable. Then
// "copy as curl / Python / JavaScript / Go" for the exact request sent.
//
// Its address names what it shows: `#playground/<operationId>/<example>`, each part
// URI-encoded and optional; the docs' "Try it" links open it so, on one of the operation's
// request examples by name (its body, and the path and query parameters' examples).

import {
  adminKey,
  callAdmin,
  loadSpec,
  newIdempotencyKey,
  operation,
  remembered,
  url,
} from './api.js';
import { copyButton, fill, h, pretty } from './dom.js';
import { editor, resolve } from './form.js';
import { readFrames } from './sse.js';
import { LANGUAGES, loadCalls } from './snippets.js';

const PASTE = '__paste__';
const DEFAULT_OPERATION = 'chat.completions.create';

export async function playgroundPage(main) {
  const spec = await loadSpec();
  await loadCalls();
  const listed = await callAdmin('admin.api_keys.list');
  const revoked = new Set(
    (listed.status === 200 ? listed.body.data : []).filter((k) => k.revoked_at).map((k) => k.id),
  );

  // Highlighted in a reply: the rate-limit headers (Fetch gives header names lower-cased).
  const rateHeaders = new Set(
    [...spec.rate_limit_headers, 'Retry-After'].map((name) => name.toLowerCase()),
  );

  const [chosen, chosenExample] = location.hash.split('/').slice(1, 3).map(decoded);
  const opSelect = h(
    'select',
    { id: 'operation', name: 'operation' },
    spec.tags.map((tag) =>
      h(
        'optgroup',
        { label: tag },
        spec.operations
          .filter((op) => op.tag === tag)
          .map((op) => h('option', { value: op.id }, `${op.id} — ${op.method} ${op.path}`)),
      ),
    ),
  );
  opSelect.value = operation(chosen) ? chosen : DEFAULT_OPERATION;
  const exampleSelect = h('select', { id: 'example', name: 'example' });
  const exampleLabel = h('label', { for: 'example' }, 'Example');

  const keySelect = h('select', { id: 'key', name: 'key' });
  const pasted = h('input', {
    id: 'pasted-key',
    type: 'password',
    placeholder: `${spec.sandbox_prefix}…`,
    autocomplete: 'off',
    hidden: true,
  });
  const keyNote = h('p', { class: 'muted small' });
  const builder = h('div', { id: 'builder' });
  const response = h('section', { id: 'response', class: 'card', hidden: true });
  const snippetBox = h('div', { id: 'snippets', hidden: true });
  let current = null; // {op, params, body} editors of the chosen operation
  let sent = null; // the last request sent, for the snippets

  function fillKeys(op) {
    if (op.admin) {
      fill(keySelect, h('option', { value: 'admin' }, 'the admin key (signed in)'));
      keySelect.disabled = true;
      pasted.hidden = true;
      keyNote.textContent = 'Administration operations take the admin key only.';
      return;
    }
    keySelect.disabled = false;
    const keys = Object.entries(remembered.all()).reverse();
    fill(
      keySelect,
      keys.map(([id, key]) =>
        h(
          'option',
          { value: id },
          `${key.name} (${key.hint || id})${revoked.has(id) ? ' — revoked' : ''}`,
        ),
      ),
      h('option', { value: PASTE }, 'paste a key…'),
    );
    pasted.hidden = keys.length > 0;
    keyNote.textContent =
      'Keys made or rotated in this browser are remembered here; the API keeps only a hash of the others, so paste those.';
  }
  keySelect.addEventListener('change', () => (pasted.hidden = keySelect.value !== PASTE));

  function secret(op) {
    if (op.admin) return adminKey.get();
    if (keySelect.value === PASTE || !keySelect.value) return pasted.value.trim();
    return remembered.all()[keySelect.value].secret;
  }

  // The form of the chosen operation, filled with its request example `exampleName` (the
  // first when it has no such example).
  function build(exampleName) {
    const op = operation(opSelect.value);
    const examples = op.body ? op.body.examples : [];
    const example = examples.find((e) => e.name === exampleName) || examples[0];
    fill(
      exampleSelect,
      examples.map((e) =>
        h('option', { value: e.name }, e.summary ? `${e.name} — ${e.summary}` : e.name),
      ),
    );
    exampleSelect.value = example ? example.name : '';
    exampleSelect.hidden = exampleLabel.hidden = examples.length < 2;
    const names = example ? [op.id, example.name] : [op.id];
    history.replaceState(null, '', `#playground/${names.map(encodeURIComponent).join('/')}`);
    fillKeys(op);
    const params = op.parameters.map((p) => {
      const idempotency = p.in === 'header' && p.name === spec.idempotency_header;
      const value = p.in === 'header' ? undefined : (p.example ?? undefined);
      const field = editor(spec, p.schema, value, p.name);
      const extra = idempotency
        ? h(
            'button',
            {
              type: 'button',
              class: 'small',
              onclick: () => (field.element.value = newIdempotencyKey()),
            },
            'new',
          )
        : null;
      const description = p.description || resolve(spec, p.schema).schema.description || '';
      return {
        param: p,
        field,
        row: h(
          'div',
          { class: 'field', dataset: { field: `${p.in}:${p.name}` } },
          h(
            'label',
            { class: 'field-name', title: description },
            `${p.name} (${p.in})`,
            p.required ? h('span', { class: 'required' }, '*') : null,
          ),
          h('span', { class: 'inline' }, field.element, extra),
        ),
      };
    });
    let body = null;
    const bodyBox = h('div');
    if (op.body) {
      const json = op.body.media_type === 'application/json';
      const value = example ? example.value : undefined;
      let form = editor(spec, op.body.schema, value, '');
      const raw = h('textarea', {
        id: 'raw-body',
        class: 'code',
        rows: 14,
        spellcheck: 'false',
        hidden: true,
      });
      const toggle = h(
        'button',
        { type: 'button', class: 'small', id: 'body-mode', hidden: !json },
        'Edit as JSON',
      );
      toggle.addEventListener('click', () => {
        if (raw.hidden) {
          raw.value = pretty(form.value() ?? {});
          form.element.hidden = true;
          raw.hidden = false;
          toggle.textContent = 'Edit as form';
        } else {
          try {
            const next = editor(spec, op.body.schema, JSON.parse(raw.value), '');
            form.element.replaceWith(next.element);
            form = next;
          } catch {
            return; // text that is not JSON stays text, sent as it is
          }
          raw.hidden = true;
          toggle.textContent = 'Edit as JSON';
        }
      });
      body = {
        json,
        // The body as text to send (JSON), or the form's value; the raw text is sent as typed.
        value: () => (raw.hidden ? { value: form.value() ?? {} } : { text: raw.value }),
      };
      fill(bodyBox, h('h3', {}, `Body (${op.body.media_type})`), toggle, form.element, raw);
    }
    current = { op, params, body };
    fill(
      builder,
      h('p', { class: 'muted' }, op.summary),
      h(
        'div',
        { class: 'object params' },
        params.map((p) => p.row),
      ),
      bodyBox,
    );
  }

  async function send() {
    const { op, params, body } = current;
    const key = secret(op);
    const pathValues = {};
    const query = {};
    const headers = [['Authorization', `Bearer ${key}`]];
    let idempotencyKey = null;
    for (const { param, field } of params) {
      const value = field.value();
      if (value === undefined) continue;
      if (param.in === 'path') pathValues[param.name] = value;
      else if (param.in === 'query') query[param.name] = value;
      else if (param.in === 'header') {
        headers.push([param.name, String(value)]);
        if (param.name === spec.idempotency_header) idempotencyKey = String(value);
      }
    }
    let payload;
    let sentBody = null;
    let stream = op.result === 'stream';
    if (body && body.json) {
      const given = body.value();
      const text = given.text ?? JSON.stringify(given.value);
      let value = given.value;
      if (value === undefined) {
        try {
          value = JSON.parse(text);
        } catch {
          value = text;
        }
      }
      headers.push(['Content-Type', 'application/json']);
      payload = text;
      sentBody = { kind: 'json', text, value };
      stream = stream || Boolean(op.stream_flag && value && value[op.stream_flag] === true);
    } else if (body) {
      const data = new FormData();
      const parts = [];
      for (const [name, value] of Object.entries(body.value().value || {})) {
        if (value instanceof File) {
          data.append(name, value, value.name);
          parts.push({ name, file: { name: value.name, type: value.type } });
        } else {
          data.append(name, String(value));
          parts.push({ name, value: String(value) });
        }
      }
      payload = data;
      sentBody = { kind: 'multipart', parts };
    }
    const target = url(op, pathValues, query);
    sent = {
      op,
      method: op.method,
      url: target,
      baseUrl: `${location.origin}${spec.base_path}`,
      key,
      headers,
      body: sentBody,
      pathValues: Object.values(pathValues),
      query,
      idempotencyKey,
      idempotencyHeader: spec.idempotency_header,
      stream,
      binary: op.result === 'binary' ? `download${extension(op.download[0])}` : null,
    };
    await inspect(
      fetch(target, {
        method: op.method,
        headers: Object.fromEntries(headers),
        body: payload,
        credentials: 'omit',
      }),
    );
    showSnippets();
  }

  async function inspect(pending) {
    const started = performance.now();
    const status = h('p', { id: 'status', class: 'status' }, 'Sending…');
    const headerRows = h('tbody');
    const bodyBox = h('div', { id: 'response-body' });
    response.hidden = false;
    fill(
      response,
      h('h2', {}, 'Response'),
      status,
      h(
        'details',
        { open: true },
        h('summary', {}, 'Headers'),
        h('table', { id: 'response-headers' }, headerRows),
      ),
      bodyBox,
    );
    let reply;
    try {
      reply = await pending;
    } catch (error) {
      status.textContent = `The request failed: ${error}`;
      return;
    }
    const took = () => `${Math.round(performance.now() - started)} ms`;
    status.textContent = `${reply.status} ${reply.statusText} · ${took()}`;
    status.dataset.status = String(reply.status);
    status.className = `status status-${String(reply.status)[0]}xx`;
    for (const [name, value] of reply.headers) {
      const rate = rateHeaders.has(name);
      headerRows.append(
        h('tr', { class: rate ? 'rate' : '' }, h('th', {}, name), h('td', {}, value)),
      );
    }
    const type = (reply.headers.get('content-type') || '').split(';')[0];
    if (type === 'text/event-stream') {
      const frames = h('ol', { id: 'frames', class: 'frames' });
      const count = h('p', { class: 'muted', id: 'frame-count' }, '0 frames');
      fill(bodyBox, h('h3', {}, 'Frames, as they arrive'), count, frames);
      let n = 0;
      await readFrames(reply, (frame) => {
        let data = frame.data;
        try {
          data = pretty(JSON.parse(frame.data));
        } catch {
          // not JSON: shown as it came
        }
        frames.append(
          h(
            'li',
            { dataset: { event: frame.event || 'message' } },
            h('strong', {}, frame.event || 'message'),
            h('pre', {}, data),
          ),
        );
        n += 1;
        count.textContent = `${n} frame${n === 1 ? '' : 's'}`;
      });
      count.textContent += ` · stream ended after ${took()}`;
      frames.dataset.done = 'true';
    } else if (type === 'application/json') {
      const text = await reply.text();
      let shown = text;
      let parsed = null;
      try {
        parsed = JSON.parse(text);
        shown = pretty(parsed);
      } catch {
        // shown as it came
      }
      fill(bodyBox, h('pre', { id: 'response-json' }, shown));
      // A finished video task: its signed download URL plays in the page (same origin only).
      const task = parsed && parsed.data;
      const video = task && task.status === 'succeeded' && task.result && task.result.download_url;
      if (typeof video === 'string' && new URL(video).origin === location.origin) {
        bodyBox.append(
          h('h3', {}, 'The video'),
          h('video', { controls: true, src: video, id: 'video' }),
        );
      }
    } else {
      const blob = await reply.blob();
      const link = URL.createObjectURL(blob);
      fill(bodyBox, h('p', {}, `${blob.size} bytes of ${type || 'unknown type'}`));
      if (type.startsWith('video/'))
        bodyBox.append(h('video', { controls: true, src: link, id: 'video' }));
      else if (type.startsWith('image/'))
        bodyBox.append(h('img', { src: link, alt: 'the downloaded image' }));
      bodyBox.append(h('a', { href: link, download: sent.binary || 'download' }, 'Save the file'));
    }
  }

  function showSnippets() {
    const shown = h('pre', { id: 'snippet', class: 'code', hidden: true });
    const again = copyButton('Copy again', () => shown.textContent);
    again.hidden = true;
    const buttons = Object.entries(LANGUAGES).map(([name, render]) =>
      h(
        'button',
        {
          type: 'button',
          class: 'small',
          dataset: { language: name },
          onclick: async () => {
            const text = render(sent);
            shown.textContent = text;
            shown.dataset.language = name;
            shown.hidden = again.hidden = false;
            try {
              await navigator.clipboard.writeText(text);
            } catch {
              // no clipboard (an insecure origin, a denied permission): the text is shown
            }
          },
        },
        `Copy as ${name === 'curl' ? 'curl' : name === 'javascript' ? 'JavaScript' : name === 'go' ? 'Go' : 'Python'}`,
      ),
    );
    snippetBox.hidden = false;
    fill(
      snippetBox,
      h('h2', {}, 'The request sent, as code'),
      h('div', { class: 'buttons' }, buttons),
      shown,
      again,
    );
  }

  opSelect.addEventListener('change', () => build());
  exampleSelect.addEventListener('change', () => build(exampleSelect.value));
  const sendButton = h('button', { type: 'submit', id: 'send' }, 'Send');
  const form = h(
    'form',
    { id: 'request', class: 'card' },
    h('label', { for: 'operation' }, 'Operation'),
    opSelect,
    exampleLabel,
    exampleSelect,
    h('label', { for: 'key' }, 'Key'),
    h('span', { class: 'inline' }, keySelect, pasted),
    keyNote,
    builder,
    sendButton,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    sendButton.disabled = true;
    try {
      await send();
    } finally {
      sendButton.disabled = false;
    }
  });
  fill(
    main,
    h('h1', {}, 'Playground'),
    h('div', { class: 'playground' }, form, h('div', {}, response, snippetBox)),
  );
  build(chosenExample);
}

/** A part of the address, decoded; undefined when it is missing or not valid encoding. */
function decoded(part) {
  try {
    return part === undefined ? undefined : decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

function extension(mediaType) {
  return mediaType ? `.${mediaType.split('/')[1].replace(/^x-/, '')}` : '';
}
