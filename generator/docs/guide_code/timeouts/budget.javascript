import MiniMax from '__JS_PACKAGE__';

// Every call of this client gets 20 s (in ms), its retries and the waits between them included.
const client = new MiniMax({ baseURL: '__BASE_URL__', timeout: 20_000 }); // the key comes from __KEY_VARIABLE__

// One call's own budget: one second, with no retry, for an answer the sandbox delays.
try {
  const result = await client.chat.completions.create(
    { model: '__CHAT_MODEL__', messages: [{ role: 'user', content: 'Hello __TRIGGER_SLOW__' }] },
    { timeout: 1_000, maxRetries: 0 },
  );
  console.log('answered in time:', result.requestId);
} catch (error) {
  if (!(error instanceof MiniMax.APITimeoutError)) throw error;
  console.log('no answer within a second');
}
