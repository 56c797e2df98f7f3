"""Generate `clients/typescript` (@minimax/sdk) from `openapi/minimax.yaml`, or check that it is
up to date.

    python -m generator.typescript.generate            # regenerate clients/typescript
    python -m generator.typescript.generate --check    # fail if it differs from a fresh run

Every fact comes from the spec's model (`minimax_openapi.spec`) and the SDK settings in
`generator/sdk.yaml`. `ts_types` turns the schemas into the declarations of `types.ts`,
`surface` the operations into resources and methods, `error_classes` the error codes into
classes; the templates in `templates/` render them. The files of `runtime/core/` (the
hand-written runtime) are copied into `src/core/` as they are. Every file but the JSON ones
gets the "do not edit" header, and Prettier formats the rendered files with `prettier.json`.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from generator import output, sdk_config
from generator.output import GeneratorError
from generator.typescript import error_classes, names, surface, ts_types
from minimax_openapi.spec import SPEC_PATH, load

ROOT = Path(__file__).resolve().parents[2]
TARGET = ROOT / "clients" / "typescript"
HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
RUNTIME = HERE / "runtime" / "core"
PRETTIER = ROOT / "node_modules" / ".bin" / "prettier"
PRETTIER_CONFIG = HERE / "prettier.json"
# The workbench's lock file: the SDK project builds on its own (`npm ci && npm run build`) with
# the same compiler and Node types, pinned from there.
WORKBENCH_LOCK = ROOT / "package-lock.json"
BUILD_TOOLS = ("@types/node", "typescript")
# Left by builds, installs and packing inside clients/typescript; never generated or compared.
IGNORED = ("dist", "node_modules", "*.tgz", "*.tsbuildinfo")
# Templates rendered once per resource module: the placeholder names the output file.
PER_MODULE = "__resource__"
# The types the runtime imports from the generated types.ts (the chat accumulator's, the
# results'): the spec must keep these names.
RUNTIME_TYPES = ("Meta", "ChatCompletion", "ChatCompletionChunk", "AssistantMessage", "ToolCall")


@dataclass(frozen=True)
class RuntimeExport:
    module: str  # under src/core, without `.js`
    values: tuple[str, ...]
    types: tuple[str, ...] = ()


# What index.ts re-exports from the runtime, beside the error classes.
RUNTIME_EXPORTS = (
    RuntimeExport("api-promise", ("APIPromise",)),
    RuntimeExport("streaming", ("Stream",)),
    RuntimeExport("chat-accumulator", ("ChatCompletionAccumulator",)),
    RuntimeExport("circuit-breaker", ("CircuitBreaker",)),
    RuntimeExport("uploads", ("toFile", "fileFromPath"), ("Uploadable",)),
    RuntimeExport("transport", (), ("ClientOptions", "RequestOptions")),
    RuntimeExport("result", (), ("APIResult", "RateLimit")),
    RuntimeExport("download", ("Download",)),
    RuntimeExport("wait", (), ("WaitOptions",)),
    RuntimeExport("deprecation", ("DEPRECATED_MODEL_WARNING_CODE",)),
)


def render_project(out: Path) -> None:
    """Write the whole SDK project into `out`, which must not exist yet."""
    api = load(SPEC_PATH)
    if api.production is None:
        raise GeneratorError("the spec names no production server (one with a fixed URL)")
    sdk = sdk_config.load()
    types = ts_types.build(api)
    sdk_surface = surface.build(api, types)
    errors = error_classes.build(api, sdk)
    client_class = api.title.removesuffix(" API").replace(" ", "")
    _check_names(types, sdk_surface, errors, client_class)

    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    build_tools = _locked(BUILD_TOOLS)
    env.globals.update(
        build_tools={name: build_tools[name] for name in BUILD_TOOLS},
        api=api,
        sdk=sdk,
        types=types,
        surface=sdk_surface,
        errors=errors,
        core_errors=list(error_classes.CORE_ERRORS),
        runtime_exports=RUNTIME_EXPORTS,
        client_class=client_class,
        package_name=sdk.packages.typescript,
        spec_header=lambda name: output.declared(name, api.headers, "header"),
        spec_error_code=lambda code: output.declared(
            code, {e.code for e in api.error_codes}, "error code"
        ),
    )
    env.filters.update(
        ts=names.string,  # a TypeScript string literal
        json=lambda value: json.dumps(value, ensure_ascii=False),
        doc=names.doc_comment,
        ms=_milliseconds,
        ms_text=lambda seconds: str(round(seconds * 1000)),  # for prose: 1000
        seconds=lambda value: format(value, "g"),  # 30.0 -> "30"
        camel=names.camel,
    )
    _render(env, out, sdk_surface)
    _write_lock(out, build_tools)
    for path in output.files(out, IGNORED):
        if path.suffix != ".json":  # JSON holds no comments
            output.stamp(path, "<!-- {} -->" if path.suffix == ".md" else "// {}")
    _prettier(out)
    core = out / "src" / "core"
    for module in sorted(RUNTIME.glob("*.ts")) if RUNTIME.is_dir() else []:
        core.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(module, core / module.name)
        output.stamp(core / module.name, "// {}")


def _milliseconds(seconds: float) -> str:
    """A time of sdk.yaml (seconds) as TypeScript's milliseconds: `30_000`."""
    ms = round(seconds * 1000)
    return f"{ms:_}"


def _check_names(
    types: ts_types.TypesModule,
    sdk_surface: surface.Surface,
    errors: error_classes.ErrorTree,
    client_class: str,
) -> None:
    """The names index.ts exports must be unique, and the runtime's types must exist."""
    missing = [name for name in RUNTIME_TYPES if name not in types.exported]
    if missing:
        raise GeneratorError(f"the runtime imports {missing} from types.ts; the spec has none")
    exported = [client_class, *types.exported, *errors.names, *error_classes.CORE_ERRORS]
    exported += sdk_surface.resource_classes
    exported += [n for e in RUNTIME_EXPORTS for n in (*e.values, *e.types)]
    clashes = sorted({n for n in exported if exported.count(n) > 1})
    if clashes:
        raise GeneratorError(f"index.ts would export these names twice: {clashes}")


def _render(env: Environment, out: Path, sdk_surface: surface.Surface) -> None:
    for template in sorted(TEMPLATES.rglob("*.jinja")):
        relative = template.relative_to(TEMPLATES)
        if relative.parts[0] == "macros":
            continue
        name = relative.with_suffix("").as_posix()
        items: list[Any] = list(sdk_surface.modules) if PER_MODULE in name else [None]
        for item in items:
            target = name.replace(PER_MODULE, item.module) if item is not None else name
            text = env.get_template(relative.as_posix()).render(item=item)
            path = out / target
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")


def _locked(packages: tuple[str, ...]) -> dict[str, dict[str, Any]]:
    """The workbench lock file's entries (version, integrity, ...) for some packages and what
    they depend on, by name."""
    lock = json.loads(WORKBENCH_LOCK.read_text(encoding="utf-8"))
    entries: dict[str, dict[str, Any]] = {}
    wanted = list(packages)
    while wanted:
        package = wanted.pop()
        entry = lock["packages"].get(f"node_modules/{package}")
        if entry is None:
            raise GeneratorError(f"{package} is not in {WORKBENCH_LOCK.name}: run `npm install`")
        entries[package] = dict(entry)
        wanted += [d for d in entry.get("dependencies", {}) if d not in entries]
    return dict(sorted(entries.items()))


def _write_lock(out: Path, build_tools: dict[str, dict[str, Any]]) -> None:
    """The SDK project's own package-lock.json, so that `npm ci` works inside it: the rendered
    package.json's root entry, and its development dependencies (with theirs) as the workbench
    locked them."""
    package = json.loads((out / "package.json").read_text(encoding="utf-8"))
    root = {k: package[k] for k in ("name", "version", "license", "devDependencies", "engines")}
    packages = {"": root} | {f"node_modules/{n}": e for n, e in build_tools.items()}
    lock = {
        "name": package["name"],
        "version": package["version"],
        "lockfileVersion": 3,
        "requires": True,
        "packages": packages,
    }
    (out / "package-lock.json").write_text(json.dumps(lock, indent=2) + "\n", encoding="utf-8")


def _prettier(out: Path) -> None:
    """Format every rendered file with the SDK's Prettier settings (not a config found nearby)."""
    if not PRETTIER.exists():
        raise GeneratorError(f"{PRETTIER} is missing: run `make setup` (npm ci)")
    result = subprocess.run(
        [
            str(PRETTIER),
            "--config",
            str(PRETTIER_CONFIG),
            "--no-editorconfig",
            "--ignore-path",
            "",
            "--log-level",
            "warn",
            "--write",
            ".",
        ],
        cwd=out,
        capture_output=True,
        text=True,
    )
    if result.returncode:
        raise GeneratorError(f"prettier failed:\n{result.stdout}{result.stderr}")


def main(argv: list[str] | None = None) -> int:
    return output.main(
        render_project,
        description=__doc__.split("\n\n")[0],
        default_target=TARGET,
        ignored=IGNORED,
        command="python -m generator.typescript.generate",
        argv=argv,
    )


if __name__ == "__main__":
    sys.exit(main())
