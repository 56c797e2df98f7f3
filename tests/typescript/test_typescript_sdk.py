"""The TypeScript SDK, @minimax/sdk: its unit tests (mocked fetch), every operation against a
sandbox, the published package installed from its tarball (ESM and CommonJS, types under
`tsc --strict`) and the package checkers."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from typescript_support import NODE, NODE_BIN, NPM, PACKAGE, TESTS, build, run, run_e2e

from minimax_sandbox.testing import Server

OVERVIEW_CALL = """\
const client = new MiniMax({ apiKey: process.env.MINIMAX_API_KEY, baseURL: process.env.MINIMAX_BASE_URL });
const result = await client.chat.completions.create({ model: 'minimax-chat-v2', messages: [{ role: 'user', content: 'Hello' }] });
console.log(JSON.stringify({ content: result.data.choices[0].message.content, requestId: result.requestId }));
"""  # noqa: E501
# The overview's snippet as an ES module, and the same as CommonJS.
OVERVIEW_ESM = "import MiniMax from '@minimax/sdk';\n" + OVERVIEW_CALL
OVERVIEW_CJS = (
    "const { MiniMax } = require('@minimax/sdk');\n(async () => {\n"
    + OVERVIEW_CALL
    + "})().catch((error) => { console.error(error); process.exit(1); });\n"
)


@pytest.fixture(scope="module")
def dist() -> Path:
    return build()


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    server = Server(tmp_path_factory.mktemp("ts-sandbox")).start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def installed(dist: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh project with the packed tarball installed, as a user would have it."""
    work = tmp_path_factory.mktemp("ts-installed")
    packed = run([NPM, "pack", "--silent", "--pack-destination", str(work)], cwd=PACKAGE)
    assert packed.returncode == 0, packed.stderr
    tarball = work / packed.stdout.strip().splitlines()[-1]
    app = work / "app"
    app.mkdir()
    (app / "package.json").write_text(json.dumps({"name": "app", "private": True}))
    done = run([NPM, "install", "--no-audit", "--no-fund", "--offline", str(tarball)], cwd=app)
    assert done.returncode == 0, done.stdout + done.stderr
    return app


def test_unit(dist: Path) -> None:
    done = run([NODE, "--test", "--test-reporter=spec", str(TESTS / "unit")])
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]


def test_every_operation_end_to_end(dist: Path, tmp_path: Path) -> None:
    base_url, key = os.environ.get("MINIMAX_E2E_BASE_URL"), os.environ.get("MINIMAX_E2E_API_KEY")
    if not (base_url and key):  # not driven by the contract runner: a sandbox of its own
        server = Server(tmp_path / "sandbox").start()
        try:
            key = server.new_key(tier="enterprise", enterprise_rpm=10**6)
            done = run_e2e(server.base_url, key, tmp_path / "inputs")
        finally:
            server.stop()
    else:
        done = run_e2e(base_url, key, tmp_path / "inputs")
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]


def test_administration_end_to_end(dist: Path, tmp_path: Path) -> None:
    """The administration operations with the admin key of a sandbox of its own (e2e/admin)."""
    server = Server(tmp_path / "sandbox").start()
    try:
        done = run_e2e(server.base_url, server.key, tmp_path / "inputs", server.admin_key)
    finally:
        server.stop()
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
    assert "ℹ pass 2" in done.stdout and "ℹ skipped 0" in done.stdout, done.stdout[-2000:]


@pytest.mark.parametrize(
    ("name", "source"), [("overview.mjs", OVERVIEW_ESM), ("overview.cjs", OVERVIEW_CJS)]
)
def test_the_overview_snippet_runs_from_the_tarball(
    installed: Path, sandbox: Server, name: str, source: str
) -> None:
    (installed / name).write_text(source)
    env = {"MINIMAX_API_KEY": sandbox.new_key(), "MINIMAX_BASE_URL": sandbox.base_url}
    done = run([NODE, name], cwd=installed, **env)
    assert done.returncode == 0, done.stdout + done.stderr
    printed = json.loads(done.stdout)
    assert printed["content"] and printed["requestId"].startswith("req_")


def test_a_users_file_type_checks_against_the_published_types(installed: Path) -> None:
    (installed / "usage.ts").write_text((TESTS / "types" / "usage.ts").read_text())
    config = {
        "compilerOptions": {
            "strict": True,
            "noEmit": True,
            "target": "ES2022",
            "module": "NodeNext",
            "moduleResolution": "NodeNext",
            "types": ["node"],
            "typeRoots": [str(NODE_BIN.parent / "@types")],
        },
        "files": ["usage.ts"],
    }
    (installed / "tsconfig.json").write_text(json.dumps(config))
    (installed / "package.json").write_text(json.dumps({"name": "app", "type": "module"}))
    done = run([str(NODE_BIN / "tsc"), "-p", "tsconfig.json"], cwd=installed)
    assert done.returncode == 0, done.stdout + done.stderr


def test_publint_and_are_the_types_wrong_find_nothing(dist: Path) -> None:
    publint = run([str(NODE_BIN / "publint"), "--strict", str(PACKAGE)])
    assert publint.returncode == 0, publint.stdout + publint.stderr
    attw = run([str(NODE_BIN / "attw"), "--pack", str(PACKAGE), "--format", "ascii"])
    assert attw.returncode == 0, attw.stdout + attw.stderr
