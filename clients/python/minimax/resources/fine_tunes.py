# Generated from openapi/minimax.yaml by generator/ — do not edit.
"""Fine-tunes: Fine-tuning jobs that train a new model from an uploaded file."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Union

from .._base_client import AsyncAPIClient, RequestOptions, SyncAPIClient
from .._constants import DEFAULT_TIMEOUT, TERMINAL_TASK_STATUSES
from .._exceptions import WaitTimeoutError
from .._response import APIResult
from .._serialization import given_text, path_segment, to_jsonable
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..models import FineTune, FineTuneResponse
from ..types.hyperparameters_param import HyperparametersParam

if TYPE_CHECKING:
    from ..models import Hyperparameters

__all__ = ["FineTunes", "AsyncFineTunes"]


class FineTunes:
    """Fine-tuning jobs that train a new model from an uploaded file."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        model: str,
        training_file: str,
        hyperparameters: Union[HyperparametersParam, Hyperparameters] | NotGiven = NOT_GIVEN,
        suffix: str | NotGiven = NOT_GIVEN,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResult[FineTune]:
        """Create a fine-tuning job.

        Starts training a new model from `model` (a base model with the `fine_tuning`
        capability) on `training_file` (a file uploaded with purpose `fine-tune`; a file with
        another purpose gives `400 invalid_request`). The job moves `queued` → `processing` →
        `succeeded` (or `failed`); on success `fine_tuned_model` names the new model, which then
        appears in `GET /models` for the account.

        Args:
            model: The base model, one with the `fine_tuning` capability.
            training_file: A file uploaded with purpose `fine-tune`.
            hyperparameters: Training settings; each has a default.
            suffix: Part of the new model's id, `ft:<base>:<suffix>:<job>`.
            idempotency_key: Makes a `POST` safe to retry: the first response for this key is stored for 24 hours and
                replayed (with `Idempotent-Replayed: true`) for a retry with the same body. See
                *Idempotency*. Ignored by `GET`.
            extra_headers: More headers to send, beside those of the spec.
            extra_query: More query parameters to send.
            extra_body: More properties to send in the body, beside those of the spec.
            timeout: Seconds for the whole call, retries included (or an `httpx.Timeout` for
                each attempt); the client's by default.
            max_retries: How often to retry this call; the client's by default.

        Rate limit, in requests per minute: 60 (free), 30 (pay as you go), 300 (enterprise).
        Key scopes allowed: full.
        """
        options = RequestOptions(
            method="POST",
            path="/fine-tunes",
            default_timeout=DEFAULT_TIMEOUT,
            headers=given_text({"Idempotency-Key": idempotency_key}),
            json=to_jsonable(
                {
                    "model": model,
                    "training_file": training_file,
                    "hyperparameters": hyperparameters,
                    "suffix": suffix,
                }
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            model=model,
        )
        return self._client.request_json(options, FineTuneResponse.from_dict)

    def retrieve(
        self,
        fine_tune_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResult[FineTune]:
        """Get a fine-tuning job.

        The job's status and progress; `fine_tuned_model` once it has succeeded.

        Args:
            fine_tune_id: The job's id, as returned when it was created.
            extra_headers: More headers to send, beside those of the spec.
            extra_query: More query parameters to send.
            timeout: Seconds for the whole call, retries included (or an `httpx.Timeout` for
                each attempt); the client's by default.
            max_retries: How often to retry this call; the client's by default.

        Rate limit, in requests per minute: 60 (free), 300 (pay as you go), 3000 (enterprise).
        Key scopes allowed: full, read_only.
        """
        options = RequestOptions(
            method="GET",
            path=f"/fine-tunes/{path_segment(fine_tune_id)}",
            default_timeout=DEFAULT_TIMEOUT,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client.request_json(options, FineTuneResponse.from_dict)

    def wait(
        self,
        fine_tune_id: str,
        *,
        timeout: float = 120.0,
        poll_interval: float = 1.0,
        max_poll_interval: float = 10.0,
        on_progress: Callable[[FineTune], None] | None = None,
    ) -> APIResult[FineTune]:
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
            result = self.retrieve(fine_tune_id)
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


class AsyncFineTunes:
    """Fine-tuning jobs that train a new model from an uploaded file."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        model: str,
        training_file: str,
        hyperparameters: Union[HyperparametersParam, Hyperparameters] | NotGiven = NOT_GIVEN,
        suffix: str | NotGiven = NOT_GIVEN,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResult[FineTune]:
        """Create a fine-tuning job.

        Starts training a new model from `model` (a base model with the `fine_tuning`
        capability) on `training_file` (a file uploaded with purpose `fine-tune`; a file with
        another purpose gives `400 invalid_request`). The job moves `queued` → `processing` →
        `succeeded` (or `failed`); on success `fine_tuned_model` names the new model, which then
        appears in `GET /models` for the account.

        Args:
            model: The base model, one with the `fine_tuning` capability.
            training_file: A file uploaded with purpose `fine-tune`.
            hyperparameters: Training settings; each has a default.
            suffix: Part of the new model's id, `ft:<base>:<suffix>:<job>`.
            idempotency_key: Makes a `POST` safe to retry: the first response for this key is stored for 24 hours and
                replayed (with `Idempotent-Replayed: true`) for a retry with the same body. See
                *Idempotency*. Ignored by `GET`.
            extra_headers: More headers to send, beside those of the spec.
            extra_query: More query parameters to send.
            extra_body: More properties to send in the body, beside those of the spec.
            timeout: Seconds for the whole call, retries included (or an `httpx.Timeout` for
                each attempt); the client's by default.
            max_retries: How often to retry this call; the client's by default.

        Rate limit, in requests per minute: 60 (free), 30 (pay as you go), 300 (enterprise).
        Key scopes allowed: full.
        """
        options = RequestOptions(
            method="POST",
            path="/fine-tunes",
            default_timeout=DEFAULT_TIMEOUT,
            headers=given_text({"Idempotency-Key": idempotency_key}),
            json=to_jsonable(
                {
                    "model": model,
                    "training_file": training_file,
                    "hyperparameters": hyperparameters,
                    "suffix": suffix,
                }
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            model=model,
        )
        return await self._client.request_json(options, FineTuneResponse.from_dict)

    async def retrieve(
        self,
        fine_tune_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResult[FineTune]:
        """Get a fine-tuning job.

        The job's status and progress; `fine_tuned_model` once it has succeeded.

        Args:
            fine_tune_id: The job's id, as returned when it was created.
            extra_headers: More headers to send, beside those of the spec.
            extra_query: More query parameters to send.
            timeout: Seconds for the whole call, retries included (or an `httpx.Timeout` for
                each attempt); the client's by default.
            max_retries: How often to retry this call; the client's by default.

        Rate limit, in requests per minute: 60 (free), 300 (pay as you go), 3000 (enterprise).
        Key scopes allowed: full, read_only.
        """
        options = RequestOptions(
            method="GET",
            path=f"/fine-tunes/{path_segment(fine_tune_id)}",
            default_timeout=DEFAULT_TIMEOUT,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client.request_json(options, FineTuneResponse.from_dict)

    async def wait(
        self,
        fine_tune_id: str,
        *,
        timeout: float = 120.0,
        poll_interval: float = 1.0,
        max_poll_interval: float = 10.0,
        on_progress: Callable[[FineTune], None] | None = None,
    ) -> APIResult[FineTune]:
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
            result = await self.retrieve(fine_tune_id)
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
