"""The generated client type-checks under mypy --strict, so does the overview's dict-literal call,
and its code keeps to Python 3.8, the oldest it declares (checked statically: vermin for library
features, and an AST walk for what vermin does not see, types evaluated at run time)."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

from client_support import CLIENT_PROJECT

PACKAGE = CLIENT_PROJECT / "minimax"
VERMIN = str(Path(sys.executable).with_name("vermin"))  # it has no `python -m` entry
OVERVIEW_CALL = """\
from minimax import MiniMax

client = MiniMax(api_key="mmx_test_...")
result = client.chat.completions.create(model="minimax-chat-v2", messages=[{"role": "user", "content": "Hello"}])
content: str | None = result.data.choices[0].message.content
"""  # noqa: E501
WRONG = """\
from minimax import MiniMax

client = MiniMax(api_key="mmx_test_...")
client.chat.completions.create(model="minimax-chat-v2", messages=[{"role": "robot", "content": "Hi"}])
client.chat.completions.create(model="minimax-chat-v2", messages=[{"role": "user"}])
client.embeddings.create(model="minimax-embed-v1", input=[1, 2])
"""  # noqa: E501


def mypy(tmp_path: Path, *targets: Path) -> subprocess.CompletedProcess[str]:
    config = CLIENT_PROJECT / "pyproject.toml"
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--config-file",
            str(config),
            *map(str, targets),
        ],
        env={**os.environ, "MYPYPATH": str(CLIENT_PROJECT)},
        cwd=tmp_path,  # its own cache, so a stale one cannot hide an error
        capture_output=True,
        text=True,
    )


def test_mypy_strict_passes_on_the_client_and_the_overviews_call(tmp_path: Path) -> None:
    snippet = tmp_path / "overview_snippet.py"
    snippet.write_text(OVERVIEW_CALL)
    checked = mypy(tmp_path, PACKAGE, snippet)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "strict = true" in (CLIENT_PROJECT / "pyproject.toml").read_text()

    wrong = tmp_path / "wrong_calls.py"
    wrong.write_text(WRONG)
    checked = mypy(tmp_path, wrong)
    flagged = {line.split(":")[1] for line in checked.stdout.splitlines() if ": error:" in line}
    assert flagged == {"4", "5", "6"}, checked.stdout


def test_the_declared_python_is_the_checked_one() -> None:
    pyproject = (CLIENT_PROJECT / "pyproject.toml").read_text()
    assert 'requires-python = ">=3.8"' in pyproject
    assert 'target-version = "py38"' in pyproject


def test_no_python_3_9_or_later_library_features() -> None:
    checked = subprocess.run(
        [VERMIN, "--target=3.8-", "--violations", "--no-tips", str(PACKAGE)],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


def annotations_of(tree: ast.AST) -> set[ast.expr]:
    annotations: set[ast.expr] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.arg) and node.annotation:
            annotations.add(node.annotation)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.returns:
            annotations.add(node.returns)
        elif isinstance(node, ast.AnnAssign):
            annotations.add(node.annotation)
    return annotations


def runtime_unions(tree: ast.AST) -> list[int]:
    """Lines where `X | Y` is evaluated at run time (deferred annotations are not)."""
    annotations = annotations_of(tree)
    deferred = {id(n) for a in annotations for n in ast.walk(a)}
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.BinOp)
        and isinstance(node.op, ast.BitOr)
        and id(node) not in deferred
    ]


# Subscripted at run time, these need Python 3.9 (typing's Tuple, Mapping, ... do not).
NEW_GENERICS = {"tuple", "list", "dict", "set", "frozenset", "type"}


def runtime_new_generics(tree: ast.AST) -> list[int]:
    """Lines where `tuple[...]` or a `collections.abc` class is subscripted at run time."""
    abc_names = {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module == "collections.abc"
        for alias in node.names
    }
    deferred = {id(n) for a in annotations_of(tree) for n in ast.walk(a)}
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Subscript)
        and isinstance(node.value, ast.Name)
        and node.value.id in NEW_GENERICS | abc_names
        and id(node) not in deferred
    ]


def test_runtime_new_generics_are_found() -> None:
    tree = ast.parse(
        "from collections.abc import Mapping\n"
        "X = Union[tuple[int, str], int]\nY = Mapping[str, str]\nz: dict[str, int] = {}\n"
    )
    assert sorted(runtime_new_generics(tree)) == [2, 3]


def test_types_are_only_evaluated_where_python_3_8_can() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        text = path.read_text()
        tree = ast.parse(text)
        name = path.relative_to(PACKAGE)
        if annotations_of(tree) and "from __future__ import annotations" not in text:
            offenders.append(f"{name}: annotations are evaluated")
        offenders += [f"{name}:{line}: X | Y at run time" for line in runtime_unions(tree)]
        offenders += [
            f"{name}:{line}: a builtin or collections.abc generic at run time"
            for line in runtime_new_generics(tree)
        ]
        offenders += [
            f"{name}: match statement" for n in ast.walk(tree) if isinstance(n, ast.Match)
        ]
    assert offenders == []
