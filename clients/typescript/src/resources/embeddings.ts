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
   * `encoding_format` chooses how each vector is written: `float` (the default) as a JSON
   * array of numbers, `base64` as one string holding the vector's float32 values,
   * little-endian, 4 bytes each, base64-encoded (RFC 4648, with padding). Base64 is less
   * than half the size of the floats in JSON and faster to read: decode the string and read
   * the bytes as little-endian float32s (in Python, `numpy.frombuffer(base64.b64decode(s),
   * "<f4")`). Both give the same values: the numbers of the `float` encoding are those
   * float32s, each written as the shortest decimal that reads back as the same float32.
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
      { method: 'POST', path: '/embeddings', body: { ...body }, model: body.model },
      options,
    );
  }
}
