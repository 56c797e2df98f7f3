"""Timestamps as the spec writes them: ISO 8601 in UTC, to the second."""

from __future__ import annotations

import time
from datetime import UTC, datetime


def iso(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def now_iso() -> str:
    return iso(time.time())
