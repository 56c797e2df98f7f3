"""Rate-limit windows in a memory-mapped file shared by every worker process.

A hit must be exact across processes and cheap, since every request makes one: a SQLite
write costs ~40 us, this ~3 us. The file (under the data dir) is a fixed table of slots, each
`tag (16 bytes) | window start (float64) | used (int64)`; the tag is a hash of the key id and
the bucket. An exclusive `flock` around each read-modify-write makes it atomic between
processes. A slot whose window has ended may be taken over by another tag when the table
fills up, so the table never needs clearing.
"""

from __future__ import annotations

import fcntl
import functools
import hashlib
import mmap
import os
import struct
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SLOTS = 65536
_SLOT = struct.Struct("<16sdq")
_EMPTY = bytes(16)
_PROBES = 64  # how far to look from a tag's home slot


class TableFull(RuntimeError):
    """Every slot a tag may use holds a window that has not ended yet."""


class Counters:
    def __init__(self, path: Path, window_seconds: float, slots: int = SLOTS) -> None:
        self._count = slots
        size = slots * _SLOT.size
        self._fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        if os.fstat(self._fd).st_size < size:
            os.ftruncate(self._fd, size)  # zero-filled: every slot empty
        self._map = mmap.mmap(self._fd, size)
        self._window = window_seconds
        self._slots: dict[bytes, int] = {}  # tag -> slot, a hint checked under the lock

    @contextmanager
    def _locked(self) -> Iterator[None]:
        fcntl.flock(self._fd, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(self._fd, fcntl.LOCK_UN)

    def _slot(self, tag: bytes, now: float) -> int:
        """The slot holding `tag`, or one to start it in (empty, or with an ended window)."""
        hint = self._slots.get(tag)
        if hint is not None and self._map[hint * _SLOT.size : hint * _SLOT.size + 16] == tag:
            return hint
        home = int.from_bytes(tag[:4], "little") % self._count
        reusable = None
        for step in range(min(_PROBES, self._count)):
            slot = (home + step) % self._count
            found, start, _ = _SLOT.unpack_from(self._map, slot * _SLOT.size)
            if found == tag:
                break
            if found == _EMPTY:
                slot = reusable if reusable is not None else slot
                break
            if reusable is None and now >= start + self._window:
                reusable = slot
        else:
            if reusable is None:
                raise TableFull("no free rate-limit slot")
            slot = reusable
        self._slots[tag] = slot
        return slot

    def hit(self, key: str, limit: int, now: float) -> tuple[float, int]:
        """Count one request; return (window start, used). `used` stops at limit + 1, which
        marks the request as refused without counting it."""
        tag = _tag(key)
        fcntl.flock(self._fd, fcntl.LOCK_EX)  # not `_locked()`: every request comes here
        try:
            slot = self._slot(tag, now)
            found, start, used = _SLOT.unpack_from(self._map, slot * _SLOT.size)
            if found != tag or now >= start + self._window:
                start, used = now, 0
            used = used + 1 if used < limit else limit + 1
            _SLOT.pack_into(self._map, slot * _SLOT.size, tag, start, used)
        finally:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
        return start, used

    def peek(self, key: str, now: float) -> tuple[float, int] | None:
        """(window start, used) of the current window, or None when there is none."""
        tag = _tag(key)
        with self._locked():
            found, start, used = _SLOT.unpack_from(self._map, self._slot(tag, now) * _SLOT.size)
        if found != tag or now >= start + self._window:
            return None
        return start, used

    def refund(self, key: str, window_start: float) -> None:
        """Take back one counted request, if its window is still the current one."""
        tag = _tag(key)
        with self._locked():
            slot = self._slot(tag, window_start)
            found, start, used = _SLOT.unpack_from(self._map, slot * _SLOT.size)
            if found == tag and start == window_start and used > 0:
                _SLOT.pack_into(self._map, slot * _SLOT.size, tag, start, used - 1)


@functools.lru_cache(maxsize=4096)
def _tag(key: str) -> bytes:
    digest = hashlib.blake2b(key.encode(), digest_size=16).digest()
    return digest if digest != _EMPTY else b"\x01" + digest[1:]
