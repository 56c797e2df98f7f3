"""Per-key rate limits in fixed one-minute windows, with the numbers read from the spec."""

from __future__ import annotations

import math
import sqlite3
from dataclasses import dataclass
from typing import Any

from sandbox.keys import ApiKey

WINDOW_SECONDS = 60

# One statement, so concurrent requests (threads or worker processes) are counted exactly:
# SQLite runs it atomically. `used` stops at limit + 1, which marks "over" without counting
# refused requests. All right-hand sides read the row's values from before the update.
_HIT = """
INSERT INTO rate_windows (key_id, bucket, window_start, used) VALUES (:key, :bucket, :now, 1)
ON CONFLICT (key_id, bucket) DO UPDATE SET
    used = CASE
        WHEN :now >= window_start + :window THEN 1
        WHEN used < :limit THEN used + 1
        ELSE :limit + 1
    END,
    window_start = CASE
        WHEN :now >= window_start + :window THEN :now
        ELSE window_start
    END
RETURNING window_start, used
"""


@dataclass(frozen=True)
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
    def retry_after(self) -> int:
        return max(1, math.ceil(self.ends_at - self.now))

    def headers(self) -> dict[str, str]:
        headers = {
            "X-RateLimit-Limit": str(self.limit),
            "X-RateLimit-Remaining": str(max(0, self.limit - self.used)),
            "X-RateLimit-Reset": str(math.ceil(self.ends_at)),
        }
        if not self.allowed:
            headers["Retry-After"] = str(self.retry_after)
        return headers


class RateLimiter:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.tiers: dict[str, dict[str, Any]] = spec["x-rate-limit-tiers"]
        self.anonymous_limit = int(self.tiers["free"]["requests_per_minute"])

    def budget(self, key: ApiKey, operation_id: str, rpm: dict[str, int]) -> tuple[str, int]:
        """(bucket, limit) for a key calling an operation whose `x-rate-limit` gives `rpm`."""
        tier = self.tiers[key.tier]
        if tier.get("shared"):
            return "all", int(tier["requests_per_minute"])
        limit = rpm[key.tier]
        if key.tier == "enterprise":
            limit = key.enterprise_rpm or limit
            limit += int(limit * float(tier.get("burst_ratio", 0)))
        return operation_id, limit

    def hit(
        self, conn: sqlite3.Connection, key: ApiKey, bucket: str, limit: int, now: float
    ) -> Window:
        params = {
            "key": key.id,
            "bucket": bucket,
            "now": now,
            "window": WINDOW_SECONDS,
            "limit": limit,
        }
        start, used = conn.execute(_HIT, params).fetchone()
        return Window(limit, used, start + WINDOW_SECONDS, now)

    def refund(self, conn: sqlite3.Connection, key: ApiKey, bucket: str, window: Window) -> Window:
        """Give back a request counted before it turned out to be refused with a 403."""
        conn.execute(
            "UPDATE rate_windows SET used = used - 1"
            " WHERE key_id = ? AND bucket = ? AND window_start = ? AND used > 0",
            (key.id, bucket, window.ends_at - WINDOW_SECONDS),
        )
        return Window(window.limit, window.used - 1, window.ends_at, window.now)

    def peek(
        self, conn: sqlite3.Connection, key: ApiKey, bucket: str, limit: int, now: float
    ) -> Window:
        """The window as it stands, without counting this request."""
        row = conn.execute(
            "SELECT window_start, used FROM rate_windows WHERE key_id = ? AND bucket = ?",
            (key.id, bucket),
        ).fetchone()
        if row is None or now >= row[0] + WINDOW_SECONDS:
            return Window(limit, 0, now + WINDOW_SECONDS, now)
        return Window(limit, min(row[1], limit), row[0] + WINDOW_SECONDS, now)

    def uncounted(self, now: float) -> Window:
        """Headers for a request counted against no key: an unused window of the free tier."""
        return Window(self.anonymous_limit, 0, now + WINDOW_SECONDS, now)

    def exhausted(self, limit: int, now: float) -> Window:
        """The window the `sandbox:rate_limit` trigger reports: used up, ending in a second."""
        return Window(limit, limit + 1, now + 1, now)
