"""The background loop every process runs beside its requests."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Mapping

from minimax_sandbox import idempotency, store, tasks
from minimax_sandbox.state import Sandbox
from minimax_sandbox.tasks import Finisher

log = logging.getLogger("sandbox.tasks")

PURGE_SECONDS = 60.0  # how often idempotency records past their retention are deleted


async def run(sandbox: Sandbox, finishers: Mapping[str, Finisher]) -> None:
    """Write the usage counts, delete expired idempotency records and finish due tasks (in a
    thread, so rendering a video does not hold up requests)."""
    conn = store.connect(sandbox.settings.database)
    purged_at = 0.0
    try:
        while True:
            try:
                sandbox.usage.flush(sandbox.conn)
                if time.monotonic() - purged_at > PURGE_SECONDS:
                    idempotency.purge(sandbox.conn, time.time())
                    purged_at = time.monotonic()
                await asyncio.to_thread(tasks.finish_due, sandbox.settings, conn, finishers)
            except Exception:
                log.exception("finishing tasks failed; will retry")
            await asyncio.sleep(tasks.POLL_SECONDS)
    finally:
        conn.close()
