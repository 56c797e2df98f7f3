// Uploads (toFile, fileFromPath, streams in a multipart body, resent whole on a retry), downloads,
// and waiting for a task.
import assert from 'node:assert/strict';
import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { test } from 'node:test';

import {
  client,
  failure,
  fakeTime,
  mockFetch,
  ok,
  run,
  sdk,
  sequence,
  sseBody,
} from './support.mjs';

const { WaitTimeoutError, fileFromPath, toFile } = sdk;
const LINES = '{"messages": []}\n{"messages": []}\n';

async function folder(t) {
  const made = await mkdtemp(join(tmpdir(), 'minimax-unit-'));
  t.after(() => rm(made, { recursive: true, force: true }));
  return made;
}

/** The file part and the text parts of the multipart body a call sent. */
async function parts(call) {
  assert.ok(call.body instanceof FormData, 'a multipart body');
  const file = call.body.get('file');
  return {
    name: file.name,
    type: file.type,
    text: await file.text(),
    purpose: call.body.get('purpose'),
  };
}

test('toFile names bytes, buffers and blobs', async () => {
  const fromBytes = await toFile(new TextEncoder().encode(LINES), 'train.jsonl');
  assert.equal(fromBytes.name, 'train.jsonl');
  assert.equal(await fromBytes.text(), LINES);
  const fromBuffer = await toFile(new TextEncoder().encode('ab').buffer, 'x.bin', {
    type: 'application/octet-stream',
  });
  assert.equal(fromBuffer.type, 'application/octet-stream');
  assert.equal(fromBuffer.size, 2);
  assert.equal((await toFile(new Blob(['abc']))).name, 'upload');
  const named = await toFile(
    Readable.from([Buffer.from('a'), 'b', new Uint8Array([99])]),
    'abc.txt',
  );
  assert.equal(await named.text(), 'abc');
});

test('a multipart upload sends files from a path, a read stream, a Node stream and bytes', async (t) => {
  const dir = await folder(t);
  const path = join(dir, 'train.jsonl');
  await writeFile(path, LINES);
  const fetch = sequence(() => ok({ id: 'file_1' }, {}));
  const minimax = client(fetch);
  await minimax.files.create({ file: await fileFromPath(path), purpose: 'fine-tune' });
  await minimax.files.create({ file: createReadStream(path), purpose: 'fine-tune' });
  await minimax.files.create({ file: Readable.from([LINES]), purpose: 'fine-tune' });
  await minimax.files.create({
    file: await toFile(Buffer.from(LINES), 'copy.jsonl'),
    purpose: 'fine-tune',
  });
  const sent = await Promise.all(fetch.calls.map(parts));
  assert.deepEqual(
    sent.map(({ name, text, purpose }) => [name, text, purpose]),
    [
      ['train.jsonl', LINES, 'fine-tune'],
      ['train.jsonl', LINES, 'fine-tune'],
      ['upload', LINES, 'fine-tune'],
      ['copy.jsonl', LINES, 'fine-tune'],
    ],
  );
  for (const call of fetch.calls) {
    assert.equal(call.method, 'POST');
    assert.equal(call.headers.get('content-type'), null, 'fetch sets the multipart boundary');
    assert.ok(call.headers.get('idempotency-key'));
  }
});

test('a streamed upload is sent whole again on a retry', async (t) => {
  fakeTime(t);
  const dir = await folder(t);
  const path = join(dir, 'train.jsonl');
  await writeFile(path, LINES);
  const fetch = sequence(failure(500, 'server_error'), ok({ id: 'file_1' }));
  const upload = client(fetch).files.create({ file: createReadStream(path), purpose: 'fine-tune' });
  const { value } = await run(t, upload);
  assert.deepEqual(value.data, { id: 'file_1' });
  const sent = await Promise.all(fetch.calls.map(parts));
  assert.deepEqual(
    sent.map((part) => part.text),
    [LINES, LINES],
  );
});

test('a download gives its bytes, text, type, length and request id', async () => {
  const bytes = new Uint8Array([0, 0, 0, 24, 102, 116, 121, 112]);
  const answer = () =>
    new Response(bytes, {
      headers: {
        'content-type': 'video/mp4',
        'content-length': '8',
        'x-request-id': 'req_download1',
        'x-ratelimit-remaining': '41',
      },
    });
  const minimax = client(sequence(answer));
  const download = await minimax.files.content('file_1');
  assert.equal(download.contentType, 'video/mp4');
  assert.equal(download.contentLength, 8);
  assert.equal(download.requestId, 'req_download1');
  assert.equal(download.rateLimit.remaining, 41);
  assert.deepEqual(await download.bytes(), bytes);
  assert.equal((await (await minimax.files.content('file_1')).blob()).type, 'video/mp4');
  assert.equal((await (await minimax.files.content('file_1')).arrayBuffer()).byteLength, 8);
});

test('writeTo saves a download; a download that breaks leaves no file', async (t) => {
  const dir = await folder(t);
  const target = join(dir, 'out.jsonl');
  const download = await client(sequence(new Response(LINES))).files.content('file_1');
  await download.writeTo(target);
  assert.equal(await readFile(target, 'utf8'), LINES);

  const feed = sseBody();
  const broken = await client(sequence(feed.response)).files.content('file_1');
  feed.push('partial');
  setImmediate(() => feed.fail(new Error('reset')));
  await assert.rejects(broken.writeTo(join(dir, 'broken.bin')), sdk.APIConnectionError);
  await assert.rejects(readFile(join(dir, 'broken.bin')), { code: 'ENOENT' });
});

test('cancelling a download body closes the connection, even with a read under way', async () => {
  const feed = sseBody();
  const download = await client(sequence(feed.response)).files.content('file_1');
  const reader = download.body.getReader();
  feed.push('first');
  assert.equal(new TextDecoder().decode((await reader.read()).value), 'first');
  const pending = reader.read();
  await reader.cancel();
  assert.equal((await pending).done, true);
  assert.ok(feed.cancelled);
});

test("the caller's signal errors a download under way with APIUserAbortError", async () => {
  const feed = sseBody();
  const controller = new AbortController();
  const download = await client(sequence(feed.response)).files.content('file_1', undefined, {
    signal: controller.signal,
  });
  feed.push('first');
  setImmediate(() => controller.abort());
  await assert.rejects(download.text(), sdk.APIUserAbortError);
  assert.ok(feed.cancelled);
});

test('wait polls until the task is final, backing off, and reports progress', async (t) => {
  fakeTime(t);
  const task = (status, progress) => ok({ id: 'vid_1', status, progress });
  const fetch = sequence(
    task('queued', 0),
    task('processing', 30),
    task('processing', 60),
    task('processing', 90),
    task('succeeded', 100),
  );
  const progress = [];
  const waiting = client(fetch).video.generations.wait('vid_1', {
    pollInterval: 1000,
    maxPollInterval: 3000,
    onProgress: (seen) => progress.push(seen.progress),
  });
  const { value } = await run(t, waiting, { step: 100 });
  assert.equal(value.data.status, 'succeeded');
  assert.deepEqual(progress, [0, 30, 60, 90, 100]);
  assert.deepEqual(
    fetch.calls.map((call) => call.at),
    [0, 1000, 3000, 6000, 9000],
  );
});

test('wait returns a failed task rather than throwing', async (t) => {
  fakeTime(t);
  const failed = {
    id: 'vid_1',
    status: 'failed',
    progress: 50,
    error: { code: 'generation_failed', message: 'no' },
  };
  const { value } = await run(t, client(sequence(ok(failed))).video.generations.wait('vid_1'));
  assert.deepEqual(value.data, failed);
});

test('wait throws WaitTimeoutError with the task as last seen', async (t) => {
  fakeTime(t);
  const fetch = mockFetch(() => ok({ id: 'vid_1', status: 'processing', progress: 10 }));
  const waiting = client(fetch).video.generations.wait('vid_1', {
    timeout: 5000,
    pollInterval: 1000,
  });
  const { error, at } = await run(t, waiting, { step: 100 });
  assert.ok(error instanceof WaitTimeoutError);
  assert.equal(error.last.status, 'processing');
  // Polls at 0, 1, 3 s, then a last one at the deadline (5 s).
  assert.deepEqual(
    fetch.calls.map((call) => call.at),
    [0, 1000, 3000, 5000],
  );
  assert.equal(at, 5000);
});

test('wait stops at once when its signal aborts', async (t) => {
  fakeTime(t);
  const fetch = mockFetch(() => ok({ id: 'vid_1', status: 'queued', progress: 0 }));
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 1500);
  const waiting = client(fetch).video.generations.wait('vid_1', { signal: controller.signal });
  const { error, at } = await run(t, waiting, { step: 100 });
  assert.ok(error instanceof sdk.APIUserAbortError);
  assert.equal(at, 1500);
  assert.equal(fetch.calls.length, 2);
});
