"""Every curl, Python, JavaScript and Go snippet of the rendered site runs against a started
sandbox.

The snippets are read from the rendered HTML (`<pre data-snippet=...>`), their production base
URL swapped for the sandbox's and the example resource ids they hold (listed in `data-ids`)
for ids of resources made here first; curl runs under bash, Python under this interpreter with
the generated client importable, JavaScript under Node as an ES module (`snippet.mjs`) beside a
`node_modules/` that links the TypeScript SDK, Go as the binary of its folder in one module
(built by one `go build`, its `replace` directive pointing at `clients/go`), all with
`MINIMAX_API_KEY` set to a sandbox key and `MINIMAX_ADMIN_KEY` to the admin key of the account
the administration snippets manage (each snippet that revokes or rotates a key gets a key of
its own). curl gets `--fail-with-body` and prints each status, so
a snippet passes only if every response is 2xx; the SDKs throw (or, in Go, return an error that
ends the program) on any other. The JavaScript snippets are also laid out as Prettier lays out
the SDK's code, and type-check (`tsc --strict --checkJs`) against the SDK's declarations; the Go
ones are laid out as gofmt lays them out (`gofmt -l` lists none) and pass `go vet`.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from docs_support import (
    GO,
    GOFMT,
    NODE,
    NODE_BIN,
    PRETTIER_CONFIG,
    GoBuild,
    Snippet,
    go_build,
    go_env,
    go_program_folder,
    go_sdk,
    link_typescript_sdk,
    node_env,
    snippet_env,
    snippets_in,
    typescript_sdk,
)

from generator.docs import render, snippets
from generator.go import go_types, surface
from minimax_openapi.spec import shared
from minimax_sandbox import samples
from minimax_sandbox.testing import Server

API = shared()
# Collected from the same bytes `render` writes; the test below checks the file on disk agrees.
SNIPPETS = snippets_in(render.build(API)["index.html"].decode("utf-8"))
PRODUCTION = snippets.production_server(API)
LANGUAGES = ("curl", "python", "javascript", "go")
# Each Go snippet's folder in the module that builds them, and so its binary's name.
GO_FOLDERS = {
    s.key: go_program_folder(f"{s.operation or 'guide.' + s.guide}-{s.example}")
    for s in SNIPPETS
    if s.language == "go"
}
GO_AWKWARD = "awkward_literals"
# curl as the snippets call it, made to fail on an error status and to report every status.
CURL_CHECKED = (
    "curl() { command curl --silent --show-error --fail-with-body "
    '--write-out "%{stderr}HTTP %{http_code}\\n" "$@"; }\n'
)


def _example_body(operation_id: str) -> dict[str, Any]:
    """The first request example of an operation, straight from the spec."""
    body = API.operation(operation_id).body
    assert body is not None, f"{operation_id} takes no body"
    return dict(body.media.examples[0].value)


@pytest.fixture(scope="module")
def sdk() -> str:
    """The TypeScript SDK built (if it was not), and the package name the snippets import."""
    return typescript_sdk()


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    server = Server(tmp_path_factory.mktemp("docs-sandbox")).start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def key(sandbox: Server) -> str:
    return sandbox.new_key(tier="enterprise", enterprise_rpm=10**6)


@pytest.fixture(scope="module")
def resources(sandbox: Server, key: str) -> dict[tuple[str, str | None], str]:
    """Ids of real resources, by (kind, field): what the snippets' example ids turn into.

    `(kind, None)` serves any field of that kind; a field of its own needs its own resource
    (a video's reference image must be an image, a fine-tune's training file JSON Lines).
    """
    with sandbox.client(key) as api:
        upload = _example_body("files.create")
        jsonl = api.post(
            "/files",
            files={"file": ("train.jsonl", upload["file"].encode() + b"\n")},
            data={"purpose": upload["purpose"]},
        )
        assert jsonl.status_code == 201, jsonl.text
        png = api.post(
            "/files",
            files={"file": ("reference.png", samples.png(), "image/png")},
            data={"purpose": "video-reference"},
        )
        assert png.status_code == 201, png.text
        video_body = _example_body("video.generations.create")
        video = api.post("/video/generations", json=video_body)
        assert video.status_code == 202, video.text
        task_id = video.json()["data"]["id"]
        tune_body = {
            **_example_body("fine_tunes.create"),
            "training_file": jsonl.json()["data"]["id"],
        }
        tune = api.post("/fine-tunes", json=tune_body)
        assert tune.status_code == 202, tune.text
        deadline = time.monotonic() + 30
        while api.get(f"/video/generations/{task_id}").json()["data"]["status"] != "succeeded":
            assert time.monotonic() < deadline, "the sandbox's video task did not succeed"
            time.sleep(0.2)
    ids = {
        ("file_id", None): jsonl.json()["data"]["id"],
        ("file_id", "reference_image_file_id"): png.json()["data"]["id"],
        ("task_id", None): task_id,
        ("fine_tune_id", None): tune.json()["data"]["id"],
    }
    return ids | _admin_resources(sandbox)


def _admin_resources(sandbox: Server) -> dict[tuple[str, str | None], str]:
    """The administration snippets' ids, in the account of the sandbox's admin key: a request
    of its test key; a key to read, and one for each snippet that revokes or rotates a key
    (by `(kind, snippet key)`), since a revoked key cannot be rotated."""
    with sandbox.client(sandbox.key) as api:
        request = api.get("/models")
        assert request.status_code == 200, request.text
    changing = [
        s.key
        for s in SNIPPETS
        if s.operation  # a guide's step names none
        and API.operation(s.operation).admin
        and API.operation(s.operation).method == "POST"
        and any(kind == "key_id" for _, _, kind in s.ids)
    ]
    made: list[str] = []
    with sandbox.client(sandbox.admin_key) as admin:
        for _ in range(1 + len(changing)):
            created = admin.post("/organization/api_keys", json={"name": "docs"})
            assert created.status_code == 201, created.text
            made.append(created.json()["data"]["id"])
    ids: dict[tuple[str, str | None], str] = {
        ("request_id", None): request.headers["x-request-id"],
        ("key_id", None): made[0],
    }
    ids.update({("key_id", key): made[i] for i, key in enumerate(changing, 1)})
    return ids


def pointed_at(snippet: Snippet, sandbox: Server, ids: dict[tuple[str, str | None], str]) -> str:
    """The snippet's text sent to the sandbox, its example ids replaced by real ones: those
    `ids` keeps for this snippet (`(kind, snippet key)`), for its field, or for any field."""
    text = snippet.text.replace(PRODUCTION, sandbox.base_url)
    assert sandbox.base_url in text, f"{snippet.key} does not name {PRODUCTION}"
    for value, field, kind in snippet.ids:
        real = ids.get((kind, snippet.key)) or ids.get((kind, field)) or ids.get((kind, None))
        assert real, f"{snippet.key}: no resource for id kind {kind!r} (field {field!r})"
        text = text.replace(value, real)
    return text


def downloads(text: str) -> list[str]:
    """Files a snippet says it writes: curl's `-o NAME`, Python's `Path("NAME").write_bytes`,
    JavaScript's `.writeTo('NAME')`, Go's `os.Create("NAME")`."""
    return (
        re.findall(r"-o (\S+)", text)
        + re.findall(r'Path\("([^"]+)"\)\.write_bytes', text)
        + [m[2] for m in re.finditer(r"\.writeTo\((['\"])(.+?)\1\)", text)]
        + re.findall(r'os\.Create\("([^"]+)"\)', text)
    )


def test_the_site_has_snippets_of_every_operation(index_html: str) -> None:
    on_disk = snippets_in(index_html)
    assert [s.key for s in on_disk] == [s.key for s in SNIPPETS]
    assert index_html.count("data-snippet=") == len(on_disk)
    assert len({s.key for s in on_disk}) == len(on_disk)
    on_disk = [s for s in on_disk if s.operation]
    covered = {(s.language, s.operation) for s in on_disk}
    for op in API.operations:
        for language in LANGUAGES:
            assert (language, op.id) in covered
    # Every example in every language, each holding the same ids.
    examples: dict[tuple[str, str], dict[str, Snippet]] = {}
    for s in on_disk:
        examples.setdefault((s.operation, s.example), {})[s.language] = s
    for found in examples.values():
        assert sorted(found) == sorted(LANGUAGES)
        assert len({s.ids for s in found.values()}) == 1
        for s in found.values():
            assert all(value in s.text for value, _, _ in s.ids), s.key


def test_javascript_snippets_import_the_sdk_package(sdk: str) -> None:
    for s in SNIPPETS:
        if s.language == "javascript":
            assert f"from '{sdk}';" in s.text, s.key


def test_go_snippets_import_the_sdk_module() -> None:
    """Each Go snippet is a `package main` importing the module clients/go declares."""
    module = go_sdk()
    assert snippets.GO_MODULE == module
    for s in SNIPPETS:
        if s.language == "go":
            assert s.text.startswith("package main\n"), s.key
            assert f'\n\t"{module}"\n)\n' in s.text, s.key
            assert f"{snippets.GO_PACKAGE}.NewClient(" in s.text, s.key


def test_go_calls_are_spelled_as_the_go_sdk_spells_them() -> None:
    """The renderer spells a call from generator/go's naming modules (it may not import the Go
    generator's surface); here it agrees with that surface, method by method, streams too."""
    module = go_types.build(API)
    methods = {m.operation.id: m for m in surface.build(API, module).methods}
    assert set(methods) == {op.id for op in API.operations}
    for op in API.operations:
        method = methods[op.id]
        assert snippets.go_method(op) == method.accessor
        if method.stream_flag is not None:
            streamed = snippets.go_method(op, stream=True)
            assert streamed == method.accessor.rsplit(".", 1)[0] + "." + method.stream_name
    for s in SNIPPETS:
        if s.language == "go" and s.operation:
            op = API.operation(s.operation)
            called = {snippets.go_method(op), snippets.go_method(op, stream=True)}
            assert any(f"{c}(ctx" in s.text for c in called), s.key


@dataclass(frozen=True)
class Run:
    text: str
    folder: Path
    done: subprocess.CompletedProcess[str]

    @property
    def report(self) -> str:
        return (
            f"--- snippet\n{self.text}\n--- stdout\n{self.done.stdout}\n"
            f"--- stderr\n{self.done.stderr}"
        )


def run(
    snippet: Snippet, text: str, folder: Path, keys: tuple[str, str], sdk: str, go: Future[GoBuild]
) -> Run:
    """Run a snippet with `keys`: the API key and the admin key."""
    if snippet.language == "curl":
        command = ["bash", "-euo", "pipefail", "-c", CURL_CHECKED + text]
    elif snippet.language == "python":
        command = [sys.executable, "-c", text]
    elif snippet.language == "javascript":
        link_typescript_sdk(folder, sdk)
        (folder / "snippet.mjs").write_text(text)
        command = [NODE, "snippet.mjs"]
    else:
        command = [str(go.result().binaries / GO_FOLDERS[snippet.key])]
    done = subprocess.run(
        command, cwd=folder, env=snippet_env(*keys), capture_output=True, text=True, timeout=60
    )
    return Run(text, folder, done)


@pytest.fixture(scope="module")
def go_build_started(
    sandbox: Server,
    resources: dict[tuple[str, str | None], str],
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Future[GoBuild]]:
    """Every Go snippet, pointed at the sandbox, and the awkward literals' program, built in
    one module by one `go build`, started in the background: the other languages' snippets run
    meanwhile."""
    programs = {
        GO_FOLDERS[s.key]: pointed_at(s, sandbox, resources) for s in SNIPPETS if s.language == "go"
    }
    programs[GO_AWKWARD] = _awkward_go()[0]
    module = tmp_path_factory.mktemp("go-snippets")
    with ThreadPoolExecutor(max_workers=1) as builder:
        yield builder.submit(go_build, module, programs)


@pytest.fixture(scope="module")
def go_built(go_build_started: Future[GoBuild]) -> GoBuild:
    return go_build_started.result()


@pytest.fixture(scope="module")
def runs(
    sandbox: Server,
    key: str,
    resources: dict[tuple[str, str | None], str],
    sdk: str,
    go_build_started: Future[GoBuild],
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[str, Run]:
    """Every snippet run once, a few at a time (each in a folder of its own); the Go ones last,
    once their build is done."""
    ordered = sorted(SNIPPETS, key=lambda s: s.language == "go")
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = {
            s.key: pool.submit(
                run,
                s,
                pointed_at(s, sandbox, resources),
                tmp_path_factory.mktemp("snippet"),
                (key, sandbox.admin_key),
                sdk,
                go_build_started,
            )
            for s in ordered
        }
        return {name: futures[name].result() for name in (s.key for s in SNIPPETS)}


@pytest.mark.parametrize("snippet", SNIPPETS, ids=[s.key for s in SNIPPETS])
def test_snippet_runs(snippet: Snippet, runs: dict[str, Run]) -> None:
    result = runs[snippet.key]
    assert result.done.returncode == 0, result.report
    if snippet.language == "curl":
        statuses = re.findall(r"^HTTP (\d{3})$", result.done.stderr, re.MULTILINE)
        assert statuses and all(s.startswith("2") for s in statuses), result.report
    assert result.done.stdout.strip() or downloads(result.text), result.report
    for name in downloads(result.text):
        written = result.folder / name
        assert written.is_file() and written.stat().st_size > 0, result.report


# ---- JavaScript: laid out by Prettier's rules, typed as the SDK declares --------------------

# Values the spec's examples do not (yet) hold, to lay out as literals: quotes, escapes, keys
# that must be quoted, numbers in every form, arrays Prettier always breaks or fills.
AWKWARD: dict[str, Any] = {
    "quotes": ["it's", 'say "hi"', "it's \"both\" 'ways'", "back\\slash", "tab\tnew\nline"],
    "control": "\u0001 \u2028 é ✓",
    "content-type": "a key that needs quotes",
    "123": "a number key beside a quoted one",
    "1.5": "a number key",
    "01": "a number's digits, not a number",
    "1.0": "a number's digits, not as JavaScript prints it",
    "numbers": [0, -1, 0.5, 1.0, 1e-7, 1.5e20, 10**20, True, False, None],
    "filled": [round(0.001 * n * n, 4) for n in range(60)],
    "pairs": [{"a": 1, "b": 2}, {"a": 3, "b": 4}],
    "grid": [[1, 2], [3, 4]],
    "lone": [{"a": 1}, {"b": 2}],
    "empty": [{}, []],
    "nested": {"deeper": {"deepest": [{"x": "y" * 70, "z": 1}, {"x": "y", "z": 2}]}},
}


AWKWARD_MODULE = "awkward-literals.mjs"


def _awkward_module() -> tuple[str, list[Any]]:
    """A module that prints, as JSON, values laid out by the snippets' JavaScript helpers."""
    hugged = ["a-path-parameter", {"model": "minimax-chat-v2", "input": ["x" * 40, "y" * 40]}]
    spread = ["x" * 50, "y" * 50]
    numbers_only = {"n": 1, "keys": {"1": 1, "2": 2}}
    lines = [
        "const value = " + snippets.js_literal(AWKWARD, 0, len("const value = "), 1) + ";",
        snippets.js_call("const hugged = ", "Array.of", hugged),
        snippets.js_call("const spread = ", "Array.of", spread),
        snippets.js_call("const numbersOnly = ", "Array.of", [numbers_only]),
        snippets.js_call("", "console.log", [snippets.JsCode("JSON.stringify(value)")]),
        "console.log(JSON.stringify(hugged));",
        "console.log(JSON.stringify(spread));",
        "console.log(JSON.stringify(numbersOnly));",
    ]
    return "\n".join(lines) + "\n", [AWKWARD, hugged, spread, [numbers_only]]


@pytest.fixture(scope="module")
def javascript_folder(sdk: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every JavaScript snippet as a file (`<operation>-<example>.mjs`), as shown, beside the
    awkward literals' module, `node_modules/` linking the SDK and a `tsconfig.json`."""
    folder = tmp_path_factory.mktemp("javascript")
    link_typescript_sdk(folder, sdk)
    for s in SNIPPETS:
        if s.language == "javascript":
            (folder / f"{s.key.split(':', 1)[1].replace(':', '-')}.mjs").write_text(s.text + "\n")
    (folder / AWKWARD_MODULE).write_text(_awkward_module()[0])
    config = {
        "compilerOptions": {
            "allowJs": True,
            "checkJs": True,
            "strict": True,
            "noEmit": True,
            "target": "ES2022",
            "module": "NodeNext",
            "moduleResolution": "NodeNext",
            "types": ["node"],
            "typeRoots": [str(NODE_BIN.parent / "@types")],
        },
        "include": ["*.mjs"],
        "exclude": [AWKWARD_MODULE],  # literals only: no call in it is the SDK's
    }
    (folder / "tsconfig.json").write_text(json.dumps(config))
    return folder


def test_javascript_is_laid_out_as_prettier_lays_out_the_sdk(javascript_folder: Path) -> None:
    files = sorted(str(p) for p in javascript_folder.glob("*.mjs"))
    assert len(files) == 1 + sum(s.language == "javascript" for s in SNIPPETS)
    command = [str(NODE_BIN / "prettier"), "--check", "--no-editorconfig"]
    done = subprocess.run(
        [*command, "--config", str(PRETTIER_CONFIG), *files],
        env=node_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_javascript_literals_hold_their_values(javascript_folder: Path) -> None:
    done = subprocess.run(
        [NODE, AWKWARD_MODULE],
        cwd=javascript_folder,
        env=node_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    printed = [json.loads(line) for line in done.stdout.strip().split("\n")]
    assert printed == _awkward_module()[1]


def test_javascript_snippets_type_check_against_the_sdk(javascript_folder: Path) -> None:
    done = subprocess.run(
        [str(NODE_BIN / "tsc"), "-p", "tsconfig.json"],
        cwd=javascript_folder,
        env=node_env(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr


# ---- Go: laid out by gofmt, vetted, literals holding their values -------------------------

# Keys gofmt aligns, or not: short ones in a column, one far longer than those before it in a
# section of its own, long ones of like sizes together, a multi-line value between one-line
# ones, keys whose bytes and characters differ.
GO_AWKWARD_VALUES: dict[str, Any] = {
    **AWKWARD,
    "b": 2,
    "a key longer than forty bytes, aligned on its own": 1,
    "cc": {"d": [1, 2], "e": "f" * 90},
    "long keys": {
        "a key longer than forty bytes, aligned with the next": 1,
        "another key longer than forty bytes, aligned too": 2,
        "c": 3,
        "d": 4,
    },
    "unicode é ✓": "ok",
    'raw `backquote` and "quote"': '`x` "y"',
    "carriage\rreturn": 'a "quoted" \r',
}


# Values the spec's examples do not (yet) hold, as the Go SDK's types take them: (schema, JSON,
# the Go literal). A pointer to a struct, an integer written as a float, an enum value the SDK
# has no constant for beside one it has, a message no constructor builds, a named tool choice.
GO_TYPED: list[tuple[str, str, str]] = [
    (
        "FineTuneRequest",
        '{"hyperparameters": {"n_epochs": 3.0}}',
        "minimax.FineTuneRequest{Hyperparameters: &minimax.Hyperparameters{"
        "NEpochs: minimax.Int(3)}}",
    ),
    (
        "VideoGenerationRequest",
        '{"resolution": "4k", "aspect_ratio": "1:1"}',
        'minimax.VideoGenerationRequest{Resolution: minimax.VideoResolution("4k"), '
        "AspectRatio: minimax.VideoAspectRatio1_1}",
    ),
    (
        "ChatCompletionRequest",
        '{"messages": [{"role": "user"}]}',
        "minimax.ChatCompletionRequest{Messages: []minimax.Message{{Role: minimax.RoleUser}}}",
    ),
    (
        "ChatCompletionRequest",
        '{"tool_choice": {"type": "function", "function": {"name": "f"}}}',
        "minimax.ChatCompletionRequest{ToolChoice: minimax.NamedToolChoice{"
        'Function: minimax.NamedToolChoiceFunction{Name: "f"}}}',
    ),
]


def _awkward_go() -> tuple[str, list[Any]]:
    """A program that prints, as JSON, one value a line: the awkward values (as `any`), then the
    typed ones, laid out by the snippets' Go helpers; and what it should print."""
    go = snippets.GoTypes(API)
    values = [snippets.go_any(GO_AWKWARD_VALUES)]
    values += [go.value(json.loads(v), go.type_name(schema)) for schema, v, _ in GO_TYPED]
    listed = snippets.GoNode(head="[]any", items=[(None, v) for v in values])
    head = "\tfor _, value := range "
    used = snippets.GO_TAB + len(head.lstrip())
    lines = [
        "package main",
        "",
        "import (",
        '\t"encoding/json"',
        '\t"fmt"',
        "",
        f'\t"{snippets.GO_MODULE}"',
        ")",
        "",
        "func main() {",
        head + snippets.go_literal(listed, 1, used, 2, expand=True) + " {",
        "\t\tout, err := json.Marshal(value)",
        "\t\tif err != nil {",
        "\t\t\tpanic(err)",
        "\t\t}",
        "\t\tfmt.Println(string(out))",
        "\t}",
        "}",
    ]
    return "\n".join(lines), [GO_AWKWARD_VALUES, *(json.loads(v) for _, v, _ in GO_TYPED)]


def _holds(found: Any, wanted: Any) -> bool:
    """Whether JSON `found` holds `wanted`: the same, but for properties `found` has besides
    (the zero values a Go struct writes)."""
    if isinstance(wanted, dict):
        return isinstance(found, dict) and all(
            k in found and _holds(found[k], v) for k, v in wanted.items()
        )
    if isinstance(wanted, list):
        return (
            isinstance(found, list)
            and len(found) == len(wanted)
            and all(_holds(f, w) for f, w in zip(found, wanted, strict=True))
        )
    return bool(found == wanted)


@pytest.fixture(scope="module")
def go_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every Go snippet as shown (`<operation>-<example>/main.go`), and the awkward literals'
    program."""
    folder = tmp_path_factory.mktemp("go")
    programs = {GO_FOLDERS[s.key]: s.text for s in SNIPPETS if s.language == "go"}
    programs[GO_AWKWARD] = _awkward_go()[0]
    for name, text in programs.items():
        (folder / name).mkdir()
        (folder / name / "main.go").write_text(text + "\n")
    return folder


def test_go_is_laid_out_as_gofmt_lays_it_out(go_folder: Path) -> None:
    files = sorted(go_folder.glob("*/main.go"))
    assert len(files) == 1 + sum(s.language == "go" for s in SNIPPETS)
    done = subprocess.run(
        [GOFMT, "-l", "-d", str(go_folder)],
        env=go_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0 and done.stdout == "", done.stdout + done.stderr


def test_go_snippets_pass_go_vet(go_built: GoBuild) -> None:
    done = subprocess.run(
        [GO, "vet", "./..."],
        cwd=go_built.module,
        env=go_env(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_go_literals_hold_their_values(go_built: GoBuild) -> None:
    """The awkward values read back as themselves; the typed ones send what they hold (and the
    zero values of the struct's other fields)."""
    done = subprocess.run(
        [str(go_built.binaries / GO_AWKWARD)],
        env=go_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    printed = [json.loads(line) for line in done.stdout.strip().split("\n")]
    awkward, *typed = _awkward_go()[1]
    assert len(printed) == 1 + len(typed)
    assert printed[0] == awkward
    for found, wanted in zip(printed[1:], typed, strict=True):
        assert _holds(found, wanted), (found, wanted)


def test_go_literals_are_typed_as_the_sdk_types_them() -> None:
    """GO_TYPED's values are spelled as the Go SDK's types take them (the program above
    compiles them and prints what they send); a property no field holds is refused."""
    go = snippets.GoTypes(API)
    for schema, value, expected in GO_TYPED:
        assert go.value(json.loads(value), go.type_name(schema)).flat() == expected
    with pytest.raises(ValueError, match="has no 'nope'"):
        go.value({"nope": 1}, "EmbeddingRequest")
