"""Per-key rate limits in fixed one-minute windows, with the numbers read from the spec.

The counts live in `counters.Counters`, shared by every worker process, so a limit is exact
however many processes serve the key.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from minimax_openapi.conventions import RATE_LIMIT_HEADERS
from minimax_openapi.model import Api
from minimax_sandbox.counters import Counters
from minimax_sandbox.keys import ApiKey

# The names the conventions have the spec declare, as an ASGI response's raw header names.
_LIMIT, _REMAINING, _RESET = (name.lower().encode() for name in RATE_LIMIT_HEADERS)

WINDOW_SECONDS = 60
# A request counted against no key reports a window of this tier.
ANONYMOUS_TIER = "free"
# The tier whose per-operation limit a key may set itself (`enterprise_rpm`).
NEGOTIATED_TIER = "enterprise"


@dataclass(slots=True)  # not frozen: made twice per request, and frozen init costs thrice
class Window:
    """The state of one key's window after a request, as the rate-limit headers report it."""

    limit: int
    used: int
    ends_at: float
    now: float

    @property
    def allowed(self) -> bool:
        return self.used <= self.limit

    @property
    def remaining(self) -> int:
        return max(0, self.limit - self.used)

    @property
    def reset(self) -> int:
        """The window's end, as UTC epoch seconds."""
        return math.ceil(self.ends_at)

    @property
    def retry_after(self) -> int:
        return max(1, math.ceil(self.ends_at - self.now))

    def headers(self) -> list[tuple[bytes, bytes]]:
        """The rate-limit headers, as the raw (lower-cased name, value) pairs an ASGI
        response holds: they go on every response."""
        headers = [
            (_LIMIT, b"%d" % self.limit),
            (_REMAINING, b"%d" % self.remaining),
            (_RESET, b"%d" % self.reset),
        ]
        if not self.allowed:
            headers.append((b"retry-after", b"%d" % self.retry_after))
        return headers


class RateLimiter:
    def __init__(self, api: Api, counters: Counters) -> None:
        self.tiers = {tier.name: tier for tier in api.tiers}
        self.anonymous_limit = _shared_budget(api.tier(ANONYMOUS_TIER).requests_per_minute)
        self.counters = counters

    def budget(self, key: ApiKey, operation_id: str, rpm: Mapping[str, int]) -> tuple[str, int]:
        """(bucket, limit) for a key calling an operation whose limits by tier are `rpm`."""
        tier = self.tiers[key.tier]
        if tier.shared:
            return f"{key.id}/all", _shared_budget(tier.requests_per_minute)
        limit = rpm[key.tier]
        if key.tier == NEGOTIATED_TIER:
            limit = key.enterprise_rpm or limit
        limit += int(limit * tier.burst_ratio)
        return f"{key.id}/{operation_id}", limit

    def shared(self, key: ApiKey) -> bool:
        """Whether the key's tier has one budget for every operation (no budget per operation)."""
        return self.tiers[key.tier].shared

    def hit(self, bucket: str, limit: int, now: float) -> Window:
        start, used = self.counters.hit(bucket, limit, now)
        return Window(limit, used, start + WINDOW_SECONDS, now)

    def refund(self, bucket: str, window: Window) -> Window:
        """Give back a request counted before it turned out to be refused with a 403."""
        self.counters.refund(bucket, window.ends_at - WINDOW_SECONDS)
        return Window(window.limit, window.used - 1, window.ends_at, window.now)

    def peek(self, bucket: str, limit: int, now: float) -> Window:
        """The window as it stands, without counting this request."""
        current = self.counters.peek(bucket, now)
        if current is None:
            return Window(limit, 0, now + WINDOW_SECONDS, now)
        start, used = current
        return Window(limit, min(used, limit), start + WINDOW_SECONDS, now)

    def uncounted(self, now: float) -> Window:
        """Headers for a request counted against no key: an unused window of the free tier."""
        return Window(self.anonymous_limit, 0, now + WINDOW_SECONDS, now)

    def exhausted(self, limit: int, now: float) -> Window:
        """The window the `sandbox:rate_limit` trigger reports: used up, ending in a second."""
        return Window(limit, limit + 1, now + 1, now)


def _shared_budget(requests_per_minute: int | None) -> int:
    # The conventions give every shared tier its budget.
    assert requests_per_minute is not None
    return requests_per_minute
