"""The typed model of the API: every fact of `minimax.yaml` a reader needs, read in one place.

The sandbox, the generators (the clients and the reference docs) and the contract suite
take their facts from an `Api`; none of them reads an `x-` extension or follows a `$ref`
itself. The model is built once from the document, is immutable, and speaks no
particular language: names are the spec's own (`chat.completions.create`, `ChatCompletion`),
and how a language spells them is its generator's business.

`build()` is lenient: it models a broken document as best it can, so that the conventions
check (`conventions.py`) can report every fault in one run. Readers start from `spec.load()`
or `spec.shared()`, which refuse a document that breaks the conventions.

The raw JSON Schemas of the spec stay JSON Schema (`Api.schemas`): it is already a
language-neutral model of data, validated by `Api.validator` and walked with `Api.resolve`.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from jsonschema import Draft202012Validator

from minimax_openapi import document

JSON = "application/json"
SSE = "text/event-stream"
MULTIPART = "multipart/form-data"

Schema = Mapping[str, Any]  # a JSON Schema node as written in the spec (may be a $ref)

_SCHEMA_REF = "#/components/schemas/"
# The security scheme of the administration operations (the account's admin key): an
# operation whose security names it is an administration one, and takes no API key.
ADMIN_SCHEME = "adminKey"


class X:
    """The `x-` extensions that keep the facts code reads. Only the model reads them; the
    conventions name them in their messages to the spec's authors."""

    RATE_LIMIT_TIERS = "x-rate-limit-tiers"
    RATE_LIMIT = "x-rate-limit"
    KEY_SCOPES = "x-key-scopes"
    MAX_BODY_BYTES = "x-max-body-bytes"
    API_KEYS = "x-api-keys"
    ERROR_CODES = "x-error-codes"
    EVENT_SCHEMAS = "x-event-schemas"
    STREAM_END = "x-stream-end"
    TERMINAL = "x-terminal"
    IDEMPOTENCY = "x-idempotency"
    DEPRECATION = "x-deprecation"
    SANDBOX_TRIGGERS = "x-sandbox-triggers"
    ACTIVITY_RETENTION = "x-activity-retention"
    USAGE_WINDOW = "x-usage-window"
    CHANGELOG = "x-changelog"  # under `info`


# The `contentEncoding` of a vector's packed form (an embedding asked for as base64).
PACKED_ENCODING = "base64"


def is_packed_vector(schema: Mapping[str, Any]) -> bool:
    """A union of an array of numbers and a base64 string: an embedding's two encodings
    (`encoding_format` picks one), which every SDK reads as one vector type."""
    variants = schema.get("oneOf") or schema.get("anyOf")
    if not isinstance(variants, (list, tuple)) or len(variants) != 2:
        return False
    by_type = {v.get("type"): v for v in variants if isinstance(v, Mapping)}
    array, text = by_type.get("array"), by_type.get("string")
    items = array.get("items") if array is not None else None
    return (
        isinstance(items, Mapping)
        and items.get("type") in ("number", "integer")
        and text is not None
        and text.get("contentEncoding") == PACKED_ENCODING
    )


def ref_name(node: Any) -> str | None:
    """`Tool` for `{"$ref": "#/components/schemas/Tool"}`; None when `node` is not a $ref."""
    if isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        return str(node["$ref"]).rsplit("/", 1)[-1]
    return None


def _frozen(mapping: Mapping[str, Any] | None) -> Mapping[str, Any]:
    return MappingProxyType(dict(mapping or {}))


# ---- Facts about the whole API ---------------------------------------------------------------


@dataclass(frozen=True)
class ServerVariable:
    name: str
    default: str
    description: str


@dataclass(frozen=True)
class Server:
    url: str
    description: str
    variables: tuple[ServerVariable, ...] = ()

    @property
    def fixed(self) -> bool:
        """True for a URL with no `{variables}`, such as production's."""
        return not self.variables and "{" not in self.url


@dataclass(frozen=True)
class Tag:
    name: str
    description: str


@dataclass(frozen=True)
class Tier:
    """A rate-limit tier (`x-rate-limit-tiers`)."""

    name: str
    shared: bool  # one budget for every operation, instead of one per operation
    requests_per_minute: int | None  # the shared budget; per operation otherwise
    burst_ratio: float  # how far over its limit a key may go within one window
    description: str


@dataclass(frozen=True)
class ErrorCode:
    """One value of `error.code` (`x-error-codes` of the `ErrorCode` schema)."""

    code: str
    status: int
    advice: str  # what the caller should do, for a person


@dataclass(frozen=True)
class Scope:
    name: str
    description: str


@dataclass(frozen=True)
class KeyRules:
    """What an API key looks like and what an account may hold (`x-api-keys`)."""

    prefixes: Mapping[str, str]  # kind -> prefix: production, sandbox (API keys), admin
    alphabet: str  # a regex character class body, e.g. "A-Za-z0-9"
    min_length: int  # of the part after the prefix
    max_length: int
    max_per_account: int
    default_scope: str
    scopes: tuple[Scope, ...]

    @property
    def production_prefix(self) -> str:
        return self.prefixes.get("production", "")

    @property
    def sandbox_prefix(self) -> str:
        return self.prefixes.get("sandbox", "")

    @property
    def admin_prefix(self) -> str:
        """Of the account's admin key, taken only by the administration operations."""
        return self.prefixes.get("admin", "")

    @property
    def pattern(self) -> str:
        """A regex matching a whole key of any kind (an API key of either environment, or
        the admin key)."""
        prefixes = "|".join(re.escape(p) for p in self.prefixes.values())
        return f"^(?:{prefixes})[{self.alphabet}]{{{self.min_length},{self.max_length}}}$"

    @property
    def scope_names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.scopes)


@dataclass(frozen=True)
class Trigger:
    """A sandbox test trigger (`x-sandbox-triggers`): a marker string that forces a failure."""

    marker: str  # "sandbox:rate_limit"
    name: str  # "rate_limit": the marker without its "sandbox:" prefix
    aliases: tuple[str, ...]  # other spellings, for fields whose pattern refuses a colon
    applies_to: str
    effect: str

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.marker, *self.aliases)


@dataclass(frozen=True)
class StreamEnd:
    """The frames that end every stream (`x-stream-end`): `done` on success, `error` else."""

    done_event: str
    error_event: str

    @property
    def events(self) -> tuple[str, str]:
        return (self.done_event, self.error_event)


@dataclass(frozen=True)
class ChangelogEntry:
    """One release of the spec (`info.x-changelog`); its date is that release's `info.version`."""

    date: str  # YYYY-MM-DD
    summary: str
    changes: tuple[str, ...]
    breaking: bool
    migration: str  # how to move to this release; required when `breaking`


@dataclass(frozen=True)
class Idempotency:
    header: str  # the request header carrying the key
    replay_header: str  # the response header marking a replay
    retention_seconds: int


@dataclass(frozen=True)
class Deprecation:
    """The headers of a response to a request naming a deprecated model (`x-deprecation`)."""

    header: str  # RFC 9745: when the model was deprecated, "@<epoch seconds>"
    sunset_header: str  # RFC 8594: when calls naming it stop working, an HTTP-date
    link_header: str  # the migration guide, as a Link of relation `link_relation`
    link_relation: str

    @property
    def headers(self) -> tuple[str, str, str]:
        return (self.header, self.sunset_header, self.link_header)


@dataclass(frozen=True)
class SecurityScheme:
    name: str
    type: str  # http, apiKey
    scheme: str | None  # bearer, for type http
    location: str | None  # query, header: for type apiKey
    parameter: str | None  # the query or header name, for type apiKey
    bearer_format: str | None
    description: str

    @property
    def bearer(self) -> bool:
        return self.type == "http" and self.scheme == "bearer"


# ---- Operations ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Example:
    name: str  # "example" for a lone `example`
    summary: str
    value: Any  # JSON; None is a real value (null) when has_value is True
    has_value: bool = True


@dataclass(frozen=True)
class Header:
    name: str
    description: str
    required: bool
    schema: Schema
    example: Any
    ref: str | None  # the `components.headers` entry it points to, when it is a $ref


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # path, query, header
    required: bool
    description: str
    schema: Schema
    type: str | None  # the JSON type of its (resolved) schema
    example: Any
    default: Any  # its (resolved) schema's default, None if it has none
    secret: bool  # a credential (a URL signature): never quoted back


@dataclass(frozen=True)
class Media:
    """One media type of a request body or a response."""

    media_type: str
    schema: Schema | None
    schema_name: str | None  # the component schema, when `schema` is a $ref to one
    examples: tuple[Example, ...]
    encoding: Mapping[str, str]  # multipart part -> its allowed content types


@dataclass(frozen=True)
class Link:
    name: str
    operation_id: str
    parameters: Mapping[str, Any]
    description: str


@dataclass(frozen=True)
class Response:
    status: str  # "200", "4XX" or "default"
    description: str
    headers: tuple[Header, ...]
    contents: tuple[Media, ...]
    links: tuple[Link, ...]
    ref: str | None  # the `components.responses` entry it points to, when it is a $ref

    @property
    def success(self) -> bool:
        return self.status.startswith("2")

    @property
    def error(self) -> bool:
        return self.status == "default" or self.status[:1] in ("4", "5")

    def media(self, media_type: str) -> Media | None:
        return next((m for m in self.contents if m.media_type == media_type), None)

    def header(self, name: str) -> Header | None:
        """A header by name; HTTP header names are case-insensitive."""
        return next((h for h in self.headers if h.name.lower() == name.lower()), None)


@dataclass(frozen=True)
class RequestBody:
    required: bool
    contents: tuple[Media, ...]
    defaults: Mapping[str, Any]  # the schema's `default`s by property, nested objects too

    @property
    def media(self) -> Media:
        """The media type the operation takes (every operation takes exactly one)."""
        return self.contents[0]

    @property
    def media_type(self) -> str:
        return self.media.media_type


@dataclass(frozen=True)
class Stream:
    """An SSE response: which event carries which data, and how the stream ends."""

    schema_name: str | None  # the frame schema, e.g. ChatCompletionStreamEvent
    data_schema: Schema | None  # what a frame's `data` holds: the union of the events' data
    events: Mapping[str, str]  # event -> the component schema of its data
    item_event: str | None  # the event that carries the stream's items: chunk, status
    end: StreamEnd

    @property
    def item_schema(self) -> str | None:
        return self.events.get(self.item_event) if self.item_event else None


@dataclass(frozen=True)
class Envelope:
    """A JSON success response's `{data, meta}` envelope."""

    schema_name: str  # e.g. ChatCompletionResponse
    data_schema: str | None  # the component schema of `data`, or of its items
    data_is_list: bool


@dataclass(frozen=True)
class ModelArgument:
    """Where a request names the model it uses: the body's `model`, or a path's `model_id`."""

    location: str  # "body" or "path"
    name: str
    default: Any  # the body's default model, used when the request leaves it out; else None


@dataclass(frozen=True)
class Retention:
    """How long the activity log keeps its rows (`x-activity-retention`)."""

    days: int  # the API's promise
    sandbox_rows: int  # the newest rows the sandbox keeps instead, bounding its file


@dataclass(frozen=True)
class UsageWindow:
    """The usage report's window (`x-usage-window`)."""

    default_seconds: int  # when `since` is not given: this long before `until`
    max_seconds: int  # the longest it may span


@dataclass(frozen=True)
class Operation:
    id: str  # "chat.completions.create"; "" when the document lacks one
    method: str  # "POST"
    path: str  # "/chat/completions", relative to the servers
    tags: tuple[str, ...]
    summary: str
    description: str
    deprecated: bool
    parameters: tuple[Parameter, ...]  # path-item level first, then the operation's own
    body: RequestBody | None
    responses: tuple[Response, ...]
    security: tuple[tuple[str, ...], ...]  # alternatives, each the schemes it needs together
    signed_url: bool  # may be called with a signed URL instead of a key
    rate_limit: Mapping[str, int]  # tier -> requests per minute
    scopes: tuple[str, ...]  # the key scopes that may call it
    max_body_bytes: int | None
    envelope: Envelope | None  # of the JSON success response
    stream: Stream | None  # of the SSE success response
    stream_flag: str | None  # the body property that switches a JSON answer to a stream
    download: tuple[str, ...]  # media types of a success that is a file, not JSON or SSE
    model_argument: ModelArgument | None  # where the request names a model, if it does
    retention: Retention | None  # of the log it reads, for the activity log's list
    usage_window: UsageWindow | None  # of the usage report

    @property
    def label(self) -> str:
        return f"{self.method} {self.path}"

    @property
    def admin(self) -> bool:
        """An administration operation: its security is the account's admin key."""
        return any(ADMIN_SCHEME in requirement for requirement in self.security)

    @property
    def tag(self) -> str:
        return self.tags[0] if self.tags else ""

    @property
    def resource(self) -> tuple[str, ...]:
        """The resource path of the id: ("video", "generations") for video.generations.create."""
        return tuple(self.id.split(".")[:-1])

    @property
    def name(self) -> str:
        """The method name: "create" for video.generations.create."""
        return self.id.rsplit(".", 1)[-1]

    @property
    def result(self) -> str:
        """What a call answers by default: "json", "stream" or "binary"."""
        if self.envelope is not None:
            return "json"
        return "stream" if self.stream is not None else "binary"

    @property
    def success(self) -> Response | None:
        return next((r for r in self.responses if r.success), None)

    def response(self, status: int | str) -> Response | None:
        return next((r for r in self.responses if r.status == str(status)), None)

    def parameters_in(self, location: str) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if p.location == location)


# ---- The API ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Api:
    title: str
    version: str
    summary: str
    description: str
    servers: tuple[Server, ...]
    tags: tuple[Tag, ...]
    operations: tuple[Operation, ...]
    tiers: tuple[Tier, ...]
    error_codes: tuple[ErrorCode, ...]
    error_code_schema: str | None  # the schema whose enum is the codes
    error_schema: str | None  # the envelope of every error response
    keys: KeyRules
    triggers: tuple[Trigger, ...]
    stream_end: StreamEnd
    task_statuses: tuple[str, ...]
    terminal_statuses: frozenset[str]
    task_schemas: frozenset[str]  # schemas with a `status` that is a task status
    idempotency: Idempotency
    deprecation: Deprecation
    headers: Mapping[str, Header]  # `components.headers`
    security_schemes: Mapping[str, SecurityScheme]
    schemas: Mapping[str, Schema]  # `components.schemas`, as JSON Schema
    # schema -> its properties (its own or from its `allOf`) that hold a credential, marked
    # `format: password`: SDKs never print them in full
    secret_properties: Mapping[str, frozenset[str]]
    license: str
    contact_name: str  # `info.contact`: who answers for the API, and where
    contact_url: str
    changelog: tuple[ChangelogEntry, ...]  # newest first
    _document: Mapping[str, Any] = field(repr=False, compare=False)

    # -- lookups --

    def operation(self, operation_id: str) -> Operation:
        for operation in self.operations:
            if operation.id == operation_id:
                return operation
        raise KeyError(f"the spec has no operation {operation_id!r}")

    def operation_at(self, method: str, path: str) -> Operation:
        for operation in self.operations:
            if operation.method == method.upper() and operation.path == path:
                return operation
        raise KeyError(f"the spec has no operation {method.upper()} {path}")

    def tier(self, name: str) -> Tier:
        return next(t for t in self.tiers if t.name == name)

    @property
    def tier_names(self) -> tuple[str, ...]:
        return tuple(t.name for t in self.tiers)

    @property
    def status_of(self) -> Mapping[str, int]:
        return MappingProxyType({e.code: e.status for e in self.error_codes})

    @property
    def production(self) -> Server | None:
        """The first server with a fixed URL: where production requests go."""
        return next((s for s in self.servers if s.fixed), None)

    # -- JSON Schema --

    def resolve(self, node: Any) -> Any:
        """Follow local `$ref`s until reaching a node that is not one."""
        return document.resolve(self._document, node)

    def schema(self, name: str) -> Schema:
        return self.schemas[name]

    def validator(self, schema: Any) -> Draft202012Validator:
        """A JSON Schema 2020-12 validator for a schema of the spec, its `$ref`s resolved."""
        return document.schema_validator(self._document, schema)

    def validation_errors(self, schema: Any, instance: Any) -> list[str]:
        """Readable messages for each way `instance` fails `schema`; empty when it is valid."""
        return document.validation_errors(self._document, schema, instance)

    def document(self) -> dict[str, Any]:
        """A fresh copy of the whole document, for tools that take OpenAPI itself
        (Schemathesis, openapi-python-client, validators); they may change it freely."""
        return copy.deepcopy(dict(self._document))


# ---- Building ----------------------------------------------------------------------------


def build(raw: Mapping[str, Any]) -> Api:
    """The model of a document, without judging it (see `conventions.py` for that)."""
    doc = copy.deepcopy(dict(raw))  # later changes to `raw` do not reach the model
    return _Builder(doc).api()


class _Builder:
    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc
        self.components: dict[str, Any] = _dict(doc.get("components"))
        self.stream_end = self._stream_end()

    def resolve(self, node: Any) -> Any:
        try:
            return document.resolve(self.doc, node)
        except (KeyError, IndexError, ValueError, TypeError):
            return {}  # a dangling $ref: the validator reports it; the model sees nothing

    def api(self) -> Api:
        doc, info = self.doc, _dict(self.doc.get("info"))
        schemas = _dict(self.components.get("schemas"))
        statuses, terminal, status_schema = self._task_statuses(schemas)
        return Api(
            title=str(info.get("title", "")),
            version=str(info.get("version", "")),
            summary=str(info.get("summary", "")),
            description=str(info.get("description", "")),
            servers=tuple(self._server(s) for s in _list(doc.get("servers"))),
            tags=tuple(
                Tag(str(t.get("name", "")), str(t.get("description", "")))
                for t in _list(doc.get("tags"))
            ),
            operations=tuple(self._operation(op) for op in document.operations(doc)),
            tiers=tuple(self._tier(n, t) for n, t in _dict(doc.get(X.RATE_LIMIT_TIERS)).items()),
            error_codes=self._error_codes(schemas),
            error_code_schema=self._error_code_schema(schemas),
            error_schema=self._error_schema(),
            keys=self._keys(),
            triggers=tuple(self._trigger(t) for t in _list(doc.get(X.SANDBOX_TRIGGERS))),
            stream_end=self.stream_end,
            task_statuses=statuses,
            terminal_statuses=terminal,
            task_schemas=frozenset(
                name
                for name, schema in schemas.items()
                if status_schema
                and ref_name(_dict(_dict(schema).get("properties")).get("status")) == status_schema
            ),
            idempotency=self._idempotency(),
            deprecation=self._deprecation(),
            headers=MappingProxyType(
                {
                    name: self._header(name, header)
                    for name, header in _dict(self.components.get("headers")).items()
                }
            ),
            security_schemes=MappingProxyType(
                {
                    name: self._scheme(name, scheme)
                    for name, scheme in _dict(self.components.get("securitySchemes")).items()
                }
            ),
            schemas=MappingProxyType(schemas),
            secret_properties=MappingProxyType(
                {name: found for name in schemas if (found := self._secrets(schemas[name]))}
            ),
            license=str(_dict(info.get("license")).get("identifier", "")),
            contact_name=str(_dict(info.get("contact")).get("name", "")),
            contact_url=str(_dict(info.get("contact")).get("url", "")),
            changelog=tuple(self._changelog_entry(e) for e in _list(info.get(X.CHANGELOG))),
            _document=doc,
        )

    # -- API-wide facts --

    def _server(self, raw: Any) -> Server:
        raw = _dict(raw)
        variables = tuple(
            ServerVariable(str(n), str(_dict(v).get("default", "")), _text(v))
            for n, v in _dict(raw.get("variables")).items()
        )
        return Server(str(raw.get("url", "")), _text(raw), variables)

    def _tier(self, name: str, raw: Any) -> Tier:
        raw = _dict(raw)
        rpm = raw.get("requests_per_minute")
        return Tier(
            name=name,
            shared=bool(raw.get("shared")),
            requests_per_minute=rpm if isinstance(rpm, int) else None,
            burst_ratio=float(raw.get("burst_ratio", 0) or 0),
            description=_text(raw),
        )

    def _error_code_schema(self, schemas: dict[str, Any]) -> str | None:
        return next((n for n, s in schemas.items() if X.ERROR_CODES in _dict(s)), None)

    def _error_codes(self, schemas: dict[str, Any]) -> tuple[ErrorCode, ...]:
        name = self._error_code_schema(schemas)
        if name is None:
            return ()
        schema = _dict(schemas[name])
        codes = _dict(schema.get(X.ERROR_CODES))
        out = []
        for code in _list(schema.get("enum")):
            facts = _dict(codes.get(code))
            status = facts.get("status")
            status = status if isinstance(status, int) else 0
            out.append(ErrorCode(str(code), status, str(facts.get("advice", ""))))
        return tuple(out)

    def _error_schema(self) -> str | None:
        """The schema the error responses share: the one the most 4xx/5xx responses use."""
        counts: dict[str, int] = {}
        for op in document.operations(self.doc):
            for status, raw in _dict(op.op.get("responses")).items():
                if str(status)[:1] in ("4", "5") or status == "default":
                    media = _dict(_dict(self.resolve(raw).get("content")).get(JSON))
                    name = ref_name(media.get("schema"))
                    if name:
                        counts[name] = counts.get(name, 0) + 1
        return max(counts, key=lambda n: counts[n]) if counts else None

    def _keys(self) -> KeyRules:
        raw = _dict(self.doc.get(X.API_KEYS))
        secret = _dict(raw.get("secret"))
        scopes = tuple(Scope(str(n), str(d or "")) for n, d in _dict(raw.get("scopes")).items())
        return KeyRules(
            prefixes=_frozen({str(k): str(v) for k, v in _dict(raw.get("prefixes")).items()}),
            alphabet=str(secret.get("alphabet", "")),
            min_length=int(secret.get("min_length", 0) or 0),
            max_length=int(secret.get("max_length", 0) or 0),
            max_per_account=int(raw.get("max_per_account", 0) or 0),
            default_scope=str(raw.get("default_scope", "")),
            scopes=scopes,
        )

    def _secrets(self, schema: Any, depth: int = 0) -> frozenset[str]:
        schema = _dict(self.resolve(schema))
        found = {
            str(name)
            for name, prop in _dict(schema.get("properties")).items()
            if _dict(self.resolve(prop)).get("format") == "password"
        }
        if depth < 8:
            for part in _list(schema.get("allOf")):
                found |= self._secrets(part, depth + 1)
        return frozenset(found)

    def _trigger(self, raw: Any) -> Trigger:
        raw = _dict(raw)
        marker = str(raw.get("marker", ""))
        return Trigger(
            marker=marker,
            name=marker.partition(":")[2] or marker,
            aliases=tuple(str(a) for a in _list(raw.get("aliases"))),
            applies_to=str(raw.get("applies_to", "")),
            effect=str(raw.get("effect", "")),
        )

    def _stream_end(self) -> StreamEnd:
        raw = _dict(self.doc.get(X.STREAM_END))
        return StreamEnd(str(raw.get("done", "")), str(raw.get("error", "")))

    def _task_statuses(
        self, schemas: dict[str, Any]
    ) -> tuple[tuple[str, ...], frozenset[str], str | None]:
        for name, schema in schemas.items():
            schema = _dict(schema)
            if X.TERMINAL in schema:
                statuses = tuple(str(s) for s in _list(schema.get("enum")))
                terminal = frozenset(str(s) for s in _list(schema.get(X.TERMINAL)))
                return statuses, terminal, name
        return (), frozenset(), None

    def _changelog_entry(self, raw: Any) -> ChangelogEntry:
        raw = _dict(raw)
        return ChangelogEntry(
            date=str(raw.get("date", "")),
            summary=str(raw.get("summary", "")),
            changes=tuple(str(change) for change in _list(raw.get("changes"))),
            breaking=raw.get("breaking") is True,
            migration=str(raw.get("migration", "") or ""),
        )

    def _idempotency(self) -> Idempotency:
        raw = _dict(self.doc.get(X.IDEMPOTENCY))
        return Idempotency(
            header=str(raw.get("header", "")),
            replay_header=str(raw.get("replay_header", "")),
            retention_seconds=int(raw.get("retention_seconds", 0) or 0),
        )

    def _deprecation(self) -> Deprecation:
        raw = _dict(self.doc.get(X.DEPRECATION))
        return Deprecation(
            header=str(raw.get("header", "")),
            sunset_header=str(raw.get("sunset_header", "")),
            link_header=str(raw.get("link_header", "")),
            link_relation=str(raw.get("link_relation", "")),
        )

    def _scheme(self, name: str, raw: Any) -> SecurityScheme:
        raw = _dict(raw)
        return SecurityScheme(
            name=name,
            type=str(raw.get("type", "")),
            scheme=raw.get("scheme"),
            location=raw.get("in"),
            parameter=raw.get("name"),
            bearer_format=raw.get("bearerFormat"),
            description=_text(raw),
        )

    # -- operations --

    def _operation(self, raw_op: document.RawOperation) -> Operation:
        op = raw_op.op
        parameters = tuple(self._parameter(p) for p in document.parameters(self.doc, raw_op))
        body = self._body(op.get("requestBody")) if "requestBody" in op else None
        responses = tuple(
            self._response(str(status), raw)
            for status, raw in _dict(op.get("responses")).items()  # YAML may read 200 as an int
        )
        security = tuple(tuple(_dict(req)) for req in _list(op.get("security")))
        schemes = _dict(self.components.get("securitySchemes"))
        signed = any(
            _dict(schemes.get(name)).get("type") == "apiKey"
            and _dict(schemes.get(name)).get("in") == "query"
            for requirement in security
            for name in requirement
        )
        success = next((r for r in responses if r.success), None)
        envelope, stream, download = self._success(success)
        flag = None
        if envelope is not None and stream is not None and body is not None:
            flag = self._stream_flag(body)
        rpm = _dict(_dict(op.get(X.RATE_LIMIT)).get("requests_per_minute"))
        max_body = op.get(X.MAX_BODY_BYTES)
        return Operation(
            id=str(op.get("operationId", "")),
            method=raw_op.method.upper(),
            path=raw_op.path,
            tags=tuple(str(t) for t in _list(op.get("tags"))),
            summary=str(op.get("summary", "")),
            description=str(op.get("description", "")).strip(),
            deprecated=bool(op.get("deprecated")),
            parameters=parameters,
            body=body,
            responses=responses,
            security=security,
            signed_url=signed,
            rate_limit=_frozen({str(t): n for t, n in rpm.items()}),
            scopes=tuple(str(s) for s in _list(op.get(X.KEY_SCOPES))),
            max_body_bytes=max_body if isinstance(max_body, int) else None,
            envelope=envelope,
            stream=stream,
            stream_flag=flag,
            download=download,
            model_argument=self._model_argument(body, parameters),
            retention=self._retention(op.get(X.ACTIVITY_RETENTION)),
            usage_window=self._usage_window(op.get(X.USAGE_WINDOW)),
        )

    def _retention(self, raw: Any) -> Retention | None:
        if not isinstance(raw, dict):
            return None
        return Retention(_int(raw.get("days")), _int(raw.get("sandbox_rows")))

    def _usage_window(self, raw: Any) -> UsageWindow | None:
        if not isinstance(raw, dict):
            return None
        return UsageWindow(_int(raw.get("default_seconds")), _int(raw.get("max_seconds")))

    def _parameter(self, raw: Any) -> Parameter:
        raw = _dict(raw)
        schema = _dict(raw.get("schema"))
        resolved = _dict(self.resolve(schema))
        secret_names = {
            s.get("name")
            for s in _dict(self.components.get("securitySchemes")).values()
            if _dict(s).get("type") == "apiKey"
        }
        name = str(raw.get("name", ""))
        example = raw.get("example", resolved.get("example"))
        return Parameter(
            name=name,
            location=str(raw.get("in", "")),
            required=bool(raw.get("required")),
            description=_text(raw),
            schema=schema,
            type=resolved.get("type") if isinstance(resolved.get("type"), str) else None,
            example=example,
            # A `$ref` may carry its own `default` beside it (3.1): that one applies.
            default=schema.get("default", resolved.get("default")),
            secret=name in secret_names,
        )

    def _header(self, name: str, raw: Any) -> Header:
        ref = raw.get("$ref") if isinstance(raw, Mapping) else None
        resolved = _dict(self.resolve(raw))
        schema = _dict(resolved.get("schema"))
        return Header(
            name=name,
            description=_text(resolved),
            required=bool(resolved.get("required")),
            schema=schema,
            example=resolved.get("example", _dict(self.resolve(schema)).get("example")),
            ref=ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None,
        )

    def _media(self, media_type: str, raw: Any) -> Media:
        raw = _dict(raw)
        schema = raw.get("schema")
        examples: list[Example] = []
        if "example" in raw:
            examples.append(Example("example", "", raw["example"]))
        for name, example in _dict(raw.get("examples")).items():
            example = _dict(self.resolve(example))
            has_value = "value" in example or "externalValue" in example
            examples.append(
                Example(str(name), str(example.get("summary", "")), example.get("value"), has_value)
            )
        encoding = {
            str(part): str(_dict(rule).get("contentType", ""))
            for part, rule in _dict(raw.get("encoding")).items()
        }
        return Media(
            media_type=media_type,
            schema=schema if isinstance(schema, Mapping) else None,
            schema_name=ref_name(schema),
            examples=tuple(examples),
            encoding=_frozen(encoding),
        )

    def _body(self, raw: Any) -> RequestBody:
        body = _dict(self.resolve(raw))
        contents = tuple(self._media(t, m) for t, m in _dict(body.get("content")).items())
        defaults = self._defaults(contents[0].schema) if contents else {}
        return RequestBody(bool(body.get("required")), contents, _frozen(defaults))

    def _defaults(self, schema: Any, depth: int = 0) -> dict[str, Any]:
        """{field: default} of an object schema; an object field with defaults of its own
        gives a dict of them."""
        found: dict[str, Any] = {}
        if depth > 16:
            return found
        for name, raw in _dict(_dict(self.resolve(schema)).get("properties")).items():
            # A `$ref` may carry its own `default` beside it (3.1): that one applies.
            prop = {**_dict(self.resolve(raw)), **_dict(raw)}
            if "default" in prop:
                found[name] = prop["default"]
            elif nested := self._defaults(prop, depth + 1):
                found[name] = nested
        return found

    def _response(self, status: str, raw: Any) -> Response:
        ref = raw.get("$ref") if isinstance(raw, Mapping) else None
        response = _dict(self.resolve(raw))
        links = tuple(
            Link(
                str(name),
                str(_dict(link).get("operationId", "")),
                _frozen(_dict(_dict(link).get("parameters"))),
                _text(link),
            )
            for name, link in _dict(response.get("links")).items()
        )
        return Response(
            status=status,
            description=_text(response),
            headers=tuple(self._header(n, h) for n, h in _dict(response.get("headers")).items()),
            contents=tuple(self._media(t, m) for t, m in _dict(response.get("content")).items()),
            links=links,
            ref=ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None,
        )

    def _success(
        self, success: Response | None
    ) -> tuple[Envelope | None, Stream | None, tuple[str, ...]]:
        if success is None:
            return None, None, ()
        envelope = stream = None
        json_media, sse_media = success.media(JSON), success.media(SSE)
        if json_media is not None and json_media.schema_name:
            envelope = self._envelope(json_media.schema_name)
        if sse_media is not None:
            stream = self._stream(sse_media)
        download = tuple(m.media_type for m in success.contents if m.media_type not in (JSON, SSE))
        return envelope, stream, download

    def _envelope(self, name: str) -> Envelope | None:
        schema = _dict(self.resolve({"$ref": _SCHEMA_REF + name}))
        data = _dict(_dict(schema.get("properties")).get("data"))
        if not data:
            return None
        if data.get("type") == "array":
            return Envelope(name, ref_name(data.get("items")), True)
        return Envelope(name, ref_name(data), False)

    def _stream(self, media: Media) -> Stream:
        frame = _dict(self.resolve(media.schema))
        events = {
            str(event): str(ref).rsplit("/", 1)[-1]
            for event, ref in _dict(frame.get(X.EVENT_SCHEMAS)).items()
        }
        items = [e for e in events if e not in self.stream_end.events]
        data = _dict(_dict(frame.get("properties")).get("data")).get("contentSchema")
        return Stream(
            schema_name=media.schema_name,
            data_schema=data if isinstance(data, Mapping) else None,
            events=_frozen(events),
            item_event=items[0] if len(items) == 1 else None,
            end=self.stream_end,
        )

    def _model_argument(
        self, body: RequestBody | None, parameters: tuple[Parameter, ...]
    ) -> ModelArgument | None:
        """The body's `model` property, else a `model_id` path parameter: the two ways the
        API's requests name a model."""
        if body is not None:
            properties = _dict(_dict(self.resolve(body.media.schema)).get("properties"))
            if "model" in properties:
                return ModelArgument("body", "model", body.defaults.get("model"))
        if any(p.location == "path" and p.name == "model_id" for p in parameters):
            return ModelArgument("path", "model_id", None)  # a path parameter is always given
        return None

    def _stream_flag(self, body: RequestBody) -> str | None:
        """The boolean body property that asks for a stream: the one named after it."""
        properties = _dict(_dict(self.resolve(body.media.schema)).get("properties"))
        flag = _dict(self.resolve(properties.get("stream")))
        return "stream" if flag.get("type") == "boolean" else None


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _int(value: Any) -> int:
    """An integer fact; 0 (which the conventions refuse) for anything else."""
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _text(raw: Any) -> str:
    return str(_dict(raw).get("description", "") or "")
