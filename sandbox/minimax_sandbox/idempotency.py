"""Idempotency records: claim a key before the work, store the response after, replay it later."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import sqlite3
from dataclasses import dataclass

from minimax_openapi.spec import shared
from minimax_sandbox.errors import ApiError
from minimax_sandbox.store import Lease

RETENTION_SECONDS = shared().idempotency.retention_seconds
# A claim is abandoned, and the next request takes it over, as soon as the process that made
# it has ended (its lease says so). This age is only a backstop, for a claim a living process
# lost track of (its release failed).
ABANDONED_SECONDS = 120


@dataclass(frozen=True)
class Stored:
    request_id: str
    status: int
    content_type: str
    body: bytes


def claim(
    conn: sqlite3.Connection,
    key_id: str,
    idem_key: str,
    fingerprint: str,
    now: float,
    lease: Lease,
) -> Stored | None:
    """Claim `idem_key` for this request, as the process holding `lease`, or return the stored
    response to replay.

    Raises 409 while another request holds the key (in a process that is alive), 422 when it
    was used for another request.
    """
    conn.execute("BEGIN IMMEDIATE")  # the read and the claim must not interleave with others
    try:
        row = conn.execute(
            "SELECT * FROM idempotency WHERE key_id = ? AND idempotency_key = ?", (key_id, idem_key)
        ).fetchone()
        expired = row is not None and (
            row["created_at"] < now - RETENTION_SECONDS
            or (
                row["state"] == "in_flight"
                and (row["created_at"] < now - ABANDONED_SECONDS or not lease.alive(row["owner"]))
            )
        )
        if row is None or expired:
            conn.execute(
                "INSERT OR REPLACE INTO idempotency (key_id, idempotency_key, fingerprint, state,"
                " created_at, owner) VALUES (?, ?, ?, 'in_flight', ?, ?)",
                (key_id, idem_key, fingerprint, now, lease.id),
            )
            conn.execute("COMMIT")
            return None
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    if row["state"] == "in_flight":
        raise ApiError(
            "idempotency_key_in_use",
            "A request with this Idempotency-Key is still being processed. Retry after it"
            " finishes.",
        )
    if row["fingerprint"] != fingerprint:
        raise ApiError(
            "idempotency_key_reused",
            "This Idempotency-Key was used with a different request. Use a new key for a new"
            " request.",
        )
    return Stored(row["request_id"], row["status"], row["content_type"], row["body"])


def store(conn: sqlite3.Connection, key_id: str, idem_key: str, response: Stored) -> None:
    conn.execute(
        "UPDATE idempotency SET state = 'done', request_id = ?, status = ?, content_type = ?,"
        " body = ? WHERE key_id = ? AND idempotency_key = ?",
        (
            response.request_id,
            response.status,
            response.content_type,
            response.body,
            key_id,
            idem_key,
        ),
    )


# A stored response that holds a credential (a new API key's secret) is kept sealed: keys are
# stored only as hashes, and a replay record must not be the one place a secret lies in clear.
# It is XORed with an HMAC-SHA256 keystream keyed by the caller's own credential and the
# Idempotency-Key, neither of which is stored in clear, so only a retry of that very request,
# sent with the same key, opens it. A fresh nonce per record keeps two keystreams apart.
_NONCE_BYTES = 16


def _keystream(credential: str, idem_key: str, nonce: bytes, length: int) -> bytes:
    key = hashlib.sha256(b"idempotency record\0" + credential.encode() + b"\0" + idem_key.encode())
    blocks = (
        hmac.new(key.digest(), nonce + counter.to_bytes(8, "big"), hashlib.sha256).digest()
        for counter in range((length + 31) // 32)
    )
    return b"".join(blocks)[:length]


def _xor(body: bytes, credential: str, idem_key: str, nonce: bytes) -> bytes:
    stream = _keystream(credential, idem_key, nonce, len(body))
    return bytes(a ^ b for a, b in zip(body, stream, strict=True))


def seal(body: bytes, credential: str, idem_key: str) -> bytes:
    nonce = secrets.token_bytes(_NONCE_BYTES)
    return nonce + _xor(body, credential, idem_key, nonce)


def unseal(sealed: bytes, credential: str, idem_key: str) -> bytes:
    nonce, body = sealed[:_NONCE_BYTES], sealed[_NONCE_BYTES:]
    return _xor(body, credential, idem_key, nonce)


def release(conn: sqlite3.Connection, key_id: str, idem_key: str) -> None:
    """Forget a claim whose request did not complete, so a retry can do the work."""
    conn.execute(
        "DELETE FROM idempotency WHERE key_id = ? AND idempotency_key = ? AND state = 'in_flight'",
        (key_id, idem_key),
    )


def purge(conn: sqlite3.Connection, now: float) -> None:
    conn.execute("DELETE FROM idempotency WHERE created_at < ?", (now - RETENTION_SECONDS,))


def release_abandoned(conn: sqlite3.Connection, lease: Lease) -> int:
    """Forget the claims of requests whose process has ended (a crash, or a kill) before they
    completed: nothing was stored for them, so a retry must do the work. Claims of living
    processes are kept. Returns how many were released."""
    owners = [
        row["owner"]
        for row in conn.execute("SELECT DISTINCT owner FROM idempotency WHERE state = 'in_flight'")
    ]
    released = 0
    for owner in owners:
        if not lease.alive(owner):
            released += conn.execute(
                "DELETE FROM idempotency WHERE state = 'in_flight' AND owner IS ?", (owner,)
            ).rowcount
    return released
