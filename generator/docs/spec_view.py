"""What the reference site shows, read off the spec: overview sections, schema tables, operations.

Nothing here knows a fact about the API: every number, code, path and sentence comes from
`openapi/minimax.yaml`. The only conventions assumed are structural ones the spec states about
itself (a `## ` heading per overview section, `x-rate-limit`, `x-rate-limit-tiers`,
`x-http-status`, `x-event-schemas`, `x-sandbox-triggers`, `x-key-scopes`, `x-max-body-bytes`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from markdown_it import MarkdownIt
from markupsafe import Markup

from generator.docs import snippets
from minimax_openapi.document import RawOperation, operations, parameters, resolve

JSON = "application/json"
SSE = "text/event-stream"

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


def pretty_json(value: Any) -> str:
    return snippets.json_pretty(value)


def ref_name(node: Any) -> str | None:
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        return str(node["$ref"]).rsplit("/", 1)[-1]
    return None


# ---- Schemas ---------------------------------------------------------------------------------


@dataclass
class Shape:
    """One schema as a reader needs it: its type, rules, and what it holds."""

    type: str
    ref: str | None = None
    description: Markup = Markup("")
    constraints: list[Markup] = field(default_factory=list)
    enum: list[str] = field(default_factory=list)
    const: str | None = None
    default: str | None = None
    nullable: bool = False
    deprecated: bool = False
    fields: list[Field] = field(default_factory=list)
    any_keys: bool = False
    combinator: str | None = None  # "one of" / "any of"
    discriminator: str | None = None
    alternatives: list[Alternative] = field(default_factory=list)
    cycle: bool = False  # a $ref already being shown further up: not expanded again

    @property
    def has_children(self) -> bool:
        return bool(self.fields or self.alternatives)

    @property
    def type_label(self) -> str:
        return self.type + (" or null" if self.nullable else "")


@dataclass
class Field:
    name: str
    required: bool
    shape: Shape


@dataclass
class Alternative:
    label: str
    tag: str | None
    shape: Shape


class SchemaReader:
    """Turns JSON Schemas of the spec into `Shape`s, following $refs and cutting cycles."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec

    def shape(self, node: Any, stack: tuple[str, ...] = ()) -> Shape:
        if not isinstance(node, dict):
            return Shape(type="any")
        name = ref_name(node)
        if name is not None:
            ref = node["$ref"]
            if ref in stack:
                return Shape(type="object", ref=name, cycle=True)
            shape = self.shape(resolve(self.spec, node), (*stack, ref))
            shape.ref = shape.ref or name
            if node.get("description"):  # 3.1 allows a description beside a $ref
                shape.description = markdown(node["description"])
            return shape
        if "allOf" in node:
            return self._all_of(node, stack)
        for combinator in ("oneOf", "anyOf"):
            if combinator in node:
                return self._alternatives(node, combinator, stack)
        return self._plain(node, stack)

    def _plain(self, node: dict[str, Any], stack: tuple[str, ...]) -> Shape:
        types = node.get("type")
        type_list = types if isinstance(types, list) else [types] if types else []
        nullable = "null" in type_list
        type_list = [t for t in type_list if t != "null"]
        if not type_list:
            if "properties" in node:
                type_list = ["object"]
            elif "items" in node:
                type_list = ["array"]
            elif "const" in node:
                type_list = [_json_type(node["const"])]
            elif "enum" in node:
                type_list = sorted({_json_type(v) for v in node["enum"] if v is not None})
        label = " | ".join(type_list) or "any"
        if node.get("format") == "binary":
            label = "file (binary)"
        shape = Shape(
            type=label,
            description=markdown(node.get("description")),
            constraints=_constraints(node),
            enum=[literal(v) for v in node.get("enum", [])],
            const=literal(node["const"]) if "const" in node else None,
            default=literal(node["default"]) if "default" in node else None,
            nullable=nullable,
            deprecated=bool(node.get("deprecated")),
        )
        if "array" in type_list and "items" in node:
            items = self.shape(node["items"], stack)
            item_label = items.ref or items.type_label
            shape.type = label.replace("array", f"array of {item_label}", 1)
            shape.fields, shape.alternatives = items.fields, items.alternatives
            shape.combinator, shape.discriminator = items.combinator, items.discriminator
            shape.cycle = items.cycle
            shape.constraints += [Markup("each: ") + c for c in items.constraints]
            if items.enum:
                shape.constraints.append(Markup("each one of the values below"))
                shape.enum = items.enum
        if "object" in type_list or "properties" in node:
            required = set(node.get("required", []))
            shape.fields = [
                Field(prop, prop in required, self.shape(sub, stack))
                for prop, sub in (node.get("properties") or {}).items()
            ]
            extra = node.get("additionalProperties")
            shape.any_keys = extra is True or (extra is None and not node.get("properties"))
        return shape

    def _alternatives(self, node: dict[str, Any], combinator: str, stack: tuple[str, ...]) -> Shape:
        options = node[combinator]
        non_null = [o for o in options if resolve(self.spec, o).get("type") != "null"]
        if len(non_null) == 1 and len(options) == 2:  # "X or null"
            shape = self.shape(non_null[0], stack)
            shape.nullable = True
            if node.get("description"):
                shape.description = markdown(node["description"])
            return shape
        tags: dict[str, str] = {}
        discriminator = node.get("discriminator") or {}
        for value, target in (discriminator.get("mapping") or {}).items():
            tags[str(target)] = f"{discriminator['propertyName']}: {value}"
        alternatives = []
        for option in non_null:
            sub = self.shape(option, stack)
            alternatives.append(
                Alternative(ref_name(option) or sub.type_label, tags.get(option.get("$ref")), sub)
            )
        types = sorted({a.shape.type for a in alternatives})
        return Shape(
            type=" | ".join(types),
            description=markdown(node.get("description")),
            nullable=len(non_null) < len(options),
            combinator="one of" if combinator == "oneOf" else "any of",
            discriminator=discriminator.get("propertyName"),
            alternatives=alternatives,
        )

    def _all_of(self, node: dict[str, Any], stack: tuple[str, ...]) -> Shape:
        merged: dict[str, Any] = {k: v for k, v in node.items() if k != "allOf"}
        for part in node["allOf"]:
            part = resolve(self.spec, part)
            merged.setdefault("properties", {}).update(part.get("properties", {}))
            merged["required"] = [*merged.get("required", []), *part.get("required", [])]
            for key, value in part.items():
                if key not in ("properties", "required"):
                    merged.setdefault(key, value)
        return self._plain(merged, stack)


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object" if isinstance(value, dict) else "null"


def _code(value: Any) -> Markup:
    return Markup("<code>{}</code>").format(value)


def _constraints(node: dict[str, Any]) -> list[Markup]:
    out: list[Markup] = []
    low, high = node.get("minLength"), node.get("maxLength")
    if low is not None and low == high:
        out.append(Markup("length exactly {}").format(number(low)))
    elif low is not None and high is not None:
        out.append(Markup("length {} to {}").format(number(low), number(high)))
    elif high is not None:
        out.append(Markup("length at most {}").format(number(high)))
    elif low is not None:
        out.append(Markup("length at least {}").format(number(low)))
    lower = (">", node["exclusiveMinimum"]) if "exclusiveMinimum" in node else None
    lower = ("≥", node["minimum"]) if "minimum" in node else lower
    upper = ("<", node["exclusiveMaximum"]) if "exclusiveMaximum" in node else None
    upper = ("≤", node["maximum"]) if "maximum" in node else upper
    if lower and upper:
        low_sign = "≤" if lower[0] == "≥" else "<"
        out.append(
            Markup("{} {} x {} {}").format(number(lower[1]), low_sign, upper[0], number(upper[1]))
        )
    elif lower or upper:
        sign, bound = lower or upper  # type: ignore[misc]
        out.append(Markup("x {} {}").format(sign, number(bound)))
    low, high = node.get("minItems"), node.get("maxItems")
    if low is not None and low == high:
        out.append(Markup("exactly {} item{}").format(number(low), "" if low == 1 else "s"))
    elif low is not None and high is not None:
        out.append(Markup("{} to {} items").format(number(low), number(high)))
    elif high is not None:
        out.append(Markup("at most {} items").format(number(high)))
    elif low is not None:
        out.append(Markup("at least {} item{}").format(number(low), "" if low == 1 else "s"))
    if node.get("uniqueItems"):
        out.append(Markup("items unique"))
    if "pattern" in node:
        out.append(Markup("pattern ") + _code(node["pattern"]))
    if "format" in node and node["format"] != "binary":
        out.append(Markup("format ") + _code(node["format"]))
    if "contentMediaType" in node:
        out.append(Markup("holds ") + _code(node["contentMediaType"]))
    return out


# ---- Overview --------------------------------------------------------------------------------


@dataclass
class Section:
    id: str
    title: str
    html: Markup
    extras: list[str] = field(default_factory=list)


# Which overview heading (by slug) each table read off the `x-` extensions joins. A table whose
# heading the spec no longer has still appears, in a section of its own.
EXTRA_HOMES = {
    "security_schemes": ("authentication", "Authentication"),
    "envelope_schemas": ("envelopes", "Envelopes"),
    "error_codes": ("errors", "Errors"),
    "rate_limits": ("rate-limits", "Rate limits"),
    "streams": ("streaming", "Streaming"),
    "triggers": ("sandbox-test-triggers", "Sandbox test triggers"),
}


def overview_sections(spec: dict[str, Any]) -> tuple[Markup, list[Section]]:
    """The intro and the `## ` sections of `info.description`, with the tables joined in."""
    intro: list[str] = []
    sections: list[tuple[str, list[str]]] = []
    for line in (spec["info"].get("description") or "").splitlines():
        if line.startswith("## "):
            sections.append((line[3:].strip(), []))
        elif sections:
            sections[-1][1].append(line)
        else:
            intro.append(line)
    built = [Section("base-url", "Base URL and servers", Markup(""), ["servers"])]
    built += [Section(slug(t), t, markdown("\n".join(body))) for t, body in sections]
    by_id = {s.id: s for s in built}
    for extra, (home, title) in EXTRA_HOMES.items():
        if home not in by_id:
            by_id[home] = Section(home, title, Markup(""))
            built.append(by_id[home])
        by_id[home].extras.append(extra)
    return markdown("\n".join(intro)), built


@dataclass
class ErrorCodeRow:
    code: str
    status: int
    advice: Markup


def error_codes(spec: dict[str, Any], schema: dict[str, Any]) -> tuple[Markup, list[ErrorCodeRow]]:
    """Every error code with its status (`x-http-status`) and what to do (its description table).

    The description's table is parsed for the advice; its status column must agree with
    `x-http-status`, and every code needs a row, or rendering fails rather than print a
    contradiction.
    """
    row = re.compile(r"^\|\s*`([^`]+)`\s*\|\s*(\d{3})\s*\|\s*(.*?)\s*\|\s*$")
    advice: dict[str, tuple[int, str]] = {}
    prose: list[str] = []
    for line in (schema.get("description") or "").splitlines():
        match = row.match(line)
        if match:
            advice[match[1]] = (int(match[2]), match[3])
        elif not line.startswith("|"):
            prose.append(line)
    statuses = schema.get("x-http-status", {})
    rows = []
    for code in schema["enum"]:
        if code not in statuses:
            raise ValueError(f"ErrorCode {code!r} has no x-http-status")
        if code not in advice:
            raise ValueError(f"ErrorCode {code!r} has no row in the description's table")
        if advice[code][0] != statuses[code]:
            raise ValueError(
                f"ErrorCode {code!r}: the table says {advice[code][0]}, "
                f"x-http-status says {statuses[code]}"
            )
        rows.append(ErrorCodeRow(code, statuses[code], markdown_inline(advice[code][1])))
    return markdown("\n".join(prose)), rows


# ---- Operations ------------------------------------------------------------------------------


@dataclass
class Param:
    name: str
    location: str
    required: bool
    shape: Shape
    description: Markup
    example: str | None


@dataclass
class Example:
    name: str
    summary: str
    text: str
    language: str  # json, sse, text


@dataclass
class Content:
    media_type: str
    shape: Shape | None
    events: list[tuple[str, str, Shape]]  # SSE: (event, data schema name, its shape)
    examples: list[Example]


@dataclass
class Response:
    status: str
    description: Markup
    headers: list[Param]
    contents: list[Content]
    codes: list[str]
    ref: str | None


@dataclass
class Link:
    name: str
    operation_id: str
    description: Markup


@dataclass
class Auth:
    name: str
    label: Markup


@dataclass
class OperationView:
    id: str
    anchor: str
    method: str
    path: str
    summary: str
    description: Markup
    deprecated: bool
    rate_limit: list[tuple[str, Any]]
    scopes: list[str]
    max_body: str | None
    auth: list[Auth]
    path_params: list[Param]
    query_params: list[Param]
    headers: list[Param]
    body_required: bool
    body: list[Content]
    encoding: list[tuple[str, str]]
    responses: list[Response]
    errors: list[Response]
    links: list[Link]
    requests: list[tuple[snippets.Snippet, Example | None]]  # a snippet and its request body


@dataclass
class TagView:
    name: str
    anchor: str
    description: Markup
    operations: list[OperationView]


def _examples(media: dict[str, Any], media_type: str) -> list[Example]:
    raw: list[tuple[str, str, Any]] = []
    if "example" in media:
        raw.append(("example", "", media["example"]))
    for name, example in (media.get("examples") or {}).items():
        raw.append((name, example.get("summary", ""), example.get("value")))
    out = []
    for name, summary, value in raw:
        if media_type == SSE and isinstance(value, dict):
            lines = [f"{k}: {value[k]}" for k in ("id", "event", "data") if k in value]
            out.append(Example(name, summary, "\n".join(lines) + "\n", "sse"))
        elif isinstance(value, (dict, list)):
            out.append(Example(name, summary, pretty_json(value), "json"))
        else:
            out.append(Example(name, summary, str(value), "text"))
    return out


class SiteReader:
    """Everything the template renders, read off one spec."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.schemas = SchemaReader(spec)
        self.operations = list(operations(spec))
        self.production = snippets.production_server(spec)
        self.id_patterns = snippets.id_patterns(spec, self.operations)

    # -- overview tables --

    def servers(self) -> list[dict[str, Any]]:
        return [
            {
                "url": server["url"],
                "description": markdown_inline(server.get("description")),
                "variables": [
                    (name, var.get("default"), markdown_inline(var.get("description")))
                    for name, var in (server.get("variables") or {}).items()
                ],
            }
            for server in self.spec.get("servers", [])
        ]

    def security_schemes(self) -> list[tuple[str, Markup, Markup]]:
        schemes = self.spec.get("components", {}).get("securitySchemes", {})
        return [
            (name, _scheme_label(scheme), markdown(scheme.get("description")))
            for name, scheme in schemes.items()
        ]

    def tiers(self) -> list[dict[str, Any]]:
        return [
            {
                "name": name,
                "shared": bool(tier.get("shared")),
                "requests_per_minute": tier.get("requests_per_minute"),
                "burst_ratio": tier.get("burst_ratio"),
                "description": markdown_inline(tier.get("description")),
            }
            for name, tier in (self.spec.get("x-rate-limit-tiers") or {}).items()
        ]

    def rate_limit_rows(self) -> list[dict[str, Any]]:
        tiers = list(self.spec.get("x-rate-limit-tiers") or {})
        rows = []
        for op in self.operations:
            per_tier = (op.op.get("x-rate-limit") or {}).get("requests_per_minute", {})
            rows.append(
                {
                    "operation_id": op.op["operationId"],
                    "method": op.method.upper(),
                    "path": op.path,
                    "summary": op.op.get("summary", ""),
                    "limits": [per_tier.get(t) for t in tiers],
                }
            )
        return rows

    def error_envelope(self) -> tuple[str, Shape]:
        """The schema every error response shares (read off the operations' 4xx/5xx)."""
        names: dict[str, Any] = {}
        for op in self.operations:
            for status, response in op.op.get("responses", {}).items():
                if status[0] in "45":
                    schema = resolve(self.spec, response)["content"][JSON]["schema"]
                    names.setdefault(ref_name(schema) or "error", schema)
        name, schema = next(iter(names.items()))
        return name, self.schemas.shape(schema)

    def error_codes(self) -> tuple[Markup, list[ErrorCodeRow]]:
        _, envelope = self.error_envelope()
        error = next(f for f in envelope.fields if f.name == "error")
        code = next(f for f in error.shape.fields if f.name == "code")
        schema = self.spec["components"]["schemas"][code.shape.ref]
        return error_codes(self.spec, schema)

    def streams(self) -> list[dict[str, Any]]:
        out = []
        for op in self.operations:
            for status, response in op.op.get("responses", {}).items():
                media = resolve(self.spec, response).get("content", {}).get(SSE)
                if status.startswith("2") and media:
                    schema = resolve(self.spec, media["schema"])
                    out.append(
                        {
                            "operation_id": op.op["operationId"],
                            "label": op.label,
                            "schema": ref_name(media["schema"]),
                            "events": [
                                (event, ref.rsplit("/", 1)[-1])
                                for event, ref in (schema.get("x-event-schemas") or {}).items()
                            ],
                        }
                    )
        return out

    def triggers(self) -> list[dict[str, Markup]]:
        return [
            {
                "marker": t["marker"],
                "applies_to": markdown_inline(t.get("applies_to")),
                "effect": markdown_inline(t.get("effect")),
            }
            for t in self.spec.get("x-sandbox-triggers", [])
        ]

    # -- operations --

    def tags(self) -> list[TagView]:
        declared = [(t["name"], t.get("description")) for t in self.spec.get("tags", [])]
        used = [t for op in self.operations for t in op.op.get("tags", ["Other"])]
        for name in used:
            if name not in [d[0] for d in declared]:
                declared.append((name, None))
        views = []
        for name, description in declared:
            ops = [
                self.operation(op)
                for op in self.operations
                if op.op.get("tags", ["Other"])[0] == name
            ]
            if ops:
                views.append(TagView(name, "tag-" + slug(name), markdown(description), ops))
        return views

    def _param(self, raw: dict[str, Any]) -> Param:
        schema = raw.get("schema", {})
        example = raw.get("example", resolve(self.spec, schema).get("example"))
        shape = self.schemas.shape(schema)
        return Param(
            name=raw["name"],
            location=raw.get("in", "header"),
            required=bool(raw.get("required")),
            shape=shape,
            description=markdown(raw.get("description")) or shape.description,
            example=None if example is None else str(example),
        )

    def _content(self, media_type: str, media: dict[str, Any]) -> Content:
        schema = media.get("schema")
        events: list[tuple[str, str, Shape]] = []
        if media_type == SSE and schema is not None:
            for event, ref in (resolve(self.spec, schema).get("x-event-schemas") or {}).items():
                events.append((event, ref.rsplit("/", 1)[-1], self.schemas.shape({"$ref": ref})))
        return Content(
            media_type=media_type,
            shape=self.schemas.shape(schema) if schema is not None else None,
            events=events,
            examples=_examples(media, media_type),
        )

    def _response(self, status: str, raw: dict[str, Any]) -> Response:
        response = resolve(self.spec, raw)
        headers = [
            self._param({"name": name, "in": "header", **resolve(self.spec, header)})
            for name, header in (response.get("headers") or {}).items()
        ]
        contents = [self._content(t, m) for t, m in (response.get("content") or {}).items()]
        codes: list[str] = []
        for content in (response.get("content") or {}).values():
            values = [content.get("example")] + [
                e.get("value") for e in (content.get("examples") or {}).values()
            ]
            for value in values:
                if isinstance(value, dict) and isinstance(value.get("error"), dict):
                    code = value["error"].get("code")
                    if code and code not in codes:
                        codes.append(code)
        return Response(
            status=status,
            description=markdown(response.get("description")),
            headers=headers,
            contents=contents,
            codes=codes,
            ref=ref_name(raw),
        )

    def operation(self, op: RawOperation) -> OperationView:
        raw = op.op
        params = [self._param(p) for p in parameters(self.spec, op)]
        security = raw.get("security", self.spec.get("security", []))
        schemes = self.spec.get("components", {}).get("securitySchemes", {})
        auth = [Auth(name, _scheme_label(schemes[name])) for req in security for name in req]
        headers = [p for p in params if p.location == "header"]
        bearer = [a.name for a in auth if schemes[a.name].get("scheme") == "bearer"]
        if bearer:
            scheme = schemes[bearer[0]]
            headers.insert(
                0,
                Param(
                    name="Authorization",
                    location="header",
                    required=len(security) == 1,
                    shape=Shape(type="string"),
                    description=markdown(scheme.get("description")),
                    example=None,
                ),
            )
        body = resolve(self.spec, raw.get("requestBody", {}))
        encoding = []
        for media in (body.get("content") or {}).values():
            for part, rule in (media.get("encoding") or {}).items():
                encoding.append((part, rule.get("contentType", "")))
        responses, errors = [], []
        for status, response in raw.get("responses", {}).items():
            (responses if status.startswith("2") else errors).append(
                self._response(status, response)
            )
        links = []
        for response in raw.get("responses", {}).values():
            for name, link in (resolve(self.spec, response).get("links") or {}).items():
                links.append(
                    Link(name, link["operationId"], markdown_inline(link.get("description")))
                )
        body_contents = [self._content(t, m) for t, m in (body.get("content") or {}).items()]
        body_examples = {e.name: e for c in body_contents[:1] for e in c.examples}
        calls = snippets.for_operation(self.spec, op, self.production, self.id_patterns)
        max_body = raw.get("x-max-body-bytes")
        per_tier = (raw.get("x-rate-limit") or {}).get("requests_per_minute", {})
        return OperationView(
            id=raw["operationId"],
            anchor="op-" + raw["operationId"],
            method=op.method.upper(),
            path=op.path,
            summary=raw.get("summary", raw["operationId"]),
            description=markdown(raw.get("description")),
            deprecated=bool(raw.get("deprecated")),
            rate_limit=[(t, per_tier.get(t)) for t in (self.spec.get("x-rate-limit-tiers") or {})],
            scopes=list(raw.get("x-key-scopes", [])),
            max_body=byte_size(max_body) if max_body else None,
            auth=auth,
            path_params=[p for p in params if p.location == "path"],
            query_params=[p for p in params if p.location == "query"],
            headers=headers,
            body_required=bool(body.get("required")),
            body=body_contents,
            encoding=encoding,
            responses=responses,
            errors=errors,
            links=links,
            requests=[(s, body_examples.get(s.example)) for s in calls],
        )


def _scheme_label(scheme: dict[str, Any]) -> Markup:
    if scheme.get("type") == "http" and scheme.get("scheme") == "bearer":
        return markdown_inline(f"Bearer token ({scheme.get('bearerFormat', 'token')})")
    if scheme.get("type") == "apiKey":
        return markdown_inline(f"`{scheme.get('name')}` in the {scheme.get('in')}")
    return markdown_inline(str(scheme.get("type")))
