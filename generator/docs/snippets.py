"""curl and Python snippets for an operation, one per request example of the spec.

Each snippet is a complete program: run as shown (with `MINIMAX_API_KEY` set) against the
production server it names, it makes the call of its example. `ids` lists the resource ids the
snippet holds (values of path parameters, and body values that fit a path parameter's pattern),
with the field each sits in, so a test can swap them for ids that exist on its server.
"""

from __future__ import annotations

import json
import re
import shlex
from dataclasses import dataclass
from typing import Any

from minimax_openapi.model import JSON, MULTIPART, Api, Media, Operation

# The environment variable the snippets read the key from (the Python client reads it too).
KEY_VARIABLE = "MINIMAX_API_KEY"
CLIENT_IMPORT = "from minimax import MiniMax"
CLIENT_CLASS = "MiniMax"
WIDTH = 88


@dataclass
class Snippet:
    operation_id: str
    example: str
    summary: str
    curl: str
    python: str
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
        curl, python = _curl_and_python(request, value, *_result_kind(op, value))
        ids = _ids([*path_values, *query_values, ("body", value)], patterns)
        out.append(Snippet(op.id, name, summary, curl, python, json.dumps(ids)))
    return out


def _curl_and_python(request: _Request, value: Any, kind: str, detail: str) -> tuple[str, str]:
    api, op, media = request.api, request.op, request.media
    media_type = media.media_type if media is not None else None
    method = op.method
    curl_opts: list[str] = []
    prelude_sh: list[str] = []
    prelude_py: list[str] = []
    imports: list[str] = []
    args: list[tuple[str | None, Any]] = [(None, v) for _, v in request.path_values]
    args += list(request.query_values)

    if kind == "stream":
        curl_opts.append("--no-buffer")
    if request.bearer:
        curl_opts.append(f'-H "Authorization: Bearer ${KEY_VARIABLE}"')
    if media_type == JSON and value is not None:
        curl_opts.append('-H "Content-Type: application/json"')
        body = json_pretty(value, 2, 6)
        curl_opts.append("-d " + "'" + body.replace("'", "'\\''") + "'")
        args += [(key, sub) for key, sub in value.items()]
    elif media is not None and media_type == MULTIPART and isinstance(value, dict):
        properties = api.resolve(media.schema or {}).get("properties") or {}
        for part, sub in value.items():
            prop = api.resolve(properties.get(part, {}))
            if prop.get("format") == "binary":
                filename = _upload_name(op, part, media)
                text = str(sub) if str(sub).endswith("\n") else f"{sub}\n"
                prelude_sh.append(f"cat > {shlex.quote(filename)} <<'EOF'\n{text}EOF")
                prelude_py.append(f"Path({_py_string(filename)}).write_text({_py_string(text)})")
                curl_opts.append("-F " + shlex.quote(f"{part}=@{filename}"))
                args.append((part, _Code(f"Path({_py_string(filename)})")))
            else:
                curl_opts.append(f"-F {shlex.quote(f'{part}={sub}')}")
                args.append((part, sub))
        imports = ["from pathlib import Path", ""]
    if method not in ("GET", "POST") or (method == "POST" and value is None):
        curl_opts.insert(0, f"-X {method}")

    download = None
    if kind == "binary":
        stem = str(request.path_values[-1][1]) if request.path_values else "download"
        download = stem + _extension(detail)
        curl_opts.append(f"-o {shlex.quote(download)}")
        imports = ["from pathlib import Path", ""]

    curl = ""
    if prelude_sh:
        curl += "# The example's file to upload\n" + "\n".join(prelude_sh) + "\n\n"
    curl += " \\\n  ".join([f"curl {request.url}", *curl_opts])

    call = "client." + op.id
    target = "stream" if kind == "stream" else "result"
    client = f'client = {CLIENT_CLASS}(base_url="{request.base_url}")'
    lines = [*imports, CLIENT_IMPORT, "", f"{client}  # the key comes from {KEY_VARIABLE}", ""]
    if prelude_py:
        lines += ["# The example's file to upload", *prelude_py, ""]
    lines.append(_py_call(target, call, _py_args(args)))
    if kind == "stream":
        lines += [f"for {detail} in stream:", f"    print({detail})"]
    elif download:
        lines.append(f"Path({_py_string(download)}).write_bytes(result.data)")
    else:
        lines.append("print(result.data)")
    return curl, "\n".join(lines)
