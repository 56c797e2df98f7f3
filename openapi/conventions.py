"""House conventions of the MiniMax spec that OpenAPI itself does not enforce.

Each check is one small function: given the spec and an operation, it yields one message per
violation, naming the place (e.g. "POST /chat/completions: response 400 is not the shared
error envelope"). Run `python -m minimax_openapi.conventions [PATH]` to list them.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import Any

from minimax_openapi.document import SPEC_PATH, RawOperation, load, operations, parameters, resolve

Spec = dict[str, Any]
Check = Callable[[Spec, RawOperation], Iterator[str]]

ERROR_SCHEMA_REF = "#/components/schemas/ErrorResponse"
RATE_LIMIT_HEADERS = ("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset")
# Responses that carry no body by definition, so they need no example.
BODYLESS_STATUSES = ("204", "304")


def _responses(spec: Spec, operation: RawOperation) -> Iterator[tuple[str, dict[str, Any]]]:
    for status, response in operation.op.get("responses", {}).items():
        yield str(status), resolve(spec, response)  # YAML may read 200 as an int


def _header(response: dict[str, Any], name: str) -> Any:
    """A response header by name; HTTP header names are case-insensitive."""
    for key, header in (response.get("headers") or {}).items():
        if key.lower() == name.lower():
            return header
    return None


def _is_error(status: str) -> bool:
    return status == "default" or status[:1] in ("4", "5")


def has_metadata(spec: Spec, operation: RawOperation) -> Iterator[str]:
    op, label = operation.op, operation.label
    if not op.get("operationId"):
        yield f"{label}: has no operationId"
    tags = op.get("tags") or []
    if len(tags) != 1:
        yield f"{label}: needs exactly one tag, has {len(tags)}"
    if not op.get("summary"):
        yield f"{label}: has no summary"
    # openapi-python-client ignores top-level security: only operation-level makes auth required.
    security = op.get("security")
    if not isinstance(security, list) or not security:
        yield f"{label}: has no operation-level security"


def has_idempotency_key(spec: Spec, operation: RawOperation) -> Iterator[str]:
    if not any(
        p.get("in") == "header" and str(p.get("name", "")).lower() == "idempotency-key"
        for p in parameters(spec, operation)
    ):
        yield f"{operation.label}: has no Idempotency-Key header parameter"


def has_shared_headers(spec: Spec, operation: RawOperation) -> Iterator[str]:
    for status, response in _responses(spec, operation):
        place = f"{operation.label}: response {status}"
        for name in (*RATE_LIMIT_HEADERS, "X-Request-Id"):
            header = _header(response, name)
            if header is None:
                yield f"{place} lacks header {name}"
            elif name in RATE_LIMIT_HEADERS and not str(header.get("$ref", "")).startswith(
                "#/components/headers/"
            ):
                # Defined once in components, so the three never drift apart between responses.
                yield f"{place} header {name} is not a $ref to #/components/headers/"
        if status == "429" and _header(response, "Retry-After") is None:
            yield f"{place} lacks header Retry-After"


def has_error_envelope(spec: Spec, operation: RawOperation) -> Iterator[str]:
    for status, response in _responses(spec, operation):
        if not _is_error(status):
            continue
        content = response.get("content") or {}
        schema = (content.get("application/json") or {}).get("schema")
        if set(content) != {"application/json"} or schema != {"$ref": ERROR_SCHEMA_REF}:
            yield f"{operation.label}: response {status} is not the shared error envelope"


def _lacks_example(spec: Spec, media: dict[str, Any]) -> str | None:
    """Why a media type object has no usable example, or None if it has one."""
    if "example" in media:
        return None
    examples = media.get("examples") or {}
    if not examples:
        return "has no example"
    for name, example in examples.items():
        example = resolve(spec, example)
        if "value" not in example and "externalValue" not in example:
            return f"example {name!r} has no value"
    return None


def has_examples(spec: Spec, operation: RawOperation) -> Iterator[str]:
    label = operation.label
    if "requestBody" in operation.op:
        body = resolve(spec, operation.op["requestBody"])
        for media_type, media in (body.get("content") or {}).items():
            if problem := _lacks_example(spec, media):
                yield f"{label}: request body {media_type} {problem}"
    for status, response in _responses(spec, operation):
        content = response.get("content")
        if not content:
            if status not in BODYLESS_STATUSES:
                yield f"{label}: response {status} has no content to give an example of"
            continue
        for media_type, media in content.items():
            if problem := _lacks_example(spec, media):
                yield f"{label}: response {status} {media_type} {problem}"


def has_rate_limits_and_scopes(spec: Spec, operation: RawOperation) -> Iterator[str]:
    # The sandbox enforces and the docs print these numbers, so every tier must be given.
    label = operation.label
    tiers = set(spec.get("x-rate-limit-tiers") or {})
    rpm = (operation.op.get("x-rate-limit") or {}).get("requests_per_minute") or {}
    if not tiers or set(rpm) != tiers:
        yield f"{label}: x-rate-limit.requests_per_minute must give every tier {sorted(tiers)}"
    elif not all(isinstance(n, int) and n > 0 for n in rpm.values()):
        yield f"{label}: x-rate-limit.requests_per_minute values must be positive integers"
    if not operation.op.get("x-key-scopes"):
        yield f"{label}: has no x-key-scopes"


CHECKS: tuple[Check, ...] = (
    has_metadata,
    has_idempotency_key,
    has_shared_headers,
    has_error_envelope,
    has_examples,
    has_rate_limits_and_scopes,
)


def _duplicate_operation_ids(ops: list[RawOperation]) -> Iterator[str]:
    users: defaultdict[str, list[str]] = defaultdict(list)
    for operation in ops:
        if operation_id := operation.op.get("operationId"):
            users[operation_id].append(operation.label)
    for operation_id, labels in users.items():
        if len(labels) > 1:
            yield f"operationId {operation_id!r} is used by {len(labels)} operations: " + (
                ", ".join(labels)
            )


def violations(spec: Spec) -> list[str]:
    """Every breach of the house conventions, one readable message each."""
    ops = list(operations(spec))
    found = [message for operation in ops for check in CHECKS for message in check(spec, operation)]
    found.extend(_duplicate_operation_ids(ops))
    return found


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    spec = load(args[0] if args else SPEC_PATH)
    found = violations(spec)
    for message in found:
        print(message)
    if found:
        return 1
    print(f"spec conventions: {len(list(operations(spec)))} operations, 0 violations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
