"""Generate `clients/go` (the Go module github.com/minimax/minimax-go) from
`openapi/minimax.yaml`, or check that it is up to date.

    python -m generator.go.generate            # regenerate clients/go
    python -m generator.go.generate --check    # fail if it differs from a fresh run

Every fact comes from the spec's model (`minimax_openapi.spec`) and the SDK settings in
`generator/sdk.yaml`. `go_types` turns the schemas into the declarations of `types.go`,
`surface` the operations into services and methods, `error_codes` the error codes into
constants and sentinels; the templates in `templates/` render them. The files of `runtime/`
(the hand-written runtime, `*.go` but its tests) are copied in as they are. Every `.go` file
gets Go's "Code generated ... DO NOT EDIT." line, the README an HTML comment, and `gofmt -w`
formats the module.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from generator import output, sdk_config
from generator.go import error_codes, go_types, names, surface
from generator.output import GeneratorError
from minimax_openapi.model import Api
from minimax_openapi.spec import SPEC_PATH, load

ROOT = Path(__file__).resolve().parents[2]
TARGET = ROOT / "clients" / "go"
HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
RUNTIME = HERE / "runtime"
GO_VERSION = "1.21"
# Go's form of the "do not edit" line (https://go.dev/s/generatedcode), which gofmt, vet and
# editors recognise.
HEADER = "Code generated from openapi/minimax.yaml by generator/; DO NOT EDIT."
# Left by builds and tests inside clients/go; never generated or compared.
IGNORED = ("*.test", "*.out", "*.prof")
# Templates rendered once per tag: the placeholder names the output file.
PER_FILE = "__service__"
# What the runtime declares (its README's seam): no generated name may take these.
RUNTIME_NAMES = (
    "Option",
    "RequestOption",
    "Result",
    "RateLimit",
    "APIError",
    "ConnectionError",
    "TimeoutError",
    "ConfigError",
    "Stream",
    "Download",
    "File",
    "FileFromPath",
    "FileFromBytes",
    "Vector",
    "WaitOptions",
    "WaitTimeoutError",
    "CircuitBreaker",
    "CircuitBreakerConfig",
    "NewCircuitBreaker",
    "CircuitState",
    "CircuitClosed",
    "CircuitOpen",
    "CircuitHalfOpen",
    "CircuitOpenError",
    "Float",
    "Int",
    "String",
    "Bool",
)


def render_project(out: Path) -> None:
    """Write the whole module into `out`, which must not exist yet."""
    api = load(SPEC_PATH)
    if api.production is None:
        raise GeneratorError("the spec names no production server (one with a fixed URL)")
    sdk = sdk_config.load()
    runtime = _runtime_files()
    types = go_types.build(api)
    sdk_surface = surface.build(api, types)
    errors = error_codes.build(api, sdk)
    _check_names(types, sdk_surface, errors, runtime)
    _note_uses(api, types, sdk_surface)

    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
        extensions=["jinja2.ext.do"],
    )
    env.globals.update(
        api=api,
        sdk=sdk,
        types=types,
        surface=sdk_surface,
        errors=errors,
        module=sdk.packages.go,
        go_version=GO_VERSION,
        spec_header=lambda name: output.declared(name, api.headers, "header"),
        spec_error_code=lambda code: output.declared(
            code, {e.code for e in api.error_codes}, "error code"
        ),
    )
    env.filters.update(
        go=names.string,  # a Go string literal
        doc=names.doc_comment,
        pascal=names.pascal,
        duration=_duration,
        seconds=lambda value: format(value, "g"),  # 30.0 -> "30"
        code_span=lambda text: f"`{text}`",
    )
    _render(env, out, sdk_surface)
    for path in sorted(RUNTIME.glob("*.go")):
        if not path.name.endswith("_test.go"):
            shutil.copyfile(path, out / path.name)
    for path in output.files(out, IGNORED):
        if path.suffix == ".go":
            _stamp(path, f"// {HEADER}\n")
        elif path.suffix == ".md":
            _stamp(path, f"<!-- {HEADER} -->")
    _gofmt(out)


def _runtime_files() -> list[Path]:
    return [p for p in sorted(RUNTIME.glob("*.go")) if not p.name.endswith("_test.go")]


def _duration(seconds: float) -> str:
    """A time of sdk.yaml (seconds) as a Go time.Duration constant: `30 * time.Second`."""
    ms = round(seconds * 1000)
    if ms % 1000 == 0:
        return f"{ms // 1000} * time.Second"
    return f"{ms} * time.Millisecond"


def _stamp(path: Path, line: str) -> None:
    """Put the header line on top of a file (a blank line after it in Go, so that it never
    becomes part of a package's doc comment)."""
    path.write_text(line + "\n" + path.read_text(encoding="utf-8"), encoding="utf-8")


def _check_names(
    types: go_types.TypesModule,
    sdk_surface: surface.Surface,
    errors: error_codes.ErrorCodes,
    runtime: list[Path],
) -> None:
    """The package's names are unique, and what the runtime takes from types.go exists."""
    exported = ["Client", "NewClient", *types.exported, *sdk_surface.exported, *errors.exported]
    clashes = sorted({n for n in exported if exported.count(n) > 1})
    clashes += sorted(set(exported) & set(RUNTIME_NAMES))
    clashes += sorted(n for n in exported if n.startswith("With"))  # the runtime's options
    if clashes:
        raise GeneratorError(f"the package would declare these names twice: {clashes}")
    declared = {d.name: d for d in types.declarations}
    meta = declared.get("Meta")
    if meta is None or not any(f.name == "RequestID" and f.type == "string" for f in meta.fields):
        raise GeneratorError("the runtime needs a Meta struct with RequestID string")
    status = declared.get("TaskStatus")
    if status is None or status.kind != "enum" or not status.terminal:
        raise GeneratorError("the runtime needs the TaskStatus enum with its final statuses")
    if not runtime:
        print(f"warning: {RUNTIME} holds no .go file: the module will not build", file=sys.stderr)


def _note_uses(api: Api, types: go_types.TypesModule, sdk_surface: surface.Surface) -> None:
    """Say in the doc comments of request structs and envelopes which methods use them."""
    declared = {d.name: d for d in types.declarations}
    requests: dict[str, list[str]] = {}
    envelopes: dict[str, list[surface.Method]] = {}
    for method in sdk_surface.methods:
        if method.body is not None:
            calls = [method.accessor] + ([method.accessor + "Stream"] if method.stream_flag else [])
            requests.setdefault(method.body, []).extend(calls)
        envelope = method.operation.envelope
        if envelope is not None and envelope.schema_name in types.names:
            envelopes.setdefault(types.names[envelope.schema_name], []).append(method)
    for name, callers in requests.items():
        declared[name].notes.insert(0, f"The request of {' and '.join(callers)}.")
    for name, methods in envelopes.items():
        listed = " and ".join(m.accessor for m in methods)
        verb = "returns" if len(methods) == 1 else "return"
        declared[name].notes.append(
            f"The JSON body of a response of {listed}, which {verb} its data in a "
            f"*Result[{methods[0].data_type}]."
        )


def _render(env: Environment, out: Path, sdk_surface: surface.Surface) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for template in sorted(TEMPLATES.rglob("*.jinja")):
        relative = template.relative_to(TEMPLATES)
        if relative.parts[0] == "macros":
            continue
        name = relative.with_suffix("").as_posix()
        items: list[Any] = list(sdk_surface.files) if PER_FILE in name else [None]
        for item in items:
            target = name.replace(PER_FILE, item.file) if item is not None else name
            text = env.get_template(relative.as_posix()).render(item=item)
            path = out / target
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")


def _gofmt(out: Path) -> None:
    """Format every .go file with the Go toolchain's gofmt (found on PATH)."""
    gofmt = shutil.which("gofmt")
    if gofmt is None:
        raise GeneratorError("gofmt is not on PATH: install Go (1.21 or newer)")
    result = subprocess.run(
        [gofmt, "-l", "-w", "."], cwd=out, capture_output=True, text=True, check=False
    )
    if result.returncode:
        raise GeneratorError(f"gofmt failed:\n{result.stdout}{result.stderr}")


def main(argv: list[str] | None = None) -> int:
    return output.main(
        render_project,
        description=__doc__.split("\n\n")[0],
        default_target=TARGET,
        ignored=IGNORED,
        command="python -m generator.go.generate",
        argv=argv,
    )


if __name__ == "__main__":
    sys.exit(main())
