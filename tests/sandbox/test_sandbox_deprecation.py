"""A request naming a deprecated model gets the Deprecation, Sunset and Link headers (JSON,
stream, replay, the model's own metadata); any other request gets none of them."""

from __future__ import annotations

import datetime
import uuid
from email.utils import parsedate_to_datetime
from typing import Any

import httpx
import pytest

from minimax_openapi.spec import shared

RULES = shared().deprecation
DEPRECATED, CURRENT = "minimax-chat-v1", "minimax-chat-v2"


def chat(model: str, **more: Any) -> dict[str, Any]:
    return {"model": model, "messages": [{"role": "user", "content": "Hello"}], **more}


@pytest.fixture
def deprecation(api: httpx.Client) -> dict[str, Any]:
    """The deprecated model's `deprecation`, as the API lists it."""
    model = api.get(f"/models/{DEPRECATED}").json()["data"]
    assert model["deprecation"] is not None
    return dict(model["deprecation"])


def assert_deprecated(response: httpx.Response, deprecation: dict[str, Any]) -> None:
    assert response.status_code == 200, response.text
    since = response.headers[RULES.header]
    assert since.startswith("@")
    day = datetime.datetime.fromtimestamp(int(since[1:]), datetime.UTC)
    assert day.isoformat() == deprecation["deprecated_at"] + "T00:00:00+00:00"
    sunset = parsedate_to_datetime(response.headers[RULES.sunset_header])
    assert sunset.date().isoformat() == deprecation["shutdown_at"]
    assert response.headers[RULES.sunset_header].endswith(" 00:00:00 GMT")
    assert response.headers[RULES.link_header] == (
        f'<{deprecation["migration_guide"]}>; rel="deprecation"; type="text/html"'
    )


def assert_not_deprecated(response: httpx.Response) -> None:
    assert response.is_success, response.text
    for name in RULES.headers:
        assert name not in response.headers, name


def test_a_deprecated_model_s_completion_says_so(
    api: httpx.Client, deprecation: dict[str, Any]
) -> None:
    assert_deprecated(api.post("/chat/completions", json=chat(DEPRECATED)), deprecation)
    assert_not_deprecated(api.post("/chat/completions", json=chat(CURRENT)))


def test_a_streamed_completion_says_so_in_its_headers(
    api: httpx.Client, deprecation: dict[str, Any]
) -> None:
    with api.stream("POST", "/chat/completions", json=chat(DEPRECATED, stream=True)) as stream:
        assert stream.headers["content-type"].startswith("text/event-stream")
        assert_deprecated(stream, deprecation)
    with api.stream("POST", "/chat/completions", json=chat(CURRENT, stream=True)) as stream:
        assert_not_deprecated(stream)


@pytest.mark.parametrize("streamed", [False, True])
def test_a_replay_says_so_too(
    api: httpx.Client, deprecation: dict[str, Any], streamed: bool
) -> None:
    headers = {"Idempotency-Key": str(uuid.uuid4())}
    body = chat(DEPRECATED, stream=streamed)
    first = api.post("/chat/completions", json=body, headers=headers)
    replay = api.post("/chat/completions", json=body, headers=headers)
    assert replay.headers["idempotent-replayed"] == "true"
    assert replay.content == first.content
    assert_deprecated(first, deprecation)
    assert_deprecated(replay, deprecation)


def test_the_deprecated_model_s_own_metadata_says_so(
    api: httpx.Client, deprecation: dict[str, Any]
) -> None:
    assert_deprecated(api.get(f"/models/{DEPRECATED}"), deprecation)
    assert_not_deprecated(api.get(f"/models/{CURRENT}"))
    assert_not_deprecated(api.get("/models"))  # names no model, though it lists the deprecated


def test_an_error_naming_a_deprecated_model_carries_none(api: httpx.Client) -> None:
    refused = api.post("/chat/completions", json=chat(DEPRECATED, max_tokens=100_000))
    assert refused.status_code == 400
    for name in RULES.headers:
        assert name not in refused.headers, name
