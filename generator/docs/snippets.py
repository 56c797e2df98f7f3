"""curl, Python, JavaScript and Go snippets for an operation, one set per request example of the
spec.

Each snippet is a complete program: run as shown (with `MINIMAX_API_KEY` set) against the
production server it names, it makes the call of its example. The JavaScript one is an ES
module for Node 18 or newer (top-level `await`) on the TypeScript SDK, laid out as Prettier lays
out the SDK's own code (`generator/typescript/prettier.json`). The Go one is a `package main`
on the Go SDK, laid out as gofmt lays it out, its literals typed as generator/go types the
spec's schemas (`GoTypes`). `ids` lists the resource ids the snippet holds (values of path
parameters, and body values that fit a path parameter's pattern), with the field each sits in,
so a test can swap them for ids that exist on its server.
"""

from __future__ import annotations

import json
import math
import re
import shlex
from dataclasses import dataclass, replace
from typing import Any

from generator import sdk_config
from generator.go import go_types
from generator.go import names as go_names
from generator.go import renames as go_renames
from generator.typescript import names as ts_names
from minimax_openapi.model import JSON, MULTIPART, Api, Media, Operation

SDK = sdk_config.load()
# The environment variables the snippets read the key from: the API key's (the SDKs read it
# too), and the admin key's for the administration operations (given to the client explicitly).
KEY_VARIABLE = SDK.environment.api_key
ADMIN_KEY_VARIABLE = SDK.environment.admin_key
CLIENT_IMPORT = "from minimax import MiniMax"
CLIENT_CLASS = "MiniMax"
WIDTH = 88
# The Python client's distribution, as `pip install` takes it.
PY_PROJECT = SDK.packages.python
# The TypeScript SDK: its package, its default export, and how wide Prettier lays out its code.
JS_PACKAGE = SDK.packages.typescript
JS_CLIENT_CLASS = "MiniMax"
JS_WIDTH = ts_names.WIDTH
# The Go SDK: its module and package, and how wide its snippets' lines may grow before a literal
# is broken (a tab counts as GO_TAB columns; gofmt itself breaks no line).
GO_MODULE = SDK.packages.go
GO_PACKAGE = "minimax"
GO_WIDTH = go_names.WIDTH
GO_TAB = 4


@dataclass
class Snippet:
    operation_id: str
    example: str
    summary: str
    curl: str
    python: str
    javascript: str
    go: str
    ids: str  # JSON: [{"value", "field", "kind"}], sorted


@dataclass
class SdkInstall:
    language: str
    command: str  # what a user types to install it


def sdk_installs() -> list[SdkInstall]:
    """How to install each SDK the snippets use, for the site's SDK section."""
    return [
        SdkInstall("Python", f"pip install {PY_PROJECT}"),
        SdkInstall("TypeScript and JavaScript", f"npm install {JS_PACKAGE}"),
        SdkInstall("Go", f"go get {GO_MODULE}"),
    ]


def production_server(api: Api) -> str:
    """Where snippets send requests: the production server's URL."""
    if api.production is None:
        raise ValueError("the spec names no server with a fixed URL")
    return api.production.url.rstrip("/")


def id_patterns(api: Api) -> dict[str, str]:
    """Path parameters with a pattern (resource ids), by name: what marks a value as an id."""
    found: dict[str, str] = {}
    for op in api.operations:
        for param in op.parameters_in("path"):
            pattern = api.resolve(param.schema).get("pattern")
            if pattern:
                found.setdefault(param.name, pattern)
    return found


def _result_kind(op: Operation, body: Any) -> tuple[str, str]:
    """("json" | "stream" | "binary", detail): what a call answers, for this example body.

    detail is the event that carries a stream's items, or the media type of a download.
    """
    asked = op.stream_flag is not None and isinstance(body, dict) and body.get(op.stream_flag)
    if op.stream is not None and (op.result == "stream" or asked is True):
        return "stream", op.stream.item_event or "item"
    if op.result == "binary" and op.download:
        return "binary", op.download[0]
    return "json", JSON


def _extension(media_type: str) -> str:
    subtype = media_type.split("/", 1)[-1].split("+")[0].removeprefix("x-")
    return "." + subtype


def _upload_name(op: Operation, part: str, media: Media) -> str:
    """A file name for an upload example: the one in the response example, if it shows one."""
    for response in op.responses:
        shown = response.media(JSON) if response.success else None
        for example in shown.examples if shown is not None else ():
            data = example.value.get("data") if isinstance(example.value, dict) else None
            name = data.get("filename") if isinstance(data, dict) else None
            if example.name == "example" and isinstance(name, str) and "/" not in name:
                return name
    types = media.encoding.get(part) or "application/octet-stream"
    return part + _extension(types.split(",")[0].strip())


def _ids(values: list[tuple[str, Any]], patterns: dict[str, str]) -> list[dict[str, str]]:
    found: list[dict[str, str]] = []

    def walk(name: str, value: Any) -> None:
        if isinstance(value, dict):
            for key, sub in value.items():
                walk(str(key), sub)
        elif isinstance(value, list):
            for sub in value:
                walk(name, sub)
        elif isinstance(value, str):
            for kind, pattern in patterns.items():
                if re.search(pattern, value):
                    found.append({"value": value, "field": name, "kind": kind})

    for name, value in values:
        walk(name, value)
    unique = {json.dumps(item, sort_keys=True): item for item in found}
    return [unique[k] for k in sorted(unique)]


# ---- JSON and Python literals ----------------------------------------------------------------


def json_pretty(value: Any, indent: int = 0, used: int = 0, width: int = 80) -> str:
    """`value` as JSON, a container on one line when it fits in `width`, else one item a line."""
    flat = json.dumps(value, ensure_ascii=False)
    if used + len(flat) <= width or not isinstance(value, (dict, list)) or not value:
        return flat
    pad = " " * (indent + 2)
    if isinstance(value, dict):
        items = []
        for key, sub in value.items():
            head = json.dumps(str(key), ensure_ascii=False) + ": "
            items.append(pad + head + json_pretty(sub, indent + 2, len(pad) + len(head) + 1, width))
        return "{\n" + ",\n".join(items) + "\n" + " " * indent + "}"
    items = [pad + json_pretty(sub, indent + 2, len(pad) + 1, width) for sub in value]
    return "[\n" + ",\n".join(items) + "\n" + " " * indent + "]"


def _py_string(text: str) -> str:
    if '"' in text and "'" not in text:
        return repr(text)
    return json.dumps(text, ensure_ascii=False)


def _py_flat(value: Any) -> str:
    if isinstance(value, dict):
        return (
            "{" + ", ".join(f"{_py_string(str(k))}: {_py_flat(v)}" for k, v in value.items()) + "}"
        )
    if isinstance(value, list):
        return "[" + ", ".join(_py_flat(v) for v in value) + "]"
    if isinstance(value, str):
        return _py_string(value)
    if value is None or isinstance(value, bool):
        return repr(value)
    return json.dumps(value)


def py_literal(value: Any, indent: int = 0, used: int = 0) -> str:
    """`value` as Python source, broken over lines (black-style) when it does not fit."""
    flat = _py_flat(value)
    if used + len(flat) <= WIDTH or not isinstance(value, (dict, list)) or not value:
        return flat
    pad = " " * (indent + 4)
    if isinstance(value, dict):
        items = []
        for key, sub in value.items():
            head = f"{_py_string(str(key))}: "
            items.append(pad + head + py_literal(sub, indent + 4, len(pad) + len(head) + 1))
        return "{\n" + ",\n".join(items) + ",\n" + " " * indent + "}"
    items = [pad + py_literal(sub, indent + 4, len(pad) + 1) for sub in value]
    return "[\n" + ",\n".join(items) + ",\n" + " " * indent + "]"


def _py_call(target: str, call: str, args: list[tuple[str | None, str]]) -> str:
    """`target = call(args)` on one line if it fits, else one argument per line."""
    rendered = [(f"{name}={code}" if name else code) for name, code in args]
    one_line = f"{target} = {call}({', '.join(rendered)})"
    if len(one_line) <= WIDTH and "\n" not in one_line:
        return one_line
    return f"{target} = {call}(\n" + "".join(f"    {a},\n" for a in rendered) + ")"


def _py_args(args: list[tuple[str | None, Any]]) -> list[tuple[str | None, str]]:
    out = []
    for name, value in args:
        used = 4 + (len(name) + 1 if name else 0)
        code = value if isinstance(value, _Code) else py_literal(value, 4, used + 1)
        out.append((name, str(code)))
    return out


class _Code(str):
    """Python source to insert as is (not a value to turn into a literal)."""


# ---- JavaScript literals ---------------------------------------------------------------------
# Laid out as Prettier lays them out with the SDK's settings (single quotes, trailing commas,
# JS_WIDTH): tests run Prettier over every JavaScript snippet and expect no change.


class JsCode(str):
    """JavaScript source to insert as is (not a value to turn into a literal)."""


_JS_ESCAPES = {"\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_JS_NUMBER_KEY = re.compile(r"[0-9]+(?:\.[0-9]+)?")


def js_string(text: str) -> str:
    """A string literal in single quotes, or in double quotes when it holds more single ones."""
    quote = '"' if text.count("'") > text.count('"') else "'"
    out = []
    for char in text:
        if char == quote:
            out.append("\\" + char)
        elif char in _JS_ESCAPES:
            out.append(_JS_ESCAPES[char])
        elif ord(char) < 0x20 or char in "\u2028\u2029":
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return quote + "".join(out) + quote


def _js_key(key: str) -> str:
    """An object key: bare when it is an identifier or a number that reads back the same."""
    if ts_names.is_identifier(key):
        return key
    if not _JS_NUMBER_KEY.fullmatch(key):
        return js_string(key)
    if "." in key:  # String(Number(key)) === key, for numbers Python and JavaScript print alike
        same = repr(float(key)) == key and not key.endswith(".0")
    else:
        same = str(int(key)) == key and int(key) < 2**53
    return key if same else js_string(key)


def _js_keys(value: dict[Any, Any]) -> list[str]:
    return [_js_key(str(k)) for k in value]


def _js_number(value: int | float) -> str:
    text = json.dumps(value).lower()
    mantissa, _, exponent = text.partition("e")
    if not exponent:
        return text
    sign = "-" if exponent.startswith("-") else ""
    return f"{mantissa}e{sign}{exponent.lstrip('+-').lstrip('0') or '0'}"


def _js_flat(value: Any) -> str:
    if isinstance(value, JsCode):
        return str(value)
    if isinstance(value, dict):
        if not value:
            return "{}"
        pairs = zip(_js_keys(value), value.values(), strict=True)
        return "{ " + ", ".join(f"{k}: {_js_flat(v)}" for k, v in pairs) + " }"
    if isinstance(value, list):
        return "[" + ", ".join(_js_flat(v) for v in value) + "]"
    if isinstance(value, str):
        return js_string(value)
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return _js_number(value)
    raise TypeError(f"no JavaScript literal for {value!r}")


def _js_breaks(value: Any) -> bool:
    """Whether Prettier breaks `value` over lines however much room there is: an array of two or
    more objects (or arrays) that each hold more than one item, or anything holding one."""
    if isinstance(value, JsCode):
        return "\n" in value
    if isinstance(value, dict):
        return any(_js_breaks(v) for v in value.values())
    if not isinstance(value, list):
        return False
    if len(value) > 1 and (
        all(isinstance(v, dict) and len(v) > 1 for v in value)
        or all(isinstance(v, list) and len(v) > 1 for v in value)
    ):
        return True
    return any(_js_breaks(v) for v in value)


def _js_numbers(value: Any) -> bool:
    return (
        isinstance(value, list)
        and len(value) > 1
        and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value)
    )


def js_literal(
    value: Any, indent: int = 0, used: int = 0, tail: int = 0, expand: bool = False
) -> str:
    """`value` as JavaScript, on one line when it fits before `tail` more characters in
    JS_WIDTH (`used` are taken), else one item a line (numbers filling lines, as Prettier does);
    `expand` breaks it anyway."""
    flat = _js_flat(value)
    if not isinstance(value, (dict, list)) or not value:
        return flat
    if not expand and not _js_breaks(value) and used + len(flat) + tail <= JS_WIDTH:
        return flat
    pad = " " * (indent + 2)
    close = ",\n" + " " * indent + ("}" if isinstance(value, dict) else "]")
    if isinstance(value, dict):
        items = []
        for key, sub in zip(_js_keys(value), value.values(), strict=True):
            head = f"{pad}{key}: "
            items.append(head + js_literal(sub, indent + 2, len(head), 1))
        return "{\n" + ",\n".join(items) + close
    if _js_numbers(value):
        lines, line = [], pad + _js_flat(value[0])
        for sub in value[1:]:
            item = _js_flat(sub)
            if len(line) + 2 + len(item) <= JS_WIDTH:
                line += ", " + item
            else:
                lines.append(line + ",")
                line = pad + item
        return "[\n" + "\n".join([*lines, line]) + close
    items = [pad + js_literal(sub, indent + 2, len(pad), 1) for sub in value]
    return "[\n" + ",\n".join(items) + close


def js_call(head: str, callee: str, args: list[Any]) -> str:
    """The statement `head callee(args);` as Prettier prints it: on one line if it fits, else
    with its last argument (an object or array) broken in place, else one argument a line."""
    flat = [_js_flat(a) for a in args]
    one_line = f"{head}{callee}({', '.join(flat)});"
    if not args or (len(one_line) <= JS_WIDTH and not any(_js_breaks(a) for a in args)):
        return one_line
    *first, last = args
    start = f"{head}{callee}(" + "".join(f"{code}, " for code in flat[:-1])
    hugged = isinstance(last, (dict, list)) and bool(last)
    if hugged and not any(_js_breaks(a) for a in first) and len(start) + 1 <= JS_WIDTH:
        return start + js_literal(last, 0, len(start), 2, expand=True) + ");"
    lines = "".join(f"  {js_literal(a, 2, 2, 1)},\n" for a in args)
    return f"{head}{callee}(\n{lines});"


# ---- Go literals ----------------------------------------------------------------------------
# Typed as generator/go types the spec's schemas (go_types: struct fields, pointers set with
# minimax.Int/Float/String/Bool, enum constants, the Message struct and its constructors, sealed
# unions), and laid out as gofmt lays them out: tests run `gofmt -l` over every Go snippet and
# expect nothing listed.


class GoTypes:
    """The Go SDK's types of a spec, from generator/go's type mapping (`go_types.build`), and
    the Go value of a JSON value of each."""

    def __init__(self, api: Api) -> None:
        self.module = go_types.build(api)
        self.declarations = {d.name: d for d in self.module.declarations}

    def type_name(self, schema_name: str) -> str:
        """The Go type of a component schema: `ChatMessage` -> `Message`."""
        return self.module.names[schema_name]

    def params(self, operation_id: str) -> go_types.Params | None:
        """The struct of an operation's query parameters, if it has any."""
        return self.module.params.get(operation_id)

    def spelled(self, go_type: str) -> str:
        """A Go type as a user's package spells it: `[]ToolCall` -> `[]minimax.ToolCall`."""
        prefix = ""
        while True:
            for lead in ("[]", "*", "map[string]"):
                if go_type.startswith(lead):
                    prefix, go_type = prefix + lead, go_type[len(lead) :]
                    break
            else:
                break
        known = go_type in self.declarations or go_type == go_types.FILE
        return prefix + (f"{GO_PACKAGE}.{go_type}" if known else go_type)

    def value(self, value: Any, go_type: str, elided: bool = False) -> GoNode:
        """`value` as a Go expression of `go_type`; `elided` leaves a composite literal's type
        out, as an element of a slice or map may (gofmt -s)."""
        where = f"{value!r} as {go_type}"
        if go_type == "any":
            return go_any(value)
        if go_type.startswith("*"):
            base = go_type[1:]
            if base in GO_POINTERS:
                return GoNode(f"{GO_PACKAGE}.{GO_POINTERS[base]}({self.value(value, base).text})")
            node = self.value(value, base, elided)
            if node.items is None:
                raise ValueError(f"no Go literal for {where}: a pointer to a non-composite value")
            return node if elided else replace(node, head="&" + node.head)
        if go_type.startswith(("[]", "map[string]")):
            return self._container(value, go_type, self.spelled(go_type), where)
        if go_type in _GO_SCALARS:
            return GoNode(_go_scalar(value, go_type, where))
        declaration = self.declarations.get(go_type)
        if declaration is None:
            raise ValueError(f"no Go literal for {where}: no such type")
        head = "" if elided else f"{GO_PACKAGE}.{go_type}"
        if declaration.kind == "enum":
            constant = next((v.name for v in declaration.values if v.value == value), None)
            if constant is not None:
                return GoNode(f"{GO_PACKAGE}.{constant}")
            return GoNode(f"{GO_PACKAGE}.{go_type}({_go_scalar(value, 'string', where)})")
        if declaration.kind == "named":
            underlying = declaration.underlying
            if underlying.startswith(("[]", "map[string]")):
                return self._container(value, underlying, f"{GO_PACKAGE}.{go_type}", where)
            if underlying == "any":
                raise ValueError(f"no Go literal for {where}: a named any")
            return GoNode(f"{GO_PACKAGE}.{go_type}({self.value(value, underlying).text})")
        if declaration.kind == "interface":
            return self.value(value, self._variant(value, declaration, where))
        if declaration.kind == "message":
            return self._message(value, declaration, head, where)
        if declaration.kind == "struct":
            items = self.fields(value, declaration, where)
            return GoNode(head=head, items=items, breaks=_go_breaks(items, struct=True))
        raise ValueError(f"no Go literal for {where}: a {declaration.kind}")

    def _container(self, value: Any, go_type: str, head: str, where: str) -> GoNode:
        if go_type.startswith("[]"):
            if not isinstance(value, list):
                raise ValueError(f"no Go literal for {where}: not a list")
            item = go_type[2:]
            items: GoItems = [(None, self.value(v, item, elided=True)) for v in value]
        else:
            if not isinstance(value, dict):
                raise ValueError(f"no Go literal for {where}: not an object")
            item = go_type[len("map[string]") :]
            items = [
                (go_string(str(k)), self.value(v, item, elided=True)) for k, v in value.items()
            ]
        return GoNode(head=head, items=items, breaks=_go_breaks(items))

    def fields(self, value: Any, declaration: go_types.Declaration, where: str) -> GoItems:
        """The keyed elements of a struct literal: a null property is left out (nil, or the
        zero value), and so is a constant the struct writes itself when it is empty."""
        if not isinstance(value, dict):
            raise ValueError(f"no Go literal for {where}: not an object")
        by_wire = {f.wire: f for f in declaration.fields}
        items: GoItems = []
        for key, sub in value.items():
            found = by_wire.get(key)
            if found is None:
                raise ValueError(f"no Go literal for {where}: {declaration.name} has no {key!r}")
            if sub is None or (found.const is not None and sub == found.const):
                continue
            items.append((found.name, self.value(sub, found.type)))
        return items

    def _message(
        self, value: Any, declaration: go_types.Declaration, head: str, where: str
    ) -> GoNode:
        """A message of the discriminated union: its variant's constructor when the value holds
        its arguments and nothing else (`minimax.UserMessage("Hello")`), else a literal."""
        union = declaration.message
        assert union is not None
        if not isinstance(value, dict):
            raise ValueError(f"no Go literal for {where}: not an object")
        tag = value.get(union.discriminator.wire)
        variant = next((v for v in union.variants if v.tag == tag), None)
        given = {k for k, v in value.items() if v is not None}
        if variant is not None and variant.constructor is not None:
            wires = [vf.field.wire for _, vf in variant.arguments]
            if given == {union.discriminator.wire, *wires}:
                arguments = [
                    self.value(value[w], vf.field.type)
                    for w, (_, vf) in zip(wires, variant.arguments, strict=True)
                ]
                code = ", ".join(a.text for a in arguments)
                return GoNode(f"{GO_PACKAGE}.{variant.constructor}({code})")
        items = self.fields(value, declaration, where)
        return GoNode(head=head, items=items, breaks=_go_breaks(items, struct=True))

    def _variant(self, value: Any, declaration: go_types.Declaration, where: str) -> str:
        """The type of a sealed union's variant that holds `value`: an enum holding the string,
        else the first whose kind of value (string, list, object) it is."""
        fitting = [v for v in declaration.variants if self._holds(v, value)]
        named = [v for v in fitting if any(e.value == value for e in self.declarations[v].values)]
        if not fitting:
            raise ValueError(f"no Go literal for {where}: no variant holds it")
        return (named or fitting)[0]

    def _holds(self, go_type: str, value: Any) -> bool:
        declaration = self.declarations.get(go_type)
        if declaration is None:
            return False
        if declaration.kind == "enum":
            return isinstance(value, str)
        if declaration.kind in ("struct", "message"):
            return isinstance(value, dict)
        if declaration.kind == "named":
            underlying = declaration.underlying
            if underlying.startswith("[]"):
                return isinstance(value, list)
            if underlying.startswith("map["):
                return isinstance(value, dict)
            return _go_scalar_kind(value) == underlying
        return False


GoItems = list[tuple[str | None, "GoNode"]]
_GO_SCALARS = frozenset({"string", "int", "float64", "bool"})
# The SDK's helpers that point at a value (ptr.go): `Temperature: minimax.Float(0.2)`. The hub's
# snippets read them from calls.json (generator/hub_calls.py).
GO_POINTERS = {"string": "String", "int": "Int", "float64": "Float", "bool": "Bool"}
_GO_INT64 = range(-(2**63), 2**63)
# The bytes of a key gofmt aligns with its neighbours whatever their sizes (go/printer's
# exprList: smallSize), and the ratio to their geometric mean beyond which it starts anew (r).
_GOFMT_SMALL = 40
_GOFMT_RATIO = 2.5


@dataclass(frozen=True)
class GoNode:
    """A Go expression: `text` on one line, or the composite literal `head{items}` (`items` is
    None for text), whose elements are `key: value` or, keyless, `value`."""

    text: str = ""
    head: str = ""
    items: GoItems | None = None
    breaks: bool = False  # broken over lines however much room there is

    def flat(self) -> str:
        if self.items is None:
            return self.text
        inner = ", ".join(f"{k}: {v.flat()}" if k is not None else v.flat() for k, v in self.items)
        return f"{self.head}{{{inner}}}"


def _go_breaks(items: GoItems, struct: bool = False) -> bool:
    """Whether a composite literal breaks however much room there is: when an element does, or
    when a slice or map holds two or more composite literals that are not empty."""
    composites = [v for _, v in items if v.items]
    return any(v.breaks for v in composites) or (not struct and len(composites) > 1)


def _go_scalar_kind(value: Any) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "float64"
    return "string" if isinstance(value, str) else "other"


def _go_scalar(value: Any, go_type: str, where: str) -> str:
    kind = _go_scalar_kind(value)
    if go_type == "float64" and kind == "int":
        kind = "float64"
    if go_type == "int" and kind == "float64" and float(value).is_integer():
        value, kind = int(value), "int"
    if kind != go_type:
        raise ValueError(f"no Go literal for {where}")
    if kind == "string":
        return go_string(value)
    if kind == "bool":
        return "true" if value else "false"
    if kind == "int" and value not in _GO_INT64:
        raise ValueError(f"no Go literal for {where}: out of int's range")
    return json.dumps(value)


def go_string(text: str) -> str:
    """A Go string literal: raw (in backquotes) when that saves escaping a quote or a backslash
    and holds no control character, else interpreted (generator/go's `names.string`)."""
    plain = all(ord(c) >= 0x20 and c not in "\x7f\u2028\u2029`" for c in text)
    if plain and ('"' in text or "\\" in text):
        return f"`{text}`"
    return go_names.string(text)


def go_any(value: Any) -> GoNode:
    """A JSON value where Go takes `any` (`map[string]any`): objects as `map[string]any`, arrays
    as `[]any`, an integer beyond int64 as a float."""
    if isinstance(value, dict):
        items: GoItems = [(go_string(str(k)), go_any(v)) for k, v in value.items()]
        return GoNode(head="map[string]any", items=items, breaks=_go_breaks(items))
    if isinstance(value, list):
        items = [(None, go_any(v)) for v in value]
        return GoNode(head="[]any", items=items, breaks=_go_breaks(items))
    if value is None:
        return GoNode("nil")
    kind = _go_scalar_kind(value)
    if kind == "int" and value not in _GO_INT64:
        return GoNode(json.dumps(float(value)))
    if kind == "other":
        raise TypeError(f"no Go literal for {value!r}")
    return GoNode(_go_scalar(value, kind, repr(value)))


def _go_columns(text: str) -> int:
    return len(text) + text.count("\t") * (GO_TAB - 1)


def go_literal(node: GoNode, indent: int, used: int, tail: int = 0, expand: bool = False) -> str:
    """`node` as Go source starting `used` columns into a line indented by `indent` tabs, on one
    line when it fits before `tail` more characters in GO_WIDTH, else one element a line with
    the keys gofmt aligns aligned; `expand` breaks it anyway."""
    flat = node.flat()
    if node.items is None or not node.items:
        return flat
    if not expand and not node.breaks and used + len(flat) + tail <= GO_WIDTH:
        return flat
    pad = "\t" * (indent + 1)
    width = (indent + 1) * GO_TAB
    entries = []
    for key, value in node.items:
        head = f"{key}: " if key is not None else ""
        entries.append((key, go_literal(value, indent + 1, width + len(head), 1)))
    lines = [pad + line + ",\n" for line in _gofmt_aligned(entries)]
    return f"{node.head}{{\n{''.join(lines)}{chr(9) * indent}}}"


def _gofmt_aligned(entries: list[tuple[str | None, str]]) -> list[str]:
    """The elements of a broken composite literal as gofmt prints them: `key: value`, the values
    of neighbouring one-line elements aligned in a column (go/printer's exprList: a multi-line
    element, or a key whose size is far from those before it, starts a new section)."""
    if len(entries) < 2:
        return [f"{k}: {v}" if k is not None else v for k, v in entries]
    sections: list[list[int]] = []
    size, lnsum, count = 0, 0.0, 0
    for index, (key, value) in enumerate(entries):
        previous = size
        one_line = "\n" not in value
        code = f"{key}: {value}" if key is not None else value
        size = len((key if key is not None else code).encode()) if one_line else 0
        new_section = True
        if previous > 0 and size > 0:
            if count == 0 or (previous <= _GOFMT_SMALL and size <= _GOFMT_SMALL):
                new_section = False
            else:
                ratio = size / math.exp(lnsum / count)
                new_section = _GOFMT_RATIO * ratio <= 1 or _GOFMT_RATIO <= ratio
        if index == 0 or new_section:
            sections.append([])
        sections[-1].append(index)
        if size > 0:
            lnsum += math.log(size)
            count += 1
    lines = []
    for section in sections:
        cells = [entries[i] for i in section]
        aligned = [k for k, v in cells if k is not None and "\n" not in v]
        column = max((len(k) + 2 for k in aligned), default=0)
        for key, value in cells:
            if key is None:
                lines.append(value)
            elif "\n" in value:
                lines.append(f"{key}: {value}")
            else:
                lines.append(f"{key}:".ljust(column) + value)
    return lines


# ---- Snippets --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Request:
    """What every snippet of one operation shares."""

    api: Api
    op: Operation
    base_url: str
    url: str  # with the example path and required query parameters
    bearer: bool
    path_values: list[tuple[str, Any]]
    query_values: list[tuple[str, Any]]
    media: Media | None  # the JSON or multipart body the examples fill in


@dataclass(frozen=True)
class _Call:
    """One example's call, as every language's snippet makes it."""

    value: Any  # the example's body
    kind: str  # json, stream, binary
    detail: str  # the event carrying a stream's items, or a download's media type
    fields: list[tuple[str, Any]]  # the body's properties (JSON) or parts (multipart), in order
    uploads: dict[str, tuple[str, str]]  # file parts: their file's name and content
    download: str | None  # the file a download is written to


def for_operation(
    api: Api,
    op: Operation,
    base_url: str,
    patterns: dict[str, str],
    go: GoTypes | None = None,
) -> list[Snippet]:
    """The snippets of every request example of `op`; `go` is the Go SDK's types of `api`
    (`GoTypes(api)`, made here when not given: pass it to make it once for many operations)."""
    go = go if go is not None else GoTypes(api)
    path_values = [(p.name, p.example) for p in op.parameters_in("path")]
    query_values = [(p.name, p.example) for p in op.parameters_in("query") if p.required]
    path = op.path
    for name, value in path_values:
        path = path.replace("{" + name + "}", str(value))
    url = base_url + path
    if query_values:
        url += "?" + "&".join(f"{n}={v}" for n, v in query_values)
    schemes = api.security_schemes
    bearer = any(
        name in schemes and schemes[name].bearer
        for requirement in op.security
        for name in requirement
    )
    contents = op.body.contents if op.body is not None else ()
    media = next((m for t in (JSON, MULTIPART) for m in contents if m.media_type == t), None)
    request = _Request(api, op, base_url, url, bearer, path_values, query_values, media)
    examples = [(e.name, e.summary, e.value) for e in media.examples] if media else []
    if not examples:
        examples = [("call", "", None)]

    out = []
    for name, summary, value in examples:
        call = _call(request, value)
        ids = _ids([*path_values, *query_values, ("body", value)], patterns)
        curl, python, javascript = _curl(request, call), _python(request, call), _js(request, call)
        golang = _go(request, call, go)
        out.append(Snippet(op.id, name, summary, curl, python, javascript, golang, json.dumps(ids)))
    return out


def _call(request: _Request, value: Any) -> _Call:
    op, media = request.op, request.media
    kind, detail = _result_kind(op, value)
    fields = list(value.items()) if media is not None and isinstance(value, dict) else []
    uploads: dict[str, tuple[str, str]] = {}
    if media is not None and media.media_type == MULTIPART:
        properties = request.api.resolve(media.schema or {}).get("properties") or {}
        for part, sub in fields:
            if request.api.resolve(properties.get(part, {})).get("format") == "binary":
                text = str(sub) if str(sub).endswith("\n") else f"{sub}\n"
                uploads[part] = (_upload_name(op, part, media), text)
    download = None
    if kind == "binary":
        stem = str(request.path_values[-1][1]) if request.path_values else "download"
        download = stem + _extension(detail)
    return _Call(value, kind, detail, fields, uploads, download)


def _curl(request: _Request, call: _Call) -> str:
    media_type = request.media.media_type if request.media is not None else None
    method, value = request.op.method, call.value
    opts: list[str] = []
    if call.kind == "stream":
        opts.append("--no-buffer")
    if request.bearer:
        variable = ADMIN_KEY_VARIABLE if request.op.admin else KEY_VARIABLE
        opts.append(f'-H "Authorization: Bearer ${variable}"')
    if media_type == JSON and value is not None:
        opts.append('-H "Content-Type: application/json"')
        body = json_pretty(value, 2, 6)
        opts.append("-d " + "'" + body.replace("'", "'\\''") + "'")
    elif media_type == MULTIPART:
        for part, sub in call.fields:
            field = f"{part}=@{call.uploads[part][0]}" if part in call.uploads else f"{part}={sub}"
            opts.append("-F " + shlex.quote(field))
    if method not in ("GET", "POST") or (method == "POST" and value is None):
        opts.insert(0, f"-X {method}")
    if call.download:
        opts.append(f"-o {shlex.quote(call.download)}")

    curl = ""
    if call.uploads:
        files = [
            f"cat > {shlex.quote(name)} <<'EOF'\n{text}EOF" for name, text in call.uploads.values()
        ]
        curl += "# The example's file to upload\n" + "\n".join(files) + "\n\n"
    return curl + " \\\n  ".join([f"curl {request.url}", *opts])


def python_method(op: Operation) -> str:
    """How a Python program calls an operation: `client.` and its dotted id, as generator/python
    places it (`client.chat.completions.create`)."""
    return "client." + op.id


def js_method(op: Operation) -> str:
    """How a JavaScript program calls an operation: `client.` and its dotted id, each part in
    camelCase as generator/typescript spells it (`client.fineTunes.create`)."""
    return "client." + ".".join(ts_names.camel(part) for part in op.id.split("."))


def _python(request: _Request, call: _Call) -> str:
    args: list[tuple[str | None, Any]] = [(None, v) for _, v in request.path_values]
    args += list(request.query_values)
    for part, sub in call.fields:
        upload = call.uploads.get(part)
        args.append((part, _Code(f"Path({_py_string(upload[0])})") if upload else sub))
    imports = ["from pathlib import Path", ""] if call.uploads or call.download else []

    target = "stream" if call.kind == "stream" else "result"
    if request.op.admin:
        imports = ["import os", *(["from pathlib import Path"] if imports else []), ""]
        client = [
            f'admin_key = os.environ["{ADMIN_KEY_VARIABLE}"]  # the admin key, not an API key',
            f'client = {CLIENT_CLASS}(api_key=admin_key, base_url="{request.base_url}")',
        ]
    else:
        made = f'client = {CLIENT_CLASS}(base_url="{request.base_url}")'
        client = [f"{made}  # the key comes from {KEY_VARIABLE}"]
    lines = [*imports, CLIENT_IMPORT, "", *client, ""]
    if call.uploads:
        lines.append("# The example's file to upload")
        for name, text in call.uploads.values():
            lines.append(f"Path({_py_string(name)}).write_text({_py_string(text)})")
        lines.append("")
    lines.append(_py_call(target, python_method(request.op), _py_args(args)))
    if call.kind == "stream":
        lines += [f"for {call.detail} in stream:", f"    print({call.detail})"]
    elif call.download:
        lines.append(f"Path({_py_string(call.download)}).write_bytes(result.data)")
    else:
        lines.append("print(result.data)")
    return "\n".join(lines)


def _js(request: _Request, call: _Call) -> str:
    """An ES module on the TypeScript SDK: path parameters first, then the body (or the query
    parameters) as one object; an upload read with `fileFromPath`, a download written with
    `writeTo`, a stream iterated with `for await`."""
    args: list[Any] = [v for _, v in request.path_values]
    if call.fields:
        args.append(
            {
                part: JsCode(f"await fileFromPath({js_string(call.uploads[part][0])})")
                if part in call.uploads
                else sub
                for part, sub in call.fields
            }
        )
    elif call.value is not None:
        args.append(call.value)
    elif request.query_values:
        args.append(dict(request.query_values))

    imported = [JS_CLIENT_CLASS, *(["{ fileFromPath }"] if call.uploads else [])]
    imports = [f"import {', '.join(imported)} from {js_string(JS_PACKAGE)};"]
    if call.uploads:
        imports.insert(0, "import { writeFile } from 'node:fs/promises';")
    if request.op.admin:
        client = [
            f"const adminKey = process.env.{ADMIN_KEY_VARIABLE}; // the admin key, not an API key",
            f"const client = new {JS_CLIENT_CLASS}({{ apiKey: adminKey, "
            f"baseURL: {js_string(request.base_url)} }});",
        ]
    else:
        made = (
            f"const client = new {JS_CLIENT_CLASS}({{ baseURL: {js_string(request.base_url)} }});"
        )
        client = [f"{made} // the key comes from {KEY_VARIABLE}"]
    lines = [*imports, "", *client, ""]
    if call.uploads:
        lines.append("// The example's file to upload")
        for name, text in call.uploads.values():
            lines.append(js_call("await ", "writeFile", [name, text]))
        lines.append("")

    method = js_method(request.op)
    target = {"stream": "stream", "binary": "download"}.get(call.kind, "result")
    lines.append(js_call(f"const {target} = await ", method, args))
    if call.kind == "stream":
        item = ts_names.camel(call.detail)
        lines += [
            f"for await (const {item} of stream) {{",
            f"  console.dir({item}, {{ depth: null }});",
            "}",
        ]
    elif call.download:
        lines.append(f"await download.writeTo({js_string(call.download)});")
    else:
        lines.append("console.dir(result.data, { depth: null });")
    return "\n".join(lines)


_GO_FATAL = ["if err != nil {", "\tlog.Fatal(err)", "}"]
# The variables a Go snippet declares besides its uploads' files, which are named after their part.
_GO_VARIABLES = frozenset(
    {"ctx", "adminKey", "client", "err", "result", "stream", "download", "data", "out"}
)


def _go_checked(statement: str) -> list[str]:
    """`if <statement>; err != nil { log.Fatal(err) }`."""
    return [f"if {statement}; err != nil {{", "\tlog.Fatal(err)", "}"]


def go_method(op: Operation, stream: bool = False) -> str:
    """How a Go program calls an operation: `client.` and its service and method, as generator/go
    places them (`renames.METHODS`, then the dotted operation id) and spells them
    (`names.pascal`): `client.Chat.Completions`, `client.FineTunes.Create`. `stream` names the
    method that asks for a stream with the operation's stream flag set (`CompletionsStream`)."""
    resource, name = go_renames.METHODS.get(op.id, (op.resource, op.name))
    method = ".".join(go_names.pascal(part) for part in (*resource, name))
    return f"client.{method}{'Stream' if stream else ''}"


def _go(request: _Request, call: _Call, go: GoTypes) -> str:
    """A `package main` on the Go SDK: ctx, then path parameters as literals, then the request
    struct (or the query parameters' struct, nil for none); an upload read with
    `minimax.FileFromPath`, a stream read with Next/Current/Err, a download copied to a file."""
    op, media = request.op, request.media
    imports = {"context", "log", GO_MODULE}
    imports |= {"io", "os"} if call.download else {"encoding/json", "fmt"}
    base_url = f"{GO_PACKAGE}.WithBaseURL({go_string(request.base_url)})"
    if op.admin:
        imports.add("os")
        client = [
            f"adminKey := os.Getenv({go_string(ADMIN_KEY_VARIABLE)})"
            " // the admin key, not an API key",
            f"client := {GO_PACKAGE}.NewClient(adminKey, {base_url})",
        ]
    else:
        client = [
            f'client := {GO_PACKAGE}.NewClient("", {base_url})'
            f' // "" reads the key from {KEY_VARIABLE}'
        ]
    body: list[str] = ["ctx := context.Background()", *client, ""]
    files: dict[str, GoNode] = {}
    if call.uploads:
        imports.add("os")
        body.append("// The example's file to upload")
        several = len(call.uploads) > 1
        for part, (name, text) in call.uploads.items():
            variable = go_names.camel(part)
            if variable in _GO_VARIABLES | {"content"}:
                variable += "File"
            content = variable + "Content" if several else "content"
            line, rest = text[:-1], text[-1:]
            if rest == "\n" and "\n" not in line and go_string(line).startswith("`"):
                data = f'[]byte({go_string(line)} + "\\n")'
            else:
                data = f"[]byte({go_string(text)})"
            body += [f"{content} := {data}"]
            body += _go_checked(f"err := os.WriteFile({go_string(name)}, {content}, 0o644)")
            body += [f"{variable}, err := {GO_PACKAGE}.FileFromPath({go_string(name)})", *_GO_FATAL]
            files[part] = GoNode(variable)
        body.append("")

    args: list[GoNode] = [GoNode("ctx")]
    args += [GoNode(go_string(v) if isinstance(v, str) else str(v)) for _, v in request.path_values]
    request_arg: GoNode | None = None
    if media is not None:
        if media.schema_name is None:
            raise ValueError(f"{op.id}: the Go SDK takes a request struct: a $ref")
        struct = go.declarations[go.type_name(media.schema_name)]
        items: GoItems = []
        for part, sub in call.fields:
            if part == op.stream_flag:
                continue  # no field: the method says it
            if part in files:
                found = next(f for f in struct.fields if f.wire == part)
                pointer = "&" if found.type.startswith("*") else ""
                items.append((found.name, GoNode(pointer + files[part].text)))
            else:
                items += go.fields({part: sub}, struct, f"{op.id}: {part}")
        request_arg = GoNode(head=f"&{GO_PACKAGE}.{struct.name}", items=items)
    else:
        params = go.params(op.id)
        if params is not None:
            given = dict(request.query_values)
            items = [
                (f.name, go.value(given[f.wire], f.type))
                for f, _, _ in params.fields
                if f.wire in given
            ]
            if items:
                request_arg = GoNode(head=f"&{GO_PACKAGE}.{params.name}", items=items)
            else:
                args.append(GoNode("nil"))

    streamed = call.kind == "stream"
    method = go_method(op, stream=streamed and op.result != "stream")
    target = {"stream": "stream", "binary": "download"}.get(call.kind, "result")
    head = f"{target}, err := {method}(" + "".join(a.text + ", " for a in args)
    if request_arg is None:
        body.append(head.removesuffix(", ") + ")")
    else:
        used = GO_TAB + _go_columns(head)
        body.append(head + go_literal(request_arg, 1, used, 1, expand=True) + ")")
    body += _GO_FATAL
    if streamed:
        item = go_names.camel(call.detail)
        body += [
            "defer stream.Close()",
            "for stream.Next() {",
            f"\t{item}, err := json.Marshal(stream.Current())",
            *("\t" + line for line in _GO_FATAL),
            f"\tfmt.Println(string({item}))",
            "}",
            *_go_checked("err := stream.Err()"),
        ]
    elif call.download:
        body += [
            "defer download.Body.Close()",
            f"out, err := os.Create({go_string(call.download)})",
            *_GO_FATAL,
            *_go_checked("_, err := io.Copy(out, download.Body)"),
            *_go_checked("err := out.Close()"),
        ]
    else:
        body += [
            'data, err := json.MarshalIndent(result.Data, "", "  ")',
            *_GO_FATAL,
            "fmt.Println(string(data))",
        ]
    standard = sorted(i for i in imports if i != GO_MODULE)
    lines = ["package main", "", "import ("]
    lines += [f"\t{go_string(i)}" for i in standard] + ["", f"\t{go_string(GO_MODULE)}", ")", ""]
    lines += ["func main() {", *(f"\t{line}" if line else "" for line in body), "}"]
    return "\n".join(lines)
