"""What a handler is given (`Call`) and what it returns (`Reply`, `Stream`, `Download`)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from starlette.requests import Request

from minimax_sandbox.endpoints import Endpoint
from minimax_sandbox.keys import ApiKey
from minimax_sandbox.state import Sandbox


@dataclass(slots=True)  # made on most requests: a frozen dataclass is slower to make
class Reply:
    """A JSON success: `data` goes in the envelope, `model` and `usage` in its meta."""

    data: Any
    status: int = 200
    model: str | None = None
    usage: dict[str, int] | None = None


@dataclass(frozen=True)
class Stream:
    """An SSE response. `frames` known up front can be stored and replayed; `live` cannot."""

    frames: list[bytes] = field(default_factory=list)
    live: AsyncIterator[bytes] | None = None
    usage: dict[str, int] | None = None


@dataclass(frozen=True)
class Download:
    """A stored file, saved by the client under `filename` (else the stored file's name)."""

    path: Path
    media_type: str
    filename: str | None = None


Result = Reply | Stream | Download


@dataclass
class Call:
    """One validated request, as a handler sees it."""

    sandbox: Sandbox
    request: Request
    endpoint: Endpoint
    key: ApiKey | None  # None for a download through a signed URL
    request_id: str
    params: dict[str, Any]
    body: Any
    triggers: frozenset[str]
    body_bytes: int = 0  # the size of the body as sent, before parsing

    @property
    def account(self) -> str | None:
        return self.key.account if self.key else None

    @property
    def base_url(self) -> str:
        """Where URLs the sandbox writes start: the configured public URL, never the request's
        Host header (a client could name any host, and a stored replay would keep it)."""
        return self.sandbox.settings.public_url


Handler = Callable[[Call], Awaitable[Result]]


def sse(event: str, data: Any) -> bytes:
    """One SSE frame."""
    return b"event: " + event.encode() + b"\ndata: " + orjson.dumps(data) + b"\n\n"
