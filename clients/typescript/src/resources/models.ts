// Generated from openapi/minimax.yaml by generator/ — do not edit.
/**
 * Models: The models available to your key, with their capabilities, pricing and deprecation
 * status.
 */

import type { APIPromise } from '../core/api-promise.js';
import { Resource } from '../core/resource.js';
import type { APIResult } from '../core/result.js';
import type { RequestOptions } from '../core/transport.js';
import type { Model } from '../types.js';

/**
 * `client.models`: The models available to your key, with their capabilities, pricing and
 * deprecation status.
 */
export class Models extends Resource {
  /**
   * List models.
   *
   * Every model the key's account can use: MiniMax's catalogue and the account's own
   * fine-tuned models. The list is short, so it is not paginated.
   *
   * Rate limit, in requests per minute: 60 (free), 300 (pay as you go), 3000 (enterprise).
   * Key scopes allowed: full, read_only.
   *
   * @param options - This call's timeout (ms), retries, idempotency key, headers and abort signal.
   */
  list(options?: RequestOptions): APIPromise<APIResult<Array<Model>>> {
    return this.json<Array<Model>>({ method: 'GET', path: '/models' }, options);
  }

  /**
   * Get a model.
   *
   * One model's metadata. An id that names no model gives `404 model_not_found`.
   *
   * Rate limit, in requests per minute: 60 (free), 300 (pay as you go), 3000 (enterprise).
   * Key scopes allowed: full, read_only.
   *
   * @param modelId - A model id from `GET /models`, e.g. `minimax-chat-v2` or a fine-tuned
   * `ft:minimax-chat-v2:support:a1b2c3d4`.
   * @param options - This call's timeout (ms), retries, idempotency key, headers and abort signal.
   */
  retrieve(modelId: string, options?: RequestOptions): APIPromise<APIResult<Model>> {
    return this.json<Model>(
      { method: 'GET', path: `/models/${encodeURIComponent(modelId)}`, model: modelId },
      options,
    );
  }
}
