"""The activity log: one row per request to a model operation, held in memory and written in
batches off the request path, read back by the administration operations with filters, pages
and per-minute usage.

A flush (in the background thread) stores the batch as one JSON document in `activity_staged`:
about 0.4 µs a row, where inserting each row into the table costs 2 µs, which on a busy sandbox
was a tenth of its throughput. The batches are unpacked into the `activity` table by whoever
reads the log (`settle`), or by a flush once many have piled up; batches older than the newest
RETENTION_ROWS rows are dropped unread.

The table has no index but its rowid, which grows with each row written: an index would cost
every request of a busy sandbox a little, where a filtered read of the log scans at most
RETENTION_ROWS rows. Pages run newest row first, by rowid, and a cursor is the last rowid seen,
so rows written meanwhile never shift the pages after it."""

from __future__ import annotations

import base64
import binascii
import sqlite3
import threading
from datetime import UTC, datetime
from typing import Any

import orjson

from minimax_openapi.spec import shared
from minimax_sandbox.clock import iso
from minimax_sandbox.errors import invalid

_RETENTION = shared().operation("admin.activity.list").retention
_WINDOW = shared().operation("admin.usage.retrieve").usage_window
assert _RETENTION is not None and _WINDOW is not None  # the conventions require them
# The newest rows kept; older ones are deleted as rows are written (the API keeps its log for
# `_RETENTION.days`; the sandbox bounds its file instead).
RETENTION_ROWS = _RETENTION.sandbox_rows
USAGE_WINDOW_SECONDS = _WINDOW.default_seconds  # the usage report's default window
USAGE_MAX_SECONDS = _WINDOW.max_seconds  # and its longest
# The usage report's bucket, as the spec fixes it (`UsageReport.bucket_seconds`).
BUCKET_SECONDS: int = shared().schemas["UsageReport"]["properties"]["bucket_seconds"]["const"]
# A flush unpacks the staged batches itself once this many wait (five minutes of flushes): a
# log nobody reads stays bounded, and a busy one is unpacked rarely.
SETTLE_AFTER_BATCHES = 1500
# Rows unpacked in one transaction (about 15 ms of holding the database's write lock).
SETTLE_ROWS = 5000

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
        # A read of the log flushes first; the lock makes it wait for a flush under way in
        # the background thread, so it sees every row this process has answered.
        self._lock = threading.Lock()

    def add(self, row: tuple[Any, ...]) -> None:
        self._pending.append(row)

    def flush(self, conn: sqlite3.Connection) -> None:
        with self._lock:
            rows, self._pending = self._pending, []
            if rows:
                staged = conn.execute(
                    "INSERT INTO activity_staged (rows, data) VALUES (?, ?)",
                    (len(rows), orjson.dumps(rows)),
                )
                if (staged.lastrowid or 0) % SETTLE_AFTER_BATCHES == 0:
                    settle(conn)


def settle(conn: sqlite3.Connection) -> None:
    """Unpack the staged batches into the table, oldest first, so its rowids keep the order
    the rows were written in; batches past the retention bound are dropped unpacked. A
    backlog is unpacked a few thousand rows a transaction (a full one takes about 0.4 s), so
    another writer (an Idempotency-Key claim, on a process's event loop) never waits long."""
    newest = _drop_past_retention(conn)
    while newest is not None and _unpack_some(conn, newest):
        pass


def _drop_past_retention(conn: sqlite3.Connection) -> int | None:
    """Drop the staged batches older than the newest RETENTION_ROWS rows; the newest batch's
    id, None when none waits."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        newest, total = None, 0
        for batch_id, count in conn.execute(
            "SELECT id, rows FROM activity_staged ORDER BY id DESC"
        ):
            newest, total = newest or batch_id, total + count
            if total >= RETENTION_ROWS:
                conn.execute("DELETE FROM activity_staged WHERE id < ?", (batch_id,))
                break
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return newest


def _unpack_some(conn: sqlite3.Connection, newest: int) -> bool:
    """Unpack the oldest staged batches, up to `newest` and about SETTLE_ROWS rows, in one
    transaction; whether batches up to `newest` remain."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        last, total = None, 0
        for batch_id, count in conn.execute(
            "SELECT id, rows FROM activity_staged WHERE id <= ? ORDER BY id", (newest,)
        ):
            last, total = batch_id, total + count
            if total >= SETTLE_ROWS:
                break
        if last is not None:
            for (data,) in conn.execute(
                "SELECT data FROM activity_staged WHERE id <= ? ORDER BY id", (last,)
            ).fetchall():
                conn.executemany(_INSERT, orjson.loads(data))
            conn.execute("DELETE FROM activity_staged WHERE id <= ?", (last,))
            # Rowids only grow, so the retention bound is one range delete.
            (top,) = conn.execute("SELECT max(rowid) FROM activity").fetchone()
            if top > RETENTION_ROWS:
                conn.execute("DELETE FROM activity WHERE rowid <= ?", (top - RETENTION_ROWS,))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return last is not None and last < newest


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
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


_SELECT = (
    "SELECT a.rowid AS seq, a.*, k.hint FROM activity a LEFT JOIN api_keys k ON k.id = a.key_id"
    # Rows of requests no key was known for belong to no account: every admin sees them.
    " WHERE (a.account = ? OR a.account IS NULL)"
)


_EARLIEST = datetime.min.replace(tzinfo=UTC).timestamp()
_LATEST = datetime.max.replace(tzinfo=UTC).timestamp()


def timestamp(value: str | None, name: str) -> float | None:
    """A date-time query parameter as epoch seconds (a time without a zone is UTC)."""
    if value is None:
        return None
    text = value.upper()  # RFC 3339 allows a lower-case `t` and `z`
    leap = text[17:19] == "60"  # a leap second: the second after :59
    if leap:
        text = text[:17] + "59" + text[19:]
    try:
        moment = datetime.fromisoformat(text)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        moment.astimezone(UTC)  # in range once in UTC, not only in its own zone
    except (ValueError, OverflowError):
        raise invalid(f"'{name}' must be an RFC 3339 date-time (years 1 to 9999).", name) from None
    return moment.timestamp() + leap


def _in_range(moment: float, name: str) -> float:
    if not _EARLIEST <= moment <= _LATEST:
        raise invalid(f"'{name}' must be within years 1 to 9999.", name)
    return moment


def _status_filter(status: str) -> tuple[int, int]:
    """`429` -> (429, 429); `4xx` -> (400, 499). The spec's pattern has checked the form."""
    if status.endswith("xx"):
        first = int(status[0]) * 100
        return first, first + 99
    return int(status), int(status)


def _cursor(row: sqlite3.Row) -> str:
    return base64.urlsafe_b64encode(f"after:{row['seq']}".encode()).decode().rstrip("=")


def _after(cursor: str) -> int:
    """The rowid a cursor names: the last row of the previous page."""
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        label, _, seq = text.partition(":")
        if label != "after" or not seq.isascii() or not seq.isdigit() or len(seq) > 18:
            raise ValueError(text)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise invalid("'cursor' is not a next_cursor this API gave.", "cursor") from None
    return int(seq)


def page(
    conn: sqlite3.Connection,
    account: str,
    *,
    key_id: str | None = None,
    status: str | None = None,
    operation: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int,
    cursor: str | None = None,
) -> dict[str, Any]:
    """A page of the log, newest first, as the spec's ActivityPage."""
    settle(conn)
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
        sql += " AND a.rowid < ?"
        args.append(_after(cursor))
    sql += " ORDER BY a.rowid DESC LIMIT ?"
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
    settle(conn)
    # The first row: a replay answers with the request id of the request it replays.
    sql = _SELECT + " AND a.request_id = ? ORDER BY a.rowid LIMIT 1"
    row = conn.execute(sql, (account, request_id)).fetchone()
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
    UsageReport: by default the spec's default window (`USAGE_WINDOW_SECONDS`), at most its
    longest."""
    settle(conn)
    end = timestamp(until, "until")
    end = now if end is None else end
    start = timestamp(since, "since")
    start = _in_range(end - USAGE_WINDOW_SECONDS, "until") if start is None else start
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
