"""The site's search index, built with the page and embedded in it (a page opened from disk may
not fetch a file): one entry per overview section, guide, operation and schema, each with the
words a reader may look it up by."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from markupsafe import Markup

from minimax_openapi.model import Api

_WORD = re.compile(r"[a-z0-9][a-z0-9_.\-]*[a-z0-9]|[a-z0-9]")


@dataclass(frozen=True)
class Entry:
    title: str
    kind: str  # what the reader sees beside the title: Operation, Guide, Schema, Overview
    href: str
    words: str  # the entry's distinct words, lower case, in order, space-separated


def words(*texts: str) -> str:
    """The distinct words of `texts` (Markdown or plain), lower case, in the order met."""
    seen: dict[str, None] = {}
    for text in texts:
        for word in _WORD.findall(text.lower()):
            seen.setdefault(word, None)
    return " ".join(seen)


def schema_homes(api: Api) -> dict[str, str]:
    """Each component schema a request or response names, and the first operation (in the
    spec's order) whose section shows it."""
    homes: dict[str, str] = {}
    for op in api.operations:
        media = [
            *(op.body.contents if op.body else ()),
            *(m for r in op.responses for m in r.contents),
        ]
        names = [m.schema_name for m in media if m.schema_name]
        names += list(op.stream.events.values()) if op.stream else []
        for name in names:
            homes.setdefault(name, op.id)
    return homes


def index(api: Api, pages: list[tuple[str, str, str, str]]) -> list[Entry]:
    """Entries for `pages` ((title, kind, anchor, text): overview sections and guides), then
    every operation and every schema a section shows."""
    entries = [
        Entry(title, kind, "#" + anchor, words(title, text)) for title, kind, anchor, text in pages
    ]
    for op in api.operations:
        text = words(op.id, op.method, op.path, op.summary, op.description, op.tag)
        entries.append(
            Entry(op.summary or op.id, f"Operation · {op.method} {op.path}", "#op-" + op.id, text)
        )
    for name, operation_id in schema_homes(api).items():
        description = str(api.schemas[name].get("description") or "")
        entries.append(
            Entry(
                name, f"Schema · in {operation_id}", "#op-" + operation_id, words(name, description)
            )
        )
    return entries


def embedded(entries: list[Entry]) -> Markup:
    """The index as the JSON of a `<script type="application/json">`: `</` written `<\\/` so the
    text cannot close its element."""
    data = [{"t": e.title, "k": e.kind, "h": e.href, "w": e.words} for e in entries]
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return Markup(text.replace("</", "<\\/"))
