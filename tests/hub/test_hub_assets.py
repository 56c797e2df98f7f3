"""The hub's files: the vendored chart library is the npm package's file byte for byte (so
package-lock.json reproduces it), the SDK-call table is what the generator makes, and every
module the page loads is in the package's data."""

from __future__ import annotations

import json
import re
from pathlib import Path

from generator import hub_calls
from minimax_openapi.spec import shared
from minimax_sandbox import hub

ROOT = Path(__file__).resolve().parents[2]
STATIC = ROOT / "sandbox" / "minimax_sandbox" / "hub" / "static"
VENDORED = {
    "uPlot.iife.min.js": "uplot/dist/uPlot.iife.min.js",
    "uPlot.min.css": "uplot/dist/uPlot.min.css",
}


def test_vendored_files_are_the_locked_npm_package_s() -> None:
    lock = json.loads((ROOT / "package-lock.json").read_text())
    pinned = json.loads((ROOT / "package.json").read_text())["devDependencies"]["uplot"]
    assert lock["packages"]["node_modules/uplot"]["version"] == pinned
    for name, source in VENDORED.items():
        assert (STATIC / "vendor" / name).read_bytes() == (
            ROOT / "node_modules" / source
        ).read_bytes(), f"vendor/{name} differs from node_modules/{source}: copy it again"
    assert sorted(p.name for p in (STATIC / "vendor").iterdir()) == sorted(VENDORED)


def test_the_sdk_call_table_is_generated() -> None:
    table = json.loads((STATIC / "sdk" / "calls.json").read_text())
    assert table == json.loads(json.dumps(hub_calls.calls(shared())))
    assert set(table["operations"]) == {op.id for op in shared().operations}


def test_every_module_the_page_imports_is_served() -> None:
    files = hub._files()
    pending, seen = ["index.html"], set()
    while pending:
        name = pending.pop()
        assert name in files, f"{name} is imported but not served"
        seen.add(name)
        text = files[name][0].decode()
        folder = name.rsplit("/", 1)[0] + "/" if "/" in name else ""
        for found in re.findall(r"(?:src|href)=\"([^\":#]+)\"|from '\./([^']+)'", text):
            target = found[0] or folder + found[1]
            if target not in seen:
                pending.append(target)
    assert {"js/hub.js", "js/playground.js", "vendor/uPlot.iife.min.js"} <= seen
    assert files["js/hub.js"][1] == "text/javascript"


def test_every_file_of_the_hub_is_served() -> None:
    """The hub serves only the media types it knows: a file of another type would be left
    out without a word."""
    shipped = {p.relative_to(STATIC).as_posix() for p in STATIC.rglob("*") if p.is_file()}
    assert shipped and shipped <= set(hub._files())


def test_the_spec_view_comes_from_the_model() -> None:
    view = json.loads(hub.spec_view())
    api = shared()
    assert [op["id"] for op in view["operations"]] == [op.id for op in api.operations]
    assert {op["id"] for op in view["operations"] if op["admin"]} == {
        op.id for op in api.operations if op.admin
    }
    chat = next(op for op in view["operations"] if op["id"] == "chat.completions.create")
    assert chat["stream_flag"] == api.operation("chat.completions.create").stream_flag
    assert view["schemas"] == json.loads(json.dumps(dict(api.schemas)))
    window = api.operation("admin.usage.retrieve").usage_window
    assert window is not None
    assert view["usage"] == {
        "default_seconds": window.default_seconds,
        "max_seconds": window.max_seconds,
        "bucket_seconds": api.schemas["UsageReport"]["properties"]["bucket_seconds"]["const"],
    }
