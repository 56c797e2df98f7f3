"""Retries: what is retried, exponential backoff with jitter, Retry-After, idempotency keys."""

from __future__ import annotations

import asyncio
import email.utils
import time
from typing import Any

import httpx
import pytest
import respx
from client_support import BASE_URL, COMPLETION, KEY

from minimax import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncMiniMax,
    BadRequestError,
    IdempotencyKeyInUseError,
    InternalServerError,
    MiniMax,
    RateLimitError,
)

CHAT = BASE_URL + "/chat/completions"
MODELS = BASE_URL + "/models"
HELLO: dict[str, Any] = {
    "model": "minimax-chat-v2",
    "messages": [{"role": "user", "content": "Hi"}],
}


def error(status: int, code: str, headers: dict[str, str] | None = None) -> httpx.Response:
    body = {
        "error": {"code": code, "message": code, "details": {}},
        "meta": {"request_id": "req_e"},
    }
    return httpx.Response(status, json=body, headers=headers)


def ok() -> httpx.Response:
    return httpx.Response(200, json=COMPLETION, headers={"x-request-id": "req_00000001"})


@respx.mock
def test_5xx_429_and_connection_errors_are_retried_with_growing_jittered_backoff(
    no_sleep: list[float],
) -> None:
    route = respx.post(CHAT).mock(
        side_effect=[
            error(500, "server_error"),
            httpx.ConnectError("refused"),
            error(503, "server_error"),
            error(429, "rate_limit_exceeded"),
            ok(),
        ]
    )
    client = MiniMax(api_key=KEY, base_url=BASE_URL, max_retries=4)
    result = client.chat.completions.create(**HELLO)
    assert result.data.choices[0].message.content == "Hello"
    assert route.call_count == 5
    # 0.5 s doubling, each shortened by up to a quarter at random.
    for retry, delay in enumerate(no_sleep):
        nominal = 0.5 * 2**retry
        assert 0.75 * nominal <= delay <= nominal
    assert len(no_sleep) == 4


@respx.mock
def test_backoff_is_capped_and_jittered(no_sleep: list[float]) -> None:
    respx.get(MODELS).mock(return_value=error(500, "server_error"))
    client = MiniMax(api_key=KEY, base_url=BASE_URL, max_retries=7)
    with pytest.raises(InternalServerError):
        client.models.list()
    assert max(no_sleep) <= 8.0
    assert len(set(no_sleep)) == len(no_sleep)  # jitter: no two waits alike


@respx.mock
def test_retry_after_is_honoured(no_sleep: list[float]) -> None:
    respx.post(CHAT).mock(
        side_effect=[error(429, "rate_limit_exceeded", {"Retry-After": "3"}), ok()]
    )
    MiniMax(api_key=KEY, base_url=BASE_URL).chat.completions.create(**HELLO)
    assert no_sleep == [3.0]


@respx.mock
def test_retry_after_as_an_http_date_is_honoured(no_sleep: list[float]) -> None:
    soon = email.utils.formatdate(time.time() + 5, usegmt=True)
    respx.post(CHAT).mock(side_effect=[error(503, "server_error", {"Retry-After": soon}), ok()])
    MiniMax(api_key=KEY, base_url=BASE_URL).chat.completions.create(**HELLO)
    assert len(no_sleep) == 1 and 3 <= no_sleep[0] <= 5


@respx.mock
def test_a_long_retry_after_is_left_to_the_caller(no_sleep: list[float]) -> None:
    route = respx.post(CHAT).mock(
        return_value=error(429, "rate_limit_exceeded", {"Retry-After": "600"})
    )
    with pytest.raises(RateLimitError) as caught:
        MiniMax(api_key=KEY, base_url=BASE_URL).chat.completions.create(**HELLO)
    assert caught.value.retry_after == 600.0
    assert route.call_count == 1 and no_sleep == []


@respx.mock
def test_max_retries_bounds_the_attempts(no_sleep: list[float]) -> None:
    route = respx.post(CHAT).mock(return_value=error(500, "server_error"))
    with pytest.raises(InternalServerError):
        MiniMax(api_key=KEY, base_url=BASE_URL, max_retries=2).chat.completions.create(**HELLO)
    assert route.call_count == 3
    route.reset()
    with pytest.raises(InternalServerError):
        MiniMax(api_key=KEY, base_url=BASE_URL, max_retries=0).chat.completions.create(**HELLO)
    assert route.call_count == 1


@respx.mock
def test_client_errors_are_not_retried_but_a_key_in_use_is(no_sleep: list[float]) -> None:
    route = respx.post(CHAT).mock(return_value=error(400, "invalid_request"))
    with pytest.raises(BadRequestError):
        MiniMax(api_key=KEY, base_url=BASE_URL).chat.completions.create(**HELLO)
    assert route.call_count == 1
    route.mock(side_effect=[error(409, "idempotency_key_in_use"), ok()])
    MiniMax(api_key=KEY, base_url=BASE_URL).chat.completions.create(**HELLO)
    route.mock(return_value=error(409, "idempotency_key_in_use"))
    with pytest.raises(IdempotencyKeyInUseError):
        MiniMax(api_key=KEY, base_url=BASE_URL, max_retries=1).chat.completions.create(**HELLO)


@respx.mock
def test_a_408_from_a_proxy_is_retried_within_max_retries(no_sleep: list[float]) -> None:
    timed_out = httpx.Response(408, text="Request Timeout")
    route = respx.post(CHAT).mock(side_effect=[timed_out, ok()])
    result = MiniMax(api_key=KEY, base_url=BASE_URL).chat.completions.create(**HELLO)
    assert result.data.choices[0].message.content == "Hello"
    assert route.call_count == 2
    route.mock(return_value=timed_out)
    with pytest.raises(APIStatusError) as raised:
        MiniMax(api_key=KEY, base_url=BASE_URL, max_retries=1).chat.completions.create(**HELLO)
    assert raised.value.status_code == 408
    assert route.call_count == 4


@respx.mock
def test_timeouts_are_retried_then_raised(no_sleep: list[float]) -> None:
    route = respx.post(CHAT).mock(side_effect=httpx.ReadTimeout("slow"))
    with pytest.raises(APITimeoutError):
        MiniMax(api_key=KEY, base_url=BASE_URL, max_retries=1).chat.completions.create(**HELLO)
    assert route.call_count == 2
    route.mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(APIConnectionError) as caught:
        MiniMax(api_key=KEY, base_url=BASE_URL, max_retries=0).chat.completions.create(**HELLO)
    assert not isinstance(caught.value, APITimeoutError)


@respx.mock
def test_one_idempotency_key_per_call_reused_across_its_retries(no_sleep: list[float]) -> None:
    route = respx.post(CHAT).mock(
        side_effect=[error(500, "server_error"), httpx.ConnectError("x"), ok(), ok()]
    )
    client = MiniMax(api_key=KEY, base_url=BASE_URL)
    client.chat.completions.create(**HELLO)
    keys = [call.request.headers["Idempotency-Key"] for call in route.calls]
    assert len(keys) == 3 and len(set(keys)) == 1 and len(keys[0]) == 36  # a UUID
    client.chat.completions.create(**HELLO)
    assert route.calls[-1].request.headers["Idempotency-Key"] != keys[0]  # a new call, a new key


@respx.mock
def test_the_callers_idempotency_key_is_sent_and_get_sends_none(no_sleep: list[float]) -> None:
    route = respx.post(CHAT).mock(side_effect=[error(502, "server_error"), ok()])
    client = MiniMax(api_key=KEY, base_url=BASE_URL)
    client.chat.completions.create(**HELLO, idempotency_key="order-42")
    assert [c.request.headers["Idempotency-Key"] for c in route.calls] == ["order-42"] * 2
    models = respx.get(MODELS).mock(
        return_value=httpx.Response(200, json={"data": [], "meta": {"request_id": "req_1"}})
    )
    client.models.list()
    assert "Idempotency-Key" not in models.calls[0].request.headers


def test_async_retries_reuse_the_key_and_honour_retry_after(no_sleep: list[float]) -> None:
    async def scenario() -> list[str]:
        with respx.mock:
            route = respx.post(CHAT).mock(
                side_effect=[error(429, "rate_limit_exceeded", {"Retry-After": "2"}), ok()]
            )
            async with AsyncMiniMax(api_key=KEY, base_url=BASE_URL) as client:
                await client.chat.completions.create(**HELLO)
            return [call.request.headers["Idempotency-Key"] for call in route.calls]

    keys = asyncio.run(scenario())
    assert len(keys) == 2 and keys[0] == keys[1]
    assert no_sleep == [2.0]
