// Generated from openapi/minimax.yaml by generator/ — do not edit.
/** Video: Asynchronous video generation from a text prompt and an optional reference image. */

import type { APIPromise } from '../core/api-promise.js';
import type { Download } from '../core/download.js';
import { Resource } from '../core/resource.js';
import type { APIResult } from '../core/result.js';
import type { Stream } from '../core/streaming.js';
import type { RequestOptions } from '../core/transport.js';
import { waitForTask, type WaitOptions } from '../core/wait.js';
import type {
  VideoGeneration,
  VideoGenerationRequest,
  VideoGenerationsContentParams,
} from '../types.js';

/**
 * `client.video.generations`: Asynchronous video generation from a text prompt and an optional
 * reference image.
 */
export class VideoGenerations extends Resource {
  /**
   * Start a video generation.
   *
   * Submits an asynchronous video generation task and returns it at once, `queued`. Follow
   * it by polling `GET /video/generations/{task_id}` (every few seconds, with backoff;
   * 120 seconds covers a typical task) or by streaming
   * `GET /video/generations/{task_id}/events`. When it has `succeeded`, `result.download_url`
   * serves the MP4.
   *
   * `model` is optional and defaults to `minimax-video-v1` (the getting-started example sends no
   * model). A reference image is given as the id of a file uploaded with purpose
   * `video-reference`; the API never fetches images from URLs you name.
   *
   * Rate limit, in requests per minute: 60 (free), 120 (pay as you go), 1200 (enterprise).
   * Key scopes allowed: full, video_only.
   *
   * @param body - The request body, a `VideoGenerationRequest`.
   * @param options - This call's timeout (ms), retries, idempotency key, headers and abort signal.
   */
  create(
    body: VideoGenerationRequest,
    options?: RequestOptions,
  ): APIPromise<APIResult<VideoGeneration>> {
    return this.json<VideoGeneration>(
      {
        method: 'POST',
        path: '/video/generations',
        body: { ...body },
        model: body.model ?? 'minimax-video-v1',
      },
      options,
    );
  }

  /**
   * Get a video generation task.
   *
   * The task's current status and progress. Poll with backoff (for example 1 s, doubling
   * to at most 10 s); `Retry-After` is not sent while a task runs. Once `succeeded`,
   * `result.download_url` is a fresh signed URL valid until `result.download_url_expires_at`.
   *
   * Rate limit, in requests per minute: 60 (free), 300 (pay as you go), 3000 (enterprise).
   * Key scopes allowed: full, read_only, video_only.
   *
   * @param taskId - The video generation task's id, as returned when it was created.
   * @param options - This call's timeout (ms), retries, idempotency key, headers and abort signal.
   */
  retrieve(taskId: string, options?: RequestOptions): APIPromise<APIResult<VideoGeneration>> {
    return this.json<VideoGeneration>(
      { method: 'GET', path: `/video/generations/${encodeURIComponent(taskId)}` },
      options,
    );
  }

  /**
   * Stream a video generation task's status.
   *
   * An SSE stream of the task: one `status` frame with the current state at once, then one
   * each time the status or progress changes, then `done` after the task reaches
   * `succeeded` or `failed`. A task that has already finished gives its final `status`
   * frame and `done` straight away. A `: keep-alive` comment line is sent every 15 seconds
   * while nothing changes.
   *
   * Rate limit, in requests per minute: 60 (free), 300 (pay as you go), 3000 (enterprise).
   * Key scopes allowed: full, read_only, video_only.
   *
   * @param taskId - The video generation task's id, as returned when it was created.
   * @param options - This call's timeout (ms), retries, idempotency key, headers and abort signal.
   */
  events(taskId: string, options?: RequestOptions): APIPromise<Stream<VideoGeneration>> {
    return this.stream<VideoGeneration>(
      {
        method: 'GET',
        path: `/video/generations/${encodeURIComponent(taskId)}/events`,
        itemEvent: 'status',
      },
      options,
    );
  }

  /**
   * Download a generated video.
   *
   * The MP4 of a task that has `succeeded`. Call it with your key, or open
   * `result.download_url` (which carries `expires` and `signature`) without one. A task that
   * has not succeeded gives `409 task_not_ready`.
   *
   * Rate limit, in requests per minute: 60 (free), 300 (pay as you go), 3000 (enterprise).
   * Key scopes allowed: full, read_only, video_only.
   *
   * @param taskId - The video generation task's id, as returned when it was created.
   * @param params - The query parameters, a `VideoGenerationsContentParams`.
   * @param options - This call's timeout (ms), retries, idempotency key, headers and abort signal.
   */
  content(
    taskId: string,
    params?: VideoGenerationsContentParams,
    options?: RequestOptions,
  ): APIPromise<Download> {
    return this.binary(
      {
        method: 'GET',
        path: `/video/generations/${encodeURIComponent(taskId)}/content`,
        query: { ...params },
        transfer: true,
      },
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
  wait(
    taskId: string,
    options?: WaitOptions<VideoGeneration>,
  ): Promise<APIResult<VideoGeneration>> {
    return waitForTask((requestOptions) => this.retrieve(taskId, requestOptions), options);
  }
}

/**
 * `client.video`: Asynchronous video generation from a text prompt and an optional reference image.
 */
export class Video extends Resource {
  readonly generations: VideoGenerations = new VideoGenerations(this._client);
}
