"""The sandbox's HTTP protocol sends a response's head and body in one write, never holding
a head back past the loop's current iteration, and never reordering what is written."""

from __future__ import annotations

import asyncio
from typing import Any

from minimax_sandbox.app import _OneSend

HEAD = b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n"


class Transport:
    def __init__(self) -> None:
        self.writes: list[bytes] = []
        self.closed = False

    def write(self, data: bytes) -> None:
        self.writes.append(data)

    def close(self) -> None:
        self.closed = True

    def get_extra_info(self, name: str) -> Any:
        return f"info:{name}"


def one_send() -> tuple[_OneSend, Transport]:
    transport = Transport()
    return _OneSend(transport, asyncio.get_running_loop()), transport  # type: ignore[arg-type]


def test_head_and_body_leave_together() -> None:
    async def run() -> list[bytes]:
        wrapped, transport = one_send()
        wrapped.write(HEAD)
        assert transport.writes == []  # held for the body
        wrapped.write(b"{}")
        await asyncio.sleep(0)  # the scheduled flush finds nothing held
        return transport.writes

    assert asyncio.run(run()) == [HEAD + b"{}"]


def test_a_head_alone_leaves_when_the_iteration_ends() -> None:
    """A stream's head goes out before its first frame is ready."""

    async def run() -> list[bytes]:
        wrapped, transport = one_send()
        wrapped.write(HEAD)
        await asyncio.sleep(0)
        wrapped.write(b"event: chunk\n\n")
        return transport.writes

    assert asyncio.run(run()) == [HEAD, b"event: chunk\n\n"]


def test_closing_sends_what_is_held_first() -> None:
    async def run() -> Transport:
        wrapped, transport = one_send()
        wrapped.write(HEAD)
        wrapped.close()
        return transport

    transport = asyncio.run(run())
    assert transport.writes == [HEAD] and transport.closed


def test_everything_else_is_the_transports() -> None:
    async def run() -> Any:
        wrapped, _ = one_send()
        return wrapped.get_extra_info("peername")

    assert asyncio.run(run()) == "info:peername"
