import MiniMax from '__JS_PACKAGE__';

const client = new MiniMax({ baseURL: '__BASE_URL__', maxRetries: 0 }); // the key comes from __KEY_VARIABLE__

const result = await client.models.list();
const limit = result.rateLimit;
console.log(`${limit.remaining} of ${limit.limit} left; the window resets at ${limit.resetAt}`);

try {
  // the sandbox answers this one with a 429
  await client.embeddings.create({ model: '__EMBED_MODEL__', input: '__TRIGGER_RATE_LIMIT__' });
} catch (error) {
  if (!(error instanceof MiniMax.RateLimitError)) throw error;
  console.log('limited: retry after', error.retryAfter, 's');
  await new Promise((resolve) => setTimeout(resolve, (error.retryAfter ?? 1) * 1000));
}
