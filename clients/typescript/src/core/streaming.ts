// Generated from openapi/minimax.yaml by generator/ — do not edit.
/**
 * Server-sent events: a decoder following the WHATWG rules, and `Stream`, the items of one API
 * stream.
 *
 * Each frame of an API stream is one event: the items (events of the operation's item kind),
 * then `DONE_EVENT` with the stream's `meta`, or `ERROR_EVENT` with an error envelope, thrown as
 * the error of its code. A stream that ends before either was cut off.
 */

import { DONE_EVENT, ERROR_EVENT, ERROR_STATUS, REQUEST_ID_HEADER } from '../constants.js';
import { makeStatusError } from '../errors.js';
import type { Meta } from '../types.js';
import { APIConnectionError, APIError, MiniMaxError, readEnvelope } from './error-base.js';
import { rateLimitOf, type RateLimit } from './result.js';
import { linkAbort, readChunks } from './timing.js';

/** One event of a stream, before its data is parsed. */
export interface ServerSentEvent {
  /** The `event` field; `message` when the frame had none. */
  event: string;
  /** The `data` lines, joined with line feeds. */
  data: string;
}

/**
 * Turns the text of a stream, split anywhere, into events. Lines end with CR, LF or CRLF (a
 * CRLF may arrive in two pieces); `data` lines join with LF; comments (`:`) and other fields
 * are skipped (`id` and `retry` serve reconnection, which an API stream does not do); an event
 * is dispatched at a blank line, and one the stream ends inside is dropped.
 */
export class SSEDecoder {
  #pending = ''; // an unfinished line
  #afterCR = false; // the last piece ended with CR: a LF opening the next one belongs to it
  #event = '';
  #data: string[] = [];

  /** The events that `text`, the next piece of the stream, completes. */
  feed(text: string): ServerSentEvent[] {
    if (this.#afterCR && text.startsWith('\n')) text = text.slice(1);
    this.#afterCR = text.endsWith('\r');
    const lines = (this.#pending + text).split(/\r\n|\r|\n/);
    this.#pending = lines.pop() ?? '';
    const events: ServerSentEvent[] = [];
    for (const line of lines) {
      const event = this.#line(line);
      if (event) events.push(event);
    }
    return events;
  }

  #line(line: string): ServerSentEvent | undefined {
    if (line === '') return this.#dispatch();
    if (line.startsWith(':')) return undefined;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') this.#event = value;
    else if (field === 'data') this.#data.push(value);
    return undefined;
  }

  #dispatch(): ServerSentEvent | undefined {
    const event = { event: this.#event || 'message', data: this.#data.join('\n') };
    const dispatched = this.#data.length > 0;
    this.#event = '';
    this.#data = [];
    return dispatched ? event : undefined;
  }
}

/** How the client reads a stream: made by the transport, not by hand. */
export interface StreamOptions {
  /** The event whose data are the items, e.g. `chunk`. */
  itemEvent: string;
  /** The longest wait for the next piece of the stream, in milliseconds. */
  timeout: number;
  /** The caller's signal: aborting it throws `APIUserAbortError` from the loop. */
  signal?: AbortSignal | undefined;
}

/**
 * The items of a streamed response, in order, for `for await`. It can be read once.
 *
 * After the last item `meta` holds the stream's meta (for chat, the usage of the whole
 * completion). Breaking out of the loop, or `controller.abort()`, closes the connection; an
 * `error` frame throws the error of its code, and a stream cut short throws `APIConnectionError`.
 */
export class Stream<T> implements AsyncIterable<T> {
  /** Aborting it closes the connection; a loop over the stream then ends quietly. */
  readonly controller: AbortController;
  readonly response: Response;
  /** The `X-Request-Id` of the response: quote it when reporting a problem. */
  readonly requestId: string | undefined;
  readonly rateLimit: RateLimit;
  #meta: Meta | undefined;
  #options: StreamOptions;
  #started = false;

  constructor(response: Response, controller: AbortController, options: StreamOptions) {
    this.response = response;
    this.controller = controller;
    this.requestId = response.headers.get(REQUEST_ID_HEADER) ?? undefined;
    this.rateLimit = rateLimitOf(response.headers);
    this.#options = options;
  }

  /** The stream's meta (for chat, with the usage), from its `done` frame; undefined until then. */
  get meta(): Meta | undefined {
    return this.#meta;
  }

  [Symbol.asyncIterator](): AsyncIterator<T> {
    if (this.#started) throw new MiniMaxError('a stream can be read only once');
    this.#started = true;
    return this.#items();
  }

  async *#items(): AsyncGenerator<T, void, undefined> {
    const { response, controller } = this;
    const unlink = linkAbort(this.#options.signal, controller);
    const text = new TextDecoder();
    const decoder = new SSEDecoder();
    try {
      if (!response.body) {
        throw new APIConnectionError({
          message: 'the stream had no body',
          headers: response.headers,
        });
      }
      // After the done frame, the rest of the body (its end) is left to drain, not cut off, so
      // that the connection can serve the next call.
      let done = false;
      const { timeout } = this.#options;
      const chunks = readChunks(response.body, controller, timeout, response.headers, () => done);
      for await (const chunk of chunks) {
        for (const event of decoder.feed(text.decode(chunk, { stream: true }))) {
          if (event.event === this.#options.itemEvent) yield this.#parse(event) as T;
          else if (event.event === DONE_EVENT) {
            this.#meta = (this.#parse(event) as { meta?: Meta }).meta;
            done = true;
            return;
          } else if (event.event === ERROR_EVENT) throw this.#error(this.#parse(event));
          // Any other event is a frame kind newer than this client: skipped.
        }
      }
      if (controller.signal.aborted) return; // closed by the caller
      throw new APIConnectionError({
        message: `the stream ended before its '${DONE_EVENT}' frame`,
        headers: response.headers,
      });
    } finally {
      unlink();
    }
  }

  #parse(event: ServerSentEvent): unknown {
    try {
      return JSON.parse(event.data);
    } catch (error) {
      throw new APIError({
        message: `the API sent an unreadable '${event.event}' frame`,
        status: this.response.status,
        headers: this.response.headers,
        cause: error,
      });
    }
  }

  /** The error of an `error` frame: its status is its code's, since the response was a 200. */
  #error(body: unknown): APIError {
    const envelope = readEnvelope(body);
    const status = (envelope.code && ERROR_STATUS[envelope.code]) || 500;
    return makeStatusError({ ...envelope, status, headers: this.response.headers, body });
  }
}
