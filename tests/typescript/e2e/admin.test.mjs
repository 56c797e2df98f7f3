// The administration operations through @minimax/sdk with the account's admin key, against a
// running target. Besides MINIMAX_E2E_BASE_URL it reads MINIMAX_E2E_ADMIN_KEY, the account's
// admin key, and MINIMAX_E2E_API_KEY, an API key; skipped without the admin key (the pytest
// wrapper's test_administration_end_to_end gives it).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inspect } from 'node:util';

import { adminClient, sdk } from './support.mjs';

const { default: MiniMax, AuthenticationError, KeyRevokedError, NotFoundError } = sdk;
const baseURL = process.env.MINIMAX_E2E_BASE_URL;
const adminKey = process.env.MINIMAX_E2E_ADMIN_KEY;
const skip = adminKey ? false : 'MINIMAX_E2E_ADMIN_KEY is not set';

/** What `read` resolves to once it is defined: log entries appear within a second. */
async function eventually(read, seconds = 10) {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const found = await read();
    if (found !== undefined) return found;
    assert.ok(Date.now() < deadline, 'not found in time');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

test('keys, the activity log and usage, with the admin key', { skip }, async () => {
  const admin = adminClient();
  const { data: created } = await admin.admin.apiKeys.create({
    name: 'e2e-reader',
    scope: 'read_only',
  });
  assert.equal(created.scope, 'read_only');
  assert.equal(created.rotated_from, null);
  const prefix = created.hint.slice(0, -'Ab3d...'.length);
  assert.ok(created.secret.startsWith(created.hint.replace(/\.\.\.$/, '')));
  // The secret is a credential: inspection shows its prefix only; the value stays whole.
  const shown = inspect({ data: created }, { depth: 5 });
  assert.ok(!shown.includes(created.secret), shown);
  assert.ok(shown.includes(`secret: '${prefix}***'`), shown);
  assert.ok(JSON.stringify(created).includes(created.secret));

  const listed = (await admin.admin.apiKeys.list()).data.find((key) => key.id === created.id);
  assert.equal(listed.hint, created.hint);
  assert.ok(!('secret' in listed));
  assert.equal((await admin.admin.apiKeys.retrieve(created.id)).data.hint, created.hint);

  // The new key works, and its request is in the activity log by its request id.
  const user = new MiniMax({ apiKey: created.secret, baseURL, maxRetries: 0 });
  const { requestId } = await user.models.list();
  const { data: entry } = await admin.admin.activity.retrieve(requestId);
  assert.deepEqual(
    [entry.request_id, entry.key_id, entry.operation, entry.status],
    [requestId, created.id, 'models.list', 200],
  );
  const page = await eventually(async () => {
    const { data } = await admin.admin.activity.list({
      key_id: created.id,
      operation: 'models.list',
      status: '2xx',
      limit: 10,
    });
    return data.entries.some((e) => e.request_id === requestId) ? data : undefined;
  });
  assert.ok(page.entries.every((e) => e.key_id === created.id));

  // Rotating gives a new secret at once; the old one is refused from then on.
  const { data: rotated } = await admin.admin.apiKeys.rotate(created.id);
  assert.equal(rotated.rotated_from, created.id);
  assert.notEqual(rotated.secret, created.secret);
  await assert.rejects(user.models.list(), AuthenticationError);
  const renewed = new MiniMax({ apiKey: rotated.secret, baseURL, maxRetries: 0 });
  assert.ok((await renewed.models.list()).data.length > 0);
  await assert.rejects(admin.admin.apiKeys.rotate(created.id), KeyRevokedError);

  const { data: revoked } = await admin.admin.apiKeys.revoke(rotated.id);
  assert.equal(revoked.id, rotated.id);
  assert.ok(revoked.revoked_at);
  await assert.rejects(renewed.models.list(), AuthenticationError);

  const since = new Date(Date.now() - 5 * 60_000).toISOString();
  const { data: usage } = await admin.admin.usage.retrieve({ since, key_id: created.id });
  assert.equal(usage.bucket_seconds, 60);
  // Its models.list, and the call refused once it was rotated out (a revoked key's own).
  const total = (field) => usage.buckets.reduce((sum, bucket) => sum + bucket[field], 0);
  assert.deepEqual([total('requests'), total('errors')], [2, 1]);
  assert.ok(usage.buckets.every((bucket) => bucket.key_id === created.id));

  await assert.rejects(admin.admin.apiKeys.retrieve(`key_${'0'.repeat(16)}`), NotFoundError);
  assert.deepEqual([...admin.seen].sort(), [...admin.operations].sort());
});

test(
  'an API key is refused by the administration operations, the admin key elsewhere',
  { skip },
  async () => {
    const user = new MiniMax({ apiKey: process.env.MINIMAX_E2E_API_KEY, baseURL, maxRetries: 0 });
    await assert.rejects(user.admin.apiKeys.list(), AuthenticationError);
    const admin = new MiniMax({ apiKey: adminKey, baseURL, maxRetries: 0 });
    await assert.rejects(admin.models.list(), AuthenticationError);
    assert.ok(!inspect(admin).includes(adminKey));
  },
);
