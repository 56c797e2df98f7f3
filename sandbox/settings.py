"""The sandbox's settings, read from the environment so every worker process sees the same."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ENV_PREFIX = "MINIMAX_SANDBOX_"


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
        numbers = {
            name: float(env[ENV_PREFIX + name.upper()])
            for name in (
                "queue_seconds",
                "video_seconds",
                "fine_tune_seconds",
                "slow_seconds",
                "stream_interval",
            )
            if ENV_PREFIX + name.upper() in env
        }
        return cls(data_dir=data_dir, **numbers)  # type: ignore[arg-type]

    def to_env(self) -> dict[str, str]:
        """The environment that makes `from_env` return these settings (for worker processes)."""
        return {
            ENV_PREFIX + "DATA_DIR": str(self.data_dir),
            ENV_PREFIX + "QUEUE_SECONDS": str(self.queue_seconds),
            ENV_PREFIX + "VIDEO_SECONDS": str(self.video_seconds),
            ENV_PREFIX + "FINE_TUNE_SECONDS": str(self.fine_tune_seconds),
            ENV_PREFIX + "SLOW_SECONDS": str(self.slow_seconds),
            ENV_PREFIX + "STREAM_INTERVAL": str(self.stream_interval),
        }

    @property
    def database(self) -> Path:
        return self.data_dir / "sandbox.sqlite3"

    @property
    def files_dir(self) -> Path:
        return self.data_dir / "files"

    @property
    def videos_dir(self) -> Path:
        return self.data_dir / "videos"
