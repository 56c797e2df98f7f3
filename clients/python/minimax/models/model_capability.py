# Generated from openapi/minimax.yaml by generator/ — do not edit.
from __future__ import annotations

from enum import Enum


class ModelCapability(str, Enum):
    CHAT = "chat"
    EMBEDDINGS = "embeddings"
    FINE_TUNING = "fine_tuning"
    VIDEO = "video"
    VISION = "vision"

    def __str__(self) -> str:
        return str(self.value)
