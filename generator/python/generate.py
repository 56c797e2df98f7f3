"""Generate `clients/python` from `openapi/minimax.yaml`, or check that it is up to date.

    python -m generator.python.generate            # regenerate clients/python
    python -m generator.python.generate --check    # fail if clients/python differs from a fresh run

openapi-python-client (pinned: its Python API is private) renders the models, the low-level
`api/` modules and the project files, through our overrides in `templates/`. Then the templates
in `sdk_templates/` render the resource-style client beside them, from the same spec, which is
in the templates' globals as `spec` so they can read its `x-` extensions. Last, every file gets
the "do not edit" header and ruff fixes and formats the result with the rules chosen in the
generated pyproject.toml.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import difflib
import fnmatch
import io
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, Environment, FileSystemLoader
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_spec_validator import validate

from generator.python import api_surface, error_classes
from generator.python.param_types import PACKAGE, GeneratorError
from minimax_openapi.document import load, operations

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "minimax.yaml"
TARGET = ROOT / "clients" / "python"
HERE = Path(__file__).resolve().parent
HEADER = "Generated from openapi/minimax.yaml by generator/ — do not edit."
# Left by builds, installs and tools inside clients/python; never generated, never compared.
IGNORED = ("__pycache__", "*.egg-info", "build", "dist", ".mypy_cache", ".ruff_cache")
BINARY = {"type": "string", "format": "binary"}
# Templates rendered once per item rather than once: the placeholder names the output file.
PER_ITEM = {"__resource__": "modules", "__params__": "param_modules"}


def render_project(out: Path) -> None:
    """Write the whole client project into `out`, which must not exist yet."""
    spec = load(SPEC)
    validate(spec)
    config = Config.from_sources(
        ConfigFile.load_from_path(HERE / "config.yaml"),
        MetaType.UV,  # any value but NONE: our pyproject.toml.jinja replaces what it selects
        SPEC,
        "utf-8",
        overwrite=False,
        output_path=out,
    )
    data = GeneratorData.from_dict(_without_streams(spec), config=config)
    if not isinstance(data, GeneratorData):
        raise GeneratorError(f"openapi-python-client: {data.header}: {data.detail}")
    project = Project(openapi=data, config=config, custom_template_path=HERE / "templates")
    model_classes = {m.class_info.name for m in [*data.models, *data.enums]}
    surface = api_surface.build(spec, model_classes)
    project.env.globals.update(
        spec=spec,
        surface=surface,
        client_class=spec["info"]["title"].removesuffix(" API").replace(" ", ""),
        errors=error_classes.build(spec),
        terminal_statuses=api_surface.TERMINAL_STATUSES,
        done_frame=api_surface.DONE_FRAME,
        error_frame=api_surface.ERROR_FRAME,
        item_events=sorted({m.stream.item_event for m in surface.methods if m.stream}),
        spec_header=lambda name: repr(_declared_header(spec, name)),
    )
    project.env.filters["pyrepr"] = repr
    project.env.filters["relative_to"] = relative_import
    with contextlib.redirect_stdout(io.StringIO()):  # it prints "Generating <dir>"
        problems = project.build()
    if problems:  # warnings included: each one means part of the spec was dropped
        details = "\n".join(f"{p.level}: {p.header}: {p.detail}" for p in problems)
        raise GeneratorError(f"openapi-python-client reported:\n{details}")

    package = out / PACKAGE
    # `types/` (our TypedDicts) replaces the `types.py` that openapi-python-client always writes;
    # types/__init__.py renders that module's template, so the models' imports still resolve.
    (package / "types.py").unlink()
    sdk_env = project.env.overlay(
        loader=ChoiceLoader([FileSystemLoader(HERE / "sdk_templates"), project.env.loader])
    )
    _render_sdk(sdk_env, package, surface)
    for path in _files(out):
        _stamp(path)
    _ruff(out)


def relative_import(target: str, package: str) -> str:
    """How a module of `package` imports `target`: relatively inside the client's package."""
    target_parts, package_parts = target.split("."), package.split(".")
    if target_parts[0] != package_parts[0]:
        return target
    common = 0
    while common < min(len(target_parts), len(package_parts)):
        if target_parts[common] != package_parts[common]:
            break
        common += 1
    return "." * (len(package_parts) - common + 1) + ".".join(target_parts[common:])


def _without_streams(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec as openapi-python-client can take it: it cannot parse SSE, so its `api/`
    functions get a stream's raw bytes, or (beside JSON) only the JSON. `resources/` streams."""
    spec = copy.deepcopy(spec)
    for operation in operations(spec):
        for response in operation.op["responses"].values():
            content = response.get("content", {})
            if api_surface.SSE in content:
                del content[api_surface.SSE]
                content = content or {"application/octet-stream": {"schema": BINARY}}
                response["content"] = content
    return spec


def _declared_header(spec: dict[str, Any], name: str) -> str:
    """A header name the templates use, checked against `components.headers`."""
    if name not in spec["components"]["headers"]:
        raise GeneratorError(f"the spec declares no header {name!r}")
    return name


def _render_sdk(env: Environment, package: Path, surface: api_surface.Surface) -> None:
    root = HERE / "sdk_templates"
    for template in sorted(root.rglob("*.jinja")):
        relative = template.relative_to(root)
        if relative.parts[0] == "macros":
            continue
        name = str(relative.with_suffix(""))
        placeholder = next((p for p in PER_ITEM if p in name), None)
        items: list[Any] = getattr(surface, PER_ITEM[placeholder]) if placeholder else [None]
        for item in items:
            output = name.replace(placeholder, item.module) if placeholder else name
            text = env.get_template(relative.as_posix()).render(item=item)
            path = package / output
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")


def _stamp(path: Path) -> None:
    """Put the one-line "generated, do not edit" header on top of a file."""
    text = path.read_text(encoding="utf-8")
    line = f"<!-- {HEADER} -->" if path.suffix == ".md" else f"# {HEADER}"
    path.write_text(f"{line}\n{text}", encoding="utf-8")


def _ruff(out: Path) -> None:
    """Fix and format with the rules of the generated pyproject.toml (not the ruff defaults)."""
    for args in (["check", "--fix", "--quiet", "--no-cache"], ["format", "--quiet", "--no-cache"]):
        # `check --fix` exits non-zero only for what it could not fix.
        result = subprocess.run(
            [sys.executable, "-m", "ruff", *args, "."], cwd=out, capture_output=True, text=True
        )
        if result.returncode:
            raise GeneratorError(f"ruff {args[0]} failed:\n{result.stdout}{result.stderr}")


def is_ignored(relative: Path) -> bool:
    return any(fnmatch.fnmatch(part, pattern) for part in relative.parts for pattern in IGNORED)


def _files(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        if path.is_file() and not is_ignored(path.relative_to(root)):
            yield path


def differences(expected: Path, actual: Path) -> list[str]:
    """How `actual` differs from `expected`, one entry per file (with a short diff)."""
    want = {p.relative_to(expected): p for p in _files(expected)}
    have = {p.relative_to(actual): p for p in _files(actual)}
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


def _sync(source: Path, target: Path) -> None:
    """Make `target` hold exactly the generated files, leaving ignored build/cache files be."""
    target.mkdir(parents=True, exist_ok=True)
    fresh = {p.relative_to(source) for p in _files(source)}
    for path in list(_files(target)):
        if path.relative_to(target) not in fresh:
            path.unlink()
    for name in sorted(fresh):
        destination = target / name
        destination.parent.mkdir(parents=True, exist_ok=True)
        if not destination.exists() or destination.read_bytes() != (source / name).read_bytes():
            shutil.copyfile(source / name, destination)
    for directory in sorted(target.rglob("*"), reverse=True):  # drop folders left empty
        if directory.is_dir() and not any(directory.iterdir()):
            directory.rmdir()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    parser.add_argument("--target", type=Path, default=TARGET, help="the client project folder")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "python"
        render_project(fresh)
        if not args.check:
            _sync(fresh, args.target)
            print(f"generated {args.target}")
            return 0
        report = differences(fresh, args.target)
    if report:
        print(f"{args.target} is not what `make generate` makes from the spec:", file=sys.stderr)
        print("\n".join(report), file=sys.stderr)
        return 1
    print(f"{args.target} is up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
