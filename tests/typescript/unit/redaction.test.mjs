// Secrets (the API key, the signatures of download URLs) never show: not in the client's
// inspection or JSON, not in errors (their message, details, body, stack, cause), not in logs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inspect } from 'node:util';

import {
  KEY,
  REQUEST_ID,
  client,
  fakeTime,
  failure,
  frame,
  mockFetch,
  ok,
  run,
  sdk,
  sequence,
  sse,
} from './support.mjs';

const SECRET = KEY.slice('mmx_test_'.length);
const SIGNATURE = '45c48cce2e2d7fbdea1afc51c7c6ad26';
const SIGNED_URL = `https://api.example.test/v1/files/file_1/content?expires=1796030400&signature=${SIGNATURE}`;

function assertClean(text, what) {
  assert.ok(!text.includes(SECRET), `${what} shows the key: ${text}`);
  assert.ok(!text.includes(SIGNATURE), `${what} shows the signature: ${text}`);
}

function everyView(error) {
  return [
    error.message,
    String(error),
    error.stack,
    inspect(error, { depth: Infinity }),
    JSON.stringify(error),
  ];
}

test('inspecting or serializing the client shows the key prefix only', () => {
  const minimax = client(sequence(ok([])), { defaultHeaders: { 'X-Team': 'docs' } });
  const views = {
    'util.inspect(client)': inspect(minimax),
    'util.inspect(client, showHidden)': inspect(minimax, { showHidden: true, depth: Infinity }),
    'JSON.stringify(client)': JSON.stringify(minimax),
    'util.inspect(resource)': inspect(minimax.chat.completions, { depth: Infinity }),
    'JSON.stringify(resource)': JSON.stringify(minimax.models),
  };
  for (const [what, text] of Object.entries(views)) assertClean(text, what);
  assert.match(inspect(minimax), /mmx_test_\*\*\*/);
  assert.equal(JSON.parse(JSON.stringify(minimax)).apiKey, 'mmx_test_***');
});

test('an API error that quotes the key or a signed URL has them redacted everywhere', async () => {
  const quoted = `key ${KEY} cannot read ${SIGNED_URL}`;
  const fetch = sequence(() =>
    failure(403, 'permission_denied', quoted, {}, { url: SIGNED_URL, nested: [{ key: KEY }] }),
  );
  const error = await client(fetch)
    .models.list()
    .catch((caught) => caught);
  assert.ok(error instanceof sdk.PermissionDeniedError);
  for (const view of everyView(error)) assertClean(view, 'the error');
  assert.match(error.message, /key mmx_test_\*\*\* cannot read .*signature=\*\*\*/);
  assert.equal(error.details.url, SIGNED_URL.replace(SIGNATURE, '***'));
  assertClean(JSON.stringify(error.body), 'the error body');
});

test('a connection error whose cause quotes a signed URL or the key has them redacted', async (t) => {
  fakeTime(t);
  const fetch = mockFetch(() => {
    throw new TypeError(`Failed to parse URL from ${SIGNED_URL}`, {
      cause: new Error(`invalid header value "Bearer ${KEY}"`),
    });
  });
  const { error } = await run(t, client(fetch).models.list());
  assert.ok(error instanceof sdk.APIConnectionError);
  for (const view of everyView(error)) assertClean(view, 'the connection error');
  assert.equal(error.cause.name, 'TypeError');
  assert.match(error.cause.message, /signature=\*\*\*/);
});

test('an error frame that quotes the key has it redacted', async () => {
  const envelope = {
    error: { code: 'server_error', message: `oops ${KEY}`, details: {} },
    meta: { request_id: REQUEST_ID },
  };
  const stream = await client(sequence(sse([frame('error', envelope)]))).chat.completions.create({
    model: 'm',
    messages: [{ role: 'user', content: 'Hi' }],
    stream: true,
  });
  const error = await (async () => {
    for await (const _ of stream);
  })().catch((caught) => caught);
  assert.ok(error instanceof sdk.APIError);
  for (const view of everyView(error)) assertClean(view, 'the stream error');
});

test('the log lines of requests and retries show neither the key nor a signature', async (t) => {
  fakeTime(t);
  const lines = [];
  const logger = { debug: (line) => lines.push(line), info: (line) => lines.push(line) };
  const fetch = sequence(failure(500, 'server_error', `leaked ${KEY}`), () => ok([]));
  await run(t, client(fetch, { logger }).models.list({ query: { signature: SIGNATURE } }));
  assert.equal(lines.length, 3, lines.join('\n'));
  for (const line of lines) assertClean(line, 'a log line');
  assert.match(lines[0], /GET .*signature=\*\*\* -> 500 in \d+ ms, request id req_/);
  assert.match(lines[1], /retrying GET .* in 500 ms \(retry 1\)/);
  assert.match(lines[2], / -> 200 /);
});
