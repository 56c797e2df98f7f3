# Generated from openapi/minimax.yaml by generator/ — do not edit.
"""Embeddings: Fixed-dimension float vectors for semantic search, clustering and RAG."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Union

from .._base_client import AsyncAPIClient, RequestOptions, SyncAPIClient
from .._constants import DEFAULT_TIMEOUT
from .._embeddings import Embedding, embeddings_from_dict, encoding_or_default
from .._response import APIResult
from .._serialization import given_text, to_jsonable
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..types.embedding_encoding_format_param import EmbeddingEncodingFormatParam

if TYPE_CHECKING:
    from ..models import EmbeddingEncodingFormat

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
        encoding_format: Union[EmbeddingEncodingFormatParam, EmbeddingEncodingFormat]
        | NotGiven = NOT_GIVEN,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResult[builtins.list[Embedding]]:
        """Create embeddings.

        Embeds one string or a batch of 1 to 2,048 strings. Every vector has the model's fixed
        dimension (`embedding_dimension` on the model) and unit L2 norm, so a dot product is
        the cosine similarity. `data[i].index` is the position of the input it embeds.

        `encoding_format` chooses how each vector is written: `float` (the default) as a JSON
        array of numbers, `base64` as one string holding the vector's float32 values,
        little-endian, 4 bytes each, base64-encoded (RFC 4648, with padding). Base64 is less
        than half the size of the floats in JSON and faster to read: decode the string and read
        the bytes as little-endian float32s (in Python, `numpy.frombuffer(base64.b64decode(s),
        "<f4")`). Both give the same values: the numbers of the `float` encoding are those
        float32s, each written as the shortest decimal that reads back as the same float32.

        Args:
            model: A model with the `embeddings` capability, e.g. `minimax-embed-v1`.
            input: One string, or 1 to 2,048 strings. Each string is at most 8,192 tokens; longer ones give `400 invalid_request`.
            encoding_format: How each `embedding` of the response is written. `float` (the default): a JSON array of
                numbers. `base64`: a string, the vector's float32 values, little-endian, 4 bytes each,
                base64-encoded (RFC 4648, with padding); the same values in less than half the bytes.
                This client asks for `base64` unless you pass one, and reads either: each
                item's `.embedding` is a list of floats, `.buffer` the little-endian float32s,
                `.numpy()` a float32 array (with numpy installed).
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
            json=to_jsonable(
                {
                    "model": model,
                    "input": input,
                    "encoding_format": encoding_or_default(encoding_format),
                }
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            model=model,
        )
        return self._client.request_json(options, embeddings_from_dict)


class AsyncEmbeddings:
    """Fixed-dimension float vectors for semantic search, clustering and RAG."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        model: str,
        input: Union[str, Sequence[str]],
        encoding_format: Union[EmbeddingEncodingFormatParam, EmbeddingEncodingFormat]
        | NotGiven = NOT_GIVEN,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResult[builtins.list[Embedding]]:
        """Create embeddings.

        Embeds one string or a batch of 1 to 2,048 strings. Every vector has the model's fixed
        dimension (`embedding_dimension` on the model) and unit L2 norm, so a dot product is
        the cosine similarity. `data[i].index` is the position of the input it embeds.

        `encoding_format` chooses how each vector is written: `float` (the default) as a JSON
        array of numbers, `base64` as one string holding the vector's float32 values,
        little-endian, 4 bytes each, base64-encoded (RFC 4648, with padding). Base64 is less
        than half the size of the floats in JSON and faster to read: decode the string and read
        the bytes as little-endian float32s (in Python, `numpy.frombuffer(base64.b64decode(s),
        "<f4")`). Both give the same values: the numbers of the `float` encoding are those
        float32s, each written as the shortest decimal that reads back as the same float32.

        Args:
            model: A model with the `embeddings` capability, e.g. `minimax-embed-v1`.
            input: One string, or 1 to 2,048 strings. Each string is at most 8,192 tokens; longer ones give `400 invalid_request`.
            encoding_format: How each `embedding` of the response is written. `float` (the default): a JSON array of
                numbers. `base64`: a string, the vector's float32 values, little-endian, 4 bytes each,
                base64-encoded (RFC 4648, with padding); the same values in less than half the bytes.
                This client asks for `base64` unless you pass one, and reads either: each
                item's `.embedding` is a list of floats, `.buffer` the little-endian float32s,
                `.numpy()` a float32 array (with numpy installed).
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
            json=to_jsonable(
                {
                    "model": model,
                    "input": input,
                    "encoding_format": encoding_or_default(encoding_format),
                }
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            model=model,
        )
        return await self._client.request_json(options, embeddings_from_dict)
