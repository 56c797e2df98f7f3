"""The model catalogue, the sandbox test triggers the spec lists, and the answers for
paths and methods the API does not have, through a real sandbox."""

from __future__ import annotations

import json
import time
from typing import Any

import httpx
import pytest

from minimax_openapi.spec import shared
from minimax_sandbox.testing import conforms

API = shared()
ERROR_RESPONSE = {"$ref": "#/components/schemas/ErrorResponse"}
RATE_HEADERS = ("x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset")

# One request per operation that takes a JSON body, with `{marker}` where a string goes.
TRIGGERABLE = {
    "chat.completions.create": (
        "/chat/completions",
        {"model": "minimax-chat-v2", "messages": [{"role": "user", "content": "Hello {marker}"}]},
    ),
    "embeddings.create": (
        "/embeddings",
        {"model": "minimax-embed-v1", "input": ["plain", "{marker} in a batch"]},
    ),
    "video.generations.create": (
        "/video/generations",
        {"prompt": "A dog {marker}", "duration": 1, "resolution": "480p"},
    ),
}


def with_marker(body: dict[str, Any], marker: str) -> dict[str, Any]:
    return json.loads(json.dumps(body).replace("{marker}", marker))


def send(api: httpx.Client, op: str, marker: str) -> httpx.Response:
    path, body = TRIGGERABLE[op]
    return api.post(path, json=with_marker(body, marker))


def envelope(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    """For answers outside any operation: the spec's error envelope and common headers."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].split(";")[0] == "application/json"
    body = response.json()
    errors = API.validation_errors(ERROR_RESPONSE, body)
    assert not errors, errors
    assert body["error"]["code"] == code
    assert body["meta"]["request_id"] == response.headers["x-request-id"]
    for name in RATE_HEADERS:
        assert response.headers[name].isdigit(), name
    # Counted against no key: a fresh, unused free-tier window.
    assert (
        response.headers["x-ratelimit-limit"] == response.headers["x-ratelimit-remaining"] == "60"
    )
    assert 0 < int(response.headers["x-ratelimit-reset"]) - time.time() <= 61
    return body["error"]


# --- models ------------------------------------------------------------------------------


def test_the_catalogue_has_every_kind_of_model(api: httpx.Client) -> None:
    response = api.get("/models")
    assert response.status_code == 200
    models = conforms(response, "models.list")["data"]
    ids = [model["id"] for model in models]
    assert len(ids) == len(set(ids))
    by_capability = {
        cap: [m for m in models if cap in m["capabilities"]]
        for cap in ("chat", "embeddings", "video")
    }
    assert all(by_capability.values()), by_capability
    for model in by_capability["chat"]:
        assert model["max_output_tokens"] and model["context_window"] > 0
    for model in by_capability["embeddings"]:
        assert model["embedding_dimension"] and model["max_output_tokens"] is None
    for model in by_capability["video"]:
        assert model["pricing"]["per_video_second"] is not None

    deprecated = [model for model in models if model["deprecation"] is not None]
    assert deprecated, ids
    for model in deprecated:
        deprecation = model["deprecation"]
        assert set(deprecation) >= {"deprecated_at", "shutdown_at", "replacement"}
        assert deprecation["deprecated_at"] < deprecation["shutdown_at"]
        if deprecation["replacement"] is not None:
            assert deprecation["replacement"] in ids

    for model in models:
        response = api.get(f"/models/{model['id']}")
        assert response.status_code == 200, model["id"]
        assert conforms(response, "models.retrieve")["data"] == model


def test_a_deprecated_model_still_works(api: httpx.Client) -> None:
    models = conforms(api.get("/models"), "models.list")["data"]
    chat = next(m for m in models if m["deprecation"] and "chat" in m["capabilities"])
    response = api.post(
        "/chat/completions",
        json={"model": chat["id"], "messages": [{"role": "user", "content": "Hi"}]},
    )
    assert response.status_code == 200, response.text
    assert conforms(response, "chat.completions.create")["meta"]["model"] == chat["id"]


@pytest.mark.parametrize("model_id", ["minimax-chat-v9", "gpt-4", "ft:minimax-chat-v2:x:0000"])
def test_an_unknown_model_is_404(api: httpx.Client, model_id: str) -> None:
    response = api.get(f"/models/{model_id}")
    assert response.status_code == 404, response.text
    error = conforms(response, "models.retrieve")["error"]
    assert error["code"] == "model_not_found"
    assert error["details"]["model"] == model_id


# --- triggers ----------------------------------------------------------------------------


def test_every_trigger_of_the_spec_is_covered() -> None:
    markers = {trigger.marker for trigger in API.triggers}
    assert markers == {
        "sandbox:rate_limit",
        "sandbox:server_error",
        "sandbox:slow",
        "sandbox:stream_error",
        "sandbox:fail",
    }


@pytest.mark.parametrize("op", sorted(TRIGGERABLE))
def test_rate_limit_trigger_is_429_with_retry_after(api: httpx.Client, op: str) -> None:
    response = send(api, op, "sandbox:rate_limit")
    assert response.status_code == 429, response.text
    error = conforms(response, op)["error"]
    assert error["code"] == "rate_limit_exceeded"
    assert response.headers["retry-after"] == "1"
    assert response.headers["x-ratelimit-remaining"] == "0"
    assert error["details"]["retry_after"] == 1


@pytest.mark.parametrize("op", sorted(TRIGGERABLE))
def test_server_error_trigger_is_500(api: httpx.Client, op: str) -> None:
    response = send(api, op, "sandbox:server_error")
    assert response.status_code == 500, response.text
    assert conforms(response, op)["error"]["code"] == "server_error"


def test_a_marker_anywhere_in_the_body_triggers(api: httpx.Client) -> None:
    response = api.post(
        "/chat/completions",
        json={
            "model": "minimax-chat-v2",
            "messages": [
                {"role": "system", "content": "Be brief."},
                {"role": "user", "content": "Hi"},
            ],
            "tools": [
                {
                    "type": "function",
                    "function": {
                        "name": "noop",
                        "description": "Does nothing (sandbox:server_error).",
                    },
                }
            ],
            "tool_choice": "none",
        },
    )
    assert response.status_code == 500
    assert conforms(response, "chat.completions.create")["error"]["code"] == "server_error"


def test_a_marker_spelled_with_json_escapes_triggers(api: httpx.Client) -> None:
    """The server skips looking for markers in a body whose text has none; a marker written
    with escapes (`\\u0073andbox`) is in the parsed body all the same."""
    body = (
        '{"model": "minimax-chat-v2", "messages": [{"role": "user",'
        ' "content": "\\u0073andbox:server_error"}]}'
    )
    headers = {"Content-Type": "application/json"}
    response = api.post("/chat/completions", content=body, headers=headers)
    assert response.status_code == 500
    assert conforms(response, "chat.completions.create")["error"]["code"] == "server_error"


@pytest.mark.parametrize("op", sorted(TRIGGERABLE))
def test_slow_trigger_delays_the_response(api: httpx.Client, op: str) -> None:
    started = time.monotonic()
    quick = send(api, op, "no marker")
    quick_seconds = time.monotonic() - started
    assert quick.status_code in (200, 202)
    conforms(quick, op)

    started = time.monotonic()
    slow = send(api, op, "sandbox:slow")
    slow_seconds = time.monotonic() - started
    assert slow.status_code in (200, 202), slow.text
    conforms(slow, op)
    assert slow_seconds >= 1.0  # the shared server's --slow-seconds
    assert slow_seconds > quick_seconds


def test_stream_error_trigger_sends_one_chunk_then_an_error(api: httpx.Client) -> None:
    body = with_marker(TRIGGERABLE["chat.completions.create"][1], "sandbox:stream_error")
    response = api.post("/chat/completions", json={**body, "stream": True})
    assert response.status_code == 200, response.text
    events = conforms(response, "chat.completions.create")
    assert [event["event"] for event in events] == ["chunk", "error"]
    chunk, error = (json.loads(event["data"]) for event in events)
    assert chunk["choices"][0]["delta"].get("role") == "assistant"
    assert error["error"]["code"] == "server_error"
    assert error["meta"]["request_id"] == response.headers["x-request-id"]

    # Without `stream` the marker is ordinary text.
    response = api.post("/chat/completions", json=body)
    assert response.status_code == 200
    conforms(response, "chat.completions.create")


# --- paths and methods the API does not have ---------------------------------------------


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/v1/nothing-here"),
        ("POST", "/v1/chat/complete"),
        ("GET", "/v2/models"),
        ("GET", "/"),
        ("GET", "/v1/models/x/y"),
        ("DELETE", "/v1/video"),
        # A trailing slash names no operation either: the answer is the 404 envelope, not a
        # redirect without X-Request-Id (which Starlette's redirect_slashes would send).
        ("GET", "/v1/models/"),
        ("GET", "/v1/files/"),
        ("POST", "/v1/chat/completions/"),
        ("GET", "/v1/fine-tunes/ft_abc/"),
    ],
)
def test_an_unknown_route_is_a_404_envelope(api: httpx.Client, method: str, path: str) -> None:
    response = api.request(method, f"{str(api.base_url).removesuffix('/v1/')}{path}")
    envelope(response, 404, "not_found")


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [
        ("DELETE", "/v1/models", "GET"),
        ("GET", "/v1/chat/completions", "POST"),
        ("PUT", "/v1/files/file_abc", "GET"),
        ("PATCH", "/v1/fine-tunes", "POST"),
        ("POST", "/v1/video/generations/vid_abc/events", "GET"),
    ],
)
def test_a_wrong_method_is_405_with_allow(
    api: httpx.Client, method: str, path: str, allow: str
) -> None:
    response = api.request(method, f"{str(api.base_url).removesuffix('/v1/')}{path}")
    error = envelope(response, 405, "method_not_allowed")
    # Only the spec's methods: no HEAD beside a GET (Starlette's routing would add it).
    assert response.headers["allow"] == allow
    assert allow in error["message"]


GET_PATHS = {
    op.id: "/v1" + op.path.format(**{p.name: p.example for p in op.parameters_in("path")})
    for op in API.operations
    if op.method == "GET"
}


@pytest.mark.parametrize("method", ["HEAD", "OPTIONS"])
@pytest.mark.parametrize("operation_id", sorted(GET_PATHS))
def test_head_and_options_are_405_like_any_method_the_spec_does_not_list(
    api: httpx.Client, operation_id: str, method: str
) -> None:
    """The spec has no HEAD: a GET path answers it as any other method it does not take."""
    path = GET_PATHS[operation_id]
    response = api.request(method, f"{str(api.base_url).removesuffix('/v1/')}{path}")
    assert response.status_code == 405, (response.status_code, response.headers)
    path_template = API.operation(operation_id).path
    allowed = sorted(op.method for op in API.operations if op.path == path_template)
    assert response.headers["allow"] == ", ".join(allowed)  # GET, and POST where it creates
    assert response.headers["content-type"].split(";")[0] == "application/json"
    assert response.headers["x-request-id"].startswith("req_")
    for name in RATE_HEADERS:
        assert response.headers[name].isdigit(), name
    if method == "HEAD":  # no body, but the headers of the envelope a GET of it would carry
        assert response.content == b""
    else:
        message = envelope(response, 405, "method_not_allowed")["message"]
        assert f"takes {', '.join(allowed)}" in message
