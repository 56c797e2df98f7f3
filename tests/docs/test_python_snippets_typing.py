"""Every Python snippet a user reads type-checks under `mypy --strict` against the generated
client: the fenced ```python blocks of the client's README and of the repository's README, and
the Python snippet of each request example and guide step on the docs site.

Each snippet is written to a file of its own and all are checked in one mypy run, with the
client's settings (`clients/python/pyproject.toml`).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from docs_support import snippets_in

from generator.docs import render
from minimax_openapi.spec import shared

ROOT = Path(__file__).resolve().parents[2]
CLIENT_PROJECT = ROOT / "clients" / "python"
READMES = (CLIENT_PROJECT / "README.md", ROOT / "README.md")
FENCED_PYTHON = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


def readme_snippets() -> dict[str, str]:
    found = {}
    for readme in READMES:
        for number, match in enumerate(FENCED_PYTHON.finditer(readme.read_text()), 1):
            name = f"{readme.parent.name or 'root'}_readme_{number}".replace("-", "_")
            found[name] = match.group(1)
    return found


def docs_snippets() -> dict[str, str]:
    page = render.build(shared())["index.html"].decode("utf-8")
    return {
        re.sub(r"\W", "_", f"docs_{s.key}"): s.text
        for s in snippets_in(page)
        if s.language == "python"
    }


def test_readmes_have_python_snippets() -> None:
    snippets = readme_snippets()
    assert len(snippets) >= 4, sorted(snippets)


def test_every_python_snippet_passes_mypy_strict(tmp_path: Path) -> None:
    snippets = readme_snippets() | docs_snippets()
    assert any(name.startswith("docs_") for name in snippets)
    for name, text in snippets.items():
        (tmp_path / f"{name}.py").write_text(text)
    checked = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--config-file",
            str(CLIENT_PROJECT / "pyproject.toml"),
            *sorted(f"{name}.py" for name in snippets),
        ],
        env={**os.environ, "MYPYPATH": str(CLIENT_PROJECT)},
        cwd=tmp_path,  # its own cache, so a stale one cannot hide an error
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
