// What the unit tests share: the built SDK, a client on a mocked fetch, canned responses, SSE
// bodies fed piece by piece, and a fake clock.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
// The package under test: the built client, unless MINIMAX_SDK_ENTRY names another build of it.
const entry =
  process.env.MINIMAX_SDK_ENTRY ?? join(root, 'clients', 'typescript', 'dist', 'esm', 'index.js');
export const sdk = await import(pathToFileURL(entry).href);
export const { default: MiniMax } = sdk;

export const KEY = 'mmx_test_4e5f6a7b8c9d0e1f2a3b4c5d';
export const BASE_URL = 'https://api.example.test/v1';
export const REQUEST_ID = 'req_0123456789abcdef';
const encoder = new TextEncoder();

/**
 * A fetch that answers each request with `answer(call, index)` (a Response, or a thrown error)
 * and records the calls: url, method, headers, body, the time it was made, its signal.
 */
export function mockFetch(answer) {
  const calls = [];
  const fetch = async (url, init = {}) => {
    const call = {
      url: String(url),
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body: init.body,
      at: Date.now(),
      signal: init.signal,
    };
    calls.push(call);
    return answer(call, calls.length - 1);
  };
  return Object.assign(fetch, { calls });
}

/**
 * A fetch that answers each request with the next of `responses`: a Response, used once, or a
 * function making one; the last, when a function, answers every further request.
 */
export function sequence(...responses) {
  return mockFetch((call, index) => {
    const last = responses.at(-1);
    const next = index < responses.length ? responses[index] : last;
    if (index >= responses.length && typeof last !== 'function') {
      throw new Error(`request ${index + 1} of a sequence of ${responses.length} responses`);
    }
    return typeof next === 'function' ? next(call) : next;
  });
}

/** An answer that never comes: rejects with the signal's reason once the request is aborted. */
export function hang(call) {
  return new Promise((_, reject) => {
    call.signal?.addEventListener('abort', () => reject(call.signal.reason));
  });
}

/** A fetch that never answers: not even when its signal aborts, unless `honourSignal`. */
export function hangingFetch({ honourSignal = true } = {}) {
  return mockFetch((call) => (honourSignal ? hang(call) : new Promise(() => {})));
}

export function client(fetch, options = {}) {
  return new MiniMax({ apiKey: KEY, baseURL: BASE_URL, fetch, ...options });
}

export function headers(extra = {}) {
  return { 'x-request-id': REQUEST_ID, ...extra };
}

/** A JSON response. */
export function json(status, body, extra = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: headers({ 'content-type': 'application/json', ...extra }),
  });
}

/** A `{data, meta}` success. */
export function ok(data, extra = {}) {
  return json(200, { data, meta: { request_id: REQUEST_ID } }, extra);
}

/** An error envelope with `status`. */
export function failure(status, code, message = `failed: ${code}`, extra = {}, details = {}) {
  return json(
    status,
    { error: { code, message, details }, meta: { request_id: REQUEST_ID } },
    extra,
  );
}

/**
 * A text/event-stream response whose body the test feeds: `push(text or bytes)`, `end()`,
 * `fail(error)`; `cancelled` tells whether the client cancelled the body.
 */
export function sseBody(extra = {}) {
  let controller;
  const body = new ReadableStream({
    start(c) {
      controller = c;
    },
    cancel() {
      feed.cancelled = true;
    },
  });
  const response = new Response(body, {
    status: 200,
    headers: headers({ 'content-type': 'text/event-stream', ...extra }),
  });
  const feed = {
    response,
    cancelled: false,
    push: (piece) => controller.enqueue(typeof piece === 'string' ? encoder.encode(piece) : piece),
    end: () => controller.close(),
    fail: (error) => controller.error(error),
  };
  return feed;
}

/** A text/event-stream response of `pieces` (strings or bytes), ended after the last. */
export function sse(pieces, extra = {}) {
  const feed = sseBody(extra);
  for (const piece of pieces) feed.push(piece);
  feed.end();
  return feed.response;
}

/** The SSE frame of one event. */
export function frame(event, data) {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

export function chunk(delta, finishReason = null) {
  return {
    id: 'chatcmpl_abc',
    object: 'chat.completion.chunk',
    created_at: '2026-11-28T09:30:00Z',
    model: 'minimax-chat-v2',
    choices: [{ index: 0, delta, finish_reason: finishReason }],
  };
}

export const DONE = { meta: { request_id: REQUEST_ID, model: 'minimax-chat-v2' } };

export const HELLO = { model: 'minimax-chat-v2', messages: [{ role: 'user', content: 'Hello' }] };

/** Collects a stream's items; resolves to {items, error}. */
export async function drain(stream) {
  const items = [];
  try {
    for await (const item of stream) items.push(item);
    return { items, error: undefined };
  } catch (error) {
    return { items, error };
  }
}

/**
 * Fakes `setTimeout` and `Date` from time 0 (the runtime reads no other clock) and pins
 * `Math.random`, which sets the jitter: 0 gives the delays without jitter.
 */
export function fakeTime(t, { random = 0 } = {}) {
  t.mock.timers.enable({ apis: ['setTimeout', 'Date'], now: 0 });
  t.mock.method(Math, 'random', () => random);
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Advances the fake clock `step` ms at a time, letting pending I/O and promises run between
 * steps, until `promise` settles; resolves to `{value}` or `{error}`, and the fake time `at`.
 */
export async function run(t, promise, { step = 10, limit = 10 * 60_000 } = {}) {
  let settled = false;
  const outcome = promise.then(
    (value) => ({ value, at: Date.now() }),
    (error) => ({ error, at: Date.now() }),
  );
  outcome.finally(() => (settled = true));
  while (!settled) {
    for (let i = 0; i < 4 && !settled; i += 1) await turn();
    if (settled) break;
    if (Date.now() > limit) throw new Error(`still pending after ${limit} ms of fake time`);
    t.mock.timers.tick(step);
  }
  return outcome;
}
