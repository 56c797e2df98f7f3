# Generated from openapi/minimax.yaml by generator/ — do not edit.
from __future__ import annotations

from enum import Enum


class FilePurpose(str, Enum):
    FINE_TUNE = "fine-tune"
    VIDEO_REFERENCE = "video-reference"

    def __str__(self) -> str:
        return str(self.value)
