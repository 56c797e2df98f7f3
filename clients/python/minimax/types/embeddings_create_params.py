# Generated from openapi/minimax.yaml by generator/ — do not edit.
"""`EmbeddingsCreateParams`: The request body of `embeddings.create`: create embeddings."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Union

from typing_extensions import Required, TypedDict

from .embedding_encoding_format_param import EmbeddingEncodingFormatParam

if TYPE_CHECKING:
    from ..models import EmbeddingEncodingFormat

__all__ = ["EmbeddingsCreateParams"]


class EmbeddingsCreateParams(TypedDict, total=False):
    model: Required[str]
    """A model with the `embeddings` capability, e.g. `minimax-embed-v1`."""

    input: Required[Union[str, Sequence[str]]]
    """One string, or 1 to 2,048 strings. Each string is at most 8,192 tokens; longer ones give `400 invalid_request`."""

    encoding_format: Union[EmbeddingEncodingFormatParam, EmbeddingEncodingFormat]
    """How each `embedding` of the response is written. `float` (the default): a JSON array of
    numbers. `base64`: a string, the vector's float32 values, little-endian, 4 bytes each,
    base64-encoded (RFC 4648, with padding); the same values in less than half the bytes."""
