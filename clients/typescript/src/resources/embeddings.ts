// Generated from openapi/minimax.yaml by generator/ — do not edit.
/** Embeddings: Fixed-dimension float vectors for semantic search, clustering and RAG. */

import type { APIPromise } from '../core/api-promise.js';
import { Resource } from '../core/resource.js';
import type { APIResult } from '../core/result.js';
import type { RequestOptions } from '../core/transport.js';
import type { EmbeddingItem, EmbeddingRequest } from '../types.js';

/** `client.embeddings`: Fixed-dimension float vectors for semantic search, clustering and RAG. */
export class Embeddings extends Resource {
  /**
   * Create embeddings.
   *
   * Embeds one string or a batch of 1 to 2,048 strings. Every vector has the model's fixed
   * dimension (`embedding_dimension` on the model) and unit L2 norm, so a dot product is
   * the cosine similarity. `data[i].index` is the position of the input it embeds.
   *
   * Rate limit, in requests per minute: 60 (free), 600 (pay as you go), 6000 (enterprise).
   * Key scopes allowed: full.
   *
   * @param body - The request body, a `EmbeddingRequest`.
   * @param options - This call's timeout (ms), retries, idempotency key, headers and abort signal.
   */
  create(
    body: EmbeddingRequest,
    options?: RequestOptions,
  ): APIPromise<APIResult<Array<EmbeddingItem>>> {
    return this.json<Array<EmbeddingItem>>(
      { method: 'POST', path: '/embeddings', body: { ...body } },
      options,
    );
  }
}
