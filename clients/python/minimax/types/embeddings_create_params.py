# Generated from openapi/minimax.yaml by generator/ — do not edit.
"""`EmbeddingsCreateParams`: The request body of `embeddings.create`: create embeddings."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Union

from typing_extensions import Required, TypedDict

__all__ = ["EmbeddingsCreateParams"]


class EmbeddingsCreateParams(TypedDict, total=False):
    model: Required[str]
    """A model with the `embeddings` capability, e.g. `minimax-embed-v1`."""

    input: Required[Union[str, Sequence[str]]]
    """One string, or 1 to 2,048 strings. Each string is at most 8,192 tokens; longer ones give `400 invalid_request`."""
