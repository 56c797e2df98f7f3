"""A sandbox process that is killed (SIGKILL: no clean shutdown, no cleanup) in the middle of
its work, once per marker file, for the crash-recovery tests. Run as
`serve --app tests.sandbox.crashing_app:create_app`.

- `crash-render` in the data dir: the next video render is killed with part of its temporary
  file written.
- `crash-request` in the data dir: the next embeddings request is killed while it runs, its
  Idempotency-Key claimed.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path
from typing import Any

from minimax_sandbox import app
from minimax_sandbox.call import Call
from minimax_sandbox.engine import video
from minimax_sandbox.handlers import HANDLERS
from minimax_sandbox.settings import Settings

RENDER, REQUEST = "crash-render", "crash-request"


def _die_once(marker: str) -> None:
    """Die if the marker is there (and only one process takes it)."""
    try:
        (Settings.from_env().data_dir / marker).unlink()
    except FileNotFoundError:
        return
    os.kill(os.getpid(), signal.SIGKILL)


def create_app() -> app.SandboxApp:
    encode = video._encode
    embeddings = HANDLERS["embeddings.create"]

    def half_encode(path: Path, *args: Any) -> None:
        with open(path, "wb") as file:  # the render's temporary file, partly written
            file.write(b"\x00\x00\x00\x18ftypisom" + bytes(4096))
        _die_once(RENDER)
        encode(path, *args)

    async def crashing(call: Call) -> Any:
        _die_once(REQUEST)
        return await embeddings(call)

    video._encode = half_encode
    HANDLERS["embeddings.create"] = crashing
    return app.create_app()
