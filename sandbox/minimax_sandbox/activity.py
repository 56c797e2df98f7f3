"""The activity log: one row per request to a model operation, held in memory and written in
batches off the request path (one `executemany` per flush), read back by the administration
operations with filters, pages and per-minute usage."""

from __future__ import annotations

import base64
import binascii
import math
import sqlite3
from datetime import UTC, datetime
from typing import Any

from minimax_sandbox.clock import iso
from minimax_sandbox.errors import invalid

# The newest rows kept; older ones are deleted as rows are written (the spec's retention is
# 30 days; the sandbox bounds its file instead).
RETENTION_ROWS = 100_000
USAGE_WINDOW_SECONDS = 3600  # the usage report's default window
USAGE_MAX_SECONDS = 24 * 3600  # and its longest
BUCKET_SECONDS = 60

# The row as the pipeline hands it over, in the table's column order.
COLUMNS = (
    "request_id",
    "created_at",
    "account",
    "key_id",
    "operation",
    "method",
    "path",
    "status",
    "error_code",
    "latency_ms",
    "model",
    "prompt_tokens",
    "completion_tokens",
    "replayed",
    "request_bytes",
    "response_bytes",
    "rate_limit_limit",
    "rate_limit_remaining",
    "rate_limit_reset",
)
_INSERT = f"INSERT INTO activity ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"


class ActivityLog:
    """This process's rows not yet written. `add` only appends a tuple: the request path pays
    nothing else. A crash loses at most the last flush interval of rows."""

    def __init__(self) -> None:
        self._pending: list[tuple[Any, ...]] = []

    def add(self, row: tuple[Any, ...]) -> None:
        self._pending.append(row)

    def flush(self, conn: sqlite3.Connection) -> None:
        rows, self._pending = self._pending, []
        if not rows:
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            cursor = conn.executemany(_INSERT, rows)
            # Rowids grow with each insert, so the retention bound is one range delete.
            newest = (
                cursor.lastrowid or conn.execute("SELECT max(rowid) FROM activity").fetchone()[0]
            )
            if newest > RETENTION_ROWS:
                conn.execute("DELETE FROM activity WHERE rowid <= ?", (newest - RETENTION_ROWS,))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def _entry(row: sqlite3.Row) -> dict[str, Any]:
    """A row as the spec's ActivityEntry."""
    created = row["created_at"]
    return {
        "request_id": row["request_id"],
        "object": "activity",
        "created_at": _iso_millis(created),
        "key_id": row["key_id"],
        "key_hint": row["hint"],
        "operation": row["operation"],
        "method": row["method"],
        "path": row["path"],
        "status": row["status"],
        "error_code": row["error_code"],
        "latency_ms": row["latency_ms"],
        "model": row["model"],
        "prompt_tokens": row["prompt_tokens"],
        "completion_tokens": row["completion_tokens"],
        "replayed": bool(row["replayed"]),
        "rate_limited": row["status"] == 429,
        "request_bytes": row["request_bytes"],
        "response_bytes": row["response_bytes"],
        "rate_limit": {
            "limit": row["rate_limit_limit"],
            "remaining": row["rate_limit_remaining"],
            "reset": row["rate_limit_reset"],
        },
    }


def _iso_millis(timestamp: float) -> str:
    moment = datetime.fromtimestamp(timestamp, UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


_SELECT = (
    "SELECT a.*, k.hint FROM activity a LEFT JOIN api_keys k ON k.id = a.key_id"
    # Rows of requests no key was known for belong to no account: every admin sees them.
    " WHERE (a.account = ? OR a.account IS NULL)"
)


def timestamp(value: str | None, name: str) -> float | None:
    """A date-time query parameter as epoch seconds (a time without a zone is UTC)."""
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("z", "Z"))
    except ValueError:
        raise invalid(f"'{name}' must be an RFC 3339 date-time.", name) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


def _status_filter(status: str) -> tuple[int, int]:
    """`429` -> (429, 429); `4xx` -> (400, 499). The spec's pattern has checked the form."""
    if status.endswith("xx"):
        first = int(status[0]) * 100
        return first, first + 99
    return int(status), int(status)


def _cursor(row: sqlite3.Row) -> str:
    text = f"{row['created_at']!r}|{row['request_id']}"
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def _after(cursor: str) -> tuple[float, str]:
    """The (created_at, request_id) a cursor names: the last row of the previous page."""
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        created, request_id = text.split("|")
        moment = float(created)
        if not math.isfinite(moment):
            raise ValueError(created)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise invalid("'cursor' is not a next_cursor this API gave.", "cursor") from None
    return moment, request_id


def page(
    conn: sqlite3.Connection,
    account: str,
    *,
    key_id: str | None = None,
    status: str | None = None,
    operation: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 50,
    cursor: str | None = None,
) -> dict[str, Any]:
    """A page of the log, newest first, as the spec's ActivityPage. The cursor is the last
    row's (time, request id), so new rows never shift the pages after it."""
    sql, args = _SELECT, list[Any]([account])
    if key_id is not None:
        sql += " AND a.key_id = ?"
        args.append(key_id)
    if status is not None:
        sql += " AND a.status BETWEEN ? AND ?"
        args.extend(_status_filter(status))
    if operation is not None:
        sql += " AND a.operation = ?"
        args.append(operation)
    if (start := timestamp(since, "since")) is not None:
        sql += " AND a.created_at >= ?"
        args.append(start)
    if (end := timestamp(until, "until")) is not None:
        sql += " AND a.created_at < ?"
        args.append(end)
    if cursor is not None:
        sql += " AND (a.created_at, a.request_id) < (?, ?)"
        args.extend(_after(cursor))
    sql += " ORDER BY a.created_at DESC, a.request_id DESC LIMIT ?"
    rows = conn.execute(sql, (*args, limit + 1)).fetchall()
    more = len(rows) > limit
    rows = rows[:limit]
    return {
        "object": "activity_page",
        "entries": [_entry(row) for row in rows],
        "has_more": more,
        "next_cursor": _cursor(rows[-1]) if more else None,
    }


def entry(conn: sqlite3.Connection, account: str, request_id: str) -> dict[str, Any] | None:
    row = conn.execute(_SELECT + " AND a.request_id = ?", (account, request_id)).fetchone()
    return _entry(row) if row is not None else None


def usage(
    conn: sqlite3.Connection,
    account: str,
    now: float,
    *,
    key_id: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> dict[str, Any]:
    """Requests, errors, 429s and tokens per key per minute over a window, as the spec's
    UsageReport: by default the last hour, at most a day."""
    end = timestamp(until, "until")
    end = now if end is None else end
    start = timestamp(since, "since")
    start = end - USAGE_WINDOW_SECONDS if start is None else start
    if start > end:
        raise invalid("'since' must not be after 'until'.", "since")
    if end - start > USAGE_MAX_SECONDS:
        raise invalid(
            f"The window may span at most {USAGE_MAX_SECONDS // 3600} hours.",
            "since",
            max_seconds=USAGE_MAX_SECONDS,
        )
    sql = (
        "SELECT CAST(created_at / ? AS INTEGER) AS minute, key_id, count(*) AS requests,"
        " sum(status >= 400 AND status != 429) AS errors, sum(status = 429) AS rate_limited,"
        " sum(prompt_tokens) AS prompt_tokens, sum(completion_tokens) AS completion_tokens"
        " FROM activity WHERE (account = ? OR account IS NULL)"
        " AND created_at >= ? AND created_at < ?"
    )
    args: list[Any] = [BUCKET_SECONDS, account, start, end]
    if key_id is not None:
        sql += " AND key_id = ?"
        args.append(key_id)
    sql += " GROUP BY minute, key_id ORDER BY minute, key_id"
    buckets = [
        {
            "start": iso(row["minute"] * BUCKET_SECONDS),
            "key_id": row["key_id"],
            "requests": row["requests"],
            "errors": row["errors"],
            "rate_limited": row["rate_limited"],
            "prompt_tokens": row["prompt_tokens"],
            "completion_tokens": row["completion_tokens"],
        }
        for row in conn.execute(sql, args)
    ]
    return {
        "object": "usage",
        "since": iso(start),
        "until": iso(end),
        "bucket_seconds": BUCKET_SECONDS,
        "buckets": buckets,
    }
