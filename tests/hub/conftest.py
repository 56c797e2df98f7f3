"""Fixtures for the hub's tests: one sandbox (a real `minimax-sandbox serve` on a free loopback
port, its streams paced so frames arrive one by one) and headless Chromium driven by
Playwright (Debian's chromium: Playwright downloads no browser here)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from minimax_sandbox.testing import FAST, Server
from tests.docs.docs_support import chromium_or_skip


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    timings = {**FAST, "stream_interval": 0.03}  # a chat's frames come over a second or so
    running = Server(tmp_path_factory.mktemp("hub"), timings=timings).start()
    yield running
    running.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    executable = chromium_or_skip()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable)
        yield launched
        launched.close()
