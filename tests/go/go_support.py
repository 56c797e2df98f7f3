"""The Go SDK for the tests: the `go` tool run on the tests/go module (or a user's module),
offline, with no MINIMAX_ variable but those given."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

from tests.sdk_support import e2e_inputs

ROOT = Path(__file__).resolve().parents[2]
MODULE = ROOT / "clients" / "go"
TESTS = ROOT / "tests" / "go"
GO = shutil.which("go") or "go"


def go_env(**extra: str) -> dict[str, str]:
    """The environment without MINIMAX_ variables; GOPROXY=off and the local toolchain, since
    the SDK and its tests need nothing beyond the standard library."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MINIMAX_")}
    return {**env, "GOPROXY": "off", "GOTOOLCHAIN": "local", **extra}


def run(command: list[str], cwd: Path = TESTS, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, cwd=cwd, env=go_env(**env), capture_output=True, text=True, timeout=600
    )


def run_e2e(
    base_url: str, key: str, folder: Path, admin_key: str | None = None
) -> subprocess.CompletedProcess[str]:
    """The SDK through every operation against `base_url`: the TestE2E tests of tests/go; given
    the account's admin key, the TestAdministrationE2E ones instead."""
    tests = "^TestAdministrationE2E" if admin_key else "^TestE2E"
    return run(
        [GO, "test", "-race", "-count=1", "-v", "-run", tests, "./..."],
        TESTS,
        MINIMAX_E2E_BASE_URL=base_url,
        MINIMAX_E2E_API_KEY=key,
        **({"MINIMAX_E2E_ADMIN_KEY": admin_key} if admin_key else {}),
        **e2e_inputs(folder),
    )


def outcomes(output: str) -> dict[str, str]:
    """Each top-level test of `go test -v` output and how it ended (PASS, FAIL or SKIP)."""
    return {name: outcome for outcome, name in re.findall(r"^--- (\w+): (\w+) ", output, re.M)}
