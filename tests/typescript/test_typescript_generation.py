"""clients/typescript is exactly what the generator makes from the spec; the runtime is copied
as it is; the package has no dependencies, and builds on its own from its lock file."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from typescript_support import PACKAGE, ROOT

from generator import sdk_config
from generator.output import HEADER, is_ignored
from generator.typescript.generate import IGNORED

RUNTIME = ROOT / "generator" / "typescript" / "runtime" / "core"


def check(target: Path) -> subprocess.CompletedProcess[str]:
    """`make check-generated` for the TypeScript SDK, against another copy when asked."""
    return subprocess.run(
        [sys.executable, "-m", "generator.typescript.generate", "--check", "--target", str(target)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )


def test_the_committed_sdk_is_what_the_generator_makes() -> None:
    checked = check(PACKAGE)
    assert checked.returncode == 0, checked.stderr


def test_the_check_catches_hand_edits_and_stray_files(tmp_path: Path) -> None:
    copy = tmp_path / "typescript"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("dist", "node_modules"))
    chat = copy / "src" / "resources" / "chat.ts"
    chat.write_text(chat.read_text().replace("'/chat/completions'", "'/chat/complete'", 1))
    (copy / "src" / "constants.ts").unlink()
    (copy / "src" / "helpers.ts").write_text("export const mine = 1;\n")
    (copy / "dist").mkdir()  # build output is not the generator's business
    (copy / "dist" / "index.js").write_text("")
    checked = check(copy)
    assert checked.returncode == 1
    assert "changed: src/resources/chat.ts" in checked.stderr
    assert "missing: src/constants.ts" in checked.stderr
    assert "not generated: src/helpers.ts" in checked.stderr
    assert "dist" not in checked.stderr


def test_every_source_file_says_it_is_generated() -> None:
    for path in PACKAGE.rglob("*"):
        relative = path.relative_to(PACKAGE)
        if path.is_file() and not is_ignored(relative, IGNORED) and path.suffix in (".ts", ".md"):
            assert HEADER in path.read_text().splitlines()[0], relative


def test_the_runtime_is_copied_as_it_is() -> None:
    modules = sorted(RUNTIME.glob("*.ts"))
    assert modules
    for module in modules:
        copied = (PACKAGE / "src" / "core" / module.name).read_text()
        assert copied == f"// {HEADER}\n" + module.read_text(), module.name


def test_the_package_needs_nothing_but_node() -> None:
    manifest = json.loads((PACKAGE / "package.json").read_text())
    assert "dependencies" not in manifest
    assert manifest["engines"] == {"node": ">=18"}
    assert manifest["name"] == sdk_config.load().packages.typescript


def test_the_project_builds_on_its_own_from_its_lock_file(tmp_path: Path) -> None:
    """`npm ci && npm run build` in a copy of clients/typescript, as a contributor would (it
    failed for want of a package-lock.json): the build tools are the workbench's versions."""
    project = tmp_path / "sdk"
    shutil.copytree(PACKAGE, project, ignore=shutil.ignore_patterns(*IGNORED))
    workbench = json.loads((ROOT / "package-lock.json").read_text())["packages"]
    manifest = json.loads((project / "package.json").read_text())
    for name, version in manifest["devDependencies"].items():
        assert workbench[f"node_modules/{name}"]["version"] == version
    for command in (["npm", "ci", "--no-audit", "--no-fund"], ["npm", "run", "build"]):
        done = subprocess.run(command, cwd=project, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stdout + done.stderr
    assert (project / "dist" / "esm" / "index.js").is_file()
    assert (project / "dist" / "cjs" / "index.d.ts").is_file()
