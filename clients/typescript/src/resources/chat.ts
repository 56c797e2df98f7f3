// Generated from openapi/minimax.yaml by generator/ — do not edit.
/**
 * Chat: Chat completions with system prompts, multi-turn conversations, function calling and SSE
 * streaming.
 */

import type { APIPromise } from '../core/api-promise.js';
import { Resource } from '../core/resource.js';
import type { APIResult } from '../core/result.js';
import type { Stream } from '../core/streaming.js';
import type { RequestOptions } from '../core/transport.js';
import type {
  ChatCompletion,
  ChatCompletionChunk,
  ChatCompletionRequest,
  ChatCompletionRequestNonStreaming,
  ChatCompletionRequestStreaming,
} from '../types.js';

/**
 * `client.chat.completions`: Chat completions with system prompts, multi-turn conversations,
 * function calling and SSE streaming.
 */
export class ChatCompletions extends Resource {
  /**
   * Create a chat completion.
   *
   * Generates the assistant's next message for a conversation. With `tools`, the model may
   * answer with `tool_calls` instead of text; run the tools, append their results as `tool`
   * messages and call again. With `"stream": true` the response is `text/event-stream`
   * (see *Streaming*); otherwise it is one JSON document. Both describe the same completion:
   * the concatenated stream equals the non-streamed message, usage included.
   *
   * Rate limit, in requests per minute: 60 (free), 600 (pay as you go), 6000 (enterprise).
   * Key scopes allowed: full.
   *
   * @param body - The request body, a `ChatCompletionRequest`.
   * @param options - This call's timeout (ms), retries, idempotency key, headers and abort signal.
   */
  create(
    body: ChatCompletionRequestNonStreaming,
    options?: RequestOptions,
  ): APIPromise<APIResult<ChatCompletion>>;
  /** With `stream: true`: the answer as a stream of `ChatCompletionChunk`. */
  create(
    body: ChatCompletionRequestStreaming,
    options?: RequestOptions,
  ): APIPromise<Stream<ChatCompletionChunk>>;
  /** A `stream` known only at run time: a stream or one result. */
  create(
    body: ChatCompletionRequest,
    options?: RequestOptions,
  ): APIPromise<APIResult<ChatCompletion> | Stream<ChatCompletionChunk>>;
  create(
    body: ChatCompletionRequest,
    options?: RequestOptions,
  ): APIPromise<APIResult<ChatCompletion>> | APIPromise<Stream<ChatCompletionChunk>> {
    if (body.stream === true) {
      return this.stream<ChatCompletionChunk>(
        {
          method: 'POST',
          path: '/chat/completions',
          body: { ...body },
          itemEvent: 'chunk',
          model: body.model,
        },
        options,
      );
    }
    return this.json<ChatCompletion>(
      { method: 'POST', path: '/chat/completions', body: { ...body }, model: body.model },
      options,
    );
  }
}

/**
 * `client.chat`: Chat completions with system prompts, multi-turn conversations, function calling
 * and SSE streaming.
 */
export class Chat extends Resource {
  readonly completions: ChatCompletions = new ChatCompletions(this._client);
}
