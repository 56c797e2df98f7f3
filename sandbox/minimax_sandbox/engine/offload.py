"""A request's CPU-heavy work, run off the event loop on a small pool of threads.

Making tool arguments, checking an upload line by line and counting a training file's tokens
take from a millisecond to seconds. On the event loop every other request would wait that
long; here the loop keeps answering them. The pool is small on purpose: it bounds how much
such work runs at once (more waits its turn), and each piece of work has its own bound
(`schema_check.Budget`, the spec's body limits).

Threads share the GIL with the loop. Python hands it over every 5 ms when asked, to any
thread that waits; the loop asks once per I/O step of each request, so with a few busy
threads a plain GET took over 100 ms. So only one pool thread computes at a time (the
others wait for `_CPU`, which costs nothing: the GIL does not allow more anyway), and long
work calls `pause()` often, which every few milliseconds hands `_CPU` on and steps aside
for a moment: the loop gets the GIL at once, and work on the pool takes turns. And the
cyclic garbage collector, which holds the GIL while it runs, is kept off what the process
built at start (`settle`).
"""

from __future__ import annotations

import asyncio
import functools
import gc
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import ParamSpec, TypeVar

THREADS = 4

# Work at most this long between pauses of this long (seconds).
_SLICE = 0.002
_STEP_ASIDE = 0.0002

_POOL = ThreadPoolExecutor(max_workers=THREADS, thread_name_prefix="sandbox-cpu")

P = ParamSpec("P")
T = TypeVar("T")


async def run(function: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """`function(*args, **kwargs)` on the pool; its exceptions are raised here."""
    loop = asyncio.get_running_loop()
    work = functools.partial(_pooled, functools.partial(function, *args, **kwargs))
    return await loop.run_in_executor(_POOL, work)


def settle() -> None:
    """Call once the process is set up (the app's startup): what exists now (the spec's
    model, compiled validators, the libraries: some 50,000 objects, which live as long as
    the process) is moved out of the garbage collector's sight. Otherwise every full
    collection walks them all: 50 to 100 ms with the GIL held, and busy threads allocating
    make those frequent. Objects freed by reference counting are still freed."""
    gc.collect()
    gc.freeze()


# Held by the one pool thread that computes.
_CPU = threading.Lock()


class _Clock(threading.local):
    since = 0.0  # when this thread last stepped aside; 0 outside the pool


_clock = _Clock()


def _pooled(work: Callable[[], T]) -> T:
    with _CPU:
        _clock.since = time.perf_counter()
        try:
            return work()
        finally:
            _clock.since = 0.0


def pause() -> None:
    """Step aside for the event loop (and other pool work) if this thread has worked a
    slice since it last did. Cheap enough to call every few microseconds; does nothing
    outside the pool (on the loop's own thread, or in a test calling the engine directly)."""
    if _clock.since and time.perf_counter() - _clock.since >= _SLICE:
        _CPU.release()
        try:
            time.sleep(_STEP_ASIDE)  # releases the GIL, and does not race to take it back
        finally:
            _CPU.acquire()
        _clock.since = time.perf_counter()
