# Generated from openapi/minimax.yaml by generator/ — do not edit.
from __future__ import annotations

from enum import Enum


class TaskStatus(str, Enum):
    FAILED = "failed"
    PROCESSING = "processing"
    QUEUED = "queued"
    SUCCEEDED = "succeeded"

    def __str__(self) -> str:
        return str(self.value)
