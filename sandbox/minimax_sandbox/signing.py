"""Signed, expiring download URLs: HMAC-SHA256 over the path and the expiry time."""

from __future__ import annotations

import hashlib
import hmac
import time

from minimax_sandbox.clock import iso
from minimax_sandbox.errors import ApiError


def signature(secret: bytes, path: str, expires: int) -> str:
    return hmac.new(secret, f"{path}\n{expires}".encode(), hashlib.sha256).hexdigest()[:32]


def signed_url(secret: bytes, base_url: str, path: str, ttl: int) -> tuple[str, str]:
    """(URL, its expiry as ISO 8601) for `path` (e.g. /v1/files/file_x/content)."""
    expires = int(time.time()) + ttl
    query = f"expires={expires}&signature={signature(secret, path, expires)}"
    url = f"{base_url.rstrip('/')}{path}?{query}"
    return url, iso(expires)


def verify(secret: bytes, path: str, expires: int | None, given: str, now: float) -> None:
    if expires is None:
        raise ApiError("permission_denied", "A signed URL needs both 'expires' and 'signature'.")
    if not given.isascii() or not hmac.compare_digest(signature(secret, path, expires), given):
        raise ApiError("permission_denied", "This download URL's signature is not valid.")
    if now > expires:
        raise ApiError(
            "permission_denied", "This download URL has expired; fetch the resource for a new one."
        )
