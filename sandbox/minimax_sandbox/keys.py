"""API keys: made, stored as SHA-256 hashes (never in clear), checked, revoked and metered."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
import sqlite3
import string
import time
from dataclasses import dataclass

from minimax_openapi.spec import shared
from minimax_sandbox.clock import iso, now_iso
from minimax_sandbox.errors import ApiError
from minimax_sandbox.store import ReadCache, cached_rows_changed

_API = shared()
_RULES = _API.keys  # what a key looks like, its scopes, how many an account may hold
TEST_PREFIX = _RULES.sandbox_prefix
LIVE_PREFIX = _RULES.production_prefix
KEY_PATTERN = re.compile(_RULES.pattern)
SCOPES = _RULES.scope_names
DEFAULT_SCOPE = _RULES.default_scope
TIERS = _API.tier_names
DEFAULT_TIER = "pay_as_you_go"  # of a key made without one
MAX_KEYS_PER_ACCOUNT = _RULES.max_per_account
DEFAULT_ACCOUNT = "acct_sandbox"
SECRET_LENGTH = 32  # of a key made here, after its prefix
# The spec's key alphabet spelled out, letters first: the ready-made key is derived through
# this order, so it must not change.
_ALPHABET = "".join(
    c
    for c in string.ascii_letters + string.digits + string.punctuation
    if re.fullmatch(f"[{_RULES.alphabet}]", c)
)


@dataclass(frozen=True)
class ApiKey:
    id: str
    account: str
    name: str
    scope: str
    models: tuple[str, ...] | None
    tier: str
    enterprise_rpm: int | None


def _hash(key: str) -> str:
    # Keys are 32 random characters, so a fast hash is enough: there is nothing to brute-force.
    return hashlib.sha256(key.encode()).hexdigest()


def _from_row(row: sqlite3.Row) -> ApiKey:
    models = tuple(json.loads(row["models"])) if row["models"] else None
    return ApiKey(
        row["id"],
        row["account"],
        row["name"],
        row["scope"],
        models,
        row["tier"],
        row["enterprise_rpm"],
    )


def create(
    conn: sqlite3.Connection,
    *,
    name: str,
    account: str = DEFAULT_ACCOUNT,
    scope: str = DEFAULT_SCOPE,
    models: list[str] | None = None,
    tier: str = DEFAULT_TIER,
    enterprise_rpm: int | None = None,
    key: str | None = None,
) -> tuple[ApiKey, str]:
    """Store a new key and return it with its secret, which is shown this once only."""
    if scope not in SCOPES:
        raise ValueError(f"scope must be one of {', '.join(SCOPES)}")
    if tier not in TIERS:
        raise ValueError(f"tier must be one of {', '.join(TIERS)}")
    key = key or TEST_PREFIX + "".join(secrets.choice(_ALPHABET) for _ in range(SECRET_LENGTH))
    key_id = "key_" + secrets.token_hex(8)
    conn.execute("BEGIN IMMEDIATE")  # count and insert as one step: the cap is exact
    try:
        (active,) = conn.execute(
            "SELECT count(*) FROM api_keys WHERE account = ? AND revoked_at IS NULL", (account,)
        ).fetchone()
        if active >= MAX_KEYS_PER_ACCOUNT:
            raise ValueError(f"account {account} already has {MAX_KEYS_PER_ACCOUNT} active keys")
        conn.execute(
            "INSERT INTO api_keys (id, account, name, key_hash, hint, scope, models, tier,"
            " enterprise_rpm, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                key_id,
                account,
                name,
                _hash(key),
                key[: len(TEST_PREFIX) + 4] + "...",
                scope,
                json.dumps(models) if models else None,
                tier,
                enterprise_rpm,
                now_iso(),
            ),
        )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return ApiKey(
        key_id, account, name, scope, tuple(models) if models else None, tier, enterprise_rpm
    ), key


def default_key(secret: bytes) -> str:
    """The data dir's ready-made key, derived from its secret so every start prints the same."""
    digest = hmac.new(secret, b"default sandbox key", hashlib.sha256).digest()
    return TEST_PREFIX + "".join(_ALPHABET[b % len(_ALPHABET)] for b in digest)


def ensure_default_key(conn: sqlite3.Connection, secret: bytes) -> str:
    key = default_key(secret)
    if conn.execute("SELECT 1 FROM api_keys WHERE key_hash = ?", (_hash(key),)).fetchone() is None:
        try:
            create(conn, name="default", key=key)
        except sqlite3.IntegrityError:
            pass  # another worker made it first
    return key


def authenticate(
    conn: sqlite3.Connection, authorization: str | None, cache: ReadCache | None = None
) -> ApiKey:
    """The key named by an `Authorization` header, or a 401 that says what is wrong."""
    if not authorization:
        raise ApiError(
            "authentication_failed",
            "No API key was given. Send it as 'Authorization: Bearer <key>'.",
        )
    scheme, _, key = authorization.partition(" ")
    key = key.strip()
    if scheme.lower() != "bearer" or not key:
        raise ApiError("authentication_failed", "The Authorization header must be 'Bearer <key>'.")
    if not KEY_PATTERN.match(key):
        raise ApiError(
            "authentication_failed",
            f"This is not a MiniMax API key: keys are '{TEST_PREFIX}' or '{LIVE_PREFIX}'"
            f" followed by {_RULES.min_length} to {_RULES.max_length} letters and digits.",
        )
    if key.startswith(LIVE_PREFIX):
        raise ApiError(
            "authentication_failed",
            f"This is a production key ({LIVE_PREFIX}...). The sandbox takes only test keys"
            f" ({TEST_PREFIX}...); create one with 'minimax-sandbox keys create'.",
        )
    key_hash = _hash(key)
    if cache is not None:
        return cache.get(("key", key_hash), lambda: _lookup(conn, key_hash))
    return _lookup(conn, key_hash)


def _lookup(conn: sqlite3.Connection, key_hash: str) -> ApiKey:
    row = conn.execute("SELECT * FROM api_keys WHERE key_hash = ?", (key_hash,)).fetchone()
    if row is None or row["revoked_at"]:
        # One message for both: saying a key was revoked (or when) confirms it once existed.
        raise ApiError(
            "authentication_failed", "This API key is not known to the sandbox, or was revoked."
        )
    return _from_row(row)


def revoke(conn: sqlite3.Connection, key_id: str) -> bool:
    cursor = conn.execute(
        "UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
        (now_iso(), key_id),
    )
    cached_rows_changed(conn)  # worker processes drop the key at once
    return cursor.rowcount == 1


class UsageMeter:
    """The activity log (calls, errors, tokens per key), counted in memory and written in
    batches: one write per request would halve the sandbox's throughput. A crash loses at
    most the last flush interval of counts; keys, data and idempotency records are unaffected.
    """

    def __init__(self) -> None:
        self._pending: dict[str, list[int]] = {}
        self._last_used: dict[str, float] = {}

    def add(self, key_id: str, *, error: bool, prompt: int, completion: int) -> None:
        counts = self._pending.setdefault(key_id, [0, 0, 0, 0])
        counts[0] += 1
        counts[1] += int(error)
        counts[2] += prompt
        counts[3] += completion
        self._last_used[key_id] = time.time()  # formatted at flush, not on every request

    def flush(self, conn: sqlite3.Connection) -> None:
        pending, last_used = self._pending, self._last_used
        if not pending:
            return
        self._pending, self._last_used = {}, {}
        conn.executemany(
            "UPDATE api_keys SET calls = calls + ?, errors = errors + ?, prompt_tokens ="
            " prompt_tokens + ?, completion_tokens = completion_tokens + ?, last_used_at = ?"
            " WHERE id = ?",
            [(*counts, iso(last_used[key_id]), key_id) for key_id, counts in pending.items()],
        )


def listing(conn: sqlite3.Connection) -> list[dict[str, object]]:
    """Every key with its usage; the hint shows the start of the key, never the key."""
    rows = conn.execute(
        "SELECT id, account, name, hint, scope, models, tier, enterprise_rpm, created_at,"
        " revoked_at, calls, errors, prompt_tokens, completion_tokens, last_used_at"
        " FROM api_keys ORDER BY created_at, id"
    ).fetchall()
    return [dict(row) for row in rows]
