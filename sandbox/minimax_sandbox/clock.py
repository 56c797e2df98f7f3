"""Timestamps as the spec writes them: ISO 8601 in UTC, to the second."""

from __future__ import annotations

import functools
import math
import time
from datetime import UTC, datetime


def iso(timestamp: float) -> str:
    return _iso_second(math.floor(timestamp))


@functools.lru_cache(maxsize=64)  # most calls fall in the current second
def _iso_second(second: int) -> str:
    # isoformat, not strftime: %Y does not pad years before 1000 to four digits.
    return datetime.fromtimestamp(second, UTC).isoformat().replace("+00:00", "Z")


def now_iso() -> str:
    return iso(time.time())
