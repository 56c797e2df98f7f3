"""Configuration and request building: keys, base URLs, timeouts, arguments and extras."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import respx
from client_support import BASE_URL, KEY

from minimax import NOT_GIVEN, ConfigurationError, MiniMax
from minimax.models import UserMessage

CHAT = BASE_URL + "/chat/completions"
HELLO: dict[str, Any] = {
    "model": "minimax-chat-v2",
    "messages": [{"role": "user", "content": "Hi"}],
}
COMPLETION = {
    "data": {
        "id": "chatcmpl_1",
        "object": "chat.completion",
        "created_at": "2026-11-28T09:30:00Z",
        "model": "minimax-chat-v2",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": "Hey"},
                "finish_reason": "stop",
            }
        ],
    },
    "meta": {
        "request_id": "req_00000001",
        "model": "minimax-chat-v2",
        "usage": {"prompt_tokens": 3, "completion_tokens": 1, "total_tokens": 4},
    },
}
RATE_HEADERS = {
    "x-request-id": "req_00000001",
    "x-ratelimit-limit": "600",
    "x-ratelimit-remaining": "599",
    "x-ratelimit-reset": "1796030460",
}


@pytest.fixture
def chat() -> respx.Route:
    with respx.mock:
        yield respx.post(CHAT).mock(
            return_value=httpx.Response(200, json=COMPLETION, headers=RATE_HEADERS)
        )


def test_key_and_base_url_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MINIMAX_API_KEY", KEY)
    monkeypatch.setenv("MINIMAX_BASE_URL", "http://127.0.0.1:9/v1/")
    client = MiniMax()
    assert (client.api_key, client.base_url) == (KEY, "http://127.0.0.1:9/v1")
    monkeypatch.delenv("MINIMAX_BASE_URL")
    assert MiniMax().base_url == "https://api.minimax.gr.com/v1"  # the spec's first server


def test_a_missing_key_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MINIMAX_API_KEY", raising=False)
    with pytest.raises(ConfigurationError, match="MINIMAX_API_KEY"):
        MiniMax()


def test_a_result_has_typed_data_meta_and_rate_limit(chat: respx.Route, client: MiniMax) -> None:
    result = client.chat.completions.create(**HELLO)
    assert result.data.choices[0].message.content == "Hey"
    assert result.meta.request_id == result.request_id == "req_00000001"
    assert result.meta.usage.total_tokens == 4
    assert (result.rate_limit.limit, result.rate_limit.remaining) == (600, 599)
    assert result.rate_limit.reset_at is not None and result.rate_limit.reset_at.year == 2026
    assert result.replayed is False
    request = chat.calls[0].request
    assert request.headers["Authorization"] == f"Bearer {KEY}"
    assert request.headers["User-Agent"].startswith("minimax-sdk/")


def timeout_of(route: respx.Route) -> dict[str, float | None]:
    return route.calls[-1].request.extensions["timeout"]


def test_default_and_overridden_timeouts(chat: respx.Route) -> None:
    client = MiniMax(api_key=KEY, base_url=BASE_URL)
    client.chat.completions.create(**HELLO)
    assert timeout_of(chat)["read"] == 30.0 and timeout_of(chat)["connect"] == 5.0
    client.chat.completions.create(**HELLO, timeout=2.5)
    assert timeout_of(chat)["read"] == 2.5 and timeout_of(chat)["connect"] == 2.5
    MiniMax(api_key=KEY, base_url=BASE_URL, timeout=httpx.Timeout(9.0)).chat.completions.create(
        **HELLO
    )
    assert timeout_of(chat)["read"] == 9.0
    content = respx.get(BASE_URL + "/files/file_1/content").mock(
        return_value=httpx.Response(200, content=b"x")
    )
    client.files.content("file_1")
    assert timeout_of(content)["read"] == 300.0  # downloads get longer


def test_arguments_not_passed_are_not_sent_and_models_are_accepted(
    chat: respx.Route, client: MiniMax
) -> None:
    client.chat.completions.create(
        model="minimax-chat-v2",
        messages=[UserMessage(role="user", content="Hi"), {"role": "user", "content": "again"}],
        temperature=0.2,
        max_tokens=NOT_GIVEN,
        tools=[{"type": "function", "function": {"name": "get_weather"}}],
    )
    body = json.loads(chat.calls[0].request.content)
    assert body == {
        "model": "minimax-chat-v2",
        "messages": [{"role": "user", "content": "Hi"}, {"role": "user", "content": "again"}],
        "temperature": 0.2,
        "tools": [{"type": "function", "function": {"name": "get_weather"}}],
    }


def test_extra_headers_query_and_body(chat: respx.Route, client: MiniMax) -> None:
    client.chat.completions.create(
        **HELLO,
        extra_headers={"X-Trace": "t-1"},
        extra_query={"beta": True},
        extra_body={"seed": 7},
    )
    request = chat.calls[0].request
    assert request.headers["X-Trace"] == "t-1"
    assert request.url.params["beta"] == "true"
    assert json.loads(request.content)["seed"] == 7


def test_a_callers_httpx_client_is_used_and_left_open() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=COMPLETION, headers=RATE_HEADERS)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with MiniMax(api_key=KEY, base_url=BASE_URL, http_client=http) as client:
        client.chat.completions.create(**HELLO)
    assert len(seen) == 1 and not http.is_closed
    http.close()


def test_uploads_send_multipart_with_the_file_and_its_name(client: MiniMax) -> None:
    body = {
        "data": {
            "id": "file_1",
            "object": "file",
            "filename": "train.jsonl",
            "purpose": "fine-tune",
            "content_type": "application/jsonl",
            "bytes": 2,
            "sha256": "0" * 64,
            "created_at": "2026-11-28T09:20:00Z",
            "download_url": "https://api.test/v1/files/file_1/content?expires=1&signature=ab",
            "download_url_expires_at": "2026-11-28T10:20:00Z",
        },
        "meta": {"request_id": "req_00000001"},
    }
    with respx.mock:
        route = respx.post(BASE_URL + "/files").mock(return_value=httpx.Response(201, json=body))
        result = client.files.create(file=("train.jsonl", b"{}"), purpose="fine-tune")
    assert result.data.id == "file_1"
    request = route.calls[0].request
    assert request.headers["content-type"].startswith("multipart/form-data")
    assert b'filename="train.jsonl"' in request.content and b"fine-tune" in request.content
