"""The spec follows the house conventions, and the convention check can catch each breach.

Each "break" below mutates the copy of the spec it is given and returns the message
`violations()` should then report. Targets are picked generically (the first
operation with a request body, etc.), so the tests survive paths being renamed.
"""

import copy
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from minimax_openapi.conventions import violations
from minimax_openapi.document import RawOperation, load, operations, resolve

Spec = dict[str, Any]
Break = Callable[[Spec], str]


def test_spec_has_no_convention_violations(spec: Spec) -> None:
    found = violations(spec)
    assert found == [], "\n".join(found)


# --- helpers that find a target and make it safe to change ------------------------------


def _responses(spec: Spec) -> Iterator[tuple[RawOperation, Any, dict[str, Any]]]:
    """(operation, status key as written, the responses map holding it) for every response."""
    for operation in operations(spec):
        responses = operation.op.get("responses", {})
        for status in responses:
            yield operation, status, responses


def _inline(spec: Spec, container: dict[str, Any], key: Any) -> dict[str, Any]:
    """Replace a `$ref` by a private copy of its target, so a change touches one place only."""
    inlined: dict[str, Any] = copy.deepcopy(resolve(spec, container[key]))
    container[key] = inlined
    return inlined


def _is_idempotency_key(spec: Spec, parameter: Any) -> bool:
    return str(resolve(spec, parameter).get("name", "")).lower() == "idempotency-key"


# --- the breaks --------------------------------------------------------------------------


def drop_operation_id(spec: Spec) -> str:
    operation = next(operations(spec))
    operation.op.pop("operationId", None)
    return f"{operation.label}: has no operationId"


def drop_tags(spec: Spec) -> str:
    operation = next(operations(spec))
    operation.op.pop("tags", None)
    return f"{operation.label}: needs exactly one tag, has 0"


def drop_summary(spec: Spec) -> str:
    operation = next(operations(spec))
    operation.op.pop("summary", None)
    return f"{operation.label}: has no summary"


def drop_security(spec: Spec) -> str:
    operation = next(operations(spec))
    operation.op.pop("security", None)
    return f"{operation.label}: has no operation-level security"


def drop_idempotency_key(spec: Spec) -> str:
    operation = next(operations(spec))
    for owner in (operation.op, operation.path_item):
        if "parameters" in owner:
            owner["parameters"] = [
                p for p in owner["parameters"] if not _is_idempotency_key(spec, p)
            ]
    return f"{operation.label}: has no Idempotency-Key header parameter"


def drop_rate_limit_header(spec: Spec) -> str:
    operation, status, responses = next(
        (o, s, r)
        for o, s, r in _responses(spec)
        if str(s) in ("200", "201", "202") and "$ref" not in r[s]
    )
    headers = responses[status]["headers"]
    del headers[next(k for k in headers if k.lower() == "x-ratelimit-remaining")]
    return f"{operation.label}: response {status} lacks header X-RateLimit-Remaining"


def inline_rate_limit_header(spec: Spec) -> str:
    operation, status, responses = next(_responses(spec))
    headers = _inline(spec, responses, status)["headers"]
    name = next(k for k in headers if k.lower() == "x-ratelimit-limit")
    _inline(spec, headers, name)
    return f"{operation.label}: response {status} header X-RateLimit-Limit is not a $ref"


def loosen_error_schema(spec: Spec) -> str:
    operation, status, responses = next(
        (o, s, r) for o, s, r in _responses(spec) if str(s).startswith("4")
    )
    response = _inline(spec, responses, status)
    response["content"]["application/json"]["schema"] = {"type": "object"}
    return f"{operation.label}: response {status} is not the shared error envelope"


def drop_request_body_example(spec: Spec) -> str:
    operation = next(o for o in operations(spec) if "requestBody" in o.op)
    body = _inline(spec, operation.op, "requestBody")
    media_type, media = next(iter(body["content"].items()))
    media.pop("example", None)
    media.pop("examples", None)
    return f"{operation.label}: request body {media_type} has no example"


def drop_response_example(spec: Spec) -> str:
    operation, status, responses = next(
        (o, s, r) for o, s, r in _responses(spec) if resolve(spec, r[s]).get("content")
    )
    media_type, media = next(iter(_inline(spec, responses, status)["content"].items()))
    media.pop("example", None)
    media.pop("examples", None)
    return f"{operation.label}: response {status} {media_type} has no example"


def drop_retry_after(spec: Spec) -> str:
    operation, status, responses = next(
        (o, s, r) for o, s, r in _responses(spec) if str(s) == "429"
    )
    headers = _inline(spec, responses, status)["headers"]
    del headers[next(k for k in headers if k.lower() == "retry-after")]
    return f"{operation.label}: response 429 lacks header Retry-After"


def duplicate_operation_id(spec: Spec) -> str:
    first, second, *_ = operations(spec)
    second.op["operationId"] = first.op["operationId"]
    return f"operationId {first.op['operationId']!r} is used by 2 operations"


def drop_rate_limit_tier(spec: Spec) -> str:
    operation = next(operations(spec))
    del operation.op["x-rate-limit"]["requests_per_minute"]["enterprise"]
    return f"{operation.label}: x-rate-limit.requests_per_minute must give every tier"


def drop_key_scopes(spec: Spec) -> str:
    operation = next(operations(spec))
    operation.op.pop("x-key-scopes", None)
    return f"{operation.label}: has no x-key-scopes"


BREAKS: dict[str, Break] = {
    "no operationId": drop_operation_id,
    "no tags": drop_tags,
    "no summary": drop_summary,
    "no security": drop_security,
    "no Idempotency-Key": drop_idempotency_key,
    "success response lacks X-RateLimit-Remaining": drop_rate_limit_header,
    "rate-limit header inlined, not a $ref": inline_rate_limit_header,
    "4xx schema is not ErrorResponse": loosen_error_schema,
    "request body without example": drop_request_body_example,
    "response without example": drop_response_example,
    "429 without Retry-After": drop_retry_after,
    "duplicate operationId": duplicate_operation_id,
    "rate limit without a tier": drop_rate_limit_tier,
    "no x-key-scopes": drop_key_scopes,
}


@pytest.mark.parametrize("break_spec", BREAKS.values(), ids=BREAKS.keys())
def test_the_check_catches_each_fault(spec: Spec, break_spec: Break) -> None:
    broken = copy.deepcopy(spec)
    expected = break_spec(broken)
    # The message must be new: caused by the break, not already there.
    assert not any(expected in m for m in violations(copy.deepcopy(spec)))
    found = violations(broken)
    assert any(expected in m for m in found), f"expected {expected!r} in:\n" + "\n".join(found)


def test_breaks_leave_the_shared_spec_intact(spec: Spec) -> None:
    # A break that leaked into the shared fixture would make the other tests lie.
    for break_spec in BREAKS.values():
        break_spec(copy.deepcopy(spec))
    assert spec == load()
    pristine = copy.deepcopy(spec)
    assert violations(pristine) == []


def test_the_command_fails_on_a_broken_copy(spec: Spec, tmp_path: Path) -> None:
    broken = copy.deepcopy(spec)
    expected = drop_retry_after(broken)
    path = tmp_path / "broken.yaml"
    path.write_text(yaml.safe_dump(broken), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "minimax_openapi.conventions", str(path)],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 1
    assert expected in run.stdout
