"""Integration: every operation of the spec through `MiniMax` and `AsyncMiniMax`, against a
started sandbox, with the sandbox's triggers for the failure paths."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import httpx
import pytest
from client_support import KEY, Target, routes

from minimax import (
    APITimeoutError,
    AsyncMiniMax,
    ChatCompletionAccumulator,
    MiniMax,
    ModelNotFoundError,
    RateLimitError,
    ServerError,
)
from minimax_sandbox.samples import png
from minimax_sandbox.testing import Server

ROUTES = routes(admin=False)
HELLO: list[Any] = [{"role": "user", "content": "Hello"}]
WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Current weather for a city.",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}},
            "required": ["city"],
        },
    },
}
TRAINING = (
    b'{"messages": [{"role": "user", "content": "Hi"}, '
    b'{"role": "assistant", "content": "Hello!"}]}\n'
)


class Operations:
    """Which operations of the spec a client's requests reached (from an httpx event hook)."""

    def __init__(self) -> None:
        self.seen: set[str] = set()
        self.idempotency_keys: list[str | None] = []

    def record(self, request: httpx.Request) -> None:
        self.idempotency_keys.append(request.headers.get("Idempotency-Key"))
        for method, pattern, operation_id in ROUTES:
            if request.method == method and pattern.match(request.url.path):
                self.seen.add(operation_id)

    async def record_async(self, request: httpx.Request) -> None:
        self.record(request)


def test_every_operation_through_the_sync_client(target: Target) -> None:
    ops = Operations()
    http = httpx.Client(event_hooks={"request": [ops.record]})
    client = MiniMax(api_key=target.key, base_url=target.base_url, http_client=http)

    assert "minimax-chat-v2" in [m.id for m in client.models.list().data]
    assert client.models.retrieve("minimax-embed-v1").data.embedding_dimension == 1536

    # Tasks first, so that they run while the rest goes on.
    training = client.files.create(file=("train.jsonl", TRAINING), purpose="fine-tune").data
    image = client.files.create(file=("ref.png", png()), purpose="video-reference").data
    assert (training.content_type.value, image.content_type.value) == (
        "application/jsonl",
        "image/png",
    )
    job = client.fine_tunes.create(
        model="minimax-chat-v2", training_file=training.id, suffix="docs"
    )
    video = client.video.generations.create(
        prompt="A dog", reference_image_file_id=image.id, duration=1
    )
    assert client.files.retrieve(image.id).data.sha256
    assert client.files.content(training.id).data == TRAINING

    # The overview's snippet, then the same conversation streamed: the deltas add up to it.
    result = client.chat.completions.create(model="minimax-chat-v2", messages=HELLO)
    answer = result.data.choices[0].message.content
    assert answer and result.meta.usage.total_tokens > 0 and result.rate_limit.remaining is not None
    accumulator = ChatCompletionAccumulator()
    with client.chat.completions.create(
        model="minimax-chat-v2", messages=HELLO, stream=True
    ) as stream:
        for chunk in stream:
            accumulator.add(chunk)
    assert accumulator.completion().choices[0].message.content == answer
    assert (
        stream.meta is not None and stream.meta.usage.total_tokens == result.meta.usage.total_tokens
    )

    # A tool call, then its result sent back.
    weather = [{"role": "user", "content": "What is the weather in Paris?"}]
    called = client.chat.completions.create(
        model="minimax-chat-v2", messages=weather, tools=[WEATHER]
    )
    choice = called.data.choices[0]
    assert choice.finish_reason.value == "tool_calls"
    call = choice.message.tool_calls[0]
    assert call.function.name == "get_weather"
    follow_up = [
        *weather,
        choice.message,  # a generated model passes as well as a dict
        {"role": "tool", "tool_call_id": call.id, "content": '{"temperature": 18}'},
    ]
    final = client.chat.completions.create(
        model="minimax-chat-v2", messages=follow_up, tools=[WEATHER]
    )
    assert final.data.choices[0].finish_reason.value == "stop"

    embedded = client.embeddings.create(model="minimax-embed-v1", input=["one", "two"])
    assert [len(item.embedding) for item in embedded.data] == [1536, 1536]

    with client.video.generations.events(video.data.id) as events:
        statuses = [task.status.value for task in events]
    assert statuses[-1] == "succeeded" and events.meta is not None
    progress: list[int] = []
    done = client.video.generations.wait(
        video.data.id, on_progress=lambda t: progress.append(t.progress)
    )
    assert done.data.status.value == "succeeded" and progress[-1] == 100
    assert client.video.generations.retrieve(video.data.id).data.result is not None
    assert client.video.generations.content(video.data.id).data[4:8] == b"ftyp"
    tuned = client.fine_tunes.wait(job.data.id, poll_interval=0.2)
    assert (
        tuned.data.fine_tuned_model and client.fine_tunes.retrieve(job.data.id).data.progress == 100
    )

    with pytest.raises(ServerError) as caught:
        bad = [{"role": "user", "content": "sandbox:stream_error"}]
        for _ in client.chat.completions.create(model="minimax-chat-v2", messages=bad, stream=True):
            pass
    assert caught.value.code == "server_error" and caught.value.request_id
    with pytest.raises(ModelNotFoundError):
        client.models.retrieve("minimax-chat-v9")

    assert ops.seen == {operation_id for *_, operation_id in ROUTES}
    http.close()


def test_every_operation_through_the_async_client(target: Target) -> None:
    ops = Operations()

    async def scenario() -> None:
        http = httpx.AsyncClient(event_hooks={"request": [ops.record_async]})
        async with AsyncMiniMax(
            api_key=target.key, base_url=target.base_url, http_client=http
        ) as client:
            assert (await client.models.list()).data
            assert (await client.models.retrieve("minimax-chat-v2")).data.context_window > 0

            upload = await client.files.create(file=("train.jsonl", TRAINING), purpose="fine-tune")
            job = await client.fine_tunes.create(
                model="minimax-chat-v2", training_file=upload.data.id
            )
            video = await client.video.generations.create(prompt="A cat", duration=1)
            assert (await client.files.retrieve(upload.data.id)).data.bytes_ == len(TRAINING)
            assert (await client.files.content(upload.data.id)).data == TRAINING

            result = await client.chat.completions.create(model="minimax-chat-v2", messages=HELLO)
            accumulator = ChatCompletionAccumulator()
            async with await client.chat.completions.create(
                model="minimax-chat-v2", messages=HELLO, stream=True
            ) as stream:
                async for chunk in stream:
                    accumulator.add(chunk)
            message = accumulator.completion().choices[0].message
            assert message.content == result.data.choices[0].message.content
            called = await client.chat.completions.create(
                model="minimax-chat-v2",
                messages=[{"role": "user", "content": "Weather in Paris?"}],
                tools=[WEATHER],
                tool_choice={"type": "function", "function": {"name": "get_weather"}},
            )
            assert called.data.choices[0].message.tool_calls[0].function.name == "get_weather"
            embedded = await client.embeddings.create(model="minimax-embed-v1", input="one")
            assert len(embedded.data[0].embedding) == 1536

            statuses = [
                t.status.value async for t in await client.video.generations.events(video.data.id)
            ]
            assert statuses[-1] == "succeeded"
            done = await client.video.generations.wait(video.data.id)
            assert (await client.video.generations.retrieve(done.data.id)).data.progress == 100
            assert (await client.video.generations.content(video.data.id)).data[4:8] == b"ftyp"
            assert (
                await client.fine_tunes.wait(job.data.id, poll_interval=0.2)
            ).data.fine_tuned_model
            assert (await client.fine_tunes.retrieve(job.data.id)).data.status.value == "succeeded"

            with pytest.raises(ServerError):
                bad = [{"role": "user", "content": "sandbox:stream_error"}]
                async for _ in await client.chat.completions.create(
                    model="minimax-chat-v2", messages=bad, stream=True
                ):
                    pass
        await http.aclose()

    asyncio.run(scenario())
    assert ops.seen == {operation_id for *_, operation_id in ROUTES}


def test_server_errors_are_retried_with_one_idempotency_key(
    sandbox: Server, sandbox_key: str
) -> None:
    ops = Operations()
    http = httpx.Client(event_hooks={"request": [ops.record]})
    client = MiniMax(
        api_key=sandbox_key, base_url=sandbox.base_url, http_client=http, max_retries=1
    )
    with pytest.raises(ServerError):
        client.embeddings.create(model="minimax-embed-v1", input="sandbox:server_error")
    assert len(ops.idempotency_keys) == 2 and len(set(ops.idempotency_keys)) == 1


def test_rate_limits_and_timeouts_raise_their_errors(sandbox: Server, sandbox_key: str) -> None:
    client = MiniMax(api_key=sandbox_key, base_url=sandbox.base_url, max_retries=0)
    with pytest.raises(RateLimitError) as caught:
        client.embeddings.create(model="minimax-embed-v1", input="sandbox:rate_limit")
    assert caught.value.retry_after == 1.0
    with pytest.raises(APITimeoutError):
        client.embeddings.create(model="minimax-embed-v1", input="sandbox:slow", timeout=0.3)


def test_a_replayed_call_is_marked_and_costs_nothing(target: Target) -> None:
    client = MiniMax(api_key=target.key, base_url=target.base_url)
    first = client.chat.completions.create(
        model="minimax-chat-v2", messages=HELLO, idempotency_key="k-1"
    )
    again = client.chat.completions.create(
        model="minimax-chat-v2", messages=HELLO, idempotency_key="k-1"
    )
    assert not first.replayed and again.replayed
    assert again.request_id == first.request_id


def test_the_key_is_not_logged_by_any_layer(
    sandbox: Server, caplog: pytest.LogCaptureFixture
) -> None:
    key = sandbox.new_key()
    caplog.set_level(logging.DEBUG)
    client = MiniMax(api_key=key, base_url=sandbox.base_url, max_retries=0)
    client.chat.completions.create(model="minimax-chat-v2", messages=HELLO)
    with pytest.raises(ModelNotFoundError):
        client.models.retrieve("minimax-chat-v9")
    assert "request id req_" in caplog.text
    assert key not in caplog.text and KEY not in caplog.text
