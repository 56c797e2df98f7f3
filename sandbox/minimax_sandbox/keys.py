"""API keys and the account's admin key: made, stored as SHA-256 hashes (never in clear),
checked, listed, revoked, rotated and metered. The administration operations and the CLI both
call these functions: one code path."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
import sqlite3
import string
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from minimax_openapi.spec import shared
from minimax_sandbox.catalogue import model_not_found, models_of
from minimax_sandbox.clock import iso, now_iso
from minimax_sandbox.errors import ApiError, invalid, not_found
from minimax_sandbox.store import ReadCache, cached_rows_changed

_API = shared()
_RULES = _API.keys  # what a key looks like, its scopes, how many an account may hold
TEST_PREFIX = _RULES.sandbox_prefix
LIVE_PREFIX = _RULES.production_prefix
ADMIN_PREFIX = _RULES.admin_prefix
KEY_PATTERN = re.compile(_RULES.pattern)
SCOPES = _RULES.scope_names
DEFAULT_SCOPE = _RULES.default_scope
TIERS = _API.tier_names
_CREATE = _API.operation("admin.api_keys.create").body
assert _CREATE is not None
# Of a key made without one: the create operation's default (the admin key's tier, too).
DEFAULT_TIER = _CREATE.defaults["tier"]
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


# One message for an unknown and a revoked key: naming the revocation would confirm the key
# once existed.
_UNKNOWN_KEY = "This API key is not known to the sandbox, or was revoked."


class RevokedKey(ApiError):
    """The 401 of a revoked key, with an unknown key's message; the key is kept for the
    account's activity log, which shows whose request it was."""

    def __init__(self, key: ApiKey) -> None:
        super().__init__("authentication_failed", _UNKNOWN_KEY)
        self.key = key


def _hash(key: str) -> str:
    # Keys are 32 random characters, so a fast hash is enough: there is nothing to brute-force.
    return hashlib.sha256(key.encode()).hexdigest()


def _hint(key: str, prefix: str) -> str:
    return key[: len(prefix) + 4] + "..."


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
    """Store a new key and return it with its secret, which is shown this once only. Refuses
    (400) an unknown scope, tier or model, and (409) a key over the account's cap."""
    if scope not in SCOPES:
        raise invalid(f"'scope' must be one of {', '.join(SCOPES)}.", "scope")
    if tier not in TIERS:
        raise invalid(f"'tier' must be one of {', '.join(TIERS)}.", "tier")
    if models is not None:
        _check_models(conn, account, models)
    conn.execute("BEGIN IMMEDIATE")  # count and insert as one step: the cap is exact
    try:
        (active,) = conn.execute(
            "SELECT count(*) FROM api_keys WHERE account = ? AND revoked_at IS NULL", (account,)
        ).fetchone()
        if active >= MAX_KEYS_PER_ACCOUNT:
            raise ApiError(
                "key_limit_reached",
                f"The account already has {MAX_KEYS_PER_ACCOUNT} active keys. Revoke one it no"
                " longer uses first.",
                {"max_keys": MAX_KEYS_PER_ACCOUNT},
            )
        made = _insert(conn, account, name, scope, models, tier, enterprise_rpm, key, None)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return made


def _check_models(conn: sqlite3.Connection, account: str, models: list[str]) -> None:
    """400 naming `models[i]` for a model the account does not have (a key restricted to a
    model that does not exist could never be used)."""
    known = models_of(conn, account)
    for index, model in enumerate(models):
        if model not in known:
            raise invalid(model_not_found(model).message, f"models[{index}]")


def _insert(
    conn: sqlite3.Connection,
    account: str,
    name: str,
    scope: str,
    models: list[str] | None,
    tier: str,
    enterprise_rpm: int | None,
    key: str | None,
    rotated_from: str | None,
) -> tuple[ApiKey, str]:
    key = key or TEST_PREFIX + "".join(secrets.choice(_ALPHABET) for _ in range(SECRET_LENGTH))
    key_id = "key_" + secrets.token_hex(8)
    conn.execute(
        "INSERT INTO api_keys (id, account, name, key_hash, hint, scope, models, tier,"
        " enterprise_rpm, created_at, rotated_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            key_id,
            account,
            name,
            _hash(key),
            _hint(key, TEST_PREFIX),
            scope,
            json.dumps(models) if models else None,
            tier,
            enterprise_rpm,
            now_iso(),
            rotated_from,
        ),
    )
    made = ApiKey(
        key_id, account, name, scope, tuple(models) if models else None, tier, enterprise_rpm
    )
    return made, key


def _derived(secret: bytes, purpose: bytes, prefix: str) -> str:
    digest = hmac.new(secret, purpose, hashlib.sha256).digest()
    return prefix + "".join(_ALPHABET[b % len(_ALPHABET)] for b in digest)


def default_key(secret: bytes) -> str:
    """The data dir's ready-made key, derived from its secret so every start prints the same."""
    return _derived(secret, b"default sandbox key", TEST_PREFIX)


def admin_key(secret: bytes) -> str:
    """The sandbox account's admin key, derived from the data dir's secret like its test key."""
    return _derived(secret, b"sandbox admin key", ADMIN_PREFIX)


def ensure_admin_key(conn: sqlite3.Connection, secret: bytes) -> str:
    key = admin_key(secret)
    conn.execute(
        "INSERT OR IGNORE INTO admin_keys (account, id, key_hash, hint, created_at)"
        " VALUES (?, ?, ?, ?, ?)",
        (
            DEFAULT_ACCOUNT,
            "adm_" + secrets.token_hex(8),
            _hash(key),
            _hint(key, ADMIN_PREFIX),
            now_iso(),
        ),
    )
    return key


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
    key = _bearer(authorization, "No API key was given. Send it as 'Authorization: Bearer <key>'.")
    if key.startswith(ADMIN_PREFIX):
        raise _refused(
            f"This is the account's admin key ({ADMIN_PREFIX}...): it works only on the"
            f" administration operations (/v1/organization/...). Send an API key"
            f" ({TEST_PREFIX}...) here."
        )
    if not KEY_PATTERN.match(key):
        raise _refused(
            f"This is not a MiniMax API key: keys are '{TEST_PREFIX}' or '{LIVE_PREFIX}'"
            f" followed by {_RULES.min_length} to {_RULES.max_length} letters and digits."
        )
    if key.startswith(LIVE_PREFIX):
        raise _refused(
            f"This is a production key ({LIVE_PREFIX}...). The sandbox takes only test keys"
            f" ({TEST_PREFIX}...); create one with 'minimax-sandbox keys create'."
        )
    return _found(conn, cache, "key", key, _lookup)


def authenticate_admin(
    conn: sqlite3.Connection, authorization: str | None, cache: ReadCache | None = None
) -> ApiKey:
    """The account's admin key named by an `Authorization` header, as the key its requests
    are counted against (rate limits, Idempotency-Keys), or a 401 that says what is wrong.
    An API key is refused: it must never manage keys."""
    key = _bearer(
        authorization,
        f"No admin key was given. Send the account's admin key as 'Authorization: Bearer"
        f" {ADMIN_PREFIX}...'.",
    )
    if not key.startswith(ADMIN_PREFIX):
        raise _refused(
            f"Administration operations take the account's admin key ({ADMIN_PREFIX}...),"
            " not an API key."
        )
    if not KEY_PATTERN.match(key):
        raise _refused(
            f"This is not a MiniMax admin key: it is '{ADMIN_PREFIX}' followed by"
            f" {_RULES.min_length} to {_RULES.max_length} letters and digits."
        )
    return _found(conn, cache, "admin", key, _lookup_admin)


def _refused(message: str) -> ApiError:
    return ApiError("authentication_failed", message)


def _bearer(authorization: str | None, missing: str) -> str:
    """The key of a 'Bearer <key>' header; a 401 saying `missing` when there is no header."""
    if not authorization:
        raise _refused(missing)
    scheme, _, key = authorization.partition(" ")
    key = key.strip()
    if scheme.lower() != "bearer" or not key:
        raise _refused("The Authorization header must be 'Bearer <key>'.")
    return key


def _found(
    conn: sqlite3.Connection,
    cache: ReadCache | None,
    kind: str,
    key: str,
    lookup: Callable[[sqlite3.Connection, str], ApiKey],
) -> ApiKey:
    """The stored key of a well-formed `key` of `kind` ("key" or "admin"), by its hash, through
    the cache when there is one: most requests are answered without a query."""
    key_hash = _hash(key)
    if cache is None:
        return lookup(conn, key_hash)
    return cache.get((kind, key_hash), lambda: lookup(conn, key_hash))


def _lookup_admin(conn: sqlite3.Connection, key_hash: str) -> ApiKey:
    row = conn.execute("SELECT * FROM admin_keys WHERE key_hash = ?", (key_hash,)).fetchone()
    if row is None:
        raise _refused("This admin key is not known to the sandbox.")
    # Rate-limited by the administration operations' pay-as-you-go column, per admin key.
    return ApiKey(row["id"], row["account"], "admin", "", None, DEFAULT_TIER, None)


def _lookup(conn: sqlite3.Connection, key_hash: str) -> ApiKey:
    row = conn.execute("SELECT * FROM api_keys WHERE key_hash = ?", (key_hash,)).fetchone()
    if row is None:
        raise _refused(_UNKNOWN_KEY)
    if row["revoked_at"]:
        raise RevokedKey(_from_row(row))
    return _from_row(row)


def _row(conn: sqlite3.Connection, key_id: str, account: str | None) -> sqlite3.Row:
    row = conn.execute(
        "SELECT * FROM api_keys WHERE id = ? AND (? IS NULL OR account = ?)",
        (key_id, account, account),
    ).fetchone()
    if row is None:
        raise not_found("API key", key_id)
    assert isinstance(row, sqlite3.Row)
    return row


def retrieve(conn: sqlite3.Connection, key_id: str, account: str | None = None) -> dict[str, Any]:
    """A key as the spec's ApiKey; 404 if the account (None: any) has no such key."""
    return public(_row(conn, key_id, account))


def revoke(conn: sqlite3.Connection, key_id: str, account: str | None = None) -> dict[str, Any]:
    """Revoke a key at once (every worker refuses it on its next request); a revoked key
    stays as it is. Returns the key as the spec's ApiKey; 404 for an unknown id."""
    _row(conn, key_id, account)
    conn.execute(
        "UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
        (now_iso(), key_id),
    )
    cached_rows_changed(conn)  # worker processes drop the key at once
    return retrieve(conn, key_id)


def rotate(
    conn: sqlite3.Connection, key_id: str, account: str | None = None
) -> tuple[dict[str, Any], str]:
    """A new key with the old one's settings, the old one revoked in the same transaction
    (so the count of active keys does not change). 409 for a revoked key."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        old = _row(conn, key_id, account)
        if old["revoked_at"]:
            raise ApiError(
                "key_revoked",
                f"Key '{key_id}' was revoked; create a new key instead.",
                {"key_id": key_id},
            )
        settings = _from_row(old)
        made, secret = _insert(
            conn,
            settings.account,
            settings.name,
            settings.scope,
            list(settings.models) if settings.models else None,
            settings.tier,
            settings.enterprise_rpm,
            None,
            key_id,
        )
        conn.execute("UPDATE api_keys SET revoked_at = ? WHERE id = ?", (now_iso(), key_id))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    cached_rows_changed(conn)
    return retrieve(conn, made.id), secret


class UsageMeter:
    """Each key's totals (calls, errors, tokens) and last use, counted in memory and written
    in batches: one write per request would halve the sandbox's throughput. A crash loses at
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
        write_usage(conn, self.take())

    def take(self) -> list[tuple[Any, ...]]:
        """What was counted since the last take, as `write_usage` writes it. On the thread
        that adds (the event loop), so no count is lost; the writing may then wait for the
        database off the loop."""
        pending, last_used = self._pending, self._last_used
        self._pending, self._last_used = {}, {}
        return [(*counts, iso(last_used[key_id]), key_id) for key_id, counts in pending.items()]


def write_usage(conn: sqlite3.Connection, taken: list[tuple[Any, ...]]) -> None:
    if taken:
        conn.executemany(
            "UPDATE api_keys SET calls = calls + ?, errors = errors + ?, prompt_tokens ="
            " prompt_tokens + ?, completion_tokens = completion_tokens + ?, last_used_at = ?"
            " WHERE id = ?",
            taken,
        )


def listing(conn: sqlite3.Connection, account: str | None = None) -> list[sqlite3.Row]:
    """Every key of an account (None: of every account), newest first, with its usage
    counts; `public` makes one the spec's ApiKey. Never the key itself: its hint."""
    return conn.execute(
        "SELECT * FROM api_keys WHERE ? IS NULL OR account = ? ORDER BY created_at DESC, id",
        (account, account),
    ).fetchall()


def public(row: sqlite3.Row) -> dict[str, Any]:
    """A stored key as the spec's ApiKey."""
    return {
        "id": row["id"],
        "object": "api_key",
        "name": row["name"],
        "hint": row["hint"],
        "scope": row["scope"],
        "models": json.loads(row["models"]) if row["models"] else None,
        "tier": row["tier"],
        "created_at": row["created_at"],
        "last_used_at": row["last_used_at"],
        "revoked_at": row["revoked_at"],
        "rotated_from": row["rotated_from"],
    }
