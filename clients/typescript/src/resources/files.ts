// Generated from openapi/minimax.yaml by generator/ — do not edit.
/** Files: Uploads for fine-tuning and video reference images, with signed download URLs. */

import type { APIPromise } from '../core/api-promise.js';
import type { Download } from '../core/download.js';
import { Resource } from '../core/resource.js';
import type { APIResult } from '../core/result.js';
import type { RequestOptions } from '../core/transport.js';
import type { FileObject, FileUploadRequest, FilesContentParams } from '../types.js';

/**
 * `client.files`: Uploads for fine-tuning and video reference images, with signed download URLs.
 */
export class Files extends Resource {
  /**
   * Upload a file.
   *
   * Uploads one file as `multipart/form-data` with two parts, `file` and `purpose`. The
   * whole request may be at most 100 MiB (104,857,600 bytes); a larger
   * one gives `413 payload_too_large` before it is read.
   *
   * What each purpose takes, checked against the bytes themselves (not only the declared
   * part content type):
   *
   * - `fine-tune`: JSON Lines (`application/jsonl`), one chat example per line,
   *   `{"messages": [...]}` with the same message shape as chat completions.
   * - `video-reference`: a PNG or JPEG image (`image/png`, `image/jpeg`).
   *
   * Anything else gives `400 invalid_request` (or `415 unsupported_media_type` when the
   * request is not multipart at all).
   *
   * Rate limit, in requests per minute: 60 (free), 60 (pay as you go), 600 (enterprise).
   * Key scopes allowed: full.
   *
   * @param body - The request body, a `FileUploadRequest`.
   * @param options - This call's timeout (ms), retries, idempotency key, headers and abort signal.
   */
  create(body: FileUploadRequest, options?: RequestOptions): APIPromise<APIResult<FileObject>> {
    return this.json<FileObject>(
      { method: 'POST', path: '/files', body: { ...body }, multipart: true, transfer: true },
      options,
    );
  }

  /**
   * Get a file.
   *
   * The file's metadata, with a freshly signed download URL valid for one hour.
   *
   * Rate limit, in requests per minute: 60 (free), 300 (pay as you go), 3000 (enterprise).
   * Key scopes allowed: full, read_only.
   *
   * @param fileId - The file's id, as returned when it was uploaded.
   * @param options - This call's timeout (ms), retries, idempotency key, headers and abort signal.
   */
  retrieve(fileId: string, options?: RequestOptions): APIPromise<APIResult<FileObject>> {
    return this.json<FileObject>(
      { method: 'GET', path: `/files/${encodeURIComponent(fileId)}` },
      options,
    );
  }

  /**
   * Download a file.
   *
   * The file's bytes, served with the content type detected at upload (`content_type` of the
   * file). Call it with your key, or open `download_url` (which carries `expires` and
   * `signature`) without one.
   *
   * Rate limit, in requests per minute: 60 (free), 300 (pay as you go), 3000 (enterprise).
   * Key scopes allowed: full, read_only.
   *
   * @param fileId - The file's id, as returned when it was uploaded.
   * @param params - The query parameters, a `FilesContentParams`.
   * @param options - This call's timeout (ms), retries, idempotency key, headers and abort signal.
   */
  content(
    fileId: string,
    params?: FilesContentParams,
    options?: RequestOptions,
  ): APIPromise<Download> {
    return this.binary(
      {
        method: 'GET',
        path: `/files/${encodeURIComponent(fileId)}/content`,
        query: { ...params },
        transfer: true,
      },
      options,
    );
  }
}
