"""Regression tests of issue 9's sharp edges: the timeout budget, Retry-After backoff, download
signatures, one exception tree, per-call options, uploads from paths, and reprs."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
from client_support import BASE_URL, COMPLETION, KEY

import minimax
from minimax import (
    APIError,
    APITimeoutError,
    AsyncMiniMax,
    CircuitBreaker,
    MiniMax,
    RateLimitError,
)
from minimax_sandbox.testing import FAST, Server

CHAT = BASE_URL + "/chat/completions"
MODELS = BASE_URL + "/models"
FILES = BASE_URL + "/files"
HELLO: dict[str, Any] = {
    "model": "minimax-chat-v2",
    "messages": [{"role": "user", "content": "Hi"}],
}
SIGNATURE = "45c48cce2e2d7fbdea1afc51c7c6ad26"


def error(status: int, code: str, headers: dict[str, str] | None = None) -> httpx.Response:
    body = {
        "error": {"code": code, "message": code, "details": {}},
        "meta": {"request_id": "req_e"},
    }
    return httpx.Response(status, json=body, headers={"x-request-id": "req_e", **(headers or {})})


def ok() -> httpx.Response:
    return httpx.Response(200, json=COMPLETION, headers={"x-request-id": "req_00000001"})


# ---- 1. the timeout is the whole call's budget; a key in use is waited on within it ---------


@pytest.fixture(scope="module")
def slow_sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """A sandbox whose `sandbox:slow` answers three seconds late, as production's would."""
    server = Server(
        tmp_path_factory.mktemp("slow-sandbox"), timings={**FAST, "slow_seconds": 3.0}
    ).start()
    yield server.base_url, server.new_key(tier="enterprise", enterprise_rpm=10**6)
    server.stop()


def test_a_timeout_on_a_slow_request_is_a_timeout_within_its_budget(
    slow_sandbox: tuple[str, str],
) -> None:
    base_url, key = slow_sandbox
    slow: list[Any] = [{"role": "user", "content": "Hi sandbox:slow"}]
    with MiniMax(api_key=key, base_url=base_url) as client:
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            client.chat.completions.create(model="minimax-chat-v2", messages=slow, timeout=1)
        elapsed = time.monotonic() - started
    assert elapsed < 1.5, elapsed


def test_async_timeout_is_the_whole_calls_budget(slow_sandbox: tuple[str, str]) -> None:
    base_url, key = slow_sandbox
    slow: list[Any] = [{"role": "user", "content": "Hi sandbox:slow"}]

    async def scenario() -> float:
        async with AsyncMiniMax(api_key=key, base_url=base_url) as client:
            started = time.monotonic()
            with pytest.raises(APITimeoutError):
                await client.chat.completions.create(
                    model="minimax-chat-v2", messages=slow, timeout=1
                )
            return time.monotonic() - started

    assert asyncio.run(scenario()) < 1.5


@respx.mock
def test_a_key_in_use_is_waited_on_beyond_max_retries_within_the_budget(
    no_sleep: list[float],
) -> None:
    in_use = error(409, "idempotency_key_in_use")
    route = respx.post(CHAT).mock(side_effect=[in_use, in_use, in_use, in_use, ok()])
    result = MiniMax(api_key=KEY, base_url=BASE_URL, max_retries=1).chat.completions.create(**HELLO)
    assert result.data.choices[0].message.content == "Hello"
    assert route.call_count == 5


@respx.mock
def test_retries_never_sleep_past_the_calls_budget() -> None:
    route = respx.post(CHAT).mock(return_value=error(500, "server_error"))
    client = MiniMax(api_key=KEY, base_url=BASE_URL, max_retries=5)
    started = time.monotonic()
    with pytest.raises(minimax.InternalServerError):
        client.chat.completions.create(**HELLO, timeout=0.8)
    assert time.monotonic() - started < 1.0
    assert route.call_count >= 2  # it did retry, as far as the budget allowed


# ---- 2. repeated 429s back off from Retry-After ---------------------------------------------


@respx.mock
def test_repeated_429s_double_the_retry_after_with_jitter(no_sleep: list[float]) -> None:
    limited = error(429, "rate_limit_exceeded", {"Retry-After": "1"})
    respx.post(CHAT).mock(side_effect=[limited, limited, limited, limited, ok()])
    client = MiniMax(api_key=KEY, base_url=BASE_URL, max_retries=4)
    client.chat.completions.create(**HELLO, timeout=120)
    assert no_sleep[0] == 1.0
    for retry, delay in enumerate(no_sleep[1:], start=1):
        assert 2.0**retry <= delay <= 2.0**retry * 1.25
    assert len(set(no_sleep)) == len(no_sleep)


@respx.mock
def test_the_doubled_retry_after_is_capped(no_sleep: list[float]) -> None:
    limited = error(429, "rate_limit_exceeded", {"Retry-After": "20"})
    respx.post(CHAT).mock(return_value=limited)
    client = MiniMax(api_key=KEY, base_url=BASE_URL, max_retries=4)
    with pytest.raises(RateLimitError):
        client.chat.completions.create(**HELLO, timeout=None)
    assert no_sleep[0] == 20.0 and max(no_sleep) <= 60.0


# ---- 3. download signatures stay out of reprs and logs ---------------------------------------


def test_download_signatures_are_not_in_model_reprs() -> None:
    url = f"https://files.test/v1/files/file_1/content?expires=1&signature={SIGNATURE}"
    model = minimax.models.FileObject.from_dict(
        {
            "id": "file_1",
            "object": "file",
            "filename": "train.jsonl",
            "purpose": "fine-tune",
            "content_type": "application/jsonl",
            "bytes": 3,
            "sha256": "0" * 64,
            "created_at": "2026-11-28T09:30:00Z",
            "download_url": url,
            "download_url_expires_at": "2026-11-28T10:30:00Z",
        }
    )
    assert SIGNATURE not in repr(model)
    assert "signature=***" in repr(model)
    assert model.download_url == url  # the value itself is intact


def test_no_log_line_of_a_download_shows_its_signature(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    with respx.mock:
        url = f"{FILES}/file_1/content?expires=1&signature={SIGNATURE}"
        respx.get(url).mock(return_value=httpx.Response(200, content=b"abc"))
        with MiniMax(api_key=KEY, base_url=BASE_URL) as client:
            client.files.content("file_1", extra_query={"expires": 1, "signature": SIGNATURE})
    lines = [record.getMessage() for record in caplog.records]
    assert any("HTTP Request" in line for line in lines)  # httpx's own line was there
    assert not any(SIGNATURE in line for line in lines)


# ---- 6. one exception tree ------------------------------------------------------------------


def test_every_exception_of_the_client_is_an_api_error() -> None:
    assert issubclass(minimax.CircuitOpenError, APIError)
    assert issubclass(minimax.WaitTimeoutError, APIError)
    assert issubclass(minimax.ConfigurationError, APIError)
    assert issubclass(minimax.MiniMaxError, APIError) or minimax.MiniMaxError is APIError


@respx.mock
def test_an_open_circuit_and_a_closed_client_raise_api_errors(no_sleep: list[float]) -> None:
    respx.get(MODELS).mock(return_value=error(500, "server_error"))
    breaker = CircuitBreaker(minimum_calls=1, window=1, cooldown=60)
    client = MiniMax(api_key=KEY, base_url=BASE_URL, max_retries=0, circuit_breaker=breaker)
    with pytest.raises(APIError):
        client.models.list()
    with pytest.raises(APIError) as caught:
        client.models.list()
    assert isinstance(caught.value, minimax.CircuitOpenError)
    client.close()
    with pytest.raises(APIError) as closed:
        client.models.list()
    assert "closed" in str(closed.value)


# ---- 7. per-call options, GETs without bodies, Accept headers --------------------------------


@respx.mock
def test_with_options_makes_a_copy_with_other_settings(no_sleep: list[float]) -> None:
    route = respx.get(MODELS).mock(return_value=error(500, "server_error"))
    client = MiniMax(api_key=KEY, base_url=BASE_URL, max_retries=0)
    patient = client.with_options(max_retries=3, default_headers={"X-Team": "a"}, timeout=9)
    with pytest.raises(minimax.InternalServerError):
        patient.models.list()
    assert route.call_count == 4
    assert route.calls[0].request.headers["X-Team"] == "a"
    assert patient.max_retries == 3 and client.max_retries == 0 and patient.timeout == 9
    assert patient._http is client._http
    patient.close()
    assert not client._http.is_closed  # the copy does not own the connections


@respx.mock
def test_max_retries_per_call(no_sleep: list[float]) -> None:
    route = respx.get(MODELS).mock(return_value=error(500, "server_error"))
    client = MiniMax(api_key=KEY, base_url=BASE_URL, max_retries=0)
    with pytest.raises(minimax.InternalServerError):
        client.models.list(max_retries=2)
    assert route.call_count == 3


def test_get_methods_take_no_idempotency_key_nor_body() -> None:
    import inspect

    client = MiniMax(api_key=KEY, base_url=BASE_URL)
    for get in (
        client.models.list,
        client.models.retrieve,
        client.files.retrieve,
        client.files.content,
        client.video.generations.retrieve,
    ):
        names = inspect.signature(get).parameters
        assert "idempotency_key" not in names and "extra_body" not in names, get
    create = inspect.signature(client.chat.completions.create).parameters
    assert "idempotency_key" in create and "extra_body" in create


@respx.mock
def test_a_get_sends_no_body_and_accept_headers_follow_the_media_type() -> None:
    models = respx.get(MODELS).mock(
        return_value=httpx.Response(200, json={"data": [], "meta": {"request_id": "req_1"}})
    )
    content = respx.get(BASE_URL + "/video/generations/vid_1/content").mock(
        return_value=httpx.Response(200, content=b"mp4", headers={"content-type": "video/mp4"})
    )
    sse = 'event: done\ndata: {"meta": {"request_id": "req_1", "model": "m"}}\n\n'
    chat = respx.post(CHAT).mock(
        return_value=httpx.Response(200, text=sse, headers={"content-type": "text/event-stream"})
    )
    client = MiniMax(api_key=KEY, base_url=BASE_URL)
    client.models.list()
    request = models.calls[0].request
    assert request.content == b"" and "content-type" not in request.headers
    assert request.headers["Accept"] == "application/json"
    client.video.generations.content("vid_1")
    assert content.calls[0].request.headers["Accept"] == "video/mp4"
    with client.chat.completions.create(**HELLO, stream=True) as stream:
        list(stream)
    assert chat.calls[0].request.headers["Accept"] == "text/event-stream"


# ---- 8. uploads from paths -------------------------------------------------------------------


FILE_OBJECT = {
    "data": {
        "id": "file_1",
        "object": "file",
        "filename": "train.jsonl",
        "purpose": "fine-tune",
        "content_type": "application/jsonl",
        "bytes": 3,
        "sha256": "0" * 64,
        "created_at": "2026-11-28T09:30:00Z",
        "download_url": "https://files.test/f?signature=x",
        "download_url_expires_at": "2026-11-28T10:30:00Z",
    },
    "meta": {"request_id": "req_1"},
}


@respx.mock
def test_uploads_take_a_path_as_str_or_pathlike(tmp_path: Path) -> None:
    route = respx.post(FILES).mock(return_value=httpx.Response(200, json=FILE_OBJECT))
    path = tmp_path / "train.jsonl"
    path.write_bytes(b'{"a": 1}\n')
    client = MiniMax(api_key=KEY, base_url=BASE_URL)
    client.files.create(file=str(path), purpose="fine-tune")
    client.files.create(file=path, purpose="fine-tune")
    with open(path, "rb") as handle:
        client.files.create(file=handle, purpose="fine-tune")
    client.files.create(file=b'{"a": 1}\n', purpose="fine-tune")
    for call in route.calls[:3]:
        body = call.request.read()
        assert b'filename="train.jsonl"' in body and b'{"a": 1}' in body


def test_the_readme_upload_example_leaks_no_file_handle() -> None:
    readme = (Path(minimax.__file__).parents[1] / "README.md").read_text()
    assert 'open("train.jsonl", "rb")' not in readme
    assert 'files.create(file="train.jsonl"' in readme or "files.create(file=Path(" in readme


# ---- 10. reprs -------------------------------------------------------------------------------


def test_exception_reprs_keep_the_status_code_and_request_id() -> None:
    response = error(429, "rate_limit_exceeded")
    exc = minimax._exceptions.make_status_error(response, response.json())
    text = repr(exc)
    assert "RateLimitExceededError" in text
    assert "429" in text and "rate_limit_exceeded" in text and "req_e" in text


@respx.mock
def test_a_stream_has_a_useful_repr() -> None:
    sse = 'event: done\ndata: {"meta": {"request_id": "req_1", "model": "m"}}\n\n'
    respx.post(CHAT).mock(
        return_value=httpx.Response(
            200, text=sse, headers={"content-type": "text/event-stream", "x-request-id": "req_9"}
        )
    )
    client = MiniMax(api_key=KEY, base_url=BASE_URL)
    with client.chat.completions.create(**HELLO, stream=True) as stream:
        text = repr(stream)
    assert text.startswith("Stream[ChatCompletionChunk](") and "req_9" in text, text
    assert " object at 0x" not in text


def test_async_with_options_per_call_retries_and_a_closed_client(no_sleep: list[float]) -> None:
    async def scenario() -> int:
        with respx.mock:
            route = respx.get(MODELS).mock(return_value=error(500, "server_error"))
            client = AsyncMiniMax(api_key=KEY, base_url=BASE_URL, max_retries=0)
            copy = client.with_options(max_retries=1)
            with pytest.raises(minimax.InternalServerError):
                await copy.models.list()
            with pytest.raises(minimax.InternalServerError):
                await client.models.list(max_retries=2)
            await client.close()
            with pytest.raises(minimax.APIConnectionError, match="closed"):
                await copy.models.list()
            return route.call_count

    assert asyncio.run(scenario()) == 2 + 3
