"""How Go spells the spec's names, literals and descriptions.

Exported Go names are PascalCase with Go's initialisms in capitals (`created_at` ->
`CreatedAt`, `tool_call_id` -> `ToolCallID`, `download_url` -> `DownloadURL`), as golint and
the standard library spell them.
"""

from __future__ import annotations

import json
import re
import textwrap

_WORDS = re.compile(r"[^A-Za-z0-9]+")
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")

# Words Go writes in capitals (golint's list, and the formats this API names).
INITIALISMS = frozenset(
    {"ACL", "API", "ASCII", "CPU", "CSS", "DNS", "EOF", "GUID", "HTML", "HTTP", "HTTPS", "ID"}
    | {"IP", "JPEG", "JSON", "JSONL", "MP4", "PNG", "RPC", "SHA256", "SQL", "SSE", "TCP", "TLS"}
    | {"TTL", "UDP", "UI", "UID", "URI", "URL", "UTF8", "UUID", "XML"}
)

# Go's keywords and predeclared names: never an argument's name.
RESERVED = frozenset(
    {"break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough"}
    | {"for", "func", "go", "goto", "if", "import", "interface", "map", "package", "range"}
    | {"return", "select", "struct", "switch", "type", "var", "any", "error", "string", "int"}
    | {"bool", "byte", "rune", "float64", "int64", "len", "cap", "new", "make", "nil", "true"}
    | {"false", "copy", "append", "delete", "close", "panic", "recover", "print", "println"}
    | {"ctx", "opts", "params", "req"}  # the names every method takes besides its own
)


def words(name: str) -> list[str]:
    """`fine_tunes`, `Fine-tunes`, `task_id`, `chat.completions`, `16:9` -> their words."""
    spaced = re.sub(r"([a-z])([A-Z])", r"\1 \2", name)
    return [w for w in _WORDS.split(spaced) if w]


def _word(word: str) -> str:
    upper = word.upper()
    return upper if upper in INITIALISMS else word[:1].upper() + word[1:]


def pascal(name: str) -> str:
    """An exported Go name: `created_at` -> `CreatedAt`, `id` -> `ID`, `16:9` -> `16_9`.
    Digits on both sides of a word boundary keep an underscore, so `16:9` and `1:69` differ."""
    out = ""
    for word in words(name):
        if out and out[-1].isdigit() and word[0].isdigit():
            out += "_"
        out += _word(word)
    return out


def camel(name: str) -> str:
    """An unexported Go name (an argument): `task_id` -> `taskID`, `id` -> `id`."""
    parts = words(name)
    if not parts:
        return ""
    first = parts[0].lower()
    rest = pascal("_".join(parts[1:])) if parts[1:] else ""
    candidate = first + rest
    return candidate + "_" if candidate in RESERVED else candidate


def snake(name: str) -> str:
    """A Go file name: `Fine-tunes` -> `fine_tunes`."""
    return "_".join(w.lower() for w in words(name))


def is_identifier(name: str) -> bool:
    return bool(_IDENTIFIER.match(name))


def string(value: str) -> str:
    """A Go interpreted string literal."""
    return (
        json.dumps(value, ensure_ascii=False)
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


WIDTH = 100  # doc comments are wrapped to this width; gofmt leaves their lines as they are
_ITEM = re.compile(r"^(?:[-*]|\d+\.)\s")
_CODE = re.compile(r"`[^`]*`")
_HELD = "\x00"


def _blocks(paragraph: list[str]) -> list[str]:
    """The lines of a paragraph joined into blocks: the whole paragraph, or each list item."""
    blocks: list[str] = []
    for line in paragraph:
        line = line.strip()
        if blocks and not _ITEM.match(line):
            blocks[-1] += " " + line
        else:
            blocks.append(line)
    return blocks


def doc_comment(text: str, indent: int = 0) -> str:
    """`// ` lines for `text`, indented by `indent` tabs; empty for no text. The spec's own line
    breaks are undone and each paragraph (and list item) is wrapped to the width again;
    paragraphs stay apart (an empty `//` line)."""
    text = text.strip()
    if not text:
        return ""
    pad = "\t" * indent
    width = WIDTH - 4 * indent - 3
    paragraphs: list[list[str]] = [[]]
    for line in text.splitlines():
        if line.strip():
            paragraphs[-1].append(line)
        elif paragraphs[-1]:
            paragraphs.append([])
    lines: list[str] = []
    for paragraph in paragraphs:
        if not paragraph:
            continue
        if lines:
            lines.append("")
        for block in _blocks(paragraph):
            hang = "  " if _ITEM.match(block) else ""
            # A code span is never broken: its spaces are held apart while wrapping.
            held = _CODE.sub(lambda m: m[0].replace(" ", _HELD), block)
            wrapped = textwrap.wrap(
                held, width, subsequent_indent=hang, break_long_words=False, break_on_hyphens=False
            )
            lines += [line.replace(_HELD, " ") for line in wrapped]
    return "\n".join(f"{pad}//" + (f" {line}" if line else "") for line in lines)


def sentence(text: str) -> str:
    """`text` on one line, ending with a full stop."""
    joined = " ".join(text.split())
    return joined if not joined or joined.endswith((".", "!", "?")) else joined + "."
