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

from minimax_openapi.document import RawOperation, parameters, resolve

JSON = "application/json"
SSE = "text/event-stream"
MULTIPART = "multipart/form-data"
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


def production_server(spec: dict[str, Any]) -> str:
    """The first server with a fixed URL (no `{variables}`): where snippets send requests."""
    for server in spec.get("servers", []):
        if "{" not in server["url"]:
            return str(server["url"]).rstrip("/")
    raise ValueError("the spec names no server with a fixed URL")


def id_patterns(spec: dict[str, Any], ops: list[RawOperation]) -> dict[str, str]:
    """Path parameters with a pattern (resource ids), by name: what marks a value as an id."""
    found: dict[str, str] = {}
    for op in ops:
        for param in parameters(spec, op):
            pattern = resolve(spec, param.get("schema", {})).get("pattern")
            if param.get("in") == "path" and pattern:
                found.setdefault(param["name"], pattern)
    return found


def _example_value(spec: dict[str, Any], param: dict[str, Any]) -> Any:
    if "example" in param:
        return param["example"]
    return resolve(spec, param.get("schema", {})).get("example")


def _request_examples(media: dict[str, Any]) -> list[tuple[str, str, Any]]:
    out = []
    if "example" in media:
        out.append(("example", "", media["example"]))
    for name, example in (media.get("examples") or {}).items():
        out.append((name, example.get("summary", ""), example.get("value")))
    return out


def _result_kind(spec: dict[str, Any], op: RawOperation, body: Any) -> tuple[str, str]:
    """("json" | "stream" | "binary", detail): what a call answers, for this example body.

    detail is the item event of a stream (the first of `x-event-schemas`) or the media type of
    a download.
    """
    for status, raw in op.op.get("responses", {}).items():
        if not status.startswith("2"):
            continue
        content = resolve(spec, raw).get("content") or {}
        sse = content.get(SSE)
        streamed = sse is not None and (
            JSON not in content or (isinstance(body, dict) and body.get("stream") is True)
        )
        if streamed:
            events = resolve(spec, sse["schema"]).get("x-event-schemas") or {"item": ""}
            return "stream", next(iter(events))
        if JSON in content:
            return "json", JSON
        if content:
            return "binary", next(iter(content))
    return "json", JSON


def _extension(media_type: str) -> str:
    subtype = media_type.split("/", 1)[-1].split("+")[0].removeprefix("x-")
    return "." + subtype


def _upload_name(
    spec: dict[str, Any], op: RawOperation, part: str, encoding: dict[str, Any]
) -> str:
    """A file name for an upload example: the one in the response example, if it shows one."""
    for status, raw in op.op.get("responses", {}).items():
        media = (resolve(spec, raw).get("content") or {}).get(JSON, {})
        example = media.get("example")
        if status.startswith("2") and isinstance(example, dict):
            name = (example.get("data") or {}).get("filename")
            if isinstance(name, str) and "/" not in name:
                return name
    types = str((encoding.get(part) or {}).get("contentType", "application/octet-stream"))
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


def for_operation(
    spec: dict[str, Any], op: RawOperation, base_url: str, patterns: dict[str, str]
) -> list[Snippet]:
    raw = op.op
    params = parameters(spec, op)
    path_values = [(p["name"], _example_value(spec, p)) for p in params if p.get("in") == "path"]
    query_values = [
        (p["name"], _example_value(spec, p))
        for p in params
        if p.get("in") == "query" and p.get("required")
    ]
    path = op.path
    for name, value in path_values:
        path = path.replace("{" + name + "}", str(value))
    url = base_url + path
    if query_values:
        url += "?" + "&".join(f"{n}={v}" for n, v in query_values)
    security = raw.get("security", spec.get("security", []))
    schemes = spec.get("components", {}).get("securitySchemes", {})
    bearer = any(
        schemes.get(name, {}).get("scheme") == "bearer" for req in security for name in req
    )

    body = resolve(spec, raw.get("requestBody", {}))
    content = body.get("content") or {}
    media_type = next((t for t in (JSON, MULTIPART) if t in content), None)
    media = content.get(media_type, {}) if media_type else {}
    examples = _request_examples(media) if media_type else []
    if not examples:
        examples = [("call", "", None)]

    out = []
    for name, summary, value in examples:
        kind, detail = _result_kind(spec, op, value)
        curl, python = _curl_and_python(
            spec,
            op,
            base_url,
            url,
            bearer,
            path_values,
            query_values,
            media_type,
            media,
            value,
            kind,
            detail,
        )
        ids = _ids([*path_values, *query_values, ("body", value)], patterns)
        out.append(Snippet(raw["operationId"], name, summary, curl, python, json.dumps(ids)))
    return out


def _curl_and_python(
    spec: dict[str, Any],
    op: RawOperation,
    base_url: str,
    url: str,
    bearer: bool,
    path_values: list[tuple[str, Any]],
    query_values: list[tuple[str, Any]],
    media_type: str | None,
    media: dict[str, Any],
    value: Any,
    kind: str,
    detail: str,
) -> tuple[str, str]:
    method = op.method.upper()
    curl_opts: list[str] = []
    prelude_sh: list[str] = []
    prelude_py: list[str] = []
    imports: list[str] = []
    args: list[tuple[str | None, Any]] = [(None, v) for _, v in path_values]
    args += list(query_values)

    if kind == "stream":
        curl_opts.append("--no-buffer")
    if bearer:
        curl_opts.append(f'-H "Authorization: Bearer ${KEY_VARIABLE}"')
    if media_type == JSON and value is not None:
        curl_opts.append('-H "Content-Type: application/json"')
        body = json_pretty(value, 2, 6)
        curl_opts.append("-d " + "'" + body.replace("'", "'\\''") + "'")
        args += [(key, sub) for key, sub in value.items()]
    elif media_type == MULTIPART and isinstance(value, dict):
        schema = resolve(spec, media.get("schema", {}))
        encoding = media.get("encoding") or {}
        for part, sub in value.items():
            prop = resolve(spec, (schema.get("properties") or {}).get(part, {}))
            if prop.get("format") == "binary":
                filename = _upload_name(spec, op, part, encoding)
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
        stem = str(path_values[-1][1]) if path_values else "download"
        download = stem + _extension(detail)
        curl_opts.append(f"-o {shlex.quote(download)}")
        imports = ["from pathlib import Path", ""]

    curl = ""
    if prelude_sh:
        curl += "# The example's file to upload\n" + "\n".join(prelude_sh) + "\n\n"
    curl += " \\\n  ".join([f"curl {url}", *curl_opts])

    call = "client." + op.op["operationId"]
    target = "stream" if kind == "stream" else "result"
    lines = [
        *imports,
        CLIENT_IMPORT,
        "",
        f'client = {CLIENT_CLASS}(base_url="{base_url}")  # the key comes from {KEY_VARIABLE}',
        "",
    ]
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
