"""What every process runs beside its requests: the background loop, the sweep of what ended
processes left behind, and (in a worker of a multi-worker server) the watch on its parent."""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import multiprocessing.connection
import os
import signal
import threading
import time
from collections.abc import Mapping

from minimax_sandbox import idempotency, keys, store, tasks
from minimax_sandbox.state import Sandbox
from minimax_sandbox.tasks import Finisher

log = logging.getLogger("sandbox.tasks")

# How often idempotency records past their retention are deleted, and what ended processes
# left behind is swept.
PURGE_SECONDS = 60.0
# An upload's temporary file untouched this long is a leftover: uploads are written at once.
UPLOAD_ABANDONED_SECONDS = 600.0
# After its parent has died, how long a worker may take to shut down gracefully before it
# exits anyway.
PARENT_GRACE_SECONDS = 10.0


async def run(sandbox: Sandbox, finishers: Mapping[str, Finisher]) -> None:
    """Write the usage counts and activity rows, delete expired idempotency records, sweep
    what ended processes left, and finish due tasks (in a thread, so rendering a video does
    not hold up requests)."""
    conn = store.connect(sandbox.settings.database)
    purged_at = time.monotonic()  # the sweep at start has just run
    try:
        while True:
            try:
                # In the thread: the database may be busy (another process's writes, a read
                # of the log unpacking its backlog), and the loop must not wait for it.
                await asyncio.to_thread(keys.write_usage, conn, sandbox.usage.take())
                await asyncio.to_thread(sandbox.activity.flush, conn)
                if time.monotonic() - purged_at > PURGE_SECONDS:
                    sweep(sandbox)
                    purged_at = time.monotonic()
                finished = await asyncio.to_thread(
                    tasks.finish_due, sandbox.settings, conn, finishers, sandbox.lease
                )
                if finished:  # what a render killed earlier left of these tasks is done with
                    tasks.sweep_partial_files(sandbox.settings.videos_dir, conn, sandbox.lease)
            except Exception:
                log.exception("finishing tasks failed; will retry")
            await asyncio.sleep(tasks.POLL_SECONDS)
    finally:
        conn.close()


def sweep(sandbox: Sandbox, starting: bool = False) -> None:
    """Delete expired idempotency records, and clean up what no living process owns: the
    claims of requests whose process ended mid-request, the temporary files of renders and
    uploads killed half-way, and the lease files of ended processes. Claims on tasks need no
    sweep: a dead process's claim is taken over when the task is next due. With `starting`
    (before this process serves a request), an upload's temporary file is a leftover if no
    other process is alive; else it is one once untouched for UPLOAD_ABANDONED_SECONDS."""
    settings, lease = sandbox.settings, sandbox.lease
    idempotency.purge(sandbox.conn, time.time())
    idempotency.release_abandoned(sandbox.conn, lease)
    tasks.sweep_partial_files(settings.videos_dir, sandbox.conn, lease)
    nobody_else = starting and not lease.others()
    for path in settings.files_dir.glob("*.part"):
        try:
            if nobody_else or time.time() - path.stat().st_mtime > UPLOAD_ABANDONED_SECONDS:
                path.unlink()
        except FileNotFoundError:
            pass  # renamed into place meanwhile
    lease.sweep()


def exit_with_parent() -> None:
    """In a worker process (one a multi-worker server spawned), shut down when the parent
    dies, however it dies (SIGKILL included), so that no orphaned worker keeps the port.

    The parent's sentinel (a pipe the parent holds open, portable across platforms) becomes
    ready when it ends; the worker then stops as on SIGTERM (finishing what it serves), and
    exits anyway PARENT_GRACE_SECONDS later. Does nothing in a process that is not a spawned
    worker."""
    parent = multiprocessing.parent_process()
    if parent is None or parent.sentinel is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        log.warning("the parent process %s has ended; shutting down", parent.pid)
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(PARENT_GRACE_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()
