/** The base of the generated resource classes (`client.chat.completions`, `client.files`, ...). */

import type { APIPromise } from './api-promise.js';
import type { Download } from './download.js';
import type { APIResult } from './result.js';
import type { Stream } from './streaming.js';
import type { APIClient, RequestOptions, RequestSpec } from './transport.js';

/**
 * A group of operations. Its methods send through the client's transport, whose request
 * methods are protected so that they stay out of the client's public API.
 */
export class Resource {
  constructor(protected readonly _client: APIClient) {}

  /** A call whose JSON body, `{data, meta}`, becomes an `APIResult`. */
  protected json<T>(spec: RequestSpec, options?: RequestOptions): APIPromise<APIResult<T>> {
    return this._client['json']<T>(spec, options);
  }

  /** A call answered with server-sent events. */
  protected stream<T>(spec: RequestSpec, options?: RequestOptions): APIPromise<Stream<T>> {
    return this._client['stream']<T>(spec, options);
  }

  /** A call answered with a file's bytes. */
  protected binary(spec: RequestSpec, options?: RequestOptions): APIPromise<Download> {
    return this._client['binary'](spec, options);
  }
}
