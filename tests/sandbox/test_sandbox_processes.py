"""The server's processes and connections are bounded: the workers of a multi-worker server
end when their parent is killed (so a restart gets the port back), and a connection whose
request line and headers do not arrive in time is closed (`--header-timeout`)."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from minimax_sandbox.testing import FAST, Server

HEADER_TIMEOUT = 1.0


def refused(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(1)
        try:
            sock.connect(("127.0.0.1", port))
        except (ConnectionRefusedError, TimeoutError):
            return True
    return False


def test_workers_end_with_their_killed_parent_and_a_restart_gets_the_port(
    tmp_path: Path,
) -> None:
    server = Server(tmp_path / "data", workers=2).start()
    assert server.process is not None
    group = server.process.pid  # the workers' process group (start_new_session)
    try:
        with server.client(server.new_key()) as client:
            assert client.get("/models").status_code == 200
        os.kill(server.process.pid, signal.SIGKILL)  # the parent only, as `kill -9` would
        server.process.wait(timeout=30)
        server.process = None
        deadline = time.monotonic() + 15
        while not refused(server.port):
            assert time.monotonic() < deadline, "orphaned workers still serve the port"
            time.sleep(0.1)
        server.start()  # the same port and data dir
        with server.client(server.new_key()) as client:
            assert client.get("/models").status_code == 200
    finally:
        server.stop()
        with contextlib.suppress(ProcessLookupError):
            os.killpg(group, signal.SIGKILL)  # whatever the old server left


@pytest.fixture(scope="module")
def guarded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    timings = {**FAST, "header_timeout": HEADER_TIMEOUT}
    running = Server(tmp_path_factory.mktemp("guarded"), timings=timings).start()
    yield running
    running.stop()


def connect(server: Server) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", server.port), timeout=HEADER_TIMEOUT * 5)
    return sock


def closed_after(sock: socket.socket) -> float:
    """Seconds until the server closes the connection (having sent nothing)."""
    started = time.monotonic()
    with sock:
        data = sock.recv(65536)
    assert data == b"", data[:200]
    return time.monotonic() - started


REQUEST = b"GET /v1/models HTTP/1.1\r\nHost: 127.0.0.1\r\n"


def test_a_half_sent_request_is_closed_after_the_header_timeout(guarded: Server) -> None:
    sock = connect(guarded)
    sock.sendall(REQUEST)  # the headers' end never comes
    assert closed_after(sock) < HEADER_TIMEOUT * 3


def test_a_connection_that_sends_nothing_is_closed_too(guarded: Server) -> None:
    assert closed_after(connect(guarded)) < HEADER_TIMEOUT * 3


def test_headers_trickled_past_the_timeout_are_cut_off(guarded: Server) -> None:
    """A header line now and then keeps the connection busy, but never finishes the request."""
    sock = connect(guarded)
    sock.sendall(REQUEST)
    sock.settimeout(0.2)
    started = time.monotonic()
    with sock:
        while True:
            try:
                data = sock.recv(65536)
            except TimeoutError:
                assert time.monotonic() - started < HEADER_TIMEOUT * 3, "still open"
                try:
                    sock.sendall(b"X-Slow: 1\r\n")
                except OSError:
                    break  # closed while we wrote
                continue
            except ConnectionResetError:
                break
            assert data == b"", data[:200]
            break
    assert time.monotonic() - started >= HEADER_TIMEOUT * 0.8


def test_a_request_sent_in_time_is_answered_and_the_next_one_is_guarded_too(
    guarded: Server,
) -> None:
    sock = connect(guarded)
    for piece in (REQUEST[:10], REQUEST[10:], b"\r\n"):  # a little slow, but in time
        sock.sendall(piece)
        time.sleep(HEADER_TIMEOUT / 5)
    answer = sock.recv(65536)
    assert answer.startswith(b"HTTP/1.1 401 "), answer[:200]
    sock.sendall(REQUEST)  # the next request on the kept-alive connection stalls
    with contextlib.suppress(ConnectionResetError):
        while sock.recv(65536):
            pass  # the rest of the first answer, if any
    sock.close()


def test_the_default_is_documented_and_bounded() -> None:
    from minimax_sandbox.settings import Settings

    default = Settings(data_dir=Path()).header_timeout
    assert 0 < default <= 60
    readme = Path(__file__).resolve().parents[2] / "sandbox" / "README.md"
    assert "--header-timeout" in readme.read_text()


def test_a_slow_client_does_not_hold_up_others(guarded: Server) -> None:
    stalled = [connect(guarded) for _ in range(20)]
    for sock in stalled:
        sock.sendall(REQUEST)
    assert httpx.get(f"{guarded.base_url}/models", timeout=5).status_code == 401
    for sock in stalled:
        assert closed_after(sock) < HEADER_TIMEOUT * 3
