"""How each SDK calls every operation, for the platform hub's "copy as Python / JavaScript / Go":
`sandbox/minimax_sandbox/hub/static/sdk/calls.json`, made by `make generate` and compared by
`make check-generated` like the SDKs themselves.

The names come from where the SDKs' generators and the docs' snippets take them (one source):
the method of each language (`generator/docs/snippets.py`: `python_method`, `js_method`,
`go_method`), the Python keyword of each parameter (`generator/python`), the Go types of the
body and the query parameters (`generator/go`'s type mapping), and the Go SDK's helper that
points at each scalar (`snippets.GO_POINTERS`: an optional `*int` is set with `minimax.Int(3)`).
The hub turns the exact request it sent into a program with them; the browser tests run what it
makes.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator import output
from generator.docs import snippets
from generator.docs.snippets import GoTypes
from generator.python.api_surface import argument_name, ignored_idempotency_key
from minimax_openapi.model import Api, Operation
from minimax_openapi.spec import shared

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "sandbox" / "minimax_sandbox" / "hub" / "static" / "sdk"
# What the TypeScript and Go runtimes call a call's idempotency key (Python's is the header's
# argument, in each operation's `arguments`), and the Go SDK's file reader: one name each for
# every operation, so they are not in the spec.
JS_IDEMPOTENCY = "idempotencyKey"
GO_IDEMPOTENCY = "WithIdempotencyKey"
GO_EXTRA_BODY = "WithExtraBody"
GO_FILE_FROM_PATH = "FileFromPath"


def calls(api: Api) -> dict[str, Any]:
    go = GoTypes(api)
    return {
        "python": {
            "import": snippets.CLIENT_IMPORT,
            "client": snippets.CLIENT_CLASS,
        },
        "javascript": {
            "package": snippets.JS_PACKAGE,
            "client": snippets.JS_CLIENT_CLASS,
            "idempotency": JS_IDEMPOTENCY,
        },
        "go": {
            "module": snippets.GO_MODULE,
            "package": snippets.GO_PACKAGE,
            "idempotency": GO_IDEMPOTENCY,
            "extra_body": GO_EXTRA_BODY,
            "file_from_path": GO_FILE_FROM_PATH,
            "pointers": snippets.GO_POINTERS,
        },
        "operations": {op.id: _operation(api, op, go) for op in api.operations},
    }


def _operation(api: Api, op: Operation, go: GoTypes) -> dict[str, Any]:
    arguments = {
        p.name: argument_name(p.name)
        for p in op.parameters
        if p.location != "path" and not ignored_idempotency_key(api, op, p.name, p.location)
    }
    go_call: dict[str, Any] = {
        "method": snippets.go_method(op),
        # The method that streams when the body's stream flag is set (an operation that always
        # streams has no other).
        "stream_method": snippets.go_method(op, stream=True) if op.stream_flag else None,
        "body": None,
        "query": None,
    }
    media = op.body.media if op.body is not None else None
    if media is not None and media.schema_name is not None:
        struct = go.declarations[go.type_name(media.schema_name)]
        go_call["body"] = {
            "type": struct.name,
            # Fields by wire name: their Go name and type (an interface is a sealed union, which
            # encoding/json cannot fill: those travel as extra body fields).
            "fields": {
                f.wire: {"name": f.name, "type": f.type, "union": _is_union(go, f.type)}
                for f in struct.fields
            },
        }
    params = go.params(op.id)
    if params is not None:
        go_call["query"] = {
            "type": params.name,
            "fields": {f.wire: {"name": f.name, "type": f.type} for f, _, _ in params.fields},
        }
    return {
        "python": {"method": snippets.python_method(op), "arguments": arguments},
        "javascript": {"method": snippets.js_method(op)},
        "go": go_call,
    }


def _is_union(go: GoTypes, go_type: str) -> bool:
    declaration = go.declarations.get(go_type.lstrip("*"))
    return declaration is not None and declaration.kind == "interface"


def render(folder: Path) -> None:
    folder.mkdir(parents=True)
    text = json.dumps(calls(shared()), indent=1, sort_keys=True) + "\n"
    (folder / "calls.json").write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    return output.main(
        render,
        description="Write the hub's table of SDK calls from the spec.",
        default_target=TARGET,
        ignored=(),
        command="make generate",
        argv=argv,
    )


if __name__ == "__main__":
    raise SystemExit(main())
