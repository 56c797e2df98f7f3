"""What the reference site shows, read off the spec's model: overview sections and their tables,
and every operation.

Nothing here knows a fact about the API: every number, code, path and sentence comes from the
`Api` of `openapi/minimax.yaml`. The one convention assumed about its prose is a `## ` heading
per overview section of the description.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from markupsafe import Markup

from generator.docs import snippets
from generator.docs.shapes import SchemaReader, Shape
from generator.docs.text import byte_size, markdown, markdown_inline, slug
from minimax_openapi import model
from minimax_openapi.model import SSE, Api

# ---- Overview --------------------------------------------------------------------------------


@dataclass
class Section:
    id: str
    title: str
    html: Markup
    extras: list[str] = field(default_factory=list)


# Which overview heading (by slug) each table read off the model joins, in this order. A table
# whose heading the spec no longer has still appears, in a section of its own.
EXTRA_HOMES = {
    "security_schemes": ("authentication", "Authentication"),
    "key_scopes": ("authentication", "Authentication"),
    "envelope_schemas": ("envelopes", "Envelopes"),
    "error_codes": ("errors", "Errors"),
    "rate_limits": ("rate-limits", "Rate limits"),
    "streams": ("streaming", "Streaming"),
    "triggers": ("sandbox-test-triggers", "Sandbox test triggers"),
}


def overview_sections(api: Api) -> tuple[Markup, list[Section]]:
    """The intro and the `## ` sections of the API's description, with the tables joined in."""
    intro: list[str] = []
    sections: list[tuple[str, list[str]]] = []
    for line in api.description.splitlines():
        if line.startswith("## "):
            sections.append((line[3:].strip(), []))
        elif sections:
            sections[-1][1].append(line)
        else:
            intro.append(line)
    built = [
        Section("sdks", "SDKs", Markup(""), ["sdks"]),
        Section("base-url", "Base URL and servers", Markup(""), ["servers"]),
    ]
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


@dataclass
class ScopeRow:
    name: str
    description: Markup
    default: bool  # what a key gets when none is asked for


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


# The snippets' languages in tab order: (name, tab label, code block language). The name is the
# one the page's language choice remembers, and each `<pre data-snippet>` carries.
LANGUAGES = (
    ("curl", "curl", "shell"),
    ("python", "Python", "python"),
    ("javascript", "JavaScript", "javascript"),
    ("go", "Go", "go"),
)
# Where the sandbox's hub opens an operation in its playground, followed by the operation's id
# and the name of the request example to fill in, each URI-encoded (the hub's playground.js
# reads them from the hash); shown only when the sandbox serves the page.
TRY_IT = "/hub/#playground/"


def try_it(operation_id: str, example: str | None) -> str:
    """The "Try it" link of an operation's request example (None: it has no request example)."""
    names = [operation_id] if example is None else [operation_id, example]
    return TRY_IT + "/".join(quote(name, safe="") for name in names)


@dataclass
class Panel:
    language: str
    label: str
    code_language: str
    text: str
    attrs: dict[str, str]  # data-snippet and what the docs tests need to run it


@dataclass
class SnippetGroup:
    """One example in every language it is shown in, as tabs (the page's language choice picks
    the tab); an operation's example may add its request body, and a "Try it" link."""

    uid: str
    title: str
    panels: list[Panel]
    body: Example | None = None
    try_it: str | None = None


def snippet_panels(texts: dict[str, str], attrs: dict[str, str]) -> list[Panel]:
    """A panel for each language of `texts` (by name), in tab order."""
    return [
        Panel(name, label, code, texts[name], {"data-snippet": name, **attrs})
        for name, label, code in LANGUAGES
        if name in texts
    ]


@dataclass
class OperationView:
    id: str
    anchor: str
    method: str
    path: str
    summary: str
    description: Markup
    deprecated: bool
    rate_limit: list[tuple[str, int | None]]
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
    requests: list[SnippetGroup]  # each request example, in every language


@dataclass
class TagView:
    name: str
    anchor: str
    description: Markup
    operations: list[OperationView]


# Where an operation without a tag is listed.
UNTAGGED = "Other"


def _examples(media: model.Media) -> list[Example]:
    out = []
    for example in media.examples:
        value = example.value
        if media.media_type == SSE and isinstance(value, dict):
            lines = [f"{k}: {value[k]}" for k in ("id", "event", "data") if k in value]
            text, language = "\n".join(lines) + "\n", "sse"
        elif isinstance(value, (dict, list)):
            text, language = snippets.json_pretty(value), "json"
        else:
            text, language = str(value), "text"
        out.append(Example(example.name, example.summary, text, language))
    return out


def _error_codes_shown(contents: tuple[model.Media, ...]) -> list[str]:
    """The `error.code`s of a response's examples, in order, each once."""
    codes: list[str] = []
    for example in (e for media in contents for e in media.examples):
        error = example.value.get("error") if isinstance(example.value, dict) else None
        code = error.get("code") if isinstance(error, dict) else None
        if code and code not in codes:
            codes.append(code)
    return codes


def _scheme_label(scheme: model.SecurityScheme) -> Markup:
    if scheme.bearer:
        return markdown_inline(f"Bearer token ({scheme.bearer_format or 'token'})")
    if scheme.type == "apiKey":
        return markdown_inline(f"`{scheme.parameter}` in the {scheme.location}")
    return markdown_inline(scheme.type)


class SiteReader:
    """Everything the template renders, read off one model."""

    def __init__(self, api: Api) -> None:
        self.api = api
        self.schemas = SchemaReader(api)
        self.production = snippets.production_server(api)
        self.id_patterns = snippets.id_patterns(api)
        self.go_types = snippets.GoTypes(api)

    # -- overview tables --

    def servers(self) -> list[dict[str, Any]]:
        return [
            {
                "url": server.url,
                "description": markdown_inline(server.description),
                "variables": [
                    (v.name, v.default, markdown_inline(v.description)) for v in server.variables
                ],
            }
            for server in self.api.servers
        ]

    def security_schemes(self) -> list[tuple[str, Markup, Markup]]:
        return [
            (name, _scheme_label(scheme), markdown(scheme.description))
            for name, scheme in self.api.security_schemes.items()
        ]

    def key_scopes(self) -> list[ScopeRow]:
        keys = self.api.keys
        return [
            ScopeRow(s.name, markdown_inline(s.description), s.name == keys.default_scope)
            for s in keys.scopes
        ]

    def tiers(self) -> list[dict[str, Any]]:
        return [
            {
                "name": tier.name,
                "shared": tier.shared,
                "requests_per_minute": tier.requests_per_minute,
                "burst_ratio": tier.burst_ratio,
                "description": markdown_inline(tier.description),
            }
            for tier in self.api.tiers
        ]

    def rate_limit_rows(self) -> list[dict[str, Any]]:
        return [
            {
                "operation_id": op.id,
                "method": op.method,
                "path": op.path,
                "summary": op.summary,
                "limits": [op.rate_limit.get(t) for t in self.api.tier_names],
            }
            for op in self.api.operations
        ]

    def error_envelope(self) -> tuple[str, Shape]:
        """The schema every error response shares."""
        name = self.api.error_schema
        if name is None:
            raise ValueError("the spec's error responses share no schema")
        return name, self.schemas.named(name)

    def error_codes(self) -> tuple[Markup, list[ErrorCodeRow]]:
        """The code schema's description, and every code with its status and advice."""
        name = self.api.error_code_schema
        intro = self.api.schemas[name].get("description") if name else None
        rows = [
            ErrorCodeRow(e.code, e.status, markdown_inline(e.advice)) for e in self.api.error_codes
        ]
        return markdown(intro), rows

    def streams(self) -> list[dict[str, Any]]:
        return [
            {
                "operation_id": op.id,
                "label": op.label,
                "schema": op.stream.schema_name,
                "events": list(op.stream.events.items()),
            }
            for op in self.api.operations
            if op.stream is not None
        ]

    def triggers(self) -> list[dict[str, str]]:
        return [
            {
                "marker": t.marker,
                "applies_to": markdown_inline(t.applies_to),
                "effect": markdown_inline(t.effect),
            }
            for t in self.api.triggers
        ]

    def rate_limit_headers(self) -> list[tuple[str, Markup]]:
        """The headers of a `429` answer (the first operation's that has one): the limit's
        state, and how long to wait."""
        for op in self.api.operations:
            response = op.response(429)
            if response is not None:
                return [(h.name, markdown_inline(h.description)) for h in response.headers]
        raise ValueError("no operation answers 429")

    # -- operations --

    def tags(self) -> list[TagView]:
        declared = [(t.name, t.description) for t in self.api.tags]
        for op in self.api.operations:
            tag = op.tag or UNTAGGED
            if tag not in [name for name, _ in declared]:
                declared.append((tag, ""))
        views = []
        for name, description in declared:
            ops = [self.operation(op) for op in self.api.operations if (op.tag or UNTAGGED) == name]
            if ops:
                views.append(TagView(name, "tag-" + slug(name), markdown(description), ops))
        return views

    def _param(
        self,
        name: str,
        location: str,
        required: bool,
        schema: model.Schema,
        description: str,
        example: Any,
    ) -> Param:
        shape = self.schemas.shape(schema)
        return Param(
            name=name,
            location=location,
            required=required,
            shape=shape,
            description=markdown(description) or shape.description,
            example=None if example is None else str(example),
        )

    def _parameter(self, p: model.Parameter) -> Param:
        return self._param(p.name, p.location, p.required, p.schema, p.description, p.example)

    def _header(self, h: model.Header) -> Param:
        return self._param(h.name, "header", h.required, h.schema, h.description, h.example)

    def _content(self, media: model.Media, stream: model.Stream | None) -> Content:
        events = []
        if media.media_type == SSE and stream is not None:
            events = [
                (event, schema, self.schemas.named(schema))
                for event, schema in stream.events.items()
            ]
        return Content(
            media_type=media.media_type,
            shape=self.schemas.shape(media.schema) if media.schema is not None else None,
            events=events,
            examples=_examples(media),
        )

    def _response(self, response: model.Response, stream: model.Stream | None) -> Response:
        return Response(
            status=response.status,
            description=markdown(response.description),
            headers=[self._header(h) for h in response.headers],
            contents=[self._content(m, stream) for m in response.contents],
            codes=_error_codes_shown(response.contents),
            ref=response.ref,
        )

    def _auth_header(self, op: model.Operation, auth: list[Auth]) -> Param | None:
        """`Authorization`, when a bearer scheme may authorize the call."""
        schemes = self.api.security_schemes
        bearer = next((schemes[a.name] for a in auth if schemes[a.name].bearer), None)
        if bearer is None:
            return None
        return Param(
            name="Authorization",
            location="header",
            required=len(op.security) == 1,  # not when a signed URL may stand in
            shape=Shape(type="string"),
            description=markdown(bearer.description),
            example=None,
        )

    def operation(self, op: model.Operation) -> OperationView:
        params = [self._parameter(p) for p in op.parameters]
        schemes = self.api.security_schemes
        auth = [Auth(name, _scheme_label(schemes[name])) for req in op.security for name in req]
        headers = [p for p in params if p.location == "header"]
        authorization = self._auth_header(op, auth)
        if authorization is not None:
            headers.insert(0, authorization)
        body_media = op.body.contents if op.body is not None else ()
        success = op.success
        responses: list[Response] = []
        errors: list[Response] = []
        for response in op.responses:
            stream = op.stream if response is success else None
            view = self._response(response, stream)
            (responses if response.status.startswith("2") else errors).append(view)
        body = [self._content(m, None) for m in body_media]
        body_examples = {e.name: e for c in body[:1] for e in c.examples}
        calls = snippets.for_operation(
            self.api, op, self.production, self.id_patterns, self.go_types
        )
        return OperationView(
            id=op.id,
            anchor="op-" + op.id,
            method=op.method,
            path=op.path,
            summary=op.summary or op.id,
            description=markdown(op.description),
            deprecated=op.deprecated,
            rate_limit=[(t, op.rate_limit.get(t)) for t in self.api.tier_names],
            scopes=list(op.scopes),
            max_body=byte_size(op.max_body_bytes) if op.max_body_bytes else None,
            auth=auth,
            path_params=[p for p in params if p.location == "path"],
            query_params=[p for p in params if p.location == "query"],
            headers=headers,
            body_required=op.body is not None and op.body.required,
            body=body,
            encoding=[(part, types) for m in body_media for part, types in m.encoding.items()],
            responses=responses,
            errors=errors,
            links=[
                Link(link.name, link.operation_id, markdown_inline(link.description))
                for response in op.responses
                for link in response.links
            ],
            requests=[self._group(op, s, body_examples.get(s.example)) for s in calls],
        )

    def _group(
        self, op: model.Operation, s: snippets.Snippet, body: Example | None
    ) -> SnippetGroup:
        texts = {"curl": s.curl, "python": s.python, "javascript": s.javascript, "go": s.go}
        attrs = {"data-operation": op.id, "data-example": s.example, "data-ids": s.ids}
        generic = s.example in ("call", "example")
        return SnippetGroup(
            uid=f"ex-{op.id}-{s.example}",
            title=s.summary or ((op.summary or op.id) if generic else s.example),
            panels=snippet_panels(texts, attrs),
            body=body,
            # A call without a request example (its snippets' "call") names none.
            try_it=try_it(op.id, s.example if body is not None else None),
        )
