// A call naming a deprecated model emits one Node DeprecationWarning per model and client (code
// MINIMAX_DEPRECATED_MODEL, naming the model, its sunset and its migration guide); a call naming
// a current model emits none. Against the target the wrapper or the contract runner started.
import assert from 'node:assert/strict';
import { setImmediate as turn } from 'node:timers/promises';
import { test } from 'node:test';

import { client as makeClient, sdk } from './support.mjs';

const HELLO = [{ role: 'user', content: 'Hello' }];
const DEPRECATED = 'minimax-chat-v1';
const CURRENT = 'minimax-chat-v2';

/** The deprecated-model warnings emitted while `calls` runs. */
async function warningsOf(calls) {
  const seen = [];
  const listener = (warning) => {
    if (warning.code === sdk.DEPRECATED_MODEL_WARNING_CODE) seen.push(warning);
  };
  process.on('warning', listener);
  try {
    await calls();
    await turn(); // process.emitWarning delivers on a later tick
  } finally {
    process.off('warning', listener);
  }
  return seen;
}

test('a deprecated model warns once per client; a current one never', async () => {
  const client = makeClient();
  const current = await warningsOf(async () => {
    await client.chat.completions.create({ model: CURRENT, messages: HELLO });
    await client.models.retrieve(CURRENT);
  });
  assert.deepEqual(current, []);

  const deprecated = await warningsOf(async () => {
    await client.chat.completions.create({
      model: DEPRECATED,
      messages: HELLO,
    });
    await client.chat.completions.create({
      model: DEPRECATED,
      messages: HELLO,
    });
    const stream = await client.chat.completions.create({
      model: DEPRECATED,
      messages: HELLO,
      stream: true,
    });
    for await (const chunk of stream) assert.ok(chunk);
    await client.models.retrieve(DEPRECATED);
  });
  assert.equal(deprecated.length, 1);
  const [warning] = deprecated;
  assert.equal(warning.name, 'DeprecationWarning');
  const { deprecation } = (await client.models.retrieve(DEPRECATED)).data;
  assert.ok(deprecation);
  assert.match(
    warning.message,
    new RegExp(`'${DEPRECATED}' is deprecated since ${deprecation.deprecated_at}`),
  );
  assert.ok(warning.message.includes(`stop working on ${deprecation.shutdown_at}`));
  assert.ok(warning.message.includes(`migration guide: ${deprecation.migration_guide}`));

  // Another client warns again.
  const again = await warningsOf(() => makeClient().models.retrieve(DEPRECATED));
  assert.equal(again.length, 1);
});
