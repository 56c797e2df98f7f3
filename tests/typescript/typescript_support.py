"""The TypeScript SDK for the tests: built once, run with the workbench's Node tools."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from tests.sdk_support import e2e_inputs

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "clients" / "typescript"
TESTS = ROOT / "tests" / "typescript"
NODE_BIN = ROOT / "node_modules" / ".bin"
NODE = shutil.which("node") or "node"
NPM = shutil.which("npm") or "npm"


def node_env(**extra: str) -> dict[str, str]:
    """The environment with the workbench's Node tools first on PATH, and no MINIMAX_ key."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MINIMAX_")}
    env["PATH"] = f"{NODE_BIN}{os.pathsep}{env.get('PATH', '')}"
    return {**env, **extra}


def run(command: list[str], cwd: Path = ROOT, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, cwd=cwd, env=node_env(**env), capture_output=True, text=True, timeout=600
    )


def build() -> Path:
    """Compile the package (ESM and CommonJS builds into dist/); return dist/."""
    done = run([NPM, "run", "--silent", "build"], cwd=PACKAGE)
    assert done.returncode == 0, done.stdout + done.stderr
    return PACKAGE / "dist"


def run_e2e(
    base_url: str, key: str, folder: Path, admin_key: str | None = None
) -> subprocess.CompletedProcess[str]:
    """The SDK through every operation against `base_url` (`node --test`); given the
    account's admin key, through the administration operations alone (e2e/admin.test.mjs)."""
    tests = TESTS / "e2e" / ("admin.test.mjs" if admin_key else "")
    return run(
        [NODE, "--test", "--test-reporter=spec", str(tests)],
        MINIMAX_E2E_BASE_URL=base_url,
        MINIMAX_E2E_API_KEY=key,
        **({"MINIMAX_E2E_ADMIN_KEY": admin_key} if admin_key else {}),
        **e2e_inputs(folder),
    )
