"""The embedded SQLite database: one file under the data dir, shared safely by worker processes;
and each process's lease on the data dir, which tells the others whether it is still alive."""

from __future__ import annotations

import fcntl
import mmap
import os
import re
import secrets
import sqlite3
import time
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

SCHEMA = """
CREATE TABLE IF NOT EXISTS api_keys (
    id TEXT PRIMARY KEY,
    account TEXT NOT NULL,
    name TEXT NOT NULL,
    key_hash TEXT NOT NULL UNIQUE,
    hint TEXT NOT NULL,
    scope TEXT NOT NULL,
    models TEXT,
    tier TEXT NOT NULL,
    enterprise_rpm INTEGER,
    created_at TEXT NOT NULL,
    revoked_at TEXT,
    calls INTEGER NOT NULL DEFAULT 0,
    errors INTEGER NOT NULL DEFAULT 0,
    prompt_tokens INTEGER NOT NULL DEFAULT 0,
    completion_tokens INTEGER NOT NULL DEFAULT 0,
    last_used_at TEXT,
    rotated_from TEXT
);
CREATE TABLE IF NOT EXISTS admin_keys (
    account TEXT PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    key_hash TEXT NOT NULL UNIQUE,
    hint TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS activity (
    request_id TEXT NOT NULL,
    created_at REAL NOT NULL,
    account TEXT,
    key_id TEXT,
    operation TEXT,
    method TEXT NOT NULL,
    path TEXT NOT NULL,
    status INTEGER NOT NULL,
    error_code TEXT,
    latency_ms REAL NOT NULL,
    model TEXT,
    prompt_tokens INTEGER NOT NULL,
    completion_tokens INTEGER NOT NULL,
    replayed INTEGER NOT NULL,
    request_bytes INTEGER NOT NULL,
    response_bytes INTEGER,
    rate_limit_limit INTEGER NOT NULL,
    rate_limit_remaining INTEGER NOT NULL,
    rate_limit_reset INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS activity_staged (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    rows INTEGER NOT NULL,
    data BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS idempotency (
    key_id TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    state TEXT NOT NULL,
    request_id TEXT,
    status INTEGER,
    content_type TEXT,
    body BLOB,
    created_at REAL NOT NULL,
    owner TEXT,
    PRIMARY KEY (key_id, idempotency_key)
);
CREATE TABLE IF NOT EXISTS files (
    id TEXT PRIMARY KEY,
    account TEXT NOT NULL,
    filename TEXT NOT NULL,
    purpose TEXT NOT NULL,
    content_type TEXT NOT NULL,
    bytes INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS tasks (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    account TEXT NOT NULL,
    request TEXT NOT NULL,
    created_at REAL NOT NULL,
    start_at REAL NOT NULL,
    finish_at REAL NOT NULL,
    fail_at REAL,
    state TEXT NOT NULL,
    claimed_at REAL,
    claimed_by TEXT,
    completed_at REAL,
    result TEXT
);
CREATE TABLE IF NOT EXISTS fine_tuned_models (
    id TEXT PRIMARY KEY,
    account TEXT NOT NULL,
    base TEXT NOT NULL,
    job_id TEXT NOT NULL,
    created_at REAL NOT NULL
);
"""


def connect(path: Path) -> sqlite3.Connection:
    """A connection in autocommit mode; WAL lets readers and one writer work at once."""
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=30)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA busy_timeout=30000")
    return conn


# Columns added to the schema since a data dir may have been made: (table, column, type).
_ADDED_COLUMNS = (
    ("idempotency", "owner", "TEXT"),
    ("tasks", "claimed_by", "TEXT"),
    ("api_keys", "rotated_from", "TEXT"),
)


def open_database(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = connect(path)
    conn.executescript(SCHEMA)
    for table, column, kind in _ADDED_COLUMNS:
        if column not in {row["name"] for row in conn.execute(f"PRAGMA table_info({table})")}:
            try:
                conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")
            except sqlite3.OperationalError as error:
                if "duplicate column" not in str(error):  # else another process added it
                    raise
    return conn


def load_secret(data_dir: Path) -> bytes:
    """The data dir's signing secret, made once; O_EXCL makes concurrent first starts agree."""
    path = data_dir / "secret.key"
    data_dir.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        pass
    else:
        with os.fdopen(fd, "w") as file:
            file.write(secrets.token_hex(32))
    for _ in range(100):  # another process may be between creating and writing it
        text = path.read_text().strip()
        if text:
            return bytes.fromhex(text)
        time.sleep(0.01)
    raise RuntimeError(f"{path} is empty")


def _epoch_file(conn: sqlite3.Connection) -> Path:
    """The 8-byte file beside the database that changes whenever cached rows change."""
    (_, _, database) = conn.execute("PRAGMA database_list").fetchone()
    path = Path(database).with_suffix(".epoch")
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if os.fstat(fd).st_size < 8:
            os.ftruncate(fd, 8)
    finally:
        os.close(fd)
    return path


def cached_rows_changed(conn: sqlite3.Connection) -> None:
    """Tell every process's ReadCache to drop what it holds; call after committing a change to
    a row it may cache (a revoked key, a new fine-tuned model)."""
    with open(_epoch_file(conn), "r+b") as file:
        file.write(secrets.token_bytes(8))


class ReadCache:
    """Rows other processes rarely change (keys, fine-tuned models), cached per process and
    dropped as soon as a writer marks them changed (`cached_rows_changed`): a revoked key is
    refused at once. The mark is a shared memory-mapped file, so checking it on every request
    costs next to nothing."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        with open(_epoch_file(conn), "r+b") as file:
            self._epoch = mmap.mmap(file.fileno(), 8)
        self._seen = b""
        self._entries: dict[Hashable, object] = {}

    def refresh(self) -> None:
        """Drop everything if a writer marked a change; the pipeline calls it per request."""
        epoch = self._epoch[:8]
        if epoch != self._seen:
            self._entries.clear()
            self._seen = epoch

    def get(self, key: Hashable, load: Callable[[], T]) -> T:
        if key not in self._entries:
            self._entries[key] = load()  # nothing is cached when load() raises
        return self._entries[key]  # type: ignore[return-value]


_OWNER = re.compile(r"[0-9]+-[0-9a-f]{12}")


class Lease:
    """This process's lease on the data dir, held for as long as it lives.

    What a process owns while it works (a task it is finishing, an Idempotency-Key whose
    request it is answering) carries its lease's `id`, and any process can ask whether that
    owner is still `alive`: what a dead process owned is taken over at once, not after a
    timeout. The lease is an exclusive `flock` on `owners/<id>.lock` under the data dir, which
    the kernel drops when the process ends, however it ends (SIGKILL included); a reused
    process id cannot pass for the dead owner, since each lease has an id of its own.
    """

    def __init__(self, data_dir: Path) -> None:
        self._dir = data_dir / "owners"
        self._dir.mkdir(parents=True, exist_ok=True)
        self.id = f"{os.getpid()}-{secrets.token_hex(6)}"
        # Locked before it gets the name others look for, so it is never seen unheld.
        fresh = self._dir / f"{self.id}.new"
        self._fd: int | None = os.open(fresh, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        os.replace(fresh, self._path(self.id))

    def _path(self, owner: str) -> Path:
        return self._dir / f"{owner}.lock"

    def alive(self, owner: str | None) -> bool:
        """Whether the process that holds (or held) the lease `owner` is still running."""
        if owner is None or not _OWNER.fullmatch(owner):
            return False  # no owner recorded (e.g. by an older sandbox): nobody holds it
        if owner == self.id:
            return self._fd is not None
        try:
            fd = os.open(self._path(owner), os.O_RDONLY)
        except FileNotFoundError:
            return False  # ended cleanly, or found dead and swept
        try:
            # Shared: checks made at once by several processes do not block one another.
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        finally:
            os.close(fd)  # drops the shared lock, if it was taken
        return False

    def others(self) -> list[str]:
        """The leases of the other processes on this data dir that are alive."""
        owners = (path.stem for path in self._dir.glob("*.lock"))
        return [owner for owner in owners if owner != self.id and self.alive(owner)]

    def sweep(self) -> None:
        """Delete the lease files of processes that have ended (their locks are free)."""
        for path in self._dir.glob("*.lock"):
            if path.stem != self.id and not self.alive(path.stem):
                path.unlink(missing_ok=True)
        for path in self._dir.glob("*.new"):  # a process that died while taking its lease
            try:
                if time.time() - path.stat().st_mtime > 60:
                    path.unlink()
            except FileNotFoundError:
                pass

    def close(self) -> None:
        """Give the lease up (a clean shutdown); what it still owns is then free to take."""
        if self._fd is not None:
            self._path(self.id).unlink(missing_ok=True)
            os.close(self._fd)
            self._fd = None
