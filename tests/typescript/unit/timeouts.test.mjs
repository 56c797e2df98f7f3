// The whole-call timeout and the caller's signal: for plain calls, retries, streams and downloads.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
  DONE,
  HELLO,
  chunk,
  client,
  drain,
  failure,
  fakeTime,
  frame,
  hang,
  hangingFetch,
  mockFetch,
  ok,
  run,
  sdk,
  sequence,
  sseBody,
} from './support.mjs';

const { APITimeoutError, APIUserAbortError, APIConnectionError } = sdk;

test('a call that gets no answer throws APITimeoutError at its timeout', async (t) => {
  fakeTime(t);
  const fetch = hangingFetch();
  const { error, at } = await run(t, client(fetch, { timeout: 2000 }).models.list());
  assert.ok(error instanceof APITimeoutError);
  assert.ok(error instanceof APIConnectionError);
  assert.equal(at, 2000);
  assert.equal(fetch.calls.length, 1, 'the attempt had the whole budget: nothing left to retry');
  assert.ok(fetch.calls[0].signal.aborted, 'the request was aborted');
});

test('the timeout holds even for a fetch that ignores its signal', async (t) => {
  fakeTime(t);
  const { error, at } = await run(
    t,
    client(hangingFetch({ honourSignal: false })).models.list({ timeout: 700 }),
  );
  assert.ok(error instanceof APITimeoutError);
  assert.equal(at, 700);
});

test('the timeout is the budget of the whole call, retries and waits included', async (t) => {
  fakeTime(t);
  const fetch = sequence(failure(500, 'server_error'), hang);
  const { error, at } = await run(t, client(fetch).models.list({ timeout: 3000 }));
  assert.ok(error instanceof APITimeoutError);
  assert.deepEqual(
    fetch.calls.map((call) => call.at),
    [0, 500],
  );
  assert.equal(at, 3000);
});

test('reading a slow body counts against the timeout', async (t) => {
  fakeTime(t);
  const fetch = mockFetch(
    () =>
      new Response(new ReadableStream({ start() {} }), { headers: { 'x-request-id': 'req_x' } }),
  );
  const { error, at } = await run(t, client(fetch, { timeout: 1500 }).models.list());
  assert.ok(error instanceof APITimeoutError);
  assert.equal(at, 1500);
});

test("the caller's signal aborts a request under way at once", async (t) => {
  fakeTime(t);
  const fetch = hangingFetch();
  const controller = new AbortController();
  const call = client(fetch).models.list({ signal: controller.signal });
  setTimeout(() => controller.abort(), 250);
  const { error, at } = await run(t, call);
  assert.ok(error instanceof APIUserAbortError);
  assert.equal(at, 250);
  assert.ok(fetch.calls[0].signal.aborted);
});

test("the caller's signal cuts a retry's wait short, and no retry is made", async (t) => {
  fakeTime(t);
  const fetch = sequence(() => failure(500, 'server_error'));
  const controller = new AbortController();
  const call = client(fetch).models.list({ signal: controller.signal });
  setTimeout(() => controller.abort(), 100);
  const { error, at } = await run(t, call);
  assert.ok(error instanceof APIUserAbortError);
  assert.equal(at, 100);
  assert.equal(fetch.calls.length, 1);
});

test('an aborted signal stops the call before any request', async () => {
  const fetch = sequence(ok([]));
  await assert.rejects(
    client(fetch).models.list({ signal: AbortSignal.abort() }),
    APIUserAbortError,
  );
  assert.equal(fetch.calls.length, 0);
});

test('a stream bounds the wait for its headers by the timeout', async (t) => {
  fakeTime(t);
  const { error, at } = await run(
    t,
    client(hangingFetch()).chat.completions.create({ ...HELLO, stream: true }, { timeout: 900 }),
  );
  assert.ok(error instanceof APITimeoutError);
  assert.equal(at, 900);
});

test('a stream bounds each gap between frames by the timeout, not its whole length', async (t) => {
  fakeTime(t);
  const feed = sseBody();
  const stream = await client(sequence(feed.response), { timeout: 1000 }).chat.completions.create({
    ...HELLO,
    stream: true,
  });
  // Frames every 800 ms: 4 s in all, longer than the timeout, and none of the gaps is.
  for (let i = 1; i <= 4; i += 1) {
    setTimeout(() => feed.push(frame('chunk', chunk({ content: `${i}` }))), 800 * i);
  }
  const { value } = await run(t, drain(stream), { step: 100 });
  assert.equal(value.items.length, 4);
  assert.ok(value.error instanceof APITimeoutError);
  assert.equal(Date.now(), 4200, 'thrown 1000 ms after the last frame');
  assert.ok(feed.cancelled, 'the connection was closed');
});

test("the caller's signal ends a stream with APIUserAbortError", async (t) => {
  const feed = sseBody();
  const controller = new AbortController();
  const stream = await client(sequence(feed.response)).chat.completions.create(
    { ...HELLO, stream: true },
    { signal: controller.signal },
  );
  feed.push(frame('chunk', chunk({ content: 'a' })));
  const seen = [];
  await assert.rejects(async () => {
    for await (const item of stream) {
      seen.push(item);
      controller.abort();
    }
  }, APIUserAbortError);
  assert.equal(seen.length, 1);
  assert.ok(feed.cancelled);
  assert.ok(stream.controller.signal.aborted);
});

test('stream.controller.abort() closes the connection and ends the loop quietly', async () => {
  const feed = sseBody();
  const stream = await client(sequence(feed.response)).chat.completions.create({
    ...HELLO,
    stream: true,
  });
  feed.push(frame('chunk', chunk({ content: 'a' })));
  const seen = [];
  for await (const item of stream) {
    seen.push(item);
    stream.controller.abort();
  }
  assert.equal(seen.length, 1);
  assert.ok(feed.cancelled);
});

test('breaking out of a stream closes the connection', async () => {
  const feed = sseBody();
  const stream = await client(sequence(feed.response)).chat.completions.create({
    ...HELLO,
    stream: true,
  });
  feed.push(frame('chunk', chunk({ content: 'a' })) + frame('chunk', chunk({ content: 'b' })));
  for await (const _ of stream) break;
  assert.ok(feed.cancelled);
  assert.ok(stream.controller.signal.aborted);
});

test('the rest of a body after its done frame is read, not cut off: the connection is reused', async () => {
  const feed = sseBody();
  const stream = await client(sequence(feed.response)).chat.completions.create({
    ...HELLO,
    stream: true,
  });
  feed.push(frame('chunk', chunk({ content: 'a' })) + frame('done', DONE));
  const { items, error } = await drain(stream); // ends at the done frame, before the body does
  assert.equal(error, undefined);
  assert.equal(items.length, 1);
  assert.deepEqual(stream.meta, DONE.meta);
  feed.end();
  await new Promise((resolve) => setImmediate(resolve));
  assert.ok(!feed.cancelled, 'the body was read to its end');
  assert.ok(!stream.controller.signal.aborted);
});

test('a body that goes on after its done frame is closed after the timeout', async (t) => {
  fakeTime(t);
  const feed = sseBody();
  const stream = await client(sequence(feed.response), { timeout: 1000 }).chat.completions.create({
    ...HELLO,
    stream: true,
  });
  feed.push(frame('done', DONE));
  const { value } = await run(t, drain(stream), { step: 100 });
  assert.equal(value.error, undefined, 'the loop ends at the done frame');
  assert.ok(!feed.cancelled);
  await run(t, new Promise((resolve) => setTimeout(resolve, 1100)), { step: 100 });
  assert.ok(feed.cancelled, 'the connection was closed');
  assert.ok(stream.controller.signal.aborted);
});

test('a download bounds each gap in its body by the timeout', async (t) => {
  fakeTime(t);
  const feed = sseBody({ 'content-type': 'application/octet-stream' });
  const download = await client(sequence(feed.response), { timeout: 500 }).files.content('file_1');
  feed.push(new Uint8Array([1, 2, 3]));
  const { error, at } = await run(t, download.bytes());
  assert.ok(error instanceof APITimeoutError);
  assert.equal(at, 500);
});
