"""The site says what the spec says, links to itself soundly, and renders deterministically."""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from docs_support import ROOT

from generator.docs import render, spec_view
from minimax_openapi.document import operations, resolve


class _Anchors(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.links: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        a = dict(attrs)
        if a.get("id"):
            self.ids.append(str(a["id"]))
        if tag == "a" and a.get("href", "").startswith("#"):  # type: ignore[union-attr]
            self.links.append(str(a["href"])[1:])


def anchors(html: str) -> _Anchors:
    parser = _Anchors()
    parser.feed(html)
    return parser


def text_of(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", html))


def rate_rows(html: str) -> dict[str, list[str]]:
    rows = re.findall(r'<tr data-operation="([^"]+)">(.*?)</tr>', html, re.DOTALL)
    return {op: re.findall(r'<td class="num">([^<]*)</td>', row) for op, row in rows}


def test_rendering_twice_gives_identical_files(tmp_path: Path) -> None:
    """`make docs` twice: byte-identical output (each run in a fresh interpreter with its own
    hash seed)."""
    first, second = tmp_path / "one", tmp_path / "two"
    for out in (first, second):
        command = [sys.executable, "-m", "generator.docs.render", "--out", str(out)]
        subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    assert [str(f) for f in files] == ["index.html", "style.css"]
    for name in files:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_render_clears_only_a_site(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(SystemExit):
        render.render(tmp_path)
    assert (tmp_path / "notes.txt").exists()


def test_every_operation_has_a_section_a_nav_link_and_a_rate_row(
    index_html: str, spec: dict[str, Any]
) -> None:
    found = anchors(index_html)
    tiers = list(spec["x-rate-limit-tiers"])
    rows = rate_rows(index_html)
    for op in operations(spec):
        operation_id = op.op["operationId"]
        assert f"op-{operation_id}" in found.ids
        assert found.links.count(f"op-{operation_id}") >= 2  # the sidebar and the rate table
        per_tier = op.op["x-rate-limit"]["requests_per_minute"]
        assert rows[operation_id] == [f"{per_tier[t]:,}" for t in tiers]
        section = index_html.split(f'id="op-{operation_id}"', 1)[1].split("</section>", 1)[0]
        assert op.path in section and op.method.upper() in section


def test_anchors_are_unique_and_every_link_lands(index_html: str) -> None:
    found = anchors(index_html)
    duplicates = {i for i in found.ids if found.ids.count(i) > 1}
    assert not duplicates
    assert set(found.links) <= set(found.ids), set(found.links) - set(found.ids)
    assert "script" not in found.tags  # plain HTML and CSS


def test_every_error_code_with_its_status_and_advice(index_html: str, spec: dict[str, Any]) -> None:
    schema = spec["components"]["schemas"]["ErrorCode"]
    for code in schema["enum"]:
        row = re.search(rf'<tr id="error-{code}">(.*?)</tr>', index_html, re.DOTALL)
        assert row, code
        cells = re.findall(r"<td[^>]*>(.*?)</td>", row[1], re.DOTALL)
        assert text_of(cells[1]) == str(schema["x-http-status"][code])
        assert text_of(cells[2]).strip(), f"{code}: no advice"


def test_overview_has_every_section_and_fact_table(index_html: str, spec: dict[str, Any]) -> None:
    text = text_of(index_html)
    for line in spec["info"]["description"].splitlines():
        if line.startswith("## "):
            assert f'id="{spec_view.slug(line[3:])}"' in index_html
    for server in spec["servers"]:
        assert server["url"] in text
    for trigger in spec["x-sandbox-triggers"]:
        assert trigger["marker"] in text
    for name in spec["components"]["securitySchemes"]:
        assert name in text
    for tier, facts in spec["x-rate-limit-tiers"].items():
        assert tier in text
        if "burst_ratio" in facts:
            assert str(facts["burst_ratio"]) in text


def test_examples_are_shown_as_the_spec_has_them(index_html: str, spec: dict[str, Any]) -> None:
    blocks = [
        unescape(b)
        for b in re.findall(
            r'<pre class="code lang-json"><code>(.*?)</code></pre>', index_html, re.DOTALL
        )
    ]
    shown = [json.loads(b) for b in blocks]
    sse = {
        unescape(b)
        for b in re.findall(r'<pre class="code lang-sse"><code>(.*?)</code>', index_html, re.DOTALL)
    }
    for op in operations(spec):
        bodies = resolve(spec, op.op.get("requestBody", {})).get("content", {})
        responses = [resolve(spec, r) for r in op.op["responses"].values()]
        for media_type, media in [
            *bodies.items(),
            *[i for r in responses for i in r.get("content", {}).items()],
        ]:
            values = [media["example"]] if "example" in media else []
            values += [e["value"] for e in (media.get("examples") or {}).values()]
            for value in values:
                if media_type == "text/event-stream":
                    assert f"event: {value['event']}\ndata: {value['data']}\n" in sse
                elif isinstance(value, (dict, list)) and media_type != "multipart/form-data":
                    assert value in shown, (op.op["operationId"], media_type)


def test_facts_come_from_the_spec(spec: dict[str, Any]) -> None:
    """Change the spec, and the site changes: nothing is written into the templates."""
    changed = copy.deepcopy(spec)
    first = next(operations(changed))
    first.op["x-rate-limit"]["requests_per_minute"]["free"] = 4321
    changed["components"]["schemas"]["ErrorCode"]["x-http-status"]["server_error"] = 503
    description = changed["components"]["schemas"]["ErrorCode"]["description"]
    changed["components"]["schemas"]["ErrorCode"]["description"] = description.replace(
        "| `server_error` | 500 |", "| `server_error` | 503 |"
    )
    changed["servers"][0]["url"] = "https://api.example.test/v9"
    html = render.build(changed)["index.html"].decode()
    assert rate_rows(html)[first.op["operationId"]][0] == "4,321"
    row = re.search(r'<tr id="error-server_error">(.*?)</tr>', html, re.DOTALL)
    assert row and ">503</span>" in row[1]
    assert "https://api.example.test/v9/chat/completions" in html


def test_a_contradiction_in_the_error_table_fails_the_build(spec: dict[str, Any]) -> None:
    changed = copy.deepcopy(spec)
    changed["components"]["schemas"]["ErrorCode"]["x-http-status"]["not_found"] = 410
    with pytest.raises(ValueError, match="not_found"):
        render.build(changed)


def test_schema_cycles_are_cut() -> None:
    spec = {
        "components": {
            "schemas": {
                "Node": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {
                        "name": {"type": "string", "minLength": 1},
                        "children": {
                            "type": "array",
                            "items": {"$ref": "#/components/schemas/Node"},
                        },
                    },
                }
            }
        }
    }
    shape = spec_view.SchemaReader(spec).shape({"$ref": "#/components/schemas/Node"})
    children = next(f for f in shape.fields if f.name == "children")
    assert children.shape.type == "array of Node"
    assert children.shape.cycle and not children.shape.fields
