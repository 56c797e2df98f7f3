"""Shared fixtures for the spec tests."""

from typing import Any

import pytest

from minimax_openapi.document import load


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    """The parsed spec, shared by the session: tests that change it must deep-copy it first."""
    return load()
