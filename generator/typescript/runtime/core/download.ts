/** What a download operation returns: the bytes as they arrive, and ways to take them whole. */

import { REQUEST_ID_HEADER } from '../constants.js';
import { rateLimitOf, type RateLimit } from './result.js';
import { linkAbort, readChunks } from './timing.js';

/** How the client reads a download: made by the transport, not by hand. */
export interface DownloadOptions {
  /** The longest wait for the next piece of the body, in milliseconds. */
  timeout: number;
  /** The caller's signal: aborting it errors the body with `APIUserAbortError`. */
  signal?: AbortSignal | undefined;
}

/**
 * A downloaded file. Its body can be read once: as a stream (`body`), whole (`bytes()`,
 * `text()`, `arrayBuffer()`, `blob()`) or into a file (`writeTo()`).
 */
export class Download {
  /** The bytes as they arrive; the wait for each piece is bounded by the call's timeout. */
  readonly body: ReadableStream<Uint8Array>;
  /** The `Content-Type` of the response, such as `video/mp4`. */
  readonly contentType: string | undefined;
  /** The `Content-Length` of the response, in bytes, when it was given. */
  readonly contentLength: number | undefined;
  /** The `X-Request-Id` of the response: quote it when reporting a problem. */
  readonly requestId: string | undefined;
  readonly rateLimit: RateLimit;
  readonly response: Response;

  constructor(response: Response, controller: AbortController, options: DownloadOptions) {
    const { headers } = response;
    const length = Number(headers.get('content-length') ?? NaN);
    this.response = response;
    this.contentType = headers.get('content-type') ?? undefined;
    this.contentLength = Number.isInteger(length) ? length : undefined;
    this.requestId = headers.get(REQUEST_ID_HEADER) ?? undefined;
    this.rateLimit = rateLimitOf(headers);
    this.body = guardedBody(response, controller, options);
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    return new Response(this.body).arrayBuffer();
  }

  async bytes(): Promise<Uint8Array> {
    return new Uint8Array(await this.arrayBuffer());
  }

  /** The body decoded as UTF-8. */
  async text(): Promise<string> {
    return new TextDecoder().decode(await this.arrayBuffer());
  }

  async blob(): Promise<Blob> {
    return new Blob([await this.arrayBuffer()], { type: this.contentType ?? '' });
  }

  /** Writes the body to the file at `path`, piece by piece; a failed download leaves no file. */
  async writeTo(path: string): Promise<void> {
    const { open, rm } = await import('node:fs/promises');
    const file = await open(path, 'w');
    try {
      const reader = this.body.getReader();
      for (let read = await reader.read(); !read.done; read = await reader.read()) {
        await file.write(read.value);
      }
    } catch (error) {
      await file.close();
      await rm(path, { force: true });
      throw error;
    }
    await file.close();
  }
}

/** The response's body, ended by the call's timeout between pieces and by the caller's signal. */
function guardedBody(
  response: Response,
  controller: AbortController,
  { timeout, signal }: DownloadOptions,
): ReadableStream<Uint8Array> {
  const chunks = response.body && readChunks(response.body, controller, timeout, response.headers);
  let unlink = (): void => {};
  let cancelled = false;
  return new ReadableStream<Uint8Array>({
    start() {
      unlink = linkAbort(signal, controller);
    },
    async pull(stream) {
      let next: IteratorResult<Uint8Array, void>;
      try {
        next = chunks ? await chunks.next() : { done: true, value: undefined };
      } catch (error) {
        unlink();
        return stream.error(error);
      }
      if (!next.done) return stream.enqueue(next.value);
      unlink();
      if (!cancelled) stream.close();
    },
    cancel() {
      // Aborting ends the read under way too, and closes the connection.
      cancelled = true;
      unlink();
      controller.abort();
    },
  });
}
