import MiniMax from '__JS_PACKAGE__';

const client = new MiniMax({ baseURL: '__BASE_URL__' }); // the key comes from __KEY_VARIABLE__

const result = await client.chat.completions.create({
  model: '__CHAT_MODEL__',
  messages: [{ role: 'user', content: 'Hello' }],
});
console.log(result.data.choices[0].message.content);
console.log('request', result.requestId, 'remaining', result.rateLimit.remaining);
