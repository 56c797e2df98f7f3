"""Fixtures for the sandbox's integration tests (the harness is sandbox.testing)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from minimax_sandbox.testing import Server


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """One sandbox shared by the tests that do not restart it."""
    running = Server(tmp_path_factory.mktemp("sandbox")).start()
    yield running
    running.stop()


@pytest.fixture
def fresh_server(tmp_path: Path) -> Iterator[Callable[..., Server]]:
    """Make servers of one's own (to restart, or with several workers); all stopped after."""
    made: list[Server] = []

    def make(**options: Any) -> Server:
        made.append(Server(tmp_path / f"data{len(made)}", **options).start())
        return made[-1]

    yield make
    for each in made:
        each.stop()


@pytest.fixture
def key(server: Server) -> str:
    return server.new_key(enterprise_rpm=100000, tier="enterprise")


@pytest.fixture
def api(server: Server, key: str) -> Iterator[httpx.Client]:
    """A client with a fresh high-limit key of its own account."""
    with server.client(key) as client:
        yield client
