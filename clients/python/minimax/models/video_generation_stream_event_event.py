# Generated from openapi/minimax.yaml by generator/ — do not edit.
from __future__ import annotations

from enum import Enum


class VideoGenerationStreamEventEvent(str, Enum):
    DONE = "done"
    ERROR = "error"
    STATUS = "status"

    def __str__(self) -> str:
        return str(self.value)
