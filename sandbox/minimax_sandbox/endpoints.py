"""The operations of the spec, compiled once at start into what the server needs per route."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from minimax_openapi.document import operations, parameters, resolve
from minimax_sandbox.validation import Validator

API_PREFIX = "/v1"
DEFAULT_MAX_BODY = 16 * 1024 * 1024


@dataclass(frozen=True)
class Param:
    name: str
    location: str  # "path", "query" or "header"
    required: bool
    integer: bool  # query values arrive as text; integers are converted before validation
    secret: bool  # a credential (a URL signature): never quoted back in a message
    validator: Validator


@dataclass(frozen=True)
class Endpoint:
    operation_id: str
    method: str
    path: str  # as served, e.g. /v1/files/{file_id}
    media_type: str | None  # of the request body
    body: Validator | None
    params: tuple[Param, ...]
    rpm: dict[str, int]
    scopes: frozenset[str]
    max_body: int
    signed: bool  # accepts a signed URL instead of a key
    defaults: dict[str, Any]  # the spec's `default`s for the body's fields, nested objects too

    @property
    def label(self) -> str:
        return f"{self.method} {self.path}"


def compile_endpoints(spec: dict[str, Any]) -> list[Endpoint]:
    found = []
    secret_names = {
        scheme["name"]
        for scheme in spec["components"]["securitySchemes"].values()
        if scheme["type"] == "apiKey"
    }
    for operation in operations(spec):
        op = operation.op
        media_type, body, defaults = None, None, {}
        if "requestBody" in op:
            content = resolve(spec, op["requestBody"])["content"]
            media_type, media = next(iter(content.items()))
            body = Validator(spec, media["schema"])
            defaults = _defaults(spec, media["schema"])
        params = tuple(
            Param(
                p["name"],
                p["in"],
                bool(p.get("required")),
                resolve(spec, p["schema"]).get("type") == "integer",
                p["name"] in secret_names,
                Validator(spec, p["schema"]),
            )
            for p in parameters(spec, operation)
        )
        found.append(
            Endpoint(
                operation_id=op["operationId"],
                method=operation.method.upper(),
                path=API_PREFIX + operation.path,
                media_type=media_type,
                body=body,
                params=params,
                rpm=op["x-rate-limit"]["requests_per_minute"],
                scopes=frozenset(op["x-key-scopes"]),
                max_body=op.get("x-max-body-bytes", DEFAULT_MAX_BODY),
                signed=any("signedUrl" in requirement for requirement in op["security"]),
                defaults=defaults,
            )
        )
    return found


def _defaults(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """{field: default} for an object schema's properties; an object field with defaults of
    its own gives a dict of them."""
    found: dict[str, Any] = {}
    for name, prop in resolve(spec, schema).get("properties", {}).items():
        prop = resolve(spec, prop)
        if "default" in prop:
            found[name] = prop["default"]
        elif nested := _defaults(spec, prop):
            found[name] = nested
    return found
