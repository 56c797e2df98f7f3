"""Fixtures for the client's tests: the generated package, mock and sandbox-backed clients."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from client_support import BASE_URL, KEY, Target

from minimax import MiniMax
from minimax_openapi.model import Api
from minimax_openapi.spec import shared
from minimax_sandbox.testing import Server


@pytest.fixture(scope="session")
def api() -> Api:
    """The spec's model."""
    return shared()


@pytest.fixture
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record the client's backoff sleeps instead of sleeping (sync and async)."""
    import minimax._base_client as base_client

    slept: list[float] = []

    async def fake_async_sleep(seconds: float) -> None:
        slept.append(seconds)

    monkeypatch.setattr(base_client.time, "sleep", slept.append)
    monkeypatch.setattr(base_client.asyncio, "sleep", fake_async_sleep)
    return slept


@pytest.fixture
def client() -> Iterator[MiniMax]:
    """A client for mocked responses (respx): no real network."""
    with MiniMax(api_key=KEY, base_url=BASE_URL) as made:
        yield made


@pytest.fixture(scope="session")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """One sandbox for the integration tests of the session."""
    server = Server(tmp_path_factory.mktemp("client-sandbox")).start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Target]:
    """Where the end-to-end tests send the client: the contract runner's target when it sets
    MINIMAX_E2E_BASE_URL and MINIMAX_E2E_API_KEY (the sandbox it started, or a deployment),
    else a sandbox of their own."""
    base_url, key = os.environ.get("MINIMAX_E2E_BASE_URL"), os.environ.get("MINIMAX_E2E_API_KEY")
    if base_url and key:
        yield Target(base_url, key)
        return
    server = Server(tmp_path_factory.mktemp("client-target")).start()
    yield Target(server.base_url, server.new_key(tier="enterprise", enterprise_rpm=10**6))
    server.stop()


@pytest.fixture(scope="session")
def sandbox_key(sandbox: Server) -> str:
    """A key of its own account with limits that tests do not reach."""
    return sandbox.new_key(tier="enterprise", enterprise_rpm=10**6)
