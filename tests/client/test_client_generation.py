"""clients/python is exactly what the generator makes from the spec, and installs as documented."""

from __future__ import annotations

import email.parser
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from client_support import CLIENT_PROJECT, ROOT

from generator import sdk_config
from generator.python.generate import is_ignored

HEADER = "Generated from openapi/minimax.yaml by generator/ — do not edit."


def check(target: Path) -> subprocess.CompletedProcess[str]:
    """`make check-generated`, against another copy of the client when asked."""
    return subprocess.run(
        [sys.executable, "-m", "generator.python.generate", "--check", "--target", str(target)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )


def copy_client(tmp_path: Path) -> Path:
    copy = tmp_path / "python"
    shutil.copytree(CLIENT_PROJECT, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def test_the_committed_client_is_what_the_generator_makes() -> None:
    checked = check(CLIENT_PROJECT)
    assert checked.returncode == 0, checked.stderr


def test_the_check_catches_hand_edits_and_stray_files(tmp_path: Path) -> None:
    copy = copy_client(tmp_path)
    chat = copy / "minimax" / "resources" / "chat.py"
    chat.write_text(chat.read_text().replace("DEFAULT_TIMEOUT,", "TRANSFER_TIMEOUT,", 1))
    (copy / "minimax" / "_constants.py").unlink()
    (copy / "minimax" / "helpers.py").write_text("# hand-written\n")
    (copy / "build").mkdir()  # what `pip install` leaves behind is not the generator's business
    (copy / "build" / "leftover.txt").write_text("")
    checked = check(copy)
    assert checked.returncode == 1
    assert "changed: minimax/resources/chat.py" in checked.stderr
    assert "+            default_timeout=DEFAULT_TIMEOUT," in checked.stderr
    assert "missing: minimax/_constants.py" in checked.stderr
    assert "not generated: minimax/helpers.py" in checked.stderr
    assert "build" not in checked.stderr.replace("generator", "")


def test_every_file_says_it_is_generated() -> None:
    for path in CLIENT_PROJECT.rglob("*"):
        # Build and install leftovers are not generated (the drift check ignores them too).
        if path.is_file() and not is_ignored(path.relative_to(CLIENT_PROJECT)):
            assert HEADER in path.read_text().splitlines()[0], path


def test_the_runtime_modules_are_copied_as_they_are() -> None:
    """generator/python/runtime/ is the client's own source: the generator adds its header and
    nothing else (ruff, run on the whole package, leaves it be)."""
    runtime = sorted((ROOT / "generator" / "python" / "runtime").glob("*.py"))
    assert runtime
    for module in runtime:
        generated = (CLIENT_PROJECT / "minimax" / module.name).read_text()
        assert generated == f"# {HEADER}\n" + module.read_text(), module.name


def test_it_builds_a_typed_wheel_needing_only_httpx_attrs_and_typing_extensions(
    tmp_path: Path,
) -> None:
    copy = copy_client(tmp_path)  # building writes build/ and *.egg-info next to the sources
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
         "-w", str(tmp_path / "dist"), str(copy)],
        capture_output=True,
        text=True,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    (wheel,) = (tmp_path / "dist").glob("minimax_sdk-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        metadata_name = next(n for n in names if n.endswith(".dist-info/METADATA"))
        metadata = email.parser.Parser().parsestr(archive.read(metadata_name).decode())
    assert "minimax/py.typed" in names and "minimax/resources/chat.py" in names
    assert metadata["Name"] == sdk_config.load().packages.python
    assert metadata["Requires-Python"] == ">=3.8"
    requirements = {r.split(">")[0].split("<")[0] for r in metadata.get_all("Requires-Dist")}
    assert requirements == {"httpx", "attrs", "typing_extensions"}
