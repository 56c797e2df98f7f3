// Generated from openapi/minimax.yaml by generator/ — do not edit.
/**
 * Builds the whole chat completion from the chunks of a stream. Concatenating the deltas gives
 * the message a call without `stream` returns: content pieces join in order, and each tool call
 * arrives whole in one delta, placed by its `index`.
 */

import type { AssistantMessage, ChatCompletion, ChatCompletionChunk, ToolCall } from '../types.js';
import { MiniMaxError } from './error-base.js';

type FinishReason = ChatCompletion['choices'][number]['finish_reason'];

/**
 * Collects the chunks of a streamed chat completion.
 *
 * ```ts
 * const accumulator = new ChatCompletionAccumulator();
 * for await (const chunk of stream) {
 *   process.stdout.write(accumulator.add(chunk).choices[0]?.delta.content ?? '');
 * }
 * const completion = accumulator.completion();
 * ```
 */
export class ChatCompletionAccumulator {
  #first: ChatCompletionChunk | undefined;
  #content: string[] = [];
  #toolCalls = new Map<number, ToolCall>();
  #finishReason: FinishReason | undefined;

  /** Takes in one chunk; returns it, for use inside a loop. */
  add(chunk: ChatCompletionChunk): ChatCompletionChunk {
    this.#first ??= chunk;
    for (const choice of chunk.choices) {
      const { content, tool_calls: toolCalls } = choice.delta;
      if (typeof content === 'string') this.#content.push(content);
      for (const call of toolCalls ?? []) {
        const { name, arguments: args } = call.function;
        this.#toolCalls.set(call.index, {
          id: call.id,
          type: 'function',
          function: { name, arguments: args },
        });
      }
      if (choice.finish_reason != null) this.#finishReason = choice.finish_reason;
    }
    return chunk;
  }

  /** The assistant message so far; its content is null for a message of tool calls only. */
  get message(): AssistantMessage {
    const toolCalls = [...this.#toolCalls].sort(([a], [b]) => a - b).map(([, call]) => call);
    if (toolCalls.length === 0) return { role: 'assistant', content: this.#content.join('') };
    const content = this.#content.length > 0 ? this.#content.join('') : null;
    return { role: 'assistant', content, tool_calls: toolCalls };
  }

  /** The whole completion; throws until the chunk with the finish reason has been added. */
  completion(): ChatCompletion {
    if (!this.#first || this.#finishReason === undefined) {
      throw new MiniMaxError('the stream has not finished: no chunk with a finish_reason yet');
    }
    const { id, created_at, model } = this.#first;
    const choice = { index: 0, message: this.message, finish_reason: this.#finishReason };
    return { id, object: 'chat.completion', created_at, model, choices: [choice] };
  }
}
