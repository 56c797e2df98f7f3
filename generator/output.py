"""What every client generator does alike with its output: the "do not edit" header, and the
comparison (`--check`) or the sync of a freshly rendered project with its folder in `clients/`.

A generator renders its project into a temporary folder and hands it to `main()`, with the
patterns of what builds and installs leave in the client's folder (never generated, never
compared, never deleted).
"""

from __future__ import annotations

import argparse
import difflib
import fnmatch
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Collection, Iterable, Iterator
from pathlib import Path

HEADER = "Generated from openapi/minimax.yaml by generator/ — do not edit."


class GeneratorError(Exception):
    """The spec (or a generator's settings) asks for something the generator cannot render."""


def declared(name: str, known: Collection[str], kind: str) -> str:
    """A name a template uses (a header, an error code), checked against what the spec declares."""
    if name not in known:
        raise GeneratorError(f"the spec declares no {kind} {name!r}")
    return name


def is_ignored(relative: Path, ignored: Iterable[str]) -> bool:
    """True for a path (relative to the project) under a build or cache folder."""
    patterns = tuple(ignored)
    return any(fnmatch.fnmatch(part, p) for part in relative.parts for p in patterns)


def files(root: Path, ignored: Iterable[str]) -> Iterator[Path]:
    """The files under `root`, sorted, without descending into ignored folders."""
    patterns = tuple(ignored)
    found: list[Path] = []
    for folder, subfolders, names in os.walk(root):
        subfolders[:] = [d for d in subfolders if not is_ignored(Path(d), patterns)]
        base = Path(folder)
        found += [base / n for n in names if not is_ignored(Path(n), patterns)]
    yield from sorted(found)


def differences(expected: Path, actual: Path, ignored: Iterable[str]) -> list[str]:
    """How `actual` differs from `expected`, one entry per file (with a short diff)."""
    patterns = tuple(ignored)
    want = {p.relative_to(expected): p for p in files(expected, patterns)}
    have = {p.relative_to(actual): p for p in files(actual, patterns)}
    report = [f"missing: {name}" for name in sorted(want.keys() - have.keys())]
    report += [f"not generated: {name}" for name in sorted(have.keys() - want.keys())]
    for name in sorted(want.keys() & have.keys()):
        old, new = have[name].read_bytes(), want[name].read_bytes()
        if old != new:
            diff = difflib.unified_diff(
                old.decode(errors="replace").splitlines(),
                new.decode(errors="replace").splitlines(),
                f"{actual.name}/{name}",
                f"generated/{name}",
                lineterm="",
            )
            report.append(f"changed: {name}\n" + "\n".join(list(diff)[:40]))
    return report


def sync(source: Path, target: Path, ignored: Iterable[str]) -> None:
    """Make `target` hold exactly the generated files, leaving ignored build/cache files be."""
    patterns = tuple(ignored)
    target.mkdir(parents=True, exist_ok=True)
    fresh = {p.relative_to(source) for p in files(source, patterns)}
    for path in list(files(target, patterns)):
        if path.relative_to(target) not in fresh:
            path.unlink()
    for name in sorted(fresh):
        destination = target / name
        destination.parent.mkdir(parents=True, exist_ok=True)
        if not destination.exists() or destination.read_bytes() != (source / name).read_bytes():
            shutil.copyfile(source / name, destination)
    folders = [Path(folder) for folder, _, _ in os.walk(target)]
    for directory in sorted(folders, reverse=True):  # drop folders left empty
        relative = directory.relative_to(target)
        if relative.parts and not is_ignored(relative, patterns) and not any(directory.iterdir()):
            directory.rmdir()


def stamp(path: Path, comment: str) -> None:
    """Put the one-line header on top of a file, as a comment: `comment` holds `{}` for it."""
    text = path.read_text(encoding="utf-8")
    path.write_text(comment.format(HEADER) + "\n" + text, encoding="utf-8")


def main(
    render: Callable[[Path], None],
    *,
    description: str,
    default_target: Path,
    ignored: Iterable[str],
    command: str,
    argv: list[str] | None = None,
) -> int:
    """The command line of a generator: render into a temporary folder, then write the result
    to the target folder or (`--check`) compare it with that folder."""
    patterns = tuple(ignored)
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    parser.add_argument(
        "--target", type=Path, default=default_target, help="the client project folder"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / default_target.name
        render(fresh)
        if not args.check:
            sync(fresh, args.target, patterns)
            print(f"generated {args.target}")
            return 0
        report = differences(fresh, args.target, patterns)
    if report:
        print(f"{args.target} is not what `{command}` makes from the spec:", file=sys.stderr)
        print("\n".join(report), file=sys.stderr)
        return 1
    print(f"{args.target} is up to date")
    return 0
