"""Fixtures for the docs tests: the spec's model, and the site rendered once into a temporary
folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from docs_support import ROOT  # noqa: F401 - puts the repository root on sys.path

from generator.docs import render
from minimax_openapi.model import Api
from minimax_openapi.spec import shared


@pytest.fixture(scope="session")
def api() -> Api:
    return shared()


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The rendered site's folder, as `make docs` writes it."""
    out = tmp_path_factory.mktemp("docs") / "site"
    render.render(out)
    return out


@pytest.fixture(scope="session")
def index_html(site: Path) -> str:
    return (site / "index.html").read_text(encoding="utf-8")
