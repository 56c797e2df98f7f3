# Generated from openapi/minimax.yaml by generator/ — do not edit.
from __future__ import annotations

from enum import Enum


class ChatCompletionStreamEventEvent(str, Enum):
    CHUNK = "chunk"
    DONE = "done"
    ERROR = "error"

    def __str__(self) -> str:
        return str(self.value)
