"""The operations of the spec, compiled once at start into what the server needs per route."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from openapi.spec import operations, parameters, resolve
from sandbox.validation import Validator

API_PREFIX = "/v1"
DEFAULT_MAX_BODY = 16 * 1024 * 1024


@dataclass(frozen=True)
class Param:
    name: str
    location: str  # "path", "query" or "header"
    required: bool
    integer: bool  # query values arrive as text; integers are converted before validation
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
    default_model: str | None  # the body's `model` when it names none

    @property
    def label(self) -> str:
        return f"{self.method} {self.path}"


def compile_endpoints(spec: dict[str, Any]) -> list[Endpoint]:
    found = []
    for operation in operations(spec):
        op = operation.op
        media_type, body, default_model = None, None, None
        if "requestBody" in op:
            content = resolve(spec, op["requestBody"])["content"]
            media_type, media = next(iter(content.items()))
            body = Validator(spec, media["schema"])
            model = resolve(spec, media["schema"]).get("properties", {}).get("model", {})
            default_model = model.get("default")
        params = tuple(
            Param(
                p["name"],
                p["in"],
                bool(p.get("required")),
                resolve(spec, p["schema"]).get("type") == "integer",
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
                default_model=default_model,
            )
        )
    return found
