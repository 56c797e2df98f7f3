# Generated from openapi/minimax.yaml by generator/ — do not edit.
from __future__ import annotations

from enum import Enum


class EmbeddingEncodingFormat(str, Enum):
    BASE64 = "base64"
    FLOAT = "float"

    def __str__(self) -> str:
        return str(self.value)
