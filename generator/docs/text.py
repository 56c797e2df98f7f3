"""How the page writes what the spec says: Markdown as HTML, numbers, literals, anchors."""

from __future__ import annotations

import json
import re
from typing import Any

from markdown_it import MarkdownIt
from markupsafe import Markup

_md = MarkdownIt("commonmark", {"html": False}).enable("table")


def markdown(text: str | None) -> Markup:
    """Markdown from the spec as HTML (raw HTML in the spec is escaped, not passed through)."""
    return Markup(_md.render(text or "").strip())


def markdown_inline(text: str | None) -> Markup:
    return Markup(_md.renderInline(text or "").strip())


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def number(value: Any) -> str:
    """1000000 -> "1,000,000"; other values as JSON would write them."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, int) or value.is_integer() and abs(value) >= 1000:
        return f"{int(value):,}"
    return repr(value)


def literal(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def byte_size(count: int) -> str:
    for unit, size in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if count >= size and count % size == 0:
            return f"{count // size} {unit} ({count:,} bytes)"
    return f"{count:,} bytes"


def code(value: Any) -> Markup:
    return Markup("<code>{}</code>").format(value)
