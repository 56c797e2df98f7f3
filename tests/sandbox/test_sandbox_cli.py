"""The `minimax-sandbox` command as its help and the README write it: `--data-dir` is taken
before the command and after it, for `serve` and for every `keys` command."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from minimax_sandbox.cli import _parser
from minimax_sandbox.testing import free_port

README = Path(__file__).resolve().parents[2] / "sandbox" / "README.md"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "minimax_sandbox", *args],
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize(
    "argv",
    [
        ["serve", "--port", "8400", "--data-dir", "DIR"],
        ["--data-dir", "DIR", "serve", "--port", "8400"],
        ["keys", "list", "--data-dir", "DIR"],
        ["keys", "--data-dir", "DIR", "list"],
        ["--data-dir", "DIR", "keys", "list"],
        ["keys", "create", "--name", "ci", "--data-dir", "DIR"],
        ["keys", "revoke", "key_x", "--data-dir", "DIR"],
        ["keys", "usage", "--data-dir", "DIR"],
    ],
)
def test_the_data_dir_is_taken_in_either_place(argv: list[str]) -> None:
    assert _parser().parse_args(argv).data_dir == Path("DIR")


def test_without_a_data_dir_the_default_stands_and_the_later_one_wins() -> None:
    default = _parser().parse_args(["serve"]).data_dir
    assert default == Path(os.environ.get("MINIMAX_SANDBOX_DATA_DIR", ".sandbox-data"))
    assert _parser().parse_args(["keys", "list"]).data_dir == default
    later = ["--data-dir", "A", "serve", "--data-dir", "B"]
    assert _parser().parse_args(later).data_dir == Path("B")


def test_the_key_commands_work_with_the_data_dir_after_the_command(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    created = run("keys", "create", "--name", "after", "--data-dir", data)
    assert created.returncode == 0, created.stderr
    key_id = json.loads(created.stdout)["id"]
    for argv in (
        ["keys", "list", "--data-dir", data],
        ["keys", "--data-dir", data, "list"],
        ["--data-dir", data, "keys", "list"],
    ):
        listed = run(*argv)
        assert listed.returncode == 0, listed.stderr
        assert key_id in listed.stdout
    revoked = run("keys", "revoke", key_id, "--data-dir", data)
    assert revoked.returncode == 0, revoked.stderr
    assert "revoked" in run("keys", "list", "--data-dir", data).stdout


def test_serve_as_the_readme_writes_it(tmp_path: Path) -> None:
    """`minimax-sandbox serve --port 8400 --data-dir DIR`, the README's first line."""
    assert "minimax-sandbox serve --port 8400 --data-dir .sandbox-data" in README.read_text()
    port = free_port()
    data = tmp_path / "data"
    log = open(tmp_path / "serve.log", "wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "minimax_sandbox", "serve", "--port", str(port), "--data-dir", data],
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            assert process.poll() is None, (tmp_path / "serve.log").read_text()
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/v1/models", timeout=1)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, (tmp_path / "serve.log").read_text()
                time.sleep(0.05)
        assert response.status_code == 401
        assert (data / "sandbox.sqlite3").exists()
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)
        log.close()


def test_the_help_shows_the_data_dir_for_each_command() -> None:
    for argv in (["serve"], ["keys"], ["keys", "create"], ["keys", "list"]):
        shown = run(*argv, "--help")
        assert shown.returncode == 0, shown.stderr
        assert "--data-dir" in shown.stdout, argv
