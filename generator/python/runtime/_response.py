"""What a call returns: its typed data, the response's `meta`, and the rate-limit headers."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Generic, TypeVar

import httpx

from ._constants import (
    IDEMPOTENT_REPLAYED_HEADER,
    RATE_LIMIT_LIMIT_HEADER,
    RATE_LIMIT_REMAINING_HEADER,
    RATE_LIMIT_RESET_HEADER,
)
from .models import Meta

T = TypeVar("T")


def _int_header(headers: httpx.Headers, name: str) -> int | None:
    value: str | None = headers.get(name)
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


@dataclass(frozen=True)
class RateLimit:
    """The rate-limit headers of a response (None where a header was missing)."""

    limit: int | None
    """Requests allowed in the current one-minute window."""
    remaining: int | None
    """Requests left in the current window, after this one."""
    reset: int | None
    """When the window ends, in UTC epoch seconds (a time, not a delay)."""

    @property
    def reset_at(self) -> datetime.datetime | None:
        if self.reset is None:
            return None
        return datetime.datetime.fromtimestamp(self.reset, tz=datetime.timezone.utc)

    @classmethod
    def from_headers(cls, headers: httpx.Headers) -> RateLimit:
        return cls(
            limit=_int_header(headers, RATE_LIMIT_LIMIT_HEADER),
            remaining=_int_header(headers, RATE_LIMIT_REMAINING_HEADER),
            reset=_int_header(headers, RATE_LIMIT_RESET_HEADER),
        )


@dataclass(frozen=True)
class APIResult(Generic[T]):
    """The result of a call: `.data` (typed), `.meta` and `.rate_limit`, one attribute away."""

    data: T
    meta: Meta
    rate_limit: RateLimit
    response: httpx.Response = field(repr=False)

    @property
    def request_id(self) -> str:
        """Quote it when reporting a problem."""
        return self.meta.request_id

    @property
    def replayed(self) -> bool:
        """True when the API replayed the stored response of an earlier call with this key."""
        replayed: str | None = self.response.headers.get(IDEMPOTENT_REPLAYED_HEADER)
        return replayed == "true"
