# Generated from openapi/minimax.yaml by generator/ — do not edit.
"""Models: The models available to your key, with their capabilities, pricing and deprecation status."""

from __future__ import annotations

import builtins

from .._base_client import AsyncAPIClient, RequestOptions, SyncAPIClient
from .._constants import DEFAULT_TIMEOUT
from .._response import APIResult
from .._serialization import path_segment
from .._types import NOT_GIVEN, Headers, NotGiven, Query, Timeout
from ..models import Model, ModelListResponse, ModelResponse

__all__ = ["Models", "AsyncModels"]


class Models:
    """The models available to your key, with their capabilities, pricing and deprecation status."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResult[builtins.list[Model]]:
        """List models.

        Every model the key's account can use: MiniMax's catalogue and the account's own
        fine-tuned models. The list is short, so it is not paginated.

        Args:
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
            path="/models",
            default_timeout=DEFAULT_TIMEOUT,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client.request_json(options, ModelListResponse.from_dict)

    def retrieve(
        self,
        model_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResult[Model]:
        """Get a model.

        One model's metadata. An id that names no model gives `404 model_not_found`.

        Args:
            model_id: A model id from `GET /models`, e.g. `minimax-chat-v2` or a fine-tuned `ft:minimax-chat-v2:support:a1b2c3d4`.
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
            path=f"/models/{path_segment(model_id)}",
            default_timeout=DEFAULT_TIMEOUT,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
            model=model_id,
        )
        return self._client.request_json(options, ModelResponse.from_dict)


class AsyncModels:
    """The models available to your key, with their capabilities, pricing and deprecation status."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResult[builtins.list[Model]]:
        """List models.

        Every model the key's account can use: MiniMax's catalogue and the account's own
        fine-tuned models. The list is short, so it is not paginated.

        Args:
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
            path="/models",
            default_timeout=DEFAULT_TIMEOUT,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client.request_json(options, ModelListResponse.from_dict)

    async def retrieve(
        self,
        model_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResult[Model]:
        """Get a model.

        One model's metadata. An id that names no model gives `404 model_not_found`.

        Args:
            model_id: A model id from `GET /models`, e.g. `minimax-chat-v2` or a fine-tuned `ft:minimax-chat-v2:support:a1b2c3d4`.
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
            path=f"/models/{path_segment(model_id)}",
            default_timeout=DEFAULT_TIMEOUT,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
            model=model_id,
        )
        return await self._client.request_json(options, ModelResponse.from_dict)
