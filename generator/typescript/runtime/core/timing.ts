/**
 * Time limits and cancellation, shared by the transport, streams and downloads. Every wait
 * goes through the global `setTimeout` and every clock reading through `Date.now()`, so that a
 * test can drive them with a fake clock.
 */

import { APIConnectionError, APIError, APITimeoutError, APIUserAbortError } from './error-base.js';

// Node fires a timer at once when its delay is past this (about 24.8 days): no limit, then.
const MAX_TIMER_MS = 2 ** 31 - 1;

const ignore = (): void => {};

/** Calls `fire` after `ms` without keeping the process alive for it; returns the canceller. */
export function startTimer(ms: number, fire: () => void): () => void {
  if (!(ms <= MAX_TIMER_MS)) return ignore;
  const timer = setTimeout(fire, Math.max(ms, 0));
  // Only a pending fetch or a retry's sleep should keep the process up, not a deadline.
  (timer as { unref?: () => void }).unref?.();
  return () => clearTimeout(timer);
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    // Not unref'd: a retry's wait is what keeps the process up meanwhile.
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * `promise`, or a rejection with the signal's reason as soon as it aborts: a `fetch` that
 * ignores its signal, or a body that never ends, cannot outlast the call.
 */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    if (signal.aborted) {
      promise.catch(ignore);
      return onAbort();
    }
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** Makes the caller's `signal` abort `controller` with an `APIUserAbortError`; returns the unlinker. */
export function linkAbort(
  signal: AbortSignal | undefined,
  controller: AbortController,
): () => void {
  if (!signal) return ignore;
  const onAbort = (): void => controller.abort(new APIUserAbortError());
  if (signal.aborted) onAbort();
  else signal.addEventListener('abort', onAbort, { once: true });
  return () => signal.removeEventListener('abort', onAbort);
}

/**
 * The chunks of a response body, waiting at most `gapMs` for each.
 *
 * When `controller` aborts, reading stops: with its reason when that is an `APIError` (a timeout,
 * the caller's signal), quietly otherwise (the caller closed the stream). A body that breaks
 * throws `APIConnectionError`. Stopping early closes the connection, unless `complete()` says
 * the reader has all it needs (a stream's last frame): then the rest of the body is drained in
 * the background, for at most `gapMs`, so that the connection can be reused.
 */
export async function* readChunks(
  body: ReadableStream<Uint8Array>,
  controller: AbortController,
  gapMs: number,
  headers: Headers,
  complete: () => boolean = () => false,
): AsyncGenerator<Uint8Array, void, undefined> {
  const { signal } = controller;
  const reader = body.getReader();
  // The reader is cancelled too, since a `fetch` of the caller's may not tie the body to the signal.
  const onAbort = (): void => void reader.cancel(signal.reason).catch(ignore);
  signal.addEventListener('abort', onAbort, { once: true });
  let ended = false;
  try {
    while (!signal.aborted) {
      const stopTimer = startTimer(gapMs, () =>
        controller.abort(
          new APITimeoutError({ message: `no data arrived for ${gapMs} ms`, headers }),
        ),
      );
      let read: Awaited<ReturnType<typeof reader.read>>;
      try {
        read = await reader.read();
      } catch (error) {
        if (signal.aborted) break;
        throw new APIConnectionError({ message: 'the connection broke', headers, cause: error });
      } finally {
        stopTimer();
      }
      if (signal.aborted) break;
      if (read.done) {
        ended = true;
        return;
      }
      yield read.value;
    }
    if (signal.reason instanceof APIError) throw signal.reason;
  } finally {
    signal.removeEventListener('abort', onAbort);
    if (!ended) {
      if (complete() && !signal.aborted) {
        void drain(reader, controller, gapMs);
      } else {
        reader.cancel().catch(ignore);
        controller.abort();
      }
    }
  }
}

/** Reads the rest of a body nobody needs; closes the connection if that takes over `ms`. */
async function drain(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  controller: AbortController,
  ms: number,
): Promise<void> {
  const close = (): void => {
    reader.cancel().catch(ignore);
    controller.abort();
  };
  const stopTimer = startTimer(ms, close);
  try {
    while (!controller.signal.aborted) {
      if ((await reader.read()).done) break;
    }
  } catch {
    close();
  } finally {
    stopTimer();
  }
}
