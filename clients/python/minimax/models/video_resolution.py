# Generated from openapi/minimax.yaml by generator/ — do not edit.
from __future__ import annotations

from enum import Enum


class VideoResolution(str, Enum):
    VALUE_0 = "480p"
    VALUE_1 = "720p"
    VALUE_2 = "1080p"

    def __str__(self) -> str:
        return str(self.value)
