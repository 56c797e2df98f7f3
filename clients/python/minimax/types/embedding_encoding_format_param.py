# Generated from openapi/minimax.yaml by generator/ — do not edit.
"""`EmbeddingEncodingFormatParam`: How each `embedding` of the response is written. `float` (the default): a JSON array of
numbers. `base64`: a string, the vector's float32 values, little-endian, 4 bytes each,
base64-encoded (RFC 4648, with padding); the same values in less than half the bytes."""

from __future__ import annotations

from typing_extensions import Literal

__all__ = ["EmbeddingEncodingFormatParam"]

EmbeddingEncodingFormatParam = Literal["float", "base64"]
