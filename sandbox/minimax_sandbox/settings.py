"""The sandbox's settings, read from the environment so every worker process sees the same."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ENV_PREFIX = "MINIMAX_SANDBOX_"
# The settings that time things, each a number of seconds and a `serve` option.
TIMINGS = (
    "queue_seconds",
    "video_seconds",
    "fine_tune_seconds",
    "slow_seconds",
    "stream_interval",
    "header_timeout",
)
# Where a sandbox started with the defaults (`serve` on 127.0.0.1:8400) is reached.
DEFAULT_PUBLIC_URL = "http://127.0.0.1:8400"


def public_url(text: str) -> str:
    """`text` as the sandbox's public base URL (`http(s)://host[:port][/prefix]`, no `/v1`),
    without a trailing slash; ValueError if it is not one."""
    try:
        url = urlsplit(text.strip())
        url.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError as error:
        raise ValueError(f"{text!r} is not a URL: {error}") from None
    if url.scheme not in ("http", "https") or not url.hostname:
        raise ValueError(f"{text!r} is not an http:// or https:// URL with a host")
    if url.query or url.fragment or "@" in url.netloc or any(c <= " " for c in url.geturl()):
        raise ValueError(f"{text!r} must have no query, fragment, user name or spaces")
    base = url.geturl().rstrip("/")
    if base.endswith("/v1"):
        raise ValueError(f"{text!r} must not end in /v1: the API's paths are appended to it")
    return base


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    # How long tasks take, in seconds: queued, then processing.
    queue_seconds: float = 1.0
    video_seconds: float = 5.0
    fine_tune_seconds: float = 8.0
    # The pause added by the `sandbox:slow` trigger, and between streamed frames.
    slow_seconds: float = 3.0
    stream_interval: float = 0.005
    # How long a client may take to send a request's line and headers before the connection
    # is closed (a connection that sends nothing counts too): half-sent requests are not held.
    header_timeout: float = 10.0
    # How long signed download URLs stay valid.
    url_ttl_seconds: int = 3600
    # The base URL clients reach the sandbox at: every URL the sandbox writes (signed download
    # URLs, in responses and in stored idempotent replays) starts with it, never with the
    # request's Host header.
    public_url: str = DEFAULT_PUBLIC_URL
    # The rendered reference site (`make docs`'s docs/site), served under /docs/; none if None.
    docs_dir: Path | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "public_url", public_url(self.public_url))

    @classmethod
    def from_env(cls) -> Settings:
        env = os.environ
        data_dir = Path(env.get(ENV_PREFIX + "DATA_DIR", ".sandbox-data"))
        timings: dict[str, Any] = {  # each value is for a field of its own
            name: float(env[ENV_PREFIX + name.upper()])
            for name in TIMINGS
            if ENV_PREFIX + name.upper() in env
        }
        url = env.get(ENV_PREFIX + "PUBLIC_URL", DEFAULT_PUBLIC_URL)
        docs = env.get(ENV_PREFIX + "DOCS_DIR")
        return cls(
            data_dir=data_dir, public_url=url, docs_dir=Path(docs) if docs else None, **timings
        )

    def to_env(self) -> dict[str, str]:
        """The environment that makes `from_env` return these settings (for worker processes)."""
        env = {ENV_PREFIX + "DATA_DIR": str(self.data_dir)}
        env.update({ENV_PREFIX + name.upper(): str(getattr(self, name)) for name in TIMINGS})
        env[ENV_PREFIX + "PUBLIC_URL"] = self.public_url
        if self.docs_dir is not None:
            env[ENV_PREFIX + "DOCS_DIR"] = str(self.docs_dir)
        return env

    @property
    def database(self) -> Path:
        return self.data_dir / "sandbox.sqlite3"

    @property
    def files_dir(self) -> Path:
        return self.data_dir / "files"

    @property
    def videos_dir(self) -> Path:
        return self.data_dir / "videos"
