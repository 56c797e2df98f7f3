"""Shared fixtures for the spec and model tests."""

from typing import Any

import pytest

from minimax_openapi.document import load
from minimax_openapi.model import Api
from minimax_openapi.spec import shared


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    """The parsed document, shared by the session: tests that change it must deep-copy it."""
    return load()


@pytest.fixture(scope="session")
def api() -> Api:
    """The checked model of the spec."""
    return shared()
