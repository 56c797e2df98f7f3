// A user's file that calls every operation: `tsc --strict` must accept it against the published
// types (tests/typescript/test_typescript_sdk.py installs the packed tarball and compiles this
// beside it), and must refuse each line marked @ts-expect-error.
import MiniMax, {
  APIError,
  ChatCompletionAccumulator,
  RateLimitError,
  toFile,
  type ChatCompletion,
  type ChatCompletionChunk,
  type ChatMessage,
  type VideoGeneration,
} from '@minimax/sdk';

export async function everyOperation(client: MiniMax): Promise<void> {
  const messages: ChatMessage[] = [{ role: 'user', content: 'Hello' }];
  const result = await client.chat.completions.create({ model: 'minimax-chat-v2', messages });
  const completion: ChatCompletion = result.data;
  const content: string | null = completion.choices[0]!.message.content;
  const requestId: string = result.meta.request_id;
  const remaining: number | undefined = result.rateLimit.remaining;

  const stream = await client.chat.completions.create({
    model: 'minimax-chat-v2',
    messages,
    stream: true,
  });
  const accumulator = new ChatCompletionAccumulator();
  for await (const chunk of stream) {
    const typed: ChatCompletionChunk = accumulator.add(chunk);
    void typed;
  }
  stream.controller.abort();

  const embeddings = await client.embeddings.create({
    model: 'minimax-embed-v1',
    input: ['a', 'b'],
  });
  const vector: number[] = embeddings.data[0]!.embedding;

  const video = await client.video.generations.create({ prompt: 'A dog', duration: 2 });
  const task: VideoGeneration = (await client.video.generations.retrieve(video.data.id)).data;
  for await (const update of await client.video.generations.events(task.id)) void update.progress;
  const finished = await client.video.generations.wait(task.id, { timeout: 60_000 });
  const bytes: Uint8Array = await (
    await client.video.generations.content(finished.data.id)
  ).bytes();

  const models = await client.models.list();
  const model = await client.models.retrieve(models.data[0]!.id);
  void model.data.capabilities;

  const file = await client.files.create({
    file: await toFile(new Uint8Array([1, 2, 3]), 'train.jsonl'),
    purpose: 'fine-tune',
  });
  await client.files.retrieve(file.data.id);
  const text: string = await (await client.files.content(file.data.id)).text();

  const job = await client.fineTunes.create({
    model: 'minimax-chat-v2',
    training_file: file.data.id,
  });
  await client.fineTunes.retrieve(job.data.id);
  await client.fineTunes.wait(job.data.id, { pollInterval: 500 });

  const { response } = await client.models.list().withResponse();
  const status: number = response.status;

  try {
    await client.models.retrieve('minimax-chat-v9', { timeout: 5_000, maxRetries: 0 });
  } catch (error) {
    if (error instanceof RateLimitError) void error.retryAfter;
    if (error instanceof APIError) void [error.status, error.code, error.requestId];
    if (error instanceof MiniMax.ModelNotFoundError) void error.details;
  }
  void [content, requestId, remaining, vector, bytes, text, status];
}

export function refusals(client: MiniMax): void {
  // @ts-expect-error: a role the API does not have
  void client.chat.completions.create({ model: 'm', messages: [{ role: 'robot', content: 'Hi' }] });
  // @ts-expect-error: a user message needs content
  void client.chat.completions.create({ model: 'm', messages: [{ role: 'user' }] });
  // @ts-expect-error: inputs are strings
  void client.embeddings.create({ model: 'minimax-embed-v1', input: [1, 2] });
  // @ts-expect-error: the model is required
  void client.embeddings.create({ input: ['a'] });
}
