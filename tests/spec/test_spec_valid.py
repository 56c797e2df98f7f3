"""The spec is a valid OpenAPI 3.1 document."""

import copy
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

from minimax_openapi.spec import SPEC_PATH


def test_spec_is_openapi_3_1(spec: dict[str, Any]) -> None:
    assert str(spec.get("openapi", "")).startswith("3.1")


def test_spec_passes_openapi_spec_validator(spec: dict[str, Any]) -> None:
    validate(spec)  # picks the 3.1 validator from the `openapi` field; raises on any error


# openapi-generator (PyPI's openapi-generator-cli, pinned in the dev extra) runs on a JDK.
GENERATOR = Path(sys.executable).with_name("openapi-generator-cli")
needs_java = pytest.mark.skipif(
    shutil.which("java") is None, reason="openapi-generator-cli needs a JDK: no `java` on PATH"
)


def _generator_validate(path: Path) -> subprocess.CompletedProcess[str]:
    command = [str(GENERATOR), "validate", "-i", str(path)]
    return subprocess.run(command, capture_output=True, text=True, timeout=300)


@needs_java
def test_openapi_generator_validates_the_spec_without_flags() -> None:
    run = _generator_validate(SPEC_PATH)
    assert run.returncode == 0, run.stdout + run.stderr


@needs_java
def test_openapi_generator_refuses_a_literal_link_body(
    spec: dict[str, Any], tmp_path: Path
) -> None:
    """What the spec avoids: a link's requestBody as a literal (valid 3.1, refused here)."""
    broken = copy.deepcopy(spec)
    link = next(
        link
        for item in broken["paths"].values()
        for op in item.values()
        for response in op.get("responses", {}).values()
        for link in response.get("links", {}).values()
    )
    link["requestBody"] = {"model": "minimax-chat-v2", "training_file": "$response.body#/data/id"}
    (tmp_path / "spec.yaml").write_text(yaml.safe_dump(broken, sort_keys=False), encoding="utf-8")
    run = _generator_validate(tmp_path / "spec.yaml")
    assert run.returncode != 0 and "requestBody" in run.stdout + run.stderr, run.stdout
