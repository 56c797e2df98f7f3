"""Deeply nested JSON bodies: one limit, checked as the body is parsed, for every operation
that takes JSON (unknown fields are accepted, so any of them can carry a deep value).

Up to the limit a body goes through everything that walks it later (validation, the trigger
scan, the idempotency fingerprint, the handler); one level more is a 400 invalid_request that
names the limit, however deep the body goes (past orjson's own limit, past Python's recursion
limit), with or without an Idempotency-Key. Never a 500.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

import httpx
import pytest

from minimax_openapi.model import JSON
from minimax_openapi.spec import shared
from minimax_sandbox.testing import Server, conforms
from minimax_sandbox.triggers import Triggers

API = shared()
LIMIT = 64  # the documented limit: pipeline.MAX_JSON_DEPTH
# The model operations; the administration ones take no unknown field (see the last test).
JSON_OPERATIONS = sorted(
    op.id
    for op in API.operations
    if op.body is not None and op.body.media_type == JSON and not op.admin
)
BODIES: dict[str, dict[str, Any]] = {
    "chat.completions.create": {
        "model": "minimax-chat-v2",
        "messages": [{"role": "user", "content": "Hello"}],
        "max_tokens": 8,
    },
    "embeddings.create": {"model": "minimax-embed-v1", "input": "hello"},
    "video.generations.create": {"prompt": "a fox", "duration": 1, "resolution": "480p"},
    "fine_tunes.create": {"model": "minimax-chat-v2", "training_file": "file_nonexistent"},
}


def nested(depth: int, kind: str, leaf: Any = 1) -> Any:
    """A value whose arrays/objects nest `depth` levels (built without recursion)."""
    value = leaf
    for level in range(depth):
        if kind == "arrays" or (kind == "mixed" and level % 2):
            value = [value]
        else:
            value = {"a": value}
    return value


def deep_text(depth: int, kind: str) -> bytes:
    """The JSON text of a value nested `depth` levels, written out directly (json.dumps of a
    value this deep would itself overflow Python's recursion limit)."""
    arrays = [kind == "arrays" or (kind == "mixed" and bool(i % 2)) for i in range(depth)]
    opens = "".join("[" if array else '{"a":' for array in arrays)
    closes = "".join("]" if array else "}" for array in reversed(arrays))
    return (opens + "1" + closes).encode()


def body_with(op_id: str, depth: int, kind: str) -> bytes:
    """The operation's valid body with an unknown field whose value makes the whole body nest
    `depth` levels (the body itself is level 1)."""
    base = json.dumps(BODIES[op_id])
    return base[:-1].encode() + b', "extra": ' + deep_text(depth - 1, kind) + b"}"


def test_every_json_operation_is_covered() -> None:
    assert JSON_OPERATIONS == sorted(BODIES)


def assert_too_deep(response: httpx.Response, op_id: str) -> None:
    assert response.status_code == 400, response.text[:300]
    body = conforms(response, op_id)
    assert body["error"]["code"] == "invalid_request"
    assert body["error"]["details"] == {"max_depth": LIMIT}
    assert str(LIMIT) in body["error"]["message"]


@pytest.mark.parametrize("op_id", JSON_OPERATIONS)
@pytest.mark.parametrize("idempotent", [False, True], ids=["plain", "idempotency-key"])
def test_a_body_at_the_limit_goes_through_and_one_level_more_is_a_400(
    api: httpx.Client, op_id: str, idempotent: bool
) -> None:
    for kind in ("arrays", "objects", "mixed"):
        headers = {"Content-Type": "application/json"}
        if idempotent:
            headers["Idempotency-Key"] = str(uuid.uuid4())
        at_limit = api.post(_path(op_id), content=body_with(op_id, LIMIT, kind), headers=headers)
        assert at_limit.status_code < 500, (kind, at_limit.text[:300])
        conforms(at_limit, op_id)
        if op_id != "fine_tunes.create":  # its training file does not exist: a 404
            assert at_limit.status_code < 300, (kind, at_limit.text[:300])
        if idempotent:
            headers["Idempotency-Key"] = str(uuid.uuid4())
        over = api.post(_path(op_id), content=body_with(op_id, LIMIT + 1, kind), headers=headers)
        assert_too_deep(over, op_id)


@pytest.mark.parametrize("depth", [255, 300, 999, 1000, 1025, 5000, 200_000])
@pytest.mark.parametrize("idempotent", [False, True], ids=["plain", "idempotency-key"])
def test_far_deeper_bodies_are_the_same_400(
    api: httpx.Client, depth: int, idempotent: bool
) -> None:
    """Past orjson.dumps' limit (the fingerprint), Python's recursion limit (the trigger scan)
    and orjson.loads' own limit: the same answer, naming the same limit."""
    op_id = "chat.completions.create"
    headers = {"Content-Type": "application/json"}
    if idempotent:
        headers["Idempotency-Key"] = str(uuid.uuid4())
    for kind in ("arrays", "objects"):
        response = api.post(_path(op_id), content=body_with(op_id, depth, kind), headers=headers)
        assert_too_deep(response, op_id)


def test_deep_values_in_known_fields_are_checked_too(api: httpx.Client) -> None:
    op_id = "chat.completions.create"
    for depth, ok in ((LIMIT, True), (LIMIT + 1, False), (900, False)):
        message = {"role": "user", "content": "hi", "name": "x"}
        body = {**BODIES[op_id], "messages": [message]}
        # messages[0].content replaced by a deep array: the body is 3 levels + the value's.
        body["messages"][0]["content"] = "PLACEHOLDER"
        text = json.dumps(body).replace('"PLACEHOLDER"', deep_text(depth - 3, "arrays").decode())
        response = api.post(
            _path(op_id), content=text, headers={"Content-Type": "application/json"}
        )
        if ok:
            assert response.status_code == 400, response.text[:300]  # a schema error, not depth
            assert response.json()["error"]["details"].get("field", "").startswith("messages[0]")
        else:
            assert_too_deep(response, op_id)


def test_brackets_inside_strings_do_not_count(api: httpx.Client) -> None:
    op_id = "chat.completions.create"
    body = {**BODIES[op_id], "messages": [{"role": "user", "content": "[{" * 5000 + '\\"'}]}
    response = api.post(_path(op_id), json=body)
    assert response.status_code == 200, response.text[:300]


def test_a_trigger_at_the_deepest_level_is_still_found(api: httpx.Client) -> None:
    op_id = "embeddings.create"
    deep = json.dumps(nested(LIMIT - 1, "mixed", "sandbox:rate_limit"))
    text = json.dumps(BODIES[op_id])[:-1] + ', "extra": ' + deep + "}"
    response = api.post(_path(op_id), content=text, headers={"Content-Type": "application/json"})
    assert response.status_code == 429, response.text[:300]


def test_the_trigger_scan_takes_any_depth() -> None:
    """The scan walks with a stack of its own: no depth reaches Python's recursion limit."""
    triggers = Triggers(API)
    for kind in ("arrays", "objects", "mixed"):
        assert triggers.find(nested(100_000, kind, "sandbox:server_error")) == {"server_error"}
        assert triggers.find(nested(100_000, kind, "nothing here")) == frozenset()


def test_multipart_fields_are_flat(api: httpx.Client) -> None:
    """A multipart field is a string, however many brackets it holds: no nesting to limit."""
    response = api.post(
        "/files",
        files={"file": ("a.png", b"not really a png", "image/png")},
        data={"purpose": "[" * 10_000},
    )
    assert response.status_code == 400, response.text[:300]
    assert response.json()["error"]["details"].get("field") == "purpose"


def _path(op_id: str) -> str:
    return API.operation(op_id).path


def test_the_limit_is_the_pipelines() -> None:
    from minimax_sandbox.pipeline import MAX_JSON_DEPTH

    assert MAX_JSON_DEPTH == LIMIT


def test_an_administration_body_one_level_too_deep_is_a_400(server: Server) -> None:
    """Checked before the schema (which refuses unknown fields there), as everywhere."""
    op_id = "admin.api_keys.create"
    for depth, kind in ((LIMIT, "arrays"), (LIMIT, "objects")):
        text = b'{"name": "deep", "extra": ' + deep_text(depth, kind) + b"}"
        with server.client(server.admin_key) as admin:
            response = admin.post(
                _path(op_id), content=text, headers={"Content-Type": "application/json"}
            )
        assert_too_deep(response, op_id)
