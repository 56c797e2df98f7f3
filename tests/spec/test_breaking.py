"""The breaking-change gate (`make breaking`) on modified copies of the spec.

Each test releases the spec as it is (a snapshot in a tmp `releases/`), changes a copy and
asks the gate about the copy, with oasdiff built once per session from its pinned module.
"""

from __future__ import annotations

import copy
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from minimax_openapi import breaking
from minimax_openapi.document import load
from minimax_openapi.spec import SPEC_PATH, shared

Spec = dict[str, Any]
NEXT = "2027-01-15"  # a release after the current one


@pytest.fixture(scope="session")
def oasdiff(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """oasdiff compiled once (Go's build cache keeps later sessions quick)."""
    bin_dir = tmp_path_factory.mktemp("oasdiff")
    env = {**os.environ, "GOBIN": str(bin_dir)}
    subprocess.run(["go", "install", breaking.OASDIFF], env=env, check=True)
    return [str(bin_dir / "oasdiff")]


def prepare(
    tmp_path: Path, change: Callable[[Spec], None], released: Callable[[Spec], None] | None = None
) -> tuple[Path, Path]:
    """The spec changed by `change`, and a releases folder holding the spec as it is (changed
    by `released` first, when given: what the last release had)."""
    releases = tmp_path / "releases"
    releases.mkdir()
    original = load()
    if released is not None:
        released(original)
    _write(releases / f"{original['info']['version']}.yaml", original)
    changed = copy.deepcopy(original)
    change(changed)
    _write(tmp_path / "minimax.yaml", changed)
    return tmp_path / "minimax.yaml", releases


def gate(tmp_path: Path, oasdiff: list[str], change: Callable[[Spec], None]) -> breaking.Verdict:
    return breaking.check(*prepare(tmp_path, change), oasdiff=oasdiff)


def _write(path: Path, spec: Spec) -> None:
    path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")


# ---- the changes ---------------------------------------------------------------------------


def remove_response_field(spec: Spec) -> None:
    completion = spec["components"]["schemas"]["ChatCompletion"]
    del completion["properties"]["created_at"]
    completion["required"].remove("created_at")


def add_required_request_field(spec: Spec) -> None:
    request = spec["components"]["schemas"]["ChatCompletionRequest"]
    request["properties"]["seed"] = {"type": "integer"}
    request["required"].append("seed")


def remove_optional_response_field(spec: Spec) -> None:
    """oasdiff alone rates this INFO; the gate raises it (`breaking.REMOVALS`)."""
    del spec["components"]["schemas"]["ModelDeprecation"]["properties"]["migration_guide"]


def remove_request_field(spec: Spec) -> None:
    del spec["components"]["schemas"]["ChatCompletionRequest"]["properties"]["top_p"]


def remove_query_parameter(spec: Spec) -> None:
    listing = spec["paths"]["/organization/activity"]["get"]
    listing["parameters"] = [p for p in listing["parameters"] if p.get("name") != "operation"]


def narrow_enum(spec: Spec) -> None:
    spec["components"]["schemas"]["EmbeddingEncodingFormat"]["enum"].remove("base64")


def add_optional_field_operation_header_and_code(spec: Spec) -> None:
    """What the spec allows in a release: a new optional field, operation, response header,
    error code, `finish_reason`."""
    schemas = spec["components"]["schemas"]
    schemas["ErrorCode"]["enum"].append("quota_exhausted")
    schemas["ErrorCode"]["x-error-codes"]["quota_exhausted"] = {"status": 429, "advice": "Wait."}
    schemas["FinishReason"]["enum"].append("content_filter")
    request = spec["components"]["schemas"]["ChatCompletionRequest"]
    request["properties"]["seed"] = {"type": "integer", "description": "Repeatable sampling."}
    listing = copy.deepcopy(spec["paths"]["/models"])
    listing["get"]["operationId"] = "admin.keys.list"
    spec["paths"]["/admin/keys"] = listing
    headers = spec["components"]["responses"]["NotFound"]["headers"]
    headers["Deprecation"] = {"description": "Since when.", "schema": {"type": "string"}}


def release(breaking_entry: bool) -> Callable[[Spec], None]:
    """A new release: info.version and its changelog entry, marked breaking or not."""

    def change(spec: Spec) -> None:
        spec["info"]["version"] = NEXT
        entry = {"date": NEXT, "summary": "Next.", "changes": ["Changed."], "breaking": False}
        if breaking_entry:
            entry |= {"breaking": True, "migration": "Read the new shape."}
        spec["info"]["x-changelog"].insert(0, entry)

    return change


def both(*changes: Callable[[Spec], None]) -> Callable[[Spec], None]:
    def change(spec: Spec) -> None:
        for one in changes:
            one(spec)

    return change


BREAKS = {
    "removed response field": (remove_response_field, "property `data/created_at`"),
    "new required request field": (add_required_request_field, "seed"),
    "narrowed enum": (narrow_enum, "base64"),
    "removed optional response field": (remove_optional_response_field, "migration_guide"),
    "removed request field": (remove_request_field, "top_p"),
    "removed query parameter": (remove_query_parameter, "operation"),
}


# ---- the tests -----------------------------------------------------------------------------


@pytest.mark.parametrize(("change", "named"), BREAKS.values(), ids=BREAKS.keys())
def test_a_breaking_change_in_the_same_release_fails(
    tmp_path: Path, oasdiff: list[str], change: Callable[[Spec], None], named: str
) -> None:
    verdict = gate(tmp_path, oasdiff, change)
    assert verdict.breaking and all(named in one for one in verdict.breaking), verdict.breaking
    assert verdict.problem == (
        f"breaking changes need a new release: info.version {shared().version} is not newer "
        f"than the released {shared().version}"
    )


def deprecate_request_field_and_operation(spec: Spec) -> None:
    spec["components"]["schemas"]["ChatCompletionRequest"]["properties"]["top_p"]["deprecated"] = (
        True
    )
    spec["paths"]["/models/{model_id}"]["get"]["deprecated"] = True


def remove_request_field_and_operation(spec: Spec) -> None:
    remove_request_field(spec)
    del spec["paths"]["/models/{model_id}"]


def test_removing_what_was_deprecated_still_needs_a_breaking_release(
    tmp_path: Path, oasdiff: list[str]
) -> None:
    """oasdiff rates these INFO; the spec still gives them a release of their own."""
    spec, releases = prepare(
        tmp_path,
        both(deprecate_request_field_and_operation, remove_request_field_and_operation),
        released=deprecate_request_field_and_operation,
    )
    verdict = breaking.check(spec, releases, oasdiff)
    assert any("top_p" in one for one in verdict.breaking), verdict.breaking
    assert any("/models/{model_id}" in one for one in verdict.breaking), verdict.breaking
    assert verdict.problem is not None and "need a new release" in verdict.problem


def test_additions_pass(tmp_path: Path, oasdiff: list[str]) -> None:
    verdict = gate(tmp_path, oasdiff, add_optional_field_operation_header_and_code)
    assert verdict.breaking == () and verdict.problem is None


@pytest.mark.parametrize(("change", "named"), BREAKS.values(), ids=BREAKS.keys())
def test_a_breaking_change_passes_as_a_new_breaking_release(
    tmp_path: Path, oasdiff: list[str], change: Callable[[Spec], None], named: str
) -> None:
    verdict = gate(tmp_path, oasdiff, both(change, release(breaking_entry=True)))
    assert verdict.breaking and all(named in one for one in verdict.breaking), verdict.breaking
    assert verdict.problem is None


def test_a_new_release_not_marked_breaking_fails(tmp_path: Path, oasdiff: list[str]) -> None:
    verdict = gate(tmp_path, oasdiff, both(narrow_enum, release(breaking_entry=False)))
    assert verdict.problem == f"breaking changes need the changelog entry {NEXT} marked breaking"


def test_a_breaking_entry_without_migration_notes_is_refused(
    tmp_path: Path, oasdiff: list[str]
) -> None:
    def no_notes(spec: Spec) -> None:
        del spec["info"]["x-changelog"][0]["migration"]

    with pytest.raises(ValueError, match="is breaking but gives no migration notes"):
        gate(tmp_path, oasdiff, both(narrow_enum, release(breaking_entry=True), no_notes))


@pytest.mark.parametrize(
    ("change", "status"), [(narrow_enum, 1), (add_optional_field_operation_header_and_code, 0)]
)
def test_the_command_fails_on_a_breaking_change_only(
    tmp_path: Path, oasdiff: list[str], change: Callable[[Spec], None], status: int
) -> None:
    spec, releases = prepare(tmp_path, change)
    command = [sys.executable, "-m", "minimax_openapi.breaking", str(spec)]
    command += ["--oasdiff", oasdiff[0], "--releases", str(releases)]
    run = subprocess.run(command, capture_output=True, text=True)
    assert run.returncode == status, run.stdout + run.stderr
    assert ("breaking: " in run.stdout) == bool(status)


def test_the_newest_snapshot_is_named_after_its_release() -> None:
    snapshot = breaking.latest_release()
    assert load(snapshot)["info"]["version"] == snapshot.stem
    assert snapshot.stem <= shared().version


def test_a_document_oasdiff_cannot_read_is_a_fault_not_a_verdict(
    tmp_path: Path, oasdiff: list[str]
) -> None:
    with pytest.raises(breaking.GateError, match="exited"):
        breaking.breaking_changes(tmp_path / "missing.yaml", SPEC_PATH, oasdiff)
    with pytest.raises(breaking.GateError, match="no released snapshot"):
        breaking.latest_release(tmp_path)
