# Generated from openapi/minimax.yaml by generator/ — do not edit.
"""Video: Asynchronous video generation from a text prompt and an optional reference image."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Union

from .._base_client import AsyncAPIClient, RequestOptions, SyncAPIClient
from .._constants import DEFAULT_TIMEOUT, TERMINAL_TASK_STATUSES, TRANSFER_TIMEOUT
from .._exceptions import WaitTimeoutError
from .._response import APIResult
from .._serialization import given_text, path_segment, to_jsonable
from .._streaming import AsyncStream, Stream
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..models import VideoGeneration, VideoGenerationResponse
from ..types.video_aspect_ratio_param import VideoAspectRatioParam
from ..types.video_resolution_param import VideoResolutionParam

if TYPE_CHECKING:
    from ..models import VideoAspectRatio, VideoResolution

__all__ = ["VideoGenerations", "AsyncVideoGenerations", "Video", "AsyncVideo"]


class VideoGenerations:
    """`generations` of Video."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        prompt: str,
        model: str | NotGiven = NOT_GIVEN,
        reference_image_file_id: str | NotGiven = NOT_GIVEN,
        resolution: Union[VideoResolutionParam, VideoResolution] | NotGiven = NOT_GIVEN,
        aspect_ratio: Union[VideoAspectRatioParam, VideoAspectRatio] | NotGiven = NOT_GIVEN,
        duration: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResult[VideoGeneration]:
        """Start a video generation.

        Submits an asynchronous video generation task and returns it at once, `queued`. Follow
        it by polling `GET /video/generations/{task_id}` (every few seconds, with backoff;
        120 seconds covers a typical task) or by streaming
        `GET /video/generations/{task_id}/events`. When it has `succeeded`, `result.download_url`
        serves the MP4.

        `model` is optional and defaults to `minimax-video-v1` (the getting-started example sends no
        model). A reference image is given as the id of a file uploaded with purpose
        `video-reference`; the API never fetches images from URLs you name.

        Args:
            prompt: What the video shows.
            model: A model with the `video` capability. Defaults to `minimax-video-v1`.
            reference_image_file_id: A PNG or JPEG uploaded with purpose `video-reference` that the video starts from.
            resolution: The height of the video in pixels; the width follows from `aspect_ratio`.
            aspect_ratio: See the API reference.
            duration: Length in seconds.
            idempotency_key: Makes a `POST` safe to retry: the first response for this key is stored for 24 hours and
                replayed (with `Idempotent-Replayed: true`) for a retry with the same body. See
                *Idempotency*. Ignored by `GET`.
            extra_headers: More headers to send, beside those of the spec.
            extra_query: More query parameters to send.
            extra_body: More properties to send in the body, beside those of the spec.
            timeout: Seconds for the whole call, retries included (or an `httpx.Timeout` for
                each attempt); the client's by default.
            max_retries: How often to retry this call; the client's by default.

        Rate limit, in requests per minute: 60 (free), 120 (pay as you go), 1200 (enterprise).
        Key scopes allowed: full, video_only.
        """
        options = RequestOptions(
            method="POST",
            path="/video/generations",
            default_timeout=DEFAULT_TIMEOUT,
            headers=given_text({"Idempotency-Key": idempotency_key}),
            json=to_jsonable(
                {
                    "prompt": prompt,
                    "model": model,
                    "reference_image_file_id": reference_image_file_id,
                    "resolution": resolution,
                    "aspect_ratio": aspect_ratio,
                    "duration": duration,
                }
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            model=model if isinstance(model, str) else "minimax-video-v1",
        )
        return self._client.request_json(options, VideoGenerationResponse.from_dict)

    def retrieve(
        self,
        task_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResult[VideoGeneration]:
        """Get a video generation task.

        The task's current status and progress. Poll with backoff (for example 1 s, doubling
        to at most 10 s); `Retry-After` is not sent while a task runs. Once `succeeded`,
        `result.download_url` is a fresh signed URL valid until `result.download_url_expires_at`.

        Args:
            task_id: The video generation task's id, as returned when it was created.
            extra_headers: More headers to send, beside those of the spec.
            extra_query: More query parameters to send.
            timeout: Seconds for the whole call, retries included (or an `httpx.Timeout` for
                each attempt); the client's by default.
            max_retries: How often to retry this call; the client's by default.

        Rate limit, in requests per minute: 60 (free), 300 (pay as you go), 3000 (enterprise).
        Key scopes allowed: full, read_only, video_only.
        """
        options = RequestOptions(
            method="GET",
            path=f"/video/generations/{path_segment(task_id)}",
            default_timeout=DEFAULT_TIMEOUT,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client.request_json(options, VideoGenerationResponse.from_dict)

    def events(
        self,
        task_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Stream[VideoGeneration]:
        """Stream a video generation task's status.

        An SSE stream of the task: one `status` frame with the current state at once, then one
        each time the status or progress changes, then `done` after the task reaches
        `succeeded` or `failed`. A task that has already finished gives its final `status`
        frame and `done` straight away. A `: keep-alive` comment line is sent every 15 seconds
        while nothing changes.

        Args:
            task_id: The video generation task's id, as returned when it was created.
            extra_headers: More headers to send, beside those of the spec.
            extra_query: More query parameters to send.
            timeout: Seconds for the whole call, retries included (or an `httpx.Timeout` for
                each attempt); the client's by default.
            max_retries: How often to retry this call; the client's by default.

        Rate limit, in requests per minute: 60 (free), 300 (pay as you go), 3000 (enterprise).
        Key scopes allowed: full, read_only, video_only.
        """
        options = RequestOptions(
            method="GET",
            path=f"/video/generations/{path_segment(task_id)}/events",
            default_timeout=DEFAULT_TIMEOUT,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client.request_stream(options, "status", VideoGeneration.from_dict)

    def content(
        self,
        task_id: str,
        *,
        expires: int | NotGiven = NOT_GIVEN,
        signature: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResult[bytes]:
        """Download a generated video.

        The MP4 of a task that has `succeeded`. Call it with your key, or open
        `result.download_url` (which carries `expires` and `signature`) without one. A task that
        has not succeeded gives `409 task_not_ready`.

        Args:
            task_id: The video generation task's id, as returned when it was created.
            expires: Part of a signed `download_url`, the UTC epoch second after which it stops working (at
                most `253402300799`, the last second of the year 9999). Sent together with `signature`.
            signature: Part of a signed `download_url`. Sent together with `expires`; never needed with an API key.
            extra_headers: More headers to send, beside those of the spec.
            extra_query: More query parameters to send.
            timeout: Seconds for the whole call, retries included (or an `httpx.Timeout` for
                each attempt); the client's by default.
            max_retries: How often to retry this call; the client's by default.

        Rate limit, in requests per minute: 60 (free), 300 (pay as you go), 3000 (enterprise).
        Key scopes allowed: full, read_only, video_only.
        """
        options = RequestOptions(
            method="GET",
            path=f"/video/generations/{path_segment(task_id)}/content",
            default_timeout=TRANSFER_TIMEOUT,
            params=given_text({"expires": expires, "signature": signature}),
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
            accept="video/mp4",
        )
        return self._client.request_binary(options)

    def wait(
        self,
        task_id: str,
        *,
        timeout: float = 120.0,
        poll_interval: float = 1.0,
        max_poll_interval: float = 10.0,
        on_progress: Callable[[VideoGeneration], None] | None = None,
    ) -> APIResult[VideoGeneration]:
        """Poll `retrieve` until the task has succeeded or failed, and return it then.

        Waits `poll_interval` seconds between polls, doubling up to `max_poll_interval`, and
        calls `on_progress` with the task after each poll. A failed task is returned, not
        raised: check `data.status` and `data.error`.

        Raises:
            WaitTimeoutError: the task was still running after `timeout` seconds; its `last`
                is the task as last seen.
        """
        deadline = time.monotonic() + timeout
        delay = poll_interval
        while True:
            result = self.retrieve(task_id)
            if on_progress is not None:
                on_progress(result.data)
            status = result.data.status.value
            if status in TERMINAL_TASK_STATUSES:
                return result
            left = deadline - time.monotonic()
            if left <= 0:
                raise WaitTimeoutError(
                    f"the task is still {status} after {timeout:g}s", result.data
                )
            time.sleep(min(delay, left))
            delay = min(delay * 2, max_poll_interval)


class Video:
    """Asynchronous video generation from a text prompt and an optional reference image."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client
        self.generations = VideoGenerations(client)


class AsyncVideoGenerations:
    """`generations` of Video."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        prompt: str,
        model: str | NotGiven = NOT_GIVEN,
        reference_image_file_id: str | NotGiven = NOT_GIVEN,
        resolution: Union[VideoResolutionParam, VideoResolution] | NotGiven = NOT_GIVEN,
        aspect_ratio: Union[VideoAspectRatioParam, VideoAspectRatio] | NotGiven = NOT_GIVEN,
        duration: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResult[VideoGeneration]:
        """Start a video generation.

        Submits an asynchronous video generation task and returns it at once, `queued`. Follow
        it by polling `GET /video/generations/{task_id}` (every few seconds, with backoff;
        120 seconds covers a typical task) or by streaming
        `GET /video/generations/{task_id}/events`. When it has `succeeded`, `result.download_url`
        serves the MP4.

        `model` is optional and defaults to `minimax-video-v1` (the getting-started example sends no
        model). A reference image is given as the id of a file uploaded with purpose
        `video-reference`; the API never fetches images from URLs you name.

        Args:
            prompt: What the video shows.
            model: A model with the `video` capability. Defaults to `minimax-video-v1`.
            reference_image_file_id: A PNG or JPEG uploaded with purpose `video-reference` that the video starts from.
            resolution: The height of the video in pixels; the width follows from `aspect_ratio`.
            aspect_ratio: See the API reference.
            duration: Length in seconds.
            idempotency_key: Makes a `POST` safe to retry: the first response for this key is stored for 24 hours and
                replayed (with `Idempotent-Replayed: true`) for a retry with the same body. See
                *Idempotency*. Ignored by `GET`.
            extra_headers: More headers to send, beside those of the spec.
            extra_query: More query parameters to send.
            extra_body: More properties to send in the body, beside those of the spec.
            timeout: Seconds for the whole call, retries included (or an `httpx.Timeout` for
                each attempt); the client's by default.
            max_retries: How often to retry this call; the client's by default.

        Rate limit, in requests per minute: 60 (free), 120 (pay as you go), 1200 (enterprise).
        Key scopes allowed: full, video_only.
        """
        options = RequestOptions(
            method="POST",
            path="/video/generations",
            default_timeout=DEFAULT_TIMEOUT,
            headers=given_text({"Idempotency-Key": idempotency_key}),
            json=to_jsonable(
                {
                    "prompt": prompt,
                    "model": model,
                    "reference_image_file_id": reference_image_file_id,
                    "resolution": resolution,
                    "aspect_ratio": aspect_ratio,
                    "duration": duration,
                }
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            model=model if isinstance(model, str) else "minimax-video-v1",
        )
        return await self._client.request_json(options, VideoGenerationResponse.from_dict)

    async def retrieve(
        self,
        task_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResult[VideoGeneration]:
        """Get a video generation task.

        The task's current status and progress. Poll with backoff (for example 1 s, doubling
        to at most 10 s); `Retry-After` is not sent while a task runs. Once `succeeded`,
        `result.download_url` is a fresh signed URL valid until `result.download_url_expires_at`.

        Args:
            task_id: The video generation task's id, as returned when it was created.
            extra_headers: More headers to send, beside those of the spec.
            extra_query: More query parameters to send.
            timeout: Seconds for the whole call, retries included (or an `httpx.Timeout` for
                each attempt); the client's by default.
            max_retries: How often to retry this call; the client's by default.

        Rate limit, in requests per minute: 60 (free), 300 (pay as you go), 3000 (enterprise).
        Key scopes allowed: full, read_only, video_only.
        """
        options = RequestOptions(
            method="GET",
            path=f"/video/generations/{path_segment(task_id)}",
            default_timeout=DEFAULT_TIMEOUT,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client.request_json(options, VideoGenerationResponse.from_dict)

    async def events(
        self,
        task_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[VideoGeneration]:
        """Stream a video generation task's status.

        An SSE stream of the task: one `status` frame with the current state at once, then one
        each time the status or progress changes, then `done` after the task reaches
        `succeeded` or `failed`. A task that has already finished gives its final `status`
        frame and `done` straight away. A `: keep-alive` comment line is sent every 15 seconds
        while nothing changes.

        Args:
            task_id: The video generation task's id, as returned when it was created.
            extra_headers: More headers to send, beside those of the spec.
            extra_query: More query parameters to send.
            timeout: Seconds for the whole call, retries included (or an `httpx.Timeout` for
                each attempt); the client's by default.
            max_retries: How often to retry this call; the client's by default.

        Rate limit, in requests per minute: 60 (free), 300 (pay as you go), 3000 (enterprise).
        Key scopes allowed: full, read_only, video_only.
        """
        options = RequestOptions(
            method="GET",
            path=f"/video/generations/{path_segment(task_id)}/events",
            default_timeout=DEFAULT_TIMEOUT,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client.request_stream(options, "status", VideoGeneration.from_dict)

    async def content(
        self,
        task_id: str,
        *,
        expires: int | NotGiven = NOT_GIVEN,
        signature: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResult[bytes]:
        """Download a generated video.

        The MP4 of a task that has `succeeded`. Call it with your key, or open
        `result.download_url` (which carries `expires` and `signature`) without one. A task that
        has not succeeded gives `409 task_not_ready`.

        Args:
            task_id: The video generation task's id, as returned when it was created.
            expires: Part of a signed `download_url`, the UTC epoch second after which it stops working (at
                most `253402300799`, the last second of the year 9999). Sent together with `signature`.
            signature: Part of a signed `download_url`. Sent together with `expires`; never needed with an API key.
            extra_headers: More headers to send, beside those of the spec.
            extra_query: More query parameters to send.
            timeout: Seconds for the whole call, retries included (or an `httpx.Timeout` for
                each attempt); the client's by default.
            max_retries: How often to retry this call; the client's by default.

        Rate limit, in requests per minute: 60 (free), 300 (pay as you go), 3000 (enterprise).
        Key scopes allowed: full, read_only, video_only.
        """
        options = RequestOptions(
            method="GET",
            path=f"/video/generations/{path_segment(task_id)}/content",
            default_timeout=TRANSFER_TIMEOUT,
            params=given_text({"expires": expires, "signature": signature}),
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
            accept="video/mp4",
        )
        return await self._client.request_binary(options)

    async def wait(
        self,
        task_id: str,
        *,
        timeout: float = 120.0,
        poll_interval: float = 1.0,
        max_poll_interval: float = 10.0,
        on_progress: Callable[[VideoGeneration], None] | None = None,
    ) -> APIResult[VideoGeneration]:
        """Poll `retrieve` until the task has succeeded or failed, and return it then.

        Waits `poll_interval` seconds between polls, doubling up to `max_poll_interval`, and
        calls `on_progress` with the task after each poll. A failed task is returned, not
        raised: check `data.status` and `data.error`.

        Raises:
            WaitTimeoutError: the task was still running after `timeout` seconds; its `last`
                is the task as last seen.
        """
        deadline = time.monotonic() + timeout
        delay = poll_interval
        while True:
            result = await self.retrieve(task_id)
            if on_progress is not None:
                on_progress(result.data)
            status = result.data.status.value
            if status in TERMINAL_TASK_STATUSES:
                return result
            left = deadline - time.monotonic()
            if left <= 0:
                raise WaitTimeoutError(
                    f"the task is still {status} after {timeout:g}s", result.data
                )
            await asyncio.sleep(min(delay, left))
            delay = min(delay * 2, max_poll_interval)


class AsyncVideo:
    """Asynchronous video generation from a text prompt and an optional reference image."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
        self.generations = AsyncVideoGenerations(client)
