"""How TypeScript spells the spec's names, literals and descriptions."""

from __future__ import annotations

import json
import re
import textwrap

_WORDS = re.compile(r"[^A-Za-z0-9]+")
_IDENTIFIER = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$]*$")


def _words(name: str) -> list[str]:
    """`fine_tunes`, `Fine-tunes`, `task_id`, `chat.completions` -> their words."""
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", name)
    return [w for w in _WORDS.split(spaced) if w]


def pascal(name: str) -> str:
    """`fine_tunes` -> `FineTunes`; `model_not_found` -> `ModelNotFound`."""
    return "".join(w[:1].upper() + w[1:] for w in _words(name))


def camel(name: str) -> str:
    """`fine_tunes` -> `fineTunes`; `task_id` -> `taskId`."""
    joined = pascal(name)
    return joined[:1].lower() + joined[1:]


def kebab(name: str) -> str:
    """`Fine-tunes` -> `fine-tunes`: a module's file name."""
    return "-".join(w.lower() for w in _words(name))


# Globals a component schema's name would shadow in the module that declares it, and in the
# users' modules that import it: such a type gets a suffix (`Error` -> `ErrorObject`).
_GLOBALS = frozenset(
    {"Array", "Blob", "Boolean", "Date", "Error", "File", "Function", "Headers", "Map", "Number"}
    | {"Object", "Promise", "Request", "Response", "Set", "String", "Symbol"}
)


def type_name(schema: str) -> str:
    """The TypeScript name of a component schema: its own, unless a global has it."""
    return f"{schema}Object" if schema in _GLOBALS else schema


def is_identifier(name: str) -> bool:
    return bool(_IDENTIFIER.match(name))


def string(value: str) -> str:
    """A TypeScript string literal (Prettier settles the quotes)."""
    return "'" + json.dumps(value)[1:-1].replace('\\"', '"').replace("'", "\\'") + "'"


def literal(value: object) -> str:
    """A literal type for a JSON value of an `enum` or `const`."""
    if isinstance(value, str):
        return string(value)
    return json.dumps(value)  # numbers, booleans, null


def property_key(name: str) -> str:
    """An object key: bare when it is an identifier, quoted otherwise."""
    return name if is_identifier(name) else string(name)


WIDTH = 100  # Prettier's printWidth, which it does not apply to comments


def doc_comment(text: str, indent: int = 0) -> str:
    """A JSDoc block for `text` (several paragraphs allowed), indented by `indent` spaces;
    empty for no text. Lines too long for the print width are wrapped (others are left as
    the spec wraps them)."""
    text = text.strip().replace("*/", "*\\/")
    if not text:
        return ""
    pad = " " * indent
    if "\n" not in text and len(pad) + len(text) + 7 <= WIDTH:
        return f"{pad}/** {text} */"
    width = WIDTH - indent - 3
    lines = []
    for line in text.splitlines():
        line = line.rstrip()
        if len(line) <= width:
            lines.append(line)
            continue
        hang = " " * (len(line) - len(line.lstrip(" -*")))  # a list item's continuation
        lines += textwrap.wrap(
            line, width, subsequent_indent=hang, break_long_words=False, break_on_hyphens=False
        )
    body = "\n".join(f"{pad} *" + (f" {line}" if line else "") for line in lines)
    return f"{pad}/**\n{body}\n{pad} */"
