"""curl, Python and JavaScript snippets for an operation, one set per request example of the spec.

Each snippet is a complete program: run as shown (with `MINIMAX_API_KEY` set) against the
production server it names, it makes the call of its example. The JavaScript one is an ES
module for Node 18 or newer (top-level `await`) on the TypeScript SDK, laid out as Prettier lays
out the SDK's own code (`generator/typescript/prettier.json`). `ids` lists the resource ids the
snippet holds (values of path parameters, and body values that fit a path parameter's pattern),
with the field each sits in, so a test can swap them for ids that exist on its server.
"""

from __future__ import annotations

import json
import re
import shlex
from dataclasses import dataclass
from typing import Any

from generator.typescript import names as ts_names
from minimax_openapi.model import JSON, MULTIPART, Api, Media, Operation

# The environment variable the snippets read the key from (both SDKs read it too).
KEY_VARIABLE = "MINIMAX_API_KEY"
CLIENT_IMPORT = "from minimax import MiniMax"
CLIENT_CLASS = "MiniMax"
WIDTH = 88
# The TypeScript SDK: its package, its default export, and how wide Prettier lays out its code.
JS_PACKAGE = "@minimax/sdk"
JS_CLIENT_CLASS = "MiniMax"
JS_WIDTH = ts_names.WIDTH


@dataclass
class Snippet:
    operation_id: str
    example: str
    summary: str
    curl: str
    python: str
    javascript: str
    ids: str  # JSON: [{"value", "field", "kind"}], sorted


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
    api: Api, op: Operation, base_url: str, patterns: dict[str, str]
) -> list[Snippet]:
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
        out.append(Snippet(op.id, name, summary, curl, python, javascript, json.dumps(ids)))
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
        opts.append(f'-H "Authorization: Bearer ${KEY_VARIABLE}"')
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


def _python(request: _Request, call: _Call) -> str:
    args: list[tuple[str | None, Any]] = [(None, v) for _, v in request.path_values]
    args += list(request.query_values)
    for part, sub in call.fields:
        upload = call.uploads.get(part)
        args.append((part, _Code(f"Path({_py_string(upload[0])})") if upload else sub))
    imports = ["from pathlib import Path", ""] if call.uploads or call.download else []

    target = "stream" if call.kind == "stream" else "result"
    client = f'client = {CLIENT_CLASS}(base_url="{request.base_url}")'
    lines = [*imports, CLIENT_IMPORT, "", f"{client}  # the key comes from {KEY_VARIABLE}", ""]
    if call.uploads:
        lines.append("# The example's file to upload")
        for name, text in call.uploads.values():
            lines.append(f"Path({_py_string(name)}).write_text({_py_string(text)})")
        lines.append("")
    lines.append(_py_call(target, "client." + request.op.id, _py_args(args)))
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
    client = f"const client = new {JS_CLIENT_CLASS}({{ baseURL: {js_string(request.base_url)} }});"
    lines = [*imports, "", f"{client} // the key comes from {KEY_VARIABLE}", ""]
    if call.uploads:
        lines.append("// The example's file to upload")
        for name, text in call.uploads.values():
            lines.append(js_call("await ", "writeFile", [name, text]))
        lines.append("")

    method = "client." + ".".join(ts_names.camel(part) for part in request.op.id.split("."))
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
