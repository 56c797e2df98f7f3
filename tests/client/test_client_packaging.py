"""The client is built and checked as a release builds it: `python -m build` makes a wheel and
an sdist, `twine check --strict` passes on both; the README and the docs site give the install
command a user types (issue 9, item 12)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

import pytest
import yaml
from client_support import CLIENT_PROJECT, ROOT

import minimax
from generator import sdk_config
from generator.docs import render
from generator.output import GeneratorError
from minimax_openapi.spec import shared

PROJECT = sdk_config.load().packages.python


def test_python_m_build_makes_a_wheel_and_an_sdist_that_twine_check_passes(
    tmp_path: Path,
) -> None:
    copy = tmp_path / "python"  # building writes build/ and *.egg-info next to the sources
    shutil.copytree(CLIENT_PROJECT, copy, ignore=shutil.ignore_patterns("__pycache__"))
    built = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(tmp_path / "dist"), str(copy)],
        capture_output=True,
        text=True,
    )
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    version = sdk_config.load().version  # semantic; the spec's own is a release date
    wheel = tmp_path / "dist" / f"minimax_sdk-{version}-py3-none-any.whl"
    sdist = tmp_path / "dist" / f"minimax_sdk-{version}.tar.gz"
    assert wheel.is_file() and sdist.is_file(), sorted(
        p.name for p in (tmp_path / "dist").iterdir()
    )
    with tarfile.open(sdist) as archive:
        names = archive.getnames()
    assert f"minimax_sdk-{version}/minimax/py.typed" in names
    assert f"minimax_sdk-{version}/README.md" in names

    checked = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", str(wheel), str(sdist)],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.count("PASSED") == 2, checked.stdout


def test_the_readme_and_the_docs_give_the_install_command() -> None:
    """The name is sdk.yaml's alone: config.yaml does not repeat it, and the generated
    pyproject.toml (and so the wheel's metadata) carries it."""
    config = yaml.safe_load((ROOT / "generator" / "python" / "config.yaml").read_text())
    assert "project_name_override" not in config
    pyproject = tomllib.loads((CLIENT_PROJECT / "pyproject.toml").read_text())
    assert pyproject["project"]["name"] == PROJECT
    readme = (CLIENT_PROJECT / "README.md").read_text()
    assert f"```sh\npip install {PROJECT}\n```" in readme
    assert "python -m build" in readme and "twine check" in readme
    page = render.build(shared())["index.html"].decode("utf-8")
    assert f'<code data-install="Python">pip install {PROJECT}</code>' in page
    assert '<a href="#sdks">SDKs</a>' in page


def test_the_sdk_version_is_semantic_and_the_api_release_is_named_beside_it(
    tmp_path: Path,
) -> None:
    assert minimax.__version__ == sdk_config.load().version
    assert minimax.API_VERSION == shared().version  # a date: no package manager takes it
    dated = tmp_path / "sdk.yaml"
    text = sdk_config.SDK_YAML.read_text(encoding="utf-8")
    dated.write_text(
        text.replace("\nversion: ", '\nversion: "2026-12-02"  # ', 1), encoding="utf-8"
    )
    with pytest.raises(GeneratorError, match="'2026-12-02' is not MAJOR.MINOR.PATCH"):
        sdk_config.load(dated)
