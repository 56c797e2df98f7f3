import MiniMax from '__JS_PACKAGE__';

// Up to 4 retries of a 429, a 5xx, a timeout or a lost connection, with backoff and jitter.
const client = new MiniMax({ baseURL: '__BASE_URL__', maxRetries: 4 }); // the key comes from __KEY_VARIABLE__

for (const attempt of [1, 2]) {
  // your own retry of the whole call: the same key, the same body
  const result = await client.chat.completions.create(
    { model: '__CHAT_MODEL__', messages: [{ role: 'user', content: 'Hello' }] },
    { idempotencyKey: 'order-4711-summary-js' },
  );
  console.log(attempt, result.requestId, result.replayed ? 'replayed' : 'new');
}
