import MiniMax from '__JS_PACKAGE__';

const client = new MiniMax({ baseURL: '__BASE_URL__' }); // the key comes from __KEY_VARIABLE__

const stream = await client.chat.completions.create({
  model: '__CHAT_MODEL__',
  messages: [{ role: 'user', content: 'Hello' }],
  stream: true,
});
for await (const chunk of stream) {
  process.stdout.write(chunk.choices[0]?.delta.content ?? '');
}
console.log('\nusage', stream.meta?.usage);
