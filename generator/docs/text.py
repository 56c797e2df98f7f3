"""How the page writes what the spec says: Markdown as HTML, numbers, literals, anchors."""

from __future__ import annotations

import json
import re
from typing import Any

from markdown_it import MarkdownIt
from markupsafe import Markup, escape
from pygments import highlight as pygments_highlight
from pygments.formatters import HtmlFormatter
from pygments.lexer import Lexer
from pygments.lexers import BashLexer, GoLexer, JavascriptLexer, PythonLexer

_md = MarkdownIt("commonmark", {"html": False}).enable("table")


def markdown(text: str | None) -> Markup:
    """Markdown from the spec as HTML (raw HTML in the spec is escaped, not passed through)."""
    return Markup(_md.render(text or "").strip())


def markdown_inline(text: str | None) -> Markup:
    return Markup(_md.renderInline(text or "").strip())


# The snippets' code languages (the `lang-` class of a block) and their lexers; the rest (JSON
# examples, SSE frames) stay plain, which keeps the page lighter by a tenth.
# The text is lexed as it is: no newline added or stripped, so a block holds its exact source.
_LEXERS: dict[str, type[Lexer]] = {
    "shell": BashLexer,
    "python": PythonLexer,
    "javascript": JavascriptLexer,
    "go": GoLexer,
}
_FORMATTER = HtmlFormatter(nowrap=True)
# Tokens style.css colours: keywords, strings, comments, numbers, builtins, names of functions
# and classes. Any other token's span is dropped (its text kept): a lighter page.
_PLAIN_SPAN = re.compile(r'<span class="(?!(?:k|s|c|m)[a-z0-9]?"|nb"|nf"|nc")[^"]*">([^<]*)</span>')


def highlight(text: str, language: str) -> Markup:
    """`text` as HTML, its tokens in `<span class="...">` (Pygments' short classes, styled in
    style.css), at build time: the page carries no highlighter."""
    lexer = _LEXERS.get(language)
    if lexer is None:
        return escape(text)
    html = pygments_highlight(text, lexer(stripnl=False, ensurenl=False), _FORMATTER)
    if not text.endswith("\n"):  # the formatter ends its last line whatever the lexer did
        html = html.removesuffix("\n")
    return Markup(_PLAIN_SPAN.sub(r"\1", html))


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
