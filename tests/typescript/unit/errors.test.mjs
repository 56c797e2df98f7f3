// Errors by status and code, what they carry, configuration errors; and what a result carries.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
  BASE_URL,
  HELLO,
  KEY,
  MiniMax,
  REQUEST_ID,
  client,
  failure,
  json,
  ok,
  sdk,
  sequence,
} from './support.mjs';

const { APIError, ConfigurationError, MiniMaxError } = sdk;

// [status, code, the class of the code, the class of its status]
const CASES = [
  [400, 'invalid_request', 'InvalidRequestError', 'BadRequestError'],
  [401, 'authentication_failed', 'AuthenticationFailedError', 'AuthenticationError'],
  [404, 'not_found', 'NotFoundError', 'NotFoundError'],
  [404, 'model_not_found', 'ModelNotFoundError', 'NotFoundError'],
  [409, 'idempotency_key_in_use', 'IdempotencyKeyInUseError', 'ConflictError'],
  [422, 'idempotency_key_reused', 'IdempotencyKeyReusedError', 'UnprocessableEntityError'],
  [429, 'rate_limit_exceeded', 'RateLimitExceededError', 'RateLimitError'],
  [500, 'server_error', 'ServerError', 'InternalServerError'],
];

for (const [status, code, codeClass, statusClass] of CASES) {
  test(`HTTP ${status} ${code} throws ${codeClass}, a ${statusClass}`, async () => {
    const details = code === 'invalid_request' ? { field: 'messages[0].role' } : {};
    const fetch = sequence(() => failure(status, code, `what went wrong: ${code}`, {}, details));
    // No retries, and too little time to wait out a 409 idempotency_key_in_use.
    const error = await client(fetch, { maxRetries: 0 })
      .chat.completions.create(HELLO, { timeout: 100 })
      .catch((caught) => caught);
    assert.ok(error instanceof sdk[codeClass], `${error.constructor.name} is a ${codeClass}`);
    assert.ok(error instanceof sdk[statusClass]);
    assert.ok(error instanceof MiniMax[statusClass], 'the classes are statics of MiniMax too');
    assert.ok(error instanceof APIError && error instanceof MiniMaxError && error instanceof Error);
    assert.equal(error.name, codeClass);
    assert.equal(error.status, status);
    assert.equal(error.code, code);
    assert.deepEqual(error.details, details);
    assert.equal(error.requestId, REQUEST_ID);
    assert.match(error.message, new RegExp(`what went wrong: ${code}`));
    assert.match(error.message, new RegExp(`status ${status}`));
    assert.match(error.message, new RegExp(REQUEST_ID));
    assert.ok(error.headers instanceof Headers);
    assert.equal(error.body.error.code, code);
  });
}

test('an unknown code is thrown as the class of its status', async () => {
  const error = await client(sequence(failure(404, 'gone_fishing')))
    .models.retrieve('m')
    .catch((caught) => caught);
  assert.equal(error.constructor, sdk.NotFoundError);
  assert.equal(error.code, 'gone_fishing');
});

test('an unknown status without an envelope is an APIError', async () => {
  const fetch = sequence(new Response('I am a teapot', { status: 418 }));
  const error = await client(fetch)
    .models.list()
    .catch((caught) => caught);
  assert.equal(error.constructor, APIError);
  assert.equal(error.status, 418);
  assert.equal(error.body, 'I am a teapot');
});

test('RateLimitError.retryAfter gives the Retry-After seconds', async () => {
  const fetch = sequence(failure(429, 'rate_limit_exceeded', 'slow down', { 'retry-after': '7' }));
  const error = await client(fetch, { maxRetries: 0 })
    .models.list()
    .catch((caught) => caught);
  assert.ok(error instanceof sdk.RateLimitError);
  assert.equal(error.retryAfter, 7);
});

test('a result carries data, meta, rate limits, the request id and whether it was replayed', async () => {
  const meta = { request_id: REQUEST_ID, model: 'minimax-chat-v2', usage: { total_tokens: 3 } };
  const fetch = sequence(
    json(
      200,
      { data: { id: 'chatcmpl_1' }, meta },
      {
        'x-ratelimit-limit': '600',
        'x-ratelimit-remaining': '599',
        'x-ratelimit-reset': '1796030400',
        'idempotent-replayed': 'true',
      },
    ),
  );
  const result = await client(fetch).chat.completions.create(HELLO);
  assert.deepEqual(result.data, { id: 'chatcmpl_1' });
  assert.deepEqual(result.meta, meta);
  assert.equal(result.requestId, REQUEST_ID);
  assert.equal(result.replayed, true);
  assert.deepEqual(result.rateLimit, {
    limit: 600,
    remaining: 599,
    reset: 1796030400,
    resetAt: new Date(1796030400 * 1000),
  });
  assert.equal(result.response.status, 200);
  assert.equal(Object.keys(result).includes('response'), false, 'the response is not enumerable');
});

test('rate limits missing from a response are undefined', async () => {
  const result = await client(sequence(ok([]))).models.list();
  assert.deepEqual(result.rateLimit, {
    limit: undefined,
    remaining: undefined,
    reset: undefined,
    resetAt: undefined,
  });
  assert.equal(result.replayed, false);
});

test('withResponse() gives the result and the raw response; asResponse() leaves the body unread', async () => {
  const fetch = sequence(() => ok([{ id: 'm' }]));
  const minimax = client(fetch);
  const { data, response } = await minimax.models.list().withResponse();
  assert.deepEqual(data.data, [{ id: 'm' }]);
  assert.equal(response.headers.get('x-request-id'), data.requestId);
  const raw = await minimax.models.list().asResponse();
  assert.equal(raw.bodyUsed, false);
  assert.deepEqual((await raw.json()).data, [{ id: 'm' }]);
});

test('requests carry the key, the user agent, JSON, extra query, headers and body', async () => {
  const fetch = sequence(() => ok({}));
  const minimax = client(fetch, { defaultHeaders: { 'X-Team': 'docs' } });
  await minimax.chat.completions.create(HELLO, {
    query: { trace: true, tags: ['a', 'b'] },
    headers: { 'X-Extra': '1' },
    body: { temperature: 0 },
  });
  const [call] = fetch.calls;
  assert.equal(call.method, 'POST');
  assert.equal(call.url, `${BASE_URL}/chat/completions?trace=true&tags=a&tags=b`);
  assert.equal(call.headers.get('authorization'), `Bearer ${KEY}`);
  assert.match(call.headers.get('user-agent'), /^@minimax\/sdk\/\S+ node\/v\d+/);
  assert.equal(call.headers.get('content-type'), 'application/json');
  assert.equal(call.headers.get('x-team'), 'docs');
  assert.equal(call.headers.get('x-extra'), '1');
  assert.deepEqual(JSON.parse(call.body), { ...HELLO, temperature: 0 });
});

test('the key and base URL come from the environment when not given', async (t) => {
  t.after(() => {
    delete process.env.MINIMAX_API_KEY;
    delete process.env.MINIMAX_BASE_URL;
  });
  process.env.MINIMAX_API_KEY = KEY;
  process.env.MINIMAX_BASE_URL = 'https://env.example.test/v2/';
  const fetch = sequence(() => ok([]));
  await new MiniMax({ fetch }).models.list();
  assert.equal(fetch.calls[0].url, 'https://env.example.test/v2/models');
  assert.equal(fetch.calls[0].headers.get('authorization'), `Bearer ${KEY}`);
});

test('a missing or malformed key is a ConfigurationError that does not show the key', (t) => {
  const saved = process.env.MINIMAX_API_KEY;
  delete process.env.MINIMAX_API_KEY;
  t.after(() => {
    if (saved !== undefined) process.env.MINIMAX_API_KEY = saved;
  });
  assert.throws(
    () => new MiniMax(),
    (error) => {
      assert.ok(error instanceof ConfigurationError && error instanceof MiniMaxError);
      assert.match(error.message, /MINIMAX_API_KEY/);
      return true;
    },
  );
  for (const bad of ['sk-abcdefghijklmnopqrstuvwxyz', `${KEY}\n`, `${KEY} trailing`]) {
    assert.throws(
      () => new MiniMax({ apiKey: bad }),
      (error) => {
        assert.ok(error instanceof ConfigurationError);
        assert.ok(!error.message.includes(bad.trim()), error.message);
        assert.ok(!error.message.includes(bad.slice(9, 20)), error.message);
        return true;
      },
    );
  }
  assert.throws(() => new MiniMax({ apiKey: KEY, baseURL: 'not a url' }), ConfigurationError);
});
