// Generated from openapi/minimax.yaml by generator/ — do not edit.
/** Fine-tunes: Fine-tuning jobs that train a new model from an uploaded file. */

import type { APIPromise } from '../core/api-promise.js';
import { Resource } from '../core/resource.js';
import type { APIResult } from '../core/result.js';
import type { RequestOptions } from '../core/transport.js';
import { waitForTask, type WaitOptions } from '../core/wait.js';
import type { FineTune, FineTuneRequest } from '../types.js';

/** `client.fineTunes`: Fine-tuning jobs that train a new model from an uploaded file. */
export class FineTunes extends Resource {
  /**
   * Create a fine-tuning job.
   *
   * Starts training a new model from `model` (a base model with the `fine_tuning`
   * capability) on `training_file` (a file uploaded with purpose `fine-tune`; a file with
   * another purpose gives `400 invalid_request`). The job moves `queued` → `processing` →
   * `succeeded` (or `failed`); on success `fine_tuned_model` names the new model, which then
   * appears in `GET /models` for the account.
   *
   * Rate limit, in requests per minute: 60 (free), 30 (pay as you go), 300 (enterprise).
   * Key scopes allowed: full.
   *
   * @param body - The request body, a `FineTuneRequest`.
   * @param options - This call's timeout (ms), retries, idempotency key, headers and abort signal.
   */
  create(body: FineTuneRequest, options?: RequestOptions): APIPromise<APIResult<FineTune>> {
    return this.json<FineTune>(
      { method: 'POST', path: '/fine-tunes', body: { ...body }, model: body.model },
      options,
    );
  }

  /**
   * Get a fine-tuning job.
   *
   * The job's status and progress; `fine_tuned_model` once it has succeeded.
   *
   * Rate limit, in requests per minute: 60 (free), 300 (pay as you go), 3000 (enterprise).
   * Key scopes allowed: full, read_only.
   *
   * @param fineTuneId - The job's id, as returned when it was created.
   * @param options - This call's timeout (ms), retries, idempotency key, headers and abort signal.
   */
  retrieve(fineTuneId: string, options?: RequestOptions): APIPromise<APIResult<FineTune>> {
    return this.json<FineTune>(
      { method: 'GET', path: `/fine-tunes/${encodeURIComponent(fineTuneId)}` },
      options,
    );
  }

  /**
   * Poll `retrieve` until the task has succeeded or failed, and return it then.
   *
   * Waits `pollInterval` ms between polls (1000 by default), doubling up to `maxPollInterval`
   * (10000), and calls `onProgress` with the task after each poll. A failed task is returned, not
   * thrown: check `data.status` and `data.error`.
   *
   * @throws WaitTimeoutError when the task is still running after `timeout` ms (120000 by default);
   * its `last` is the task as last seen.
   */
  wait(fineTuneId: string, options?: WaitOptions<FineTune>): Promise<APIResult<FineTune>> {
    return waitForTask((requestOptions) => this.retrieve(fineTuneId, requestOptions), options);
  }
}
