"""The site says what the spec says, links to itself soundly, and renders deterministically."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import orjson
import pytest
from docs_support import ROOT, snippets_in

from generator.docs import guides, render, search
from generator.docs.shapes import SchemaReader
from generator.docs.spec_view import TRY_IT, SiteReader
from generator.docs.text import markdown_inline, slug
from minimax_openapi.model import MULTIPART, SSE, Api, Operation, build
from minimax_openapi.spec import SPEC_PATH
from minimax_sandbox import hub


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


def plain(markdown: str) -> str:
    """The text a reader sees of a line of Markdown with nothing but code spans."""
    return markdown.replace("`", "")


def rate_rows(html: str) -> dict[str, list[str]]:
    rows = re.findall(r'<tr data-operation="([^"]+)">(.*?)</tr>', html, re.DOTALL)
    return {op: re.findall(r'<td class="num">([^<]*)</td>', row) for op, row in rows}


def error_row(html: str, code: str) -> tuple[str, str]:
    """The status and the advice the error-code table shows for `code`."""
    row = re.search(rf'<tr id="error-{code}">(.*?)</tr>', html, re.DOTALL)
    assert row, code
    cells = re.findall(r"<td[^>]*>(.*?)</td>", row[1], re.DOTALL)
    return text_of(cells[1]), text_of(cells[2])


def operation_in(document: dict[str, Any], op: Operation) -> dict[str, Any]:
    """The operation as written in a copy of the document, to change it there."""
    written: dict[str, Any] = document["paths"][op.path][op.method.lower()]
    return written


def _mappings(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
    children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
    for child in children:
        yield from _mappings(child)


def recorded(document: dict[str, Any], fact: dict[str, Any]) -> dict[str, Any]:
    """The one mapping of `document` that equals `fact`: where the document records what the
    model read, found by what it says (so these tests change it without naming its keys)."""
    found = [m for m in _mappings(document) if m == fact]
    assert len(found) == 1, f"the document records {fact!r} {len(found)} times"
    return found[0]


def test_rendering_twice_gives_identical_files(tmp_path: Path) -> None:
    """`make docs` twice: byte-identical output (each run in a fresh interpreter with its own
    hash seed)."""
    first, second = tmp_path / "one", tmp_path / "two"
    for out in (first, second):
        command = [sys.executable, "-m", "generator.docs.render", "--out", str(out)]
        subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    assert [str(f) for f in files] == [
        "changelog.html",
        "index.html",
        "minimax.yaml",
        "site.js",
        "style.css",
    ]
    for name in files:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_render_clears_only_a_site(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(SystemExit):
        render.render(tmp_path)
    assert (tmp_path / "notes.txt").exists()


def test_every_operation_has_a_section_a_nav_link_and_a_rate_row(index_html: str, api: Api) -> None:
    found = anchors(index_html)
    rows = rate_rows(index_html)
    for op in api.operations:
        assert f"op-{op.id}" in found.ids
        assert found.links.count(f"op-{op.id}") >= 2  # the sidebar and the rate table
        assert rows[op.id] == [f"{op.rate_limit[t]:,}" for t in api.tier_names]
        section = index_html.split(f'id="op-{op.id}"', 1)[1].split("</section>", 1)[0]
        assert op.path in section and op.method in section


def test_anchors_are_unique_and_every_link_lands(index_html: str) -> None:
    found = anchors(index_html)
    duplicates = {i for i in found.ids if found.ids.count(i) > 1}
    assert not duplicates
    assert set(found.links) <= set(found.ids), set(found.links) - set(found.ids)
    # No inline script (the sandbox serves the page under a CSP without 'unsafe-inline'): the
    # search index as data, and site.js.
    scripts = re.findall(r"<script([^>]*)>", index_html)
    assert scripts == [' type="application/json" id="search-index"', ' src="site.js"']


def test_every_error_code_with_its_status_and_advice(index_html: str, api: Api) -> None:
    assert api.error_codes
    for error in api.error_codes:
        status, advice = error_row(index_html, error.code)
        assert status == str(error.status)
        assert advice == plain(error.advice), error.code


def test_every_key_scope_in_the_authentication_section(index_html: str, api: Api) -> None:
    section = index_html.split('id="authentication"', 1)[1].split("</section>", 1)[0]
    rows = dict(re.findall(r'<tr id="scope-([^"]+)">(.*?)</tr>', section, re.DOTALL))
    assert list(rows) == list(api.keys.scope_names) and rows
    for scope in api.keys.scopes:
        cells = re.findall(r"<td[^>]*>(.*?)</td>", rows[scope.name], re.DOTALL)
        default = scope.name == api.keys.default_scope
        assert text_of(cells[0]) == scope.name + (" default" if default else "")
        assert text_of(cells[1]) == plain(scope.description)


def test_overview_has_every_section_and_fact_table(index_html: str, api: Api) -> None:
    text = text_of(index_html)
    for line in api.description.splitlines():
        if line.startswith("## "):
            assert f'id="{slug(line[3:])}"' in index_html
    for server in api.servers:
        assert server.url in text
    for trigger in api.triggers:
        assert trigger.marker in text
    for name in api.security_schemes:
        assert name in text
    for tier in api.tiers:
        assert tier.name in text
        if tier.burst_ratio:
            assert str(tier.burst_ratio) in text


def test_examples_are_shown_as_the_spec_has_them(index_html: str, api: Api) -> None:
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
    for op in api.operations:
        bodies = op.body.contents if op.body is not None else ()
        for media in [*bodies, *(m for r in op.responses for m in r.contents)]:
            for example in media.examples:
                value = example.value
                if media.media_type == SSE:
                    assert f"event: {value['event']}\ndata: {value['data']}\n" in sse
                elif isinstance(value, (dict, list)) and media.media_type != MULTIPART:
                    assert value in shown, (op.id, media.media_type)


def test_facts_come_from_the_spec(api: Api) -> None:
    """Change the spec, and the site changes: nothing is written into the templates."""
    document = api.document()
    first = api.operations[0]
    recorded(operation_in(document, first), dict(first.rate_limit))[api.tier_names[0]] = 4321
    document["servers"][0]["url"] = "https://api.example.test/v9"
    html = render.build(build(document))["index.html"].decode()
    assert rate_rows(html)[first.id][0] == "4,321"
    assert "https://api.example.test/v9/chat/completions" in html


def test_error_codes_follow_the_spec(api: Api) -> None:
    """A code's status and advice on the page are the document's, changed or not."""
    document = api.document()
    codes = recorded(
        document, {e.code: {"status": e.status, "advice": e.advice} for e in api.error_codes}
    )
    codes["not_found"] = {"status": 410, "advice": "Stop asking for `it`."}
    html = render.build(build(document))["index.html"].decode()
    assert error_row(html, "not_found") == ("410", "Stop asking for it.")


def test_key_scopes_follow_the_spec(api: Api) -> None:
    document = api.document()
    scopes = recorded(document, {s.name: s.description for s in api.keys.scopes})
    scopes["embeddings_only"] = "The `/embeddings` operation only."
    html = render.build(build(document))["index.html"].decode()
    row = re.search(r'<tr id="scope-embeddings_only">(.*?)</tr>', html, re.DOTALL)
    assert row and text_of(row[1]) == "embeddings_onlyThe /embeddings operation only."


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
    shape = SchemaReader(build(spec)).named("Node")
    children = next(f for f in shape.fields if f.name == "children")
    assert children.shape.type == "array of Node"
    assert children.shape.cycle and not children.shape.fields


def test_the_embeddings_encoding_is_explained(index_html: str, api: Api) -> None:
    """`encoding_format` is documented with its values, its default and what base64 holds."""
    row = re.search(r'<code class="name">encoding_format</code>.*?</tr>', index_html, re.DOTALL)
    assert row, "no encoding_format field"
    text = text_of(row[0])
    assert 'one of "float", "base64"' in text and 'default "float"' in text
    assert "little-endian" in text and "float32" in text and "base64-encoded" in text
    item = re.search(r'<code class="name">embedding</code>.*?</tr>', index_html, re.DOTALL)
    assert item and "array of number | string" in text_of(item[0])
    assert "little-endian, 4 bytes each" in text_of(item[0])
    example = api.schemas["EmbeddingEncodingFormat"]
    assert example["enum"] == ["float", "base64"] and example["default"] == "float"


def test_the_changelog_page_lists_every_release_newest_first(site: Path, api: Api) -> None:
    page = (site / "changelog.html").read_text(encoding="utf-8")
    sections = re.findall(r'<section class="doc-section release" id="release-([^"]+)">', page)
    assert sections == [entry.date for entry in api.changelog]
    for entry in api.changelog:
        section = page.split(f'id="release-{entry.date}"', 1)[1].split("</section>", 1)[0]
        for change in entry.changes:
            assert text_of(markdown_inline(change)) in text_of(section)
        heading = section.split("</h2>", 1)[0]
        assert heading.endswith('<span class="badge badge-deprecated">breaking</span>') == (
            entry.breaking
        )


def test_the_changelog_page_renders_a_breaking_release_with_its_migration(api: Api) -> None:
    document = api.document()
    release = {"date": "2027-01-15", "summary": "Renamed.", "changes": ["`a` is `b`."]}
    release |= {"breaking": True, "migration": "Read `b` where you read `a`."}
    document["info"]["version"] = release["date"]
    document["info"]["x-changelog"].insert(0, release)
    page = render.build(build(document))["changelog.html"].decode("utf-8")
    newest = page.split('id="release-2027-01-15"', 1)[1].split("</section>", 1)[0]
    assert '<span class="badge badge-deprecated">breaking</span>' in newest
    assert "<h3>Migration</h3>" in newest and "Read <code>b</code> where you read" in newest
    assert page.index("release-2027-01-15") < page.index(f"release-{api.version}")


def test_the_site_links_the_changelog_and_the_spec_to_download(site: Path) -> None:
    index = (site / "index.html").read_text(encoding="utf-8")
    assert '<a href="changelog.html">Changelog</a>' in index
    assert '<a href="minimax.yaml" download>' in index
    assert (site / "minimax.yaml").read_bytes() == SPEC_PATH.read_bytes()


def search_index(html: str) -> list[dict[str, str]]:
    found = re.search(r'<script type="application/json" id="search-index">(.*?)</script>', html)
    assert found
    entries: list[dict[str, str]] = json.loads(found[1])
    return entries


def test_the_search_index_has_every_operation_guide_and_shown_schema(
    index_html: str, api: Api
) -> None:
    entries = search_index(index_html)
    by_href: dict[str, list[dict[str, str]]] = {}
    for entry in entries:
        by_href.setdefault(entry["h"], []).append(entry)
    ids = set(anchors(index_html).ids)
    assert {entry["h"][1:] for entry in entries} <= ids  # every result lands
    for op in api.operations:
        entry = next(e for e in by_href[f"#op-{op.id}"] if e["k"].startswith("Operation"))
        assert entry["t"] == op.summary
        words = entry["w"].split()
        assert set(search.words(op.description).split()) <= set(words)
        assert op.id in words and set(search.words(op.path).split()) <= set(words)
        assert entry["k"] == f"Operation · {op.method} {op.path}"  # found by its path too
    for guide in guides.GUIDES:
        assert any(e["k"] == "Guide" for e in by_href[f"#guide-{guide.id}"])
    schemas = {e["t"] for e in entries if e["k"].startswith("Schema")}
    assert {"ChatCompletionRequest", "ErrorResponse"} <= schemas
    assert schemas <= set(api.schemas)


def test_highlighting_keeps_each_snippet_exactly(index_html: str, api: Api) -> None:
    """The highlighted blocks read (and copy) as the snippets the generator wrote."""
    reader = SiteReader(api)
    written = {
        (panel.language, op.id, panel.attrs["data-example"]): panel.text
        for op in api.operations
        for group in reader.operation(op).requests
        for panel in group.panels
    }
    shown = {(s.language, s.operation, s.example): s.text for s in snippets_in(index_html)}
    assert {k: v for k, v in shown.items() if k[1]} == written
    assert '<span class="k">' in index_html  # and they are highlighted


def test_guides_read_their_facts_from_the_spec(api: Api) -> None:
    """The guides' code and prose take the idempotency header, the sandbox's markers and the
    key rules from the spec: change them there, and the guides follow."""
    document = api.document()
    rules = recorded(
        document,
        {
            "header": api.idempotency.header,
            "replay_header": api.idempotency.replay_header,
            "retention_seconds": api.idempotency.retention_seconds,
        },
    )
    rules["header"], rules["retention_seconds"] = "X-Once", 7200
    slow = next(t for t in api.triggers if t.name == "slow")
    recorded(
        document, {"marker": slow.marker, "applies_to": slow.applies_to, "effect": slow.effect}
    )["marker"] = "sandbox:slow"  # unchanged: a marker's name is what the guides look it up by
    keys = recorded(
        document,
        {
            "production": api.keys.production_prefix,
            "sandbox": api.keys.sandbox_prefix,
            "admin": api.keys.admin_prefix,
        },
    )
    keys["sandbox"] = "mmx_try_"
    html = render.build(build(document))["index.html"].decode()
    retries = html.split('id="guide-retries"', 1)[1].split("</section>", 1)[0]
    assert "X-Once: order-4711-summary-curl" in text_of(retries)
    assert "for 2 hours" in text_of(retries)
    quickstart = html.split('id="guide-quickstart"', 1)[1].split("</section>", 1)[0]
    assert "a mmx_try_ key reaches the sandbox" in text_of(quickstart)


def test_the_retries_guide_lists_what_the_sdks_retry(index_html: str, api: Api) -> None:
    retries = index_html.split('id="guide-retries"', 1)[1].split("</section>", 1)[0]
    listed = set(re.findall(r'href="#error-([a-z_]+)"', retries))
    # As the three runtimes decide (a 408 or 429, every 5xx, a key in use): the in-use 409 was
    # left out of the guide while every SDK retried it.
    retried = {
        e.code
        for e in api.error_codes
        if e.status in (408, 429) or e.status >= 500 or e.code == "idempotency_key_in_use"
    }
    assert listed == retried
    assert "status 408, 429 or 5xx" in text_of(retries)


def test_guide_code_names_only_known_placeholders(api: Api) -> None:
    values = guides.placeholders(api)
    assert guides.filled("__BASE_URL__/models", values) == values["__BASE_URL__"] + "/models"
    with pytest.raises(ValueError, match="__NO_SUCH__"):
        guides.filled("x = '__NO_SUCH__'", values)
    for path in guides.CODE.rglob("*.*"):
        assert path.suffix[1:] in {"curl", "python", "javascript", "go"}, path
        guides.filled(path.read_text(), values)  # raises on one it does not know


def test_every_try_it_link_opens_an_example_the_hub_has(index_html: str) -> None:
    """Each "Try it" names an operation of the hub's spec.json and, when that operation has
    request examples, one of them by name; every such example has its link."""
    spec = orjson.loads(hub.spec_view())
    examples = {
        op["id"]: [e["name"] for e in op["body"]["examples"]] if op["body"] else []
        for op in spec["operations"]
    }
    opened = []
    for href in re.findall(r'<a class="try-it" href="([^"]+)"', index_html):
        href = unescape(href)
        assert href.startswith(TRY_IT), href
        opened.append(tuple(unquote(part) for part in href[len(TRY_IT) :].split("/")))
    wanted = [(op_id, name) for op_id, names in examples.items() for name in names]
    wanted += [(op_id,) for op_id, names in examples.items() if not names]
    assert sorted(opened) == sorted(wanted)
