// Server-sent events through the client: frames split anywhere, every line ending, comments,
// multi-line data, unknown events, an error frame, a stream cut off; and the chat accumulator.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
  DONE,
  HELLO,
  REQUEST_ID,
  chunk,
  client,
  drain,
  failure,
  frame,
  sdk,
  sequence,
  sse,
  sseBody,
} from './support.mjs';

const { APIConnectionError, APIError, ChatCompletionAccumulator, MiniMaxError, Stream } = sdk;
const encoder = new TextEncoder();

function chat(fetch) {
  return client(fetch).chat.completions.create({ ...HELLO, stream: true });
}

/** The items and error of a chat stream whose body is `pieces`. */
async function parse(pieces) {
  return drain(await chat(sequence(sse(pieces))));
}

// Two chunks (one with a character of two UTF-8 bytes, one of four), a comment, an `id`, an
// unknown field, an event of a kind this client does not know, then `done`.
const FIRST = chunk({ role: 'assistant', content: 'Bonjour, ça va' });
const SECOND = chunk({ content: ' 🙂' }, 'stop');
const WIRE =
  ': keep-alive comment\n' +
  'id: 1\n' +
  frame('chunk', FIRST) +
  'event: chunk\nretry: 1000\nunknown-field: x\ndata: ' +
  JSON.stringify(SECOND) +
  '\n\n' +
  frame('heartbeat', { at: 1 }) +
  frame('done', DONE);

test('a stream yields the data of its item frames, parsed, and keeps the done frame meta', async () => {
  const stream = await chat(sequence(sse([WIRE])));
  assert.ok(stream instanceof Stream);
  assert.equal(stream.requestId, REQUEST_ID);
  assert.equal(stream.meta, undefined);
  const { items, error } = await drain(stream);
  assert.equal(error, undefined);
  assert.deepEqual(items, [FIRST, SECOND]);
  assert.deepEqual(stream.meta, DONE.meta);
});

test('frames split across chunks at every byte boundary parse the same', async () => {
  const bytes = encoder.encode(WIRE);
  for (let at = 0; at <= bytes.length; at += 1) {
    const { items, error } = await parse([bytes.slice(0, at), bytes.slice(at)]);
    assert.equal(error, undefined, `split at byte ${at}`);
    assert.deepEqual(items, [FIRST, SECOND], `split at byte ${at}`);
  }
});

test('a stream arriving one byte at a time parses the same', async () => {
  const bytes = encoder.encode(WIRE);
  const { items, error } = await parse([...bytes].map((byte) => new Uint8Array([byte])));
  assert.equal(error, undefined);
  assert.deepEqual(items, [FIRST, SECOND]);
});

for (const [name, ending] of [
  ['CRLF', '\r\n'],
  ['CR', '\r'],
]) {
  test(`lines may end with ${name}, the ending split across chunks or not`, async () => {
    const bytes = encoder.encode(WIRE.replaceAll('\n', ending));
    for (let at = 0; at <= bytes.length; at += 1) {
      const { items, error } = await parse([bytes.slice(0, at), bytes.slice(at)]);
      assert.equal(error, undefined, `split at byte ${at}`);
      assert.deepEqual(items, [FIRST, SECOND], `split at byte ${at}`);
    }
  });
}

test('every CRLF torn between two chunks (CR ends one, LF opens the next) parses the same', async () => {
  const lines = WIRE.split('\n');
  const torn = lines.flatMap((line, i) => (i < lines.length - 1 ? [`${line}\r`, '\n'] : [line]));
  const { items, error } = await parse(torn);
  assert.equal(error, undefined);
  assert.deepEqual(items, [FIRST, SECOND]);
});

test('data lines join with a line feed; a single space after the colon is dropped', async () => {
  const wire =
    'event: chunk\ndata: {"id": "chatcmpl_a",\ndata:  "choices": [],\ndata:"model": "m"}\n\n' +
    frame('done', DONE);
  const { items, error } = await parse([wire]);
  assert.equal(error, undefined);
  assert.deepEqual(items, [{ id: 'chatcmpl_a', choices: [], model: 'm' }]);
});

test('an event without data, and a leading byte order mark, are skipped', async () => {
  const wire = '\uFEFFevent: chunk\n\n' + frame('chunk', FIRST) + frame('done', DONE);
  const { items, error } = await parse([wire]);
  assert.equal(error, undefined);
  assert.deepEqual(items, [FIRST]);
});

test('an error frame throws the error of its code, after the items before it', async () => {
  const envelope = {
    error: { code: 'server_error', message: 'the model crashed', details: {} },
    meta: { request_id: 'req_streamerror1' },
  };
  const { items, error } = await parse([frame('chunk', FIRST), frame('error', envelope)]);
  assert.deepEqual(items, [FIRST]);
  assert.ok(error instanceof sdk.InternalServerError);
  assert.equal(error.status, 500);
  assert.equal(error.code, 'server_error');
  assert.equal(error.requestId, 'req_streamerror1');
  assert.match(error.message, /the model crashed/);
});

test('an error frame of a 4xx code gets that code status', async () => {
  const envelope = {
    error: { code: 'rate_limit_exceeded', message: 'slow down', details: {} },
    meta: { request_id: REQUEST_ID },
  };
  const { error } = await parse([frame('error', envelope)]);
  assert.ok(error instanceof sdk.RateLimitError);
  assert.equal(error.status, 429);
});

test('a stream that ends without done or error was cut off: APIConnectionError', async () => {
  // The last frame is incomplete (no blank line after it): it is dropped, not yielded.
  const { items, error } = await parse([
    frame('chunk', FIRST),
    'event: chunk\ndata: {"partial": tr',
  ]);
  assert.deepEqual(items, [FIRST]);
  assert.ok(error instanceof APIConnectionError);
  assert.match(error.message, /done/);
  assert.equal(error.requestId, REQUEST_ID);
});

test('a connection that breaks mid-stream throws APIConnectionError', async () => {
  const feed = sseBody();
  const stream = await chat(sequence(feed.response));
  feed.push(frame('chunk', FIRST));
  setImmediate(() => feed.fail(new Error('socket hang up')));
  const { items, error } = await drain(stream);
  assert.deepEqual(items, [FIRST]);
  assert.ok(error instanceof APIConnectionError);
  assert.match(error.cause.message, /socket hang up/);
});

test('an unreadable frame throws an APIError', async () => {
  const { error } = await parse(['event: chunk\ndata: {not json\n\n']);
  assert.ok(error instanceof APIError);
  assert.match(error.message, /unreadable 'chunk' frame/);
});

test('an error status before the stream starts is thrown by the call', async () => {
  await assert.rejects(
    chat(sequence(failure(400, 'invalid_request', 'no model'))),
    sdk.BadRequestError,
  );
});

test('a stream can be read only once', async () => {
  const stream = await chat(sequence(sse([frame('done', DONE)])));
  await drain(stream);
  assert.throws(() => stream[Symbol.asyncIterator](), MiniMaxError);
});

test('a stream of video statuses yields its status frames', async () => {
  const statuses = [
    { id: 'vid_1', status: 'processing', progress: 50 },
    { id: 'vid_1', status: 'succeeded', progress: 100 },
  ];
  const wire = statuses.map((status) => frame('status', status)).join('') + frame('done', DONE);
  const fetch = sequence(sse([wire]));
  const { items } = await drain(await client(fetch).video.generations.events('vid_1'));
  assert.deepEqual(items, statuses);
  assert.equal(fetch.calls[0].method, 'GET');
  assert.ok(fetch.calls[0].url.endsWith('/video/generations/vid_1/events'));
});

test('the accumulator builds the completion a call without stream returns', async () => {
  const accumulator = new ChatCompletionAccumulator();
  const wire = [
    chunk({ role: 'assistant' }),
    chunk({ content: 'Hello' }),
    chunk({ content: ', world' }),
    chunk({}, 'stop'),
  ]
    .map((data) => frame('chunk', data))
    .join('');
  const stream = await chat(sequence(sse([wire + frame('done', DONE)])));
  for await (const item of stream) assert.equal(accumulator.add(item), item);
  assert.deepEqual(accumulator.message, { role: 'assistant', content: 'Hello, world' });
  assert.deepEqual(accumulator.completion(), {
    id: 'chatcmpl_abc',
    object: 'chat.completion',
    created_at: '2026-11-28T09:30:00Z',
    model: 'minimax-chat-v2',
    choices: [
      { index: 0, message: { role: 'assistant', content: 'Hello, world' }, finish_reason: 'stop' },
    ],
  });
});

test('the accumulator places tool calls by index; content is null with tool calls only', () => {
  const call = (index, name) => ({
    index,
    id: `call_${index}`,
    type: 'function',
    function: { name, arguments: `{"n": ${index}}` },
  });
  const accumulator = new ChatCompletionAccumulator();
  accumulator.add(chunk({ role: 'assistant' }));
  accumulator.add(chunk({ tool_calls: [call(1, 'second')] }));
  accumulator.add(chunk({ tool_calls: [call(0, 'first')] }));
  assert.throws(() => accumulator.completion(), MiniMaxError, 'no finish reason yet');
  accumulator.add(chunk({}, 'tool_calls'));
  const { message, finish_reason } = accumulator.completion().choices[0];
  assert.equal(finish_reason, 'tool_calls');
  assert.equal(message.content, null);
  assert.deepEqual(
    message.tool_calls.map((c) => [c.id, c.function.name, c.function.arguments]),
    [
      ['call_0', 'first', '{"n": 0}'],
      ['call_1', 'second', '{"n": 1}'],
    ],
  );
  assert.equal('index' in message.tool_calls[0], false);
});
