# Generated from openapi/minimax.yaml by generator/ — do not edit.
from __future__ import annotations

from enum import Enum


class RateLimitTier(str, Enum):
    ENTERPRISE = "enterprise"
    FREE = "free"
    PAY_AS_YOU_GO = "pay_as_you_go"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> RateLimitTier | None:
        """A string this version does not know: an instance of the class that equals it, not
        added to the members (so `list(RateLimitTier)` stays the spec's values)."""
        if not isinstance(value, str):
            return None
        unknown = str.__new__(cls, value)
        unknown._name_ = value
        unknown._value_ = value
        return unknown
