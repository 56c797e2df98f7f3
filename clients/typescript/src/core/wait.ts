// Generated from openapi/minimax.yaml by generator/ — do not edit.
/** Waiting for a task (a video generation, a fine-tune) to reach a final status. */

import {
  TERMINAL_TASK_STATUSES,
  WAIT_MAX_POLL_INTERVAL_MS,
  WAIT_POLL_INTERVAL_MS,
  WAIT_TIMEOUT_MS,
} from '../constants.js';
import type { APIPromise } from './api-promise.js';
import { WaitTimeoutError } from './error-base.js';
import type { APIResult } from './result.js';
import { linkAbort, sleep } from './timing.js';
import type { RequestOptions } from './transport.js';

/** How long and how often `wait` polls; all times in milliseconds. */
export interface WaitOptions<T = unknown> {
  /** How long to wait for a final status; `WAIT_TIMEOUT_MS` by default. */
  timeout?: number | undefined;
  /** The first pause between polls (`WAIT_POLL_INTERVAL_MS`), doubled after each poll. */
  pollInterval?: number | undefined;
  /** The longest pause between polls; `WAIT_MAX_POLL_INTERVAL_MS` by default. */
  maxPollInterval?: number | undefined;
  /** Called with the task after each poll. */
  onProgress?: ((task: T) => void) | undefined;
  /** Aborts the wait, and the poll under way, with `APIUserAbortError`. */
  signal?: AbortSignal | undefined;
}

/**
 * Polls `retrieve` until the task reaches a final status, and returns it then. A failed task is
 * returned, not thrown: check `data.status` and `data.error`.
 *
 * Throws `WaitTimeoutError` (its `last` is the task as last seen) when the task is still running
 * after `timeout`. A poll's own errors are thrown as they are, after the client's retries.
 */
export async function waitForTask<T extends { status: string }>(
  retrieve: (options: RequestOptions) => APIPromise<APIResult<T>>,
  options: WaitOptions<T> = {},
): Promise<APIResult<T>> {
  const {
    timeout = WAIT_TIMEOUT_MS,
    pollInterval = WAIT_POLL_INTERVAL_MS,
    maxPollInterval = WAIT_MAX_POLL_INTERVAL_MS,
    onProgress,
    signal,
  } = options;
  const deadline = Date.now() + timeout;
  const controller = new AbortController();
  const unlink = linkAbort(signal, controller);
  try {
    for (let delay = pollInterval; ; delay = Math.min(delay * 2, maxPollInterval)) {
      const result = await retrieve({ signal });
      onProgress?.(result.data);
      if (TERMINAL_TASK_STATUSES.has(result.data.status)) return result;
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new WaitTimeoutError(
          `the task is still ${result.data.status} after ${timeout} ms`,
          result.data,
        );
      }
      await sleep(Math.min(delay, left), controller.signal);
    }
  } finally {
    unlink();
  }
}
