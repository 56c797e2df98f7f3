# Generated from openapi/minimax.yaml by generator/ — do not edit.
from __future__ import annotations

from enum import Enum


class TaskErrorCode(str, Enum):
    CONTENT_POLICY_VIOLATION = "content_policy_violation"
    GENERATION_FAILED = "generation_failed"
    INVALID_TRAINING_FILE = "invalid_training_file"
    TRAINING_FAILED = "training_failed"

    def __str__(self) -> str:
        return str(self.value)
