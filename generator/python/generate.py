"""Generate `clients/python` from `openapi/minimax.yaml`, or check that it is up to date.

    python -m generator.python.generate            # regenerate clients/python
    python -m generator.python.generate --check    # fail if clients/python differs from a fresh run

Every fact comes from the spec's model (`minimax_openapi.spec`). openapi-python-client (pinned:
its Python API is private) renders the models and the project files from the document without
its paths, through our overrides in `templates/`; the rest of what it always writes (its own
HTTP layer) is deleted. The templates in `sdk_templates/` render the resource-style client from
the model (`api`) and what `api_surface` and `error_classes` derive from it, and the modules of
`runtime/` are copied as they are. Last, every file gets the "do not edit" header and ruff fixes
and formats the result with the rules chosen in the generated pyproject.toml.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import fnmatch
import io
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Collection, Iterator
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, Environment, FileSystemLoader
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_spec_validator import validate

from generator.python import api_surface, error_classes
from generator.python.param_types import PACKAGE, GeneratorError
from minimax_openapi.model import Api
from minimax_openapi.spec import SPEC_PATH, load

ROOT = Path(__file__).resolve().parents[2]
TARGET = ROOT / "clients" / "python"
HERE = Path(__file__).resolve().parent
HEADER = "Generated from openapi/minimax.yaml by generator/ — do not edit."
# Left by builds, installs and tools inside clients/python; never generated, never compared.
IGNORED = ("__pycache__", "*.egg-info", "build", "dist", ".mypy_cache", ".ruff_cache")
# What openapi-python-client always writes beside the models: its HTTP layer (the client uses
# its own, in runtime/) and types.py (replaced by types/, whose __init__ renders that template).
NOT_KEPT = ("api", "client.py", "errors.py", "types.py")
# Templates rendered once per item rather than once: the placeholder names the output file.
PER_ITEM = {"__resource__": "modules", "__params__": "param_modules"}


def render_project(out: Path) -> None:
    """Write the whole client project into `out`, which must not exist yet."""
    api = load(SPEC_PATH)
    if api.production is None:
        raise GeneratorError("the spec names no production server (one with a fixed URL)")
    validate(api.document())
    config = Config.from_sources(
        ConfigFile.load_from_path(HERE / "config.yaml"),
        MetaType.UV,  # any value but NONE: our pyproject.toml.jinja replaces what it selects
        SPEC_PATH,
        "utf-8",
        overwrite=False,
        output_path=out,
    )
    data = GeneratorData.from_dict(_models_only(api), config=config)
    if not isinstance(data, GeneratorData):
        raise GeneratorError(f"openapi-python-client: {data.header}: {data.detail}")
    project = Project(openapi=data, config=config, custom_template_path=HERE / "templates")
    model_classes = {str(m.class_info.name) for m in [*data.models, *data.enums]}
    surface = api_surface.build(api, model_classes)
    project.env.globals.update(
        api=api,
        surface=surface,
        client_class=api.title.removesuffix(" API").replace(" ", ""),
        errors=error_classes.build(api),
        spec_header=lambda name: _declared(name, api.headers, "header"),
        spec_error_code=lambda code: _declared(
            code, {e.code for e in api.error_codes}, "error code"
        ),
    )
    project.env.filters["pyrepr"] = repr
    project.env.filters["relative_to"] = relative_import
    with contextlib.redirect_stdout(io.StringIO()):  # it prints "Generating <dir>"
        problems = project.build()
    if problems:  # warnings included: each one means part of the spec was dropped
        details = "\n".join(f"{p.level}: {p.header}: {p.detail}" for p in problems)
        raise GeneratorError(f"openapi-python-client reported:\n{details}")

    package = out / PACKAGE
    for name in NOT_KEPT:
        if (package / name).is_dir():
            shutil.rmtree(package / name)
        else:
            (package / name).unlink()
    assert project.env.loader is not None
    sdk_env = project.env.overlay(
        loader=ChoiceLoader([FileSystemLoader(HERE / "sdk_templates"), project.env.loader])
    )
    _render_sdk(sdk_env, package, surface)
    for module in sorted((HERE / "runtime").glob("*.py")):
        shutil.copyfile(module, package / module.name)
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


def _models_only(api: Api) -> dict[str, Any]:
    """The document as openapi-python-client gets it: without paths, so that it makes models
    of the schemas and nothing of the operations (`resources/` calls them)."""
    document = api.document()
    document["paths"] = {}
    return document


def _declared(name: str, declared: Collection[str], kind: str) -> str:
    """A name the templates use (a header, an error code), checked against the spec."""
    if name not in declared:
        raise GeneratorError(f"the spec declares no {kind} {name!r}")
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
