// Retries: which failures are retried, after how long, with which idempotency key, and within
// the call's deadline. Time is fake (support.fakeTime), so the delays are exact.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
  HELLO,
  client,
  failure,
  fakeTime,
  json,
  mockFetch,
  ok,
  run,
  sdk,
  sequence,
} from './support.mjs';

const { APIConnectionError, APIError, RateLimitError } = sdk;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const times = (fetch) => fetch.calls.map((call) => call.at);

test('a 5xx is retried after exponential backoff, with one idempotency key', async (t) => {
  fakeTime(t);
  const fetch = sequence(
    failure(500, 'server_error'),
    failure(503, 'server_error'),
    ok({ id: 'x' }),
  );
  const { value } = await run(t, client(fetch).chat.completions.create(HELLO));
  assert.deepEqual(value.data, { id: 'x' });
  assert.deepEqual(times(fetch), [0, 500, 1500]);
  const keys = fetch.calls.map((call) => call.headers.get('idempotency-key'));
  assert.match(keys[0], UUID);
  assert.equal(new Set(keys).size, 1);
});

test('each call gets a fresh idempotency key; a given one is sent as it is', async () => {
  const fetch = sequence(() => ok({}));
  const minimax = client(fetch);
  await minimax.chat.completions.create(HELLO);
  await minimax.chat.completions.create(HELLO);
  await minimax.chat.completions.create(HELLO, { idempotencyKey: 'my-key-1' });
  await minimax.chat.completions.create(HELLO, { headers: { 'Idempotency-Key': 'my-key-2' } });
  const keys = fetch.calls.map((call) => call.headers.get('idempotency-key'));
  assert.notEqual(keys[0], keys[1]);
  assert.deepEqual(keys.slice(2), ['my-key-1', 'my-key-2']);
});

test('a GET carries no idempotency key', async () => {
  const fetch = sequence(() => ok([]));
  await client(fetch).models.list();
  assert.equal(fetch.calls[0].headers.get('idempotency-key'), null);
});

test('the backoff doubles up to its cap, and jitter only shortens it', async (t) => {
  fakeTime(t, { random: 1 });
  const fetch = sequence(() => failure(500, 'server_error'));
  const { error } = await run(t, client(fetch, { maxRetries: 6, timeout: 600_000 }).models.list(), {
    step: 5,
  });
  assert.equal(error.status, 500);
  const gaps = times(fetch)
    .slice(1)
    .map((at, i) => at - times(fetch)[i]);
  // 500, 1000, 2000, 4000, 8000, 8000 ms, less the largest jitter (a quarter).
  assert.deepEqual(gaps, [375, 750, 1500, 3000, 6000, 6000]);
});

test('connection errors are retried, then thrown as APIConnectionError', async (t) => {
  fakeTime(t);
  const fetch = mockFetch(() => {
    throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:9') });
  });
  const { error } = await run(t, client(fetch).models.list());
  assert.ok(error instanceof APIConnectionError);
  assert.equal(error.status, undefined);
  assert.match(error.message, /ECONNREFUSED/);
  assert.ok(error.cause instanceof TypeError);
  assert.deepEqual(times(fetch), [0, 500, 1500]);
});

test('after maxRetries the last error is thrown', async (t) => {
  fakeTime(t);
  const fetch = sequence(
    failure(500, 'server_error', 'first'),
    failure(500, 'server_error', 'second'),
    failure(500, 'server_error', 'third'),
  );
  const { error } = await run(t, client(fetch).models.list());
  assert.ok(error instanceof sdk.InternalServerError);
  assert.match(error.message, /third/);
  assert.equal(fetch.calls.length, 3);
});

test('maxRetries of the call overrides the client', async (t) => {
  fakeTime(t);
  const fetch = sequence(() => failure(500, 'server_error'));
  const minimax = client(fetch, { maxRetries: 5 });
  await run(t, minimax.models.list({ maxRetries: 0 }));
  assert.equal(fetch.calls.length, 1);
});

for (const [status, code] of [
  [400, 'invalid_request'],
  [401, 'authentication_failed'],
  [404, 'not_found'],
  [409, 'task_not_ready'],
  [422, 'idempotency_key_reused'],
]) {
  test(`a ${status} ${code} is not retried`, async () => {
    const fetch = sequence(failure(status, code));
    await assert.rejects(client(fetch).chat.completions.create(HELLO), { status, code });
    assert.equal(fetch.calls.length, 1);
  });
}

test('a 429 waits Retry-After, doubled on each further 429', async (t) => {
  fakeTime(t);
  const limited = () => failure(429, 'rate_limit_exceeded', 'slow down', { 'retry-after': '1' });
  const fetch = sequence(limited, limited, limited, ok({}));
  const { value } = await run(t, client(fetch, { maxRetries: 3 }).chat.completions.create(HELLO));
  assert.ok(value);
  assert.deepEqual(times(fetch), [0, 1000, 3000, 7000]);
});

test('jitter lengthens a Retry-After wait, never shortens it', async (t) => {
  fakeTime(t, { random: 1 });
  const fetch = sequence(
    failure(429, 'rate_limit_exceeded', 'wait', { 'retry-after': '2' }),
    ok({}),
  );
  await run(t, client(fetch).models.list());
  assert.deepEqual(times(fetch), [0, 2500]);
});

test('a 429 without Retry-After backs off exponentially', async (t) => {
  fakeTime(t);
  const fetch = sequence(
    failure(429, 'rate_limit_exceeded'),
    failure(429, 'rate_limit_exceeded'),
    ok({}),
  );
  await run(t, client(fetch).models.list());
  assert.deepEqual(times(fetch), [0, 500, 1500]);
});

test('a Retry-After given as an HTTP date is honoured', async (t) => {
  fakeTime(t);
  const when = new Date(4000).toUTCString();
  const fetch = sequence(failure(503, 'server_error', 'busy', { 'retry-after': when }), ok({}));
  await run(t, client(fetch).models.list());
  assert.deepEqual(times(fetch), [0, 4000]);
});

test('a Retry-After over a minute is left to the caller', async (t) => {
  fakeTime(t);
  const fetch = sequence(
    failure(429, 'rate_limit_exceeded', 'later', { 'retry-after': '120' }),
    ok({}),
  );
  const { error, at } = await run(t, client(fetch).models.list());
  assert.ok(error instanceof RateLimitError);
  assert.equal(error.retryAfter, 120);
  assert.equal(at, 0);
  assert.equal(fetch.calls.length, 1);
});

test('a 409 idempotency_key_in_use is waited out, beyond maxRetries, within the deadline', async (t) => {
  fakeTime(t);
  const inUse = () => failure(409, 'idempotency_key_in_use', 'still running');
  const fetch = sequence(inUse, inUse, inUse, inUse, inUse, ok({ id: 'done' }));
  const minimax = client(fetch, { maxRetries: 1 });
  const { value } = await run(t, minimax.chat.completions.create(HELLO, { idempotencyKey: 'k-1' }));
  assert.deepEqual(value.data, { id: 'done' });
  assert.deepEqual(times(fetch), [0, 500, 1500, 3500, 7500, 15500]);
  assert.deepEqual(
    new Set(fetch.calls.map((call) => call.headers.get('idempotency-key'))),
    new Set(['k-1']),
  );
});

test('a 409 idempotency_key_in_use is not waited out past the deadline', async (t) => {
  fakeTime(t);
  const fetch = sequence(() => failure(409, 'idempotency_key_in_use', 'still running'));
  const call = client(fetch).chat.completions.create(HELLO, { timeout: 3000 });
  const { error, at } = await run(t, call);
  assert.equal(error.status, 409);
  assert.equal(error.code, 'idempotency_key_in_use');
  // Tries at 0, 500 and 1500 ms; the next, at 3500 ms, would be past the deadline.
  assert.deepEqual(times(fetch), [0, 500, 1500]);
  assert.equal(at, 1500);
});

test('a retry that would start past the deadline is not made: the last error is thrown', async (t) => {
  fakeTime(t);
  const fetch = sequence(
    failure(500, 'server_error', 'first'),
    failure(500, 'server_error', 'second'),
    ok({}),
  );
  const { error, at } = await run(t, client(fetch, { timeout: 1200 }).models.list());
  assert.match(error.message, /second/);
  assert.deepEqual(times(fetch), [0, 500]);
  assert.equal(at, 500);
});

test('an HTML 502 from a proxy is retried, then thrown as an error of its status', async (t) => {
  fakeTime(t);
  const page = () =>
    new Response('<html><body><h1>502 Bad Gateway</h1></body></html>', {
      status: 502,
      headers: { 'content-type': 'text/html' },
    });
  const fetch = sequence(page);
  const { error } = await run(t, client(fetch).models.list());
  assert.ok(error instanceof APIError);
  assert.equal(error.status, 502);
  assert.equal(error.code, undefined);
  assert.equal(error.requestId, undefined);
  assert.match(error.message, /502/);
  assert.match(error.body, /Bad Gateway/);
  assert.equal(fetch.calls.length, 3);
});

test('a 408 from a proxy is retried like a 5xx', async (t) => {
  fakeTime(t);
  const timedOut = () => new Response('Request Timeout', { status: 408 });
  const fetch = sequence(timedOut, ok({ id: 'x' }));
  const { value } = await run(t, client(fetch).chat.completions.create(HELLO));
  assert.deepEqual(value.data, { id: 'x' });
  assert.deepEqual(times(fetch), [0, 500]);
});

test('a success body that is not an envelope is an APIError, not retried', async () => {
  const fetch = sequence(json(200, { unexpected: true }));
  await assert.rejects(client(fetch).models.list(), (error) => {
    assert.ok(error instanceof APIError);
    assert.equal(error.status, 200);
    return true;
  });
  assert.equal(fetch.calls.length, 1);
});
