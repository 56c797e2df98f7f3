"""The breaking-change gate: the spec against its last release (`make breaking`).

oasdiff (pinned, run from its Go module) lists the changes between the newest snapshot in
`openapi/releases/` and the spec that would break a client of that release (its ERR level,
with the removals below raised to it; additions such as new operations, optional fields or
response headers are not among them).
Such changes pass only as a new release: `info.version` newer than the snapshot's, with a
changelog entry for it marked breaking (the conventions require its migration notes).

    python -m minimax_openapi.breaking [SPEC] [--oasdiff BINARY] [--releases DIR]

Without `--oasdiff`, `go run` builds oasdiff (minutes the first time, cached after that).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from minimax_openapi import document
from minimax_openapi.model import Api, build
from minimax_openapi.spec import SPEC_PATH, load

OASDIFF = "github.com/oasdiff/oasdiff@v1.39.0"
RELEASES = SPEC_PATH.parent / "releases"
ERR = 3  # oasdiff's JSON level of a breaking change (WARN is 2, INFO 1)
# oasdiff rates these ERR; the spec promises them without a new version (its "Versioning and
# deprecation": new error codes, new values such as a `finish_reason`, which clients must take).
ADDITIVE = ("response-property-enum-value-added", "response-mediatype-enum-value-added")
# oasdiff rates these INFO or WARN; for the SDKs made from the spec a removed field or
# parameter is a removed member of a type: code naming it no longer compiles. So is what was
# deprecated first: the spec gives every breaking change a new release, deprecated or not.
REMOVALS = (
    "response-optional-property-removed",
    "request-property-removed",
    "request-parameter-removed",
    "response-required-property-removed-with-deprecation",
    "request-property-removed-with-deprecation",
    "request-parameter-removed-with-deprecation",
    "api-removed-with-deprecation",
    "api-path-removed-with-deprecation",
)


class GateError(RuntimeError):
    """oasdiff could not compare the two documents (not a verdict on the change)."""


@dataclass(frozen=True)
class Verdict:
    base: Path
    breaking: tuple[str, ...]  # oasdiff's text of each breaking change
    problem: str | None  # why the gate fails, None when it passes


def latest_release(releases: Path = RELEASES) -> Path:
    """The newest snapshot: its file name is its release date, so names sort by age."""
    snapshots = sorted(releases.glob("????-??-??.yaml"))
    if not snapshots:
        raise GateError(f"no released snapshot (YYYY-MM-DD.yaml) in {releases}")
    return snapshots[-1]


def breaking_changes(base: Path, revision: Path, oasdiff: list[str]) -> tuple[str, ...]:
    """oasdiff's breaking changes from `base` to `revision`, as its text for each."""
    with tempfile.TemporaryDirectory() as scratch:
        levels = Path(scratch) / "levels.txt"
        levels.write_text(
            "".join(f"{check} info\n" for check in ADDITIVE)
            + "".join(f"{check} err\n" for check in REMOVALS),
            encoding="utf-8",
        )
        command = [*oasdiff, "breaking", str(base), str(revision), "--format", "json"]
        command += ["--fail-on", "ERR", "--severity-levels", str(levels)]
        command += ["--allow-external-refs=false"]
        run = subprocess.run(command, capture_output=True, text=True)
    # --fail-on ERR: exit 1 exactly when there is a breaking change; anything else is a fault.
    if run.returncode not in (0, 1):
        raise GateError(f"{' '.join(command)} exited {run.returncode}:\n{run.stderr}")
    found = tuple(
        f"{c.get('operation', '')} {c.get('path', '')}: {c['text']}".strip()
        for c in json.loads(run.stdout or "[]")
        if c.get("level") == ERR
    )
    if bool(found) != (run.returncode == 1):
        raise GateError(f"oasdiff's exit status {run.returncode} disagrees with its report")
    return found


def judge(base: Api, current: Api, breaking: tuple[str, ...]) -> str | None:
    """Why `current` may not be released over `base` with these breaking changes, or None."""
    if not breaking:
        return None
    if current.version <= base.version:
        return (
            f"breaking changes need a new release: info.version {current.version} is not "
            f"newer than the released {base.version}"
        )
    # The conventions (checked by `load`) make the newest entry the version's.
    entry = current.changelog[0]
    if not entry.breaking:
        return f"breaking changes need the changelog entry {current.version} marked breaking"
    return None


def check(spec: Path, releases: Path, oasdiff: list[str]) -> Verdict:
    """The gate on `spec` (checked by the conventions first) against the newest release."""
    base_path = latest_release(releases)
    current = load(spec)  # the conventions: a breaking entry has migration notes
    base = build(document.load(base_path))  # history: not re-judged by today's conventions
    breaking = breaking_changes(base_path, spec, oasdiff)
    return Verdict(base_path, breaking, judge(base, current, breaking))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m minimax_openapi.breaking")
    parser.add_argument("spec", nargs="?", type=Path, default=SPEC_PATH)
    parser.add_argument("--oasdiff", help="an oasdiff binary (default: go run " + OASDIFF + ")")
    parser.add_argument("--releases", type=Path, default=RELEASES, help="the snapshots' folder")
    args = parser.parse_args(argv)
    oasdiff = [args.oasdiff] if args.oasdiff else ["go", "run", OASDIFF]
    verdict = check(args.spec, args.releases, oasdiff)
    for change in verdict.breaking:
        print(f"breaking: {change}")
    if verdict.problem:
        print(f"{args.spec}: {verdict.problem}", file=sys.stderr)
        return 1
    print(f"{args.spec}: {len(verdict.breaking)} breaking changes since {verdict.base.name}: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
