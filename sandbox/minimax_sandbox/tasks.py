"""Asynchronous tasks (video generations, fine-tune jobs) that run over time and survive restarts.

A task stores its schedule (when it starts, when it finishes, when it fails if a trigger says
so), so its status and progress follow from the clock: any worker process, or a restarted one,
reports the same. What needs doing at the end (rendering the video, registering the model) is
done once by whichever process's worker claims the task first, with the finisher of its kind.
A claim names the claiming process's lease: when that process ends before finishing (a crash,
a kill), the next worker takes the task over at once.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from minimax_sandbox.settings import Settings
from minimax_sandbox.store import Lease

log = logging.getLogger("sandbox.tasks")

POLL_SECONDS = 0.2
# How much earlier than its task's claim a file may have been last written and still count as
# that claim's work (file times come from a coarser clock than time.time()).
CLOCK_SLACK_SECONDS = 1.0


@dataclass(frozen=True)
class Progress:
    status: str
    progress: int
    updated_at: float
    completed_at: float | None


def progress(row: sqlite3.Row, now: float) -> Progress:
    """Where a task stands at `now`, from its schedule and its stored outcome."""
    start, finish, fail_at = row["start_at"], row["finish_at"], row["fail_at"]

    def percent(at: float) -> int:
        return min(99, int(100 * (at - start) / (finish - start)))

    if row["state"] == "succeeded":
        return Progress("succeeded", 100, row["completed_at"], row["completed_at"])
    if fail_at is not None and (row["state"] == "failed" or now >= fail_at):
        return Progress("failed", percent(fail_at), fail_at, fail_at)
    if now < start:
        return Progress("queued", 0, row["created_at"], None)
    done = percent(now)  # stays at 99 until the worker has finished the task
    return Progress("processing", done, start + done * (finish - start) / 100, None)


def schedule(
    conn: sqlite3.Connection,
    *,
    task_id: str,
    kind: str,
    account: str,
    request: dict[str, Any],
    queue_seconds: float,
    work_seconds: float,
    fail: bool,
) -> sqlite3.Row:
    now = time.time()
    start = now + queue_seconds
    finish = start + work_seconds
    conn.execute(
        "INSERT INTO tasks (id, kind, account, request, created_at, start_at, finish_at, fail_at,"
        " state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending')",
        (
            task_id,
            kind,
            account,
            orjson.dumps(request),
            now,
            start,
            finish,
            start + work_seconds / 2 if fail else None,
        ),
    )
    return get(conn, task_id, kind, account)  # type: ignore[return-value]


def get(
    conn: sqlite3.Connection, task_id: str, kind: str, account: str | None
) -> sqlite3.Row | None:
    """A task of `kind`; with an account, only if it belongs to that account."""
    row: sqlite3.Row | None = conn.execute(
        "SELECT * FROM tasks WHERE id = ? AND kind = ?", (task_id, kind)
    ).fetchone()
    if row is None or (account is not None and row["account"] != account):
        return None
    return row


# What finishing a task of one kind means: returns (state, result) to store.
Finisher = Callable[[Settings, sqlite3.Connection, sqlite3.Row], tuple[str, dict[str, Any]]]


def finish_due(
    settings: Settings,
    conn: sqlite3.Connection,
    finishers: Mapping[str, Finisher],
    lease: Lease,
) -> int:
    """Finish every task whose time has come and that no live worker is finishing, each with
    the finisher of its kind, as the process holding `lease`."""
    now = time.time()
    due = conn.execute(
        "SELECT * FROM tasks WHERE state = 'pending' AND (finish_at <= ? OR fail_at <= ?)",
        (now, now),
    ).fetchall()
    finished = 0
    for row in due:
        owner = row["claimed_by"]
        # Finishing runs one task at a time, so a claim of this process's own is one left
        # behind (its result could not be stored): it is taken again, like a dead one's.
        if row["claimed_at"] is not None and owner != lease.id and lease.alive(owner):
            continue  # another living process is finishing it
        claimed = conn.execute(
            "UPDATE tasks SET claimed_at = ?, claimed_by = ? WHERE id = ? AND state = 'pending'"
            " AND claimed_at IS ? AND claimed_by IS ?",
            (now, lease.id, row["id"], row["claimed_at"], owner),
        ).rowcount
        if not claimed:
            continue  # another worker process took it first
        try:
            state, result = finishers[row["kind"]](settings, conn, row)
            fail_at = row["fail_at"]
        except Exception:  # e.g. a render that crashed: the task fails, the others go on
            log.exception("finishing task %s failed", row["id"])
            state, result, fail_at = "failed", {}, time.time()
        completed = fail_at if state == "failed" else time.time()
        conn.execute(
            "UPDATE tasks SET state = ?, result = ?, completed_at = ?, fail_at = ? WHERE id = ?",
            (state, orjson.dumps(result), completed, fail_at, row["id"]),
        )
        finished += 1
    return finished


def being_finished(conn: sqlite3.Connection, task_id: str, lease: Lease) -> float | None:
    """When a living process claimed the task to finish it, if one is finishing it now."""
    row = conn.execute(
        "SELECT claimed_at, claimed_by FROM tasks WHERE id = ? AND state = 'pending'", (task_id,)
    ).fetchone()
    if row is None or row["claimed_at"] is None or not lease.alive(row["claimed_by"]):
        return None
    claimed_at: float = row["claimed_at"]
    return claimed_at


def sweep_partial_files(directory: Path, conn: sqlite3.Connection, lease: Lease) -> int:
    """Delete the temporary files (`.<task id>.<ext>.<random>.part`) that finishing a task
    leaves in `directory` when its process is killed half-way. A file is kept while a living
    process is finishing its task and has written it since claiming it (it may be that claim's
    work); any other is a leftover. Returns how many were deleted."""
    deleted = 0
    for path in directory.glob(".*.part"):
        task_id = path.name[1:].split(".", 1)[0]
        try:
            written = path.stat().st_mtime
        except FileNotFoundError:
            continue  # finished (renamed into place) or deleted meanwhile
        claimed_at = being_finished(conn, task_id, lease)
        if claimed_at is not None and written >= claimed_at - CLOCK_SLACK_SECONDS:
            continue
        path.unlink(missing_ok=True)
        deleted += 1
    return deleted
