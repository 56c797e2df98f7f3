"""The operations of the spec, compiled once at start into what the server needs per route."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from minimax_openapi.model import Api, ModelArgument, Operation
from minimax_sandbox.validation import Validator

API_PREFIX = "/v1"


@dataclass(frozen=True)
class Param:
    name: str
    location: str  # "path", "query" or "header"
    required: bool
    integer: bool  # query values arrive as text; integers are converted before validation
    secret: bool  # a credential (a URL signature): never quoted back in a message
    validator: Validator
    default: Any  # the schema's default, used when the request leaves it out; None if none


@dataclass(frozen=True)
class Body:
    media_type: str
    validator: Validator
    max_bytes: int
    defaults: Mapping[str, Any]  # the spec's `default`s for its fields, nested objects too


@dataclass(frozen=True)
class StreamEvents:
    """The SSE event names of an operation that streams."""

    item: str  # the event carrying the stream's items: chunk, status
    done: str
    error: str


@dataclass(frozen=True)
class Endpoint:
    operation_id: str
    method: str
    path: str  # as served, e.g. /v1/files/{file_id}
    body: Body | None
    params: tuple[Param, ...]
    rpm: Mapping[str, int]  # tier -> requests per minute
    scopes: frozenset[str]
    signed: bool  # accepts a signed URL instead of a key
    admin: bool  # an administration operation: takes the admin key, and no API key
    events: StreamEvents | None  # None for an operation that does not stream
    # Where the request names a model: its response says when that model is deprecated.
    model_argument: ModelArgument | None
    # Its success holds a credential (a new key's secret): a stored replay of it is sealed.
    returns_secret: bool

    @property
    def label(self) -> str:
        return f"{self.method} {self.path}"

    @property
    def defaults(self) -> Mapping[str, Any]:
        return self.body.defaults if self.body is not None else {}


def compile_endpoints(api: Api) -> list[Endpoint]:
    return [_endpoint(api, operation) for operation in api.operations]


def _endpoint(api: Api, operation: Operation) -> Endpoint:
    params = tuple(
        Param(
            p.name,
            p.location,
            p.required,
            p.type == "integer",
            p.secret,
            Validator(api, p.schema),
            p.default,
        )
        for p in operation.parameters
    )
    return Endpoint(
        operation_id=operation.id,
        method=operation.method,
        path=API_PREFIX + operation.path,
        body=_body(api, operation),
        params=params,
        rpm=operation.rate_limit,
        scopes=frozenset(operation.scopes),
        signed=operation.signed_url,
        admin=operation.admin,
        events=_events(operation),
        model_argument=operation.model_argument,
        returns_secret=(
            operation.envelope is not None
            and operation.envelope.data_schema in api.secret_properties
        ),
    )


def _body(api: Api, operation: Operation) -> Body | None:
    if operation.body is None:
        return None
    media = operation.body.media
    # The conventions give every body a schema and a largest size.
    assert media.schema is not None and operation.max_body_bytes is not None
    return Body(
        media.media_type,
        Validator(api, media.schema),
        operation.max_body_bytes,
        operation.body.defaults,
    )


def _events(operation: Operation) -> StreamEvents | None:
    stream = operation.stream
    if stream is None or stream.item_event is None:
        return None
    return StreamEvents(stream.item_event, stream.end.done_event, stream.end.error_event)
