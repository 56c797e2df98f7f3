"""The sandbox's settings, read from the environment so every worker process sees the same."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ENV_PREFIX = "MINIMAX_SANDBOX_"
# The settings that time things, each a number of seconds and a `serve` option.
TIMINGS = ("queue_seconds", "video_seconds", "fine_tune_seconds", "slow_seconds", "stream_interval")


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
    # How long signed download URLs stay valid.
    url_ttl_seconds: int = 3600

    @classmethod
    def from_env(cls) -> Settings:
        env = os.environ
        data_dir = Path(env.get(ENV_PREFIX + "DATA_DIR", ".sandbox-data"))
        timings: dict[str, Any] = {  # each value is for a field of its own
            name: float(env[ENV_PREFIX + name.upper()])
            for name in TIMINGS
            if ENV_PREFIX + name.upper() in env
        }
        return cls(data_dir=data_dir, **timings)

    def to_env(self) -> dict[str, str]:
        """The environment that makes `from_env` return these settings (for worker processes)."""
        env = {ENV_PREFIX + "DATA_DIR": str(self.data_dir)}
        env.update({ENV_PREFIX + name.upper(): str(getattr(self, name)) for name in TIMINGS})
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
