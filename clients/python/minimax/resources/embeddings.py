# Generated from openapi/minimax.yaml by generator/ — do not edit.
"""Embeddings: Fixed-dimension float vectors for semantic search, clustering and RAG."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Union

from .._base_client import AsyncAPIClient, RequestOptions, SyncAPIClient
from .._constants import DEFAULT_TIMEOUT
from .._response import APIResult
from .._serialization import given_text, to_jsonable
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..models import EmbeddingItem, EmbeddingResponse

__all__ = ["Embeddings", "AsyncEmbeddings"]


class Embeddings:
    """Fixed-dimension float vectors for semantic search, clustering and RAG."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        model: str,
        input: Union[str, Sequence[str]],
        idempotency_key: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResult[builtins.list[EmbeddingItem]]:
        """Create embeddings.

        Embeds one string or a batch of 1 to 2,048 strings. Every vector has the model's fixed
        dimension (`embedding_dimension` on the model) and unit L2 norm, so a dot product is
        the cosine similarity. `data[i].index` is the position of the input it embeds.

        Args:
            model: A model with the `embeddings` capability, e.g. `minimax-embed-v1`.
            input: One string, or 1 to 2,048 strings. Each string is at most 8,192 tokens; longer ones give `400 invalid_request`.
            idempotency_key: Makes a `POST` safe to retry: the first response for this key is stored for 24 hours and
                replayed (with `Idempotent-Replayed: true`) for a retry with the same body. See
                *Idempotency*. Ignored by `GET`.
            extra_headers: More headers to send, beside those of the spec.
            extra_query: More query parameters to send.
            extra_body: More properties to send in the body, beside those of the spec.
            timeout: Seconds for the whole call, retries included (or an `httpx.Timeout` for
                each attempt); the client's by default.
            max_retries: How often to retry this call; the client's by default.

        Rate limit, in requests per minute: 60 (free), 600 (pay as you go), 6000 (enterprise).
        Key scopes allowed: full.
        """
        options = RequestOptions(
            method="POST",
            path="/embeddings",
            default_timeout=DEFAULT_TIMEOUT,
            headers=given_text({"Idempotency-Key": idempotency_key}),
            json=to_jsonable({"model": model, "input": input}),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client.request_json(options, EmbeddingResponse.from_dict)


class AsyncEmbeddings:
    """Fixed-dimension float vectors for semantic search, clustering and RAG."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        model: str,
        input: Union[str, Sequence[str]],
        idempotency_key: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResult[builtins.list[EmbeddingItem]]:
        """Create embeddings.

        Embeds one string or a batch of 1 to 2,048 strings. Every vector has the model's fixed
        dimension (`embedding_dimension` on the model) and unit L2 norm, so a dot product is
        the cosine similarity. `data[i].index` is the position of the input it embeds.

        Args:
            model: A model with the `embeddings` capability, e.g. `minimax-embed-v1`.
            input: One string, or 1 to 2,048 strings. Each string is at most 8,192 tokens; longer ones give `400 invalid_request`.
            idempotency_key: Makes a `POST` safe to retry: the first response for this key is stored for 24 hours and
                replayed (with `Idempotent-Replayed: true`) for a retry with the same body. See
                *Idempotency*. Ignored by `GET`.
            extra_headers: More headers to send, beside those of the spec.
            extra_query: More query parameters to send.
            extra_body: More properties to send in the body, beside those of the spec.
            timeout: Seconds for the whole call, retries included (or an `httpx.Timeout` for
                each attempt); the client's by default.
            max_retries: How often to retry this call; the client's by default.

        Rate limit, in requests per minute: 60 (free), 600 (pay as you go), 6000 (enterprise).
        Key scopes allowed: full.
        """
        options = RequestOptions(
            method="POST",
            path="/embeddings",
            default_timeout=DEFAULT_TIMEOUT,
            headers=given_text({"Idempotency-Key": idempotency_key}),
            json=to_jsonable({"model": model, "input": input}),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client.request_json(options, EmbeddingResponse.from_dict)
