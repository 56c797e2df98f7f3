# Generated from openapi/minimax.yaml by generator/ — do not edit.
"""`AdminApiKeysCreateParams`: The request body of `admin.api_keys.create`: create an api key."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Optional, Union

from typing_extensions import Required, TypedDict

from .key_scope_param import KeyScopeParam
from .rate_limit_tier_param import RateLimitTierParam

if TYPE_CHECKING:
    from ..models import KeyScope, RateLimitTier

__all__ = ["AdminApiKeysCreateParams"]


class AdminApiKeysCreateParams(TypedDict, total=False):
    name: Required[str]
    """A label for people (`support-bot`); need not be unique."""

    scope: Union[KeyScopeParam, KeyScope]
    """What a key may call; see *Authentication*."""

    models: Optional[Sequence[str]]
    """The only models the key may name; `null` (the default) for every model."""

    tier: Union[RateLimitTierParam, RateLimitTier]
    """The rate-limit tier of a key; see *Rate limits*."""
