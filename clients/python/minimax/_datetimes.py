# Generated from openapi/minimax.yaml by generator/ — do not edit.
"""The models' timestamps: ISO 8601 read with a trailing `Z` on every Python (`fromisoformat`
reads one only from 3.11 on), and cached, since every chunk of a stream repeats its
`created_at` (a `datetime` is immutable, so the chunks can share one)."""

from __future__ import annotations

import datetime
from functools import lru_cache


@lru_cache(maxsize=256)
def parse_datetime(value: str) -> datetime.datetime:
    """`value`, an ISO 8601 timestamp, as a `datetime`."""
    return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
