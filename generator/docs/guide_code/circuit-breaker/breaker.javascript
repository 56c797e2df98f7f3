import MiniMax, { CircuitBreaker } from '__JS_PACKAGE__';

// Open after half of at least 2 of the last 4 requests failed; try again after 30 s (in ms).
const breaker = new CircuitBreaker({
  failureRate: 0.5,
  window: 4,
  minimumCalls: 2,
  cooldown: 30_000,
});
const client = new MiniMax({
  baseURL: '__BASE_URL__',
  circuitBreaker: breaker,
  maxRetries: 0,
});

for (const call of [0, 1, 2]) {
  // the sandbox answers these with a 500: the third fails fast
  try {
    await client.chat.completions.create({
      model: '__CHAT_MODEL__',
      messages: [{ role: 'user', content: 'Hello __TRIGGER_SERVER_ERROR__' }],
    });
    console.log(call, 'ok');
  } catch (error) {
    if (!(error instanceof MiniMax.MiniMaxError)) throw error;
    console.log(call, error.constructor.name, 'circuit', breaker.state);
  }
}
