# Generated from openapi/minimax.yaml by generator/ — do not edit.
"""`RateLimitTierParam`: The rate-limit tier of a key; see *Rate limits*."""

from __future__ import annotations

from typing_extensions import Literal

__all__ = ["RateLimitTierParam"]

RateLimitTierParam = Literal["free", "pay_as_you_go", "enterprise"]
