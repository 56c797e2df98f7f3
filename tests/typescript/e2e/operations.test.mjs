// Every operation of the spec through @minimax/sdk, against a running target: a sandbox the
// pytest wrapper (tests/typescript/test_typescript_sdk.py) or the contract runner started, or a
// deployment. It reads MINIMAX_E2E_BASE_URL, MINIMAX_E2E_API_KEY and MINIMAX_E2E_SAMPLES (a
// folder holding train.jsonl and ref.png) and uses the sandbox's test triggers for failure paths.
import assert from 'node:assert/strict';
import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { client as makeClient, sdk } from './support.mjs';

const { default: MiniMax, ChatCompletionAccumulator, fileFromPath, toFile } = sdk;
const HELLO = [{ role: 'user', content: 'Hello' }];
const WEATHER = {
  type: 'function',
  function: {
    name: 'get_weather',
    description: 'Current weather for a city.',
    parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  },
};
const samples = process.env.MINIMAX_E2E_SAMPLES;

test('every operation, the way a user calls it', async () => {
  const client = makeClient();
  const seen = client.seen;

  const models = await client.models.list();
  assert.ok(models.data.some((model) => model.id === 'minimax-chat-v2'));
  assert.equal((await client.models.retrieve('minimax-embed-v1')).data.embedding_dimension, 1536);

  // Uploads from a path, a stream and bytes; tasks start first so they run meanwhile.
  const training = (
    await client.files.create({
      file: await fileFromPath(join(samples, 'train.jsonl')),
      purpose: 'fine-tune',
    })
  ).data;
  const image = (
    await client.files.create({
      file: createReadStream(join(samples, 'ref.png')),
      purpose: 'video-reference',
    })
  ).data;
  const again = await client.files.create({
    file: await toFile(readFileSync(join(samples, 'ref.png')), 'copy.png'),
    purpose: 'video-reference',
  });
  assert.deepEqual(
    [training.content_type, image.content_type, again.data.content_type],
    ['application/jsonl', 'image/png', 'image/png'],
  );
  const job = await client.fineTunes.create({
    model: 'minimax-chat-v2',
    training_file: training.id,
    suffix: 'docs',
  });
  const video = await client.video.generations.create({
    prompt: 'A dog',
    reference_image_file_id: image.id,
    duration: 1,
  });
  assert.ok((await client.files.retrieve(image.id)).data.sha256);
  const download = await client.files.content(training.id);
  assert.equal(await download.text(), readFileSync(join(samples, 'train.jsonl'), 'utf8'));

  // The overview's call, then the same conversation streamed: the deltas add up to it.
  const result = await client.chat.completions.create({
    model: 'minimax-chat-v2',
    messages: HELLO,
  });
  const answer = result.data.choices[0].message.content;
  assert.ok(answer && result.meta.usage.total_tokens > 0);
  assert.equal(result.requestId, result.meta.request_id);
  assert.ok(result.rateLimit.remaining !== undefined && result.rateLimit.limit > 0);
  const accumulator = new ChatCompletionAccumulator();
  const stream = await client.chat.completions.create({
    model: 'minimax-chat-v2',
    messages: HELLO,
    stream: true,
  });
  for await (const chunk of stream) accumulator.add(chunk);
  assert.equal(accumulator.completion().choices[0].message.content, answer);
  assert.equal(stream.meta.usage.total_tokens, result.meta.usage.total_tokens);

  // A tool call, then its result sent back.
  const weather = [{ role: 'user', content: 'What is the weather in Paris?' }];
  const called = await client.chat.completions.create({
    model: 'minimax-chat-v2',
    messages: weather,
    tools: [WEATHER],
  });
  const choice = called.data.choices[0];
  assert.equal(choice.finish_reason, 'tool_calls');
  const call = choice.message.tool_calls[0];
  assert.equal(call.function.name, 'get_weather');
  const final = await client.chat.completions.create({
    model: 'minimax-chat-v2',
    messages: [
      ...weather,
      choice.message,
      { role: 'tool', tool_call_id: call.id, content: '{"temperature": 18}' },
    ],
    tools: [WEATHER],
  });
  assert.equal(final.data.choices[0].finish_reason, 'stop');

  const embedded = await client.embeddings.create({
    model: 'minimax-embed-v1',
    input: ['one', 'two'],
  });
  assert.deepEqual(
    embedded.data.map((item) => item.embedding.length),
    [1536, 1536],
  );

  const statuses = [];
  const events = await client.video.generations.events(video.data.id);
  for await (const task of events) statuses.push(task.status);
  assert.equal(statuses.at(-1), 'succeeded');
  assert.ok(events.meta);
  const progress = [];
  const done = await client.video.generations.wait(video.data.id, {
    onProgress: (task) => progress.push(task.progress),
  });
  assert.equal(done.data.status, 'succeeded');
  assert.equal(progress.at(-1), 100);
  assert.ok((await client.video.generations.retrieve(video.data.id)).data.result);
  const mp4 = await (await client.video.generations.content(video.data.id)).bytes();
  assert.equal(Buffer.from(mp4.subarray(4, 8)).toString('latin1'), 'ftyp');
  const tuned = await client.fineTunes.wait(job.data.id, { pollInterval: 200 });
  assert.ok(tuned.data.fine_tuned_model);
  assert.equal((await client.fineTunes.retrieve(job.data.id)).data.progress, 100);

  await assert.rejects(
    async () => {
      const broken = await client.chat.completions.create({
        model: 'minimax-chat-v2',
        messages: [{ role: 'user', content: 'sandbox:stream_error' }],
        stream: true,
      });
      for await (const _ of broken);
    },
    (error) =>
      error instanceof MiniMax.InternalServerError &&
      error.code === 'server_error' &&
      !!error.requestId,
  );
  await assert.rejects(client.models.retrieve('minimax-chat-v9'), (error) => {
    assert.ok(
      error instanceof MiniMax.ModelNotFoundError && error instanceof MiniMax.NotFoundError,
    );
    assert.equal(error.status, 404);
    assert.match(error.requestId, /^req_/);
    return true;
  });
  assert.deepEqual([...seen].sort(), [...client.operations].sort());
});

test('server errors are retried with one idempotency key', async () => {
  const client = makeClient({ maxRetries: 1 });
  await assert.rejects(
    client.embeddings.create({ model: 'minimax-embed-v1', input: 'sandbox:server_error' }),
    MiniMax.InternalServerError,
  );
  assert.equal(client.idempotencyKeys.length, 2);
  assert.equal(new Set(client.idempotencyKeys).size, 1);
});

test('rate limits and timeouts throw their errors', async () => {
  const client = makeClient({ maxRetries: 0 });
  await assert.rejects(
    client.embeddings.create({ model: 'minimax-embed-v1', input: 'sandbox:rate_limit' }),
    (error) => error instanceof MiniMax.RateLimitError && error.retryAfter === 1,
  );
  await assert.rejects(
    client.embeddings.create(
      { model: 'minimax-embed-v1', input: 'sandbox:slow' },
      { timeout: 300 },
    ),
    MiniMax.APITimeoutError,
  );
});

test('a replayed call is marked and answers as the first did', async () => {
  const client = makeClient();
  const key = `e2e-${Date.now()}-${Math.random()}`;
  const first = await client.chat.completions.create(
    { model: 'minimax-chat-v2', messages: HELLO },
    { idempotencyKey: key },
  );
  const again = await client.chat.completions.create(
    { model: 'minimax-chat-v2', messages: HELLO },
    { idempotencyKey: key },
  );
  assert.equal(first.replayed, false);
  assert.equal(again.replayed, true);
  assert.equal(again.requestId, first.requestId);
});

test('the raw response is there on request', async () => {
  const client = makeClient();
  const { data, response } = await client.models.list().withResponse();
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('x-request-id'), data.requestId);
});
