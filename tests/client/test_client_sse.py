"""The SSE decoder and the Stream iterators: frames split anywhere, typed items, end and errors."""

from __future__ import annotations

import asyncio
import itertools
from typing import Any

import httpx
import pytest
import respx
from client_support import BASE_URL, KEY
from hypothesis import given
from hypothesis import strategies as st

from minimax import (
    APIConnectionError,
    AsyncMiniMax,
    ChatCompletionAccumulator,
    InternalServerError,
    MiniMax,
    MiniMaxError,
    ServerError,
)
from minimax._streaming import ServerSentEvent, SSEDecoder
from minimax_openapi.model import SSE, Api

CHAT = BASE_URL + "/chat/completions"
HELLO: dict[str, Any] = {
    "model": "minimax-chat-v2",
    "messages": [{"role": "user", "content": "Hi"}],
}


def chat_examples(api: Api) -> dict[str, dict[str, str]]:
    """The spec's examples of chat stream frames, by name."""
    success = api.operation("chat.completions.create").success
    media = success.media(SSE) if success else None
    assert media is not None
    return {example.name: example.value for example in media.examples}


def frame(event: str, data: str, newline: str = "\n") -> str:
    return f"event: {event}{newline}data: {data}{newline}{newline}"


def decode(chunks: list[bytes]) -> list[ServerSentEvent]:
    decoder = SSEDecoder()
    return [event for chunk in chunks for event in decoder.feed(chunk)]


def test_frames_split_at_every_byte_boundary_decode_the_same(api: Api) -> None:
    examples = chat_examples(api)
    body = "".join(frame(e["event"], e["data"]) for e in examples.values())
    # A non-ASCII character too, so that a split can fall inside a UTF-8 sequence.
    body = ": keep-alive\n" + body + frame("chunk", '{"content": "héllo ✓"}')
    raw = body.encode()
    whole = decode([raw])
    assert [e.event for e in whole] == [e["event"] for e in examples.values()] + ["chunk"]
    assert [e.data for e in whole[:-1]] == [e["data"] for e in examples.values()]
    for cut in range(1, len(raw)):
        assert decode([raw[:cut], raw[cut:]]) == whole, f"split at byte {cut}"
    assert decode([raw[i : i + 1] for i in range(len(raw))]) == whole


@given(
    newline=st.sampled_from(["\n", "\r", "\r\n"]),
    cuts=st.lists(st.integers(min_value=0, max_value=400), max_size=12),
)
def test_any_line_endings_and_chunking_decode_the_same(newline: str, cuts: list[int]) -> None:
    body = (
        f": comment{newline}"
        + frame("chunk", '{"n": 1}', newline)
        + f"data: line one{newline}data: line two{newline}{newline}"
        + f"id: 7{newline}retry: 1500{newline}event: status{newline}data:no-space{newline}{newline}"
    )
    raw = body.encode()
    points = sorted({min(c, len(raw)) for c in cuts} | {0, len(raw)})
    chunks = [raw[a:b] for a, b in itertools.pairwise(points)]
    assert decode(chunks) == [
        ServerSentEvent("chunk", '{"n": 1}'),
        ServerSentEvent("message", "line one\nline two"),
        ServerSentEvent("status", "no-space", id="7", retry=1500),
    ]


def test_whatwg_edge_cases() -> None:
    raw = (
        b"\xef\xbb\xbfdata: after a BOM\n\n"
        b"event: ignored\n\n"  # no data: not dispatched, and its type does not leak
        b"data\n\n"  # a field without a colon has an empty value
        b"data:  two spaces keep one\n\n"
        b"id: a\0b\ndata: x\n\n"  # an id with NUL is ignored
        b"unknown: field\ndata: y\n\n"
        b"data: cut off at the end"
    )
    assert decode([raw]) == [
        ServerSentEvent("message", "after a BOM"),
        ServerSentEvent("message", ""),
        ServerSentEvent("message", " two spaces keep one"),
        ServerSentEvent("message", "x"),
        ServerSentEvent("message", "y"),
    ]


def sse_response(body: bytes, chunk_size: int) -> httpx.Response:
    chunks = [body[i : i + chunk_size] for i in range(0, len(body), chunk_size)]
    headers = {"content-type": "text/event-stream", "x-request-id": "req_stream0001"}
    return httpx.Response(200, headers=headers, content=iter(chunks))


@respx.mock
def test_stream_yields_typed_chunks_then_meta(api: Api, client: MiniMax) -> None:
    examples = chat_examples(api)
    body = "".join(
        frame(examples[n]["event"], examples[n]["data"]) for n in ("chunk", "last_chunk", "done")
    )
    respx.post(CHAT).mock(side_effect=lambda request: sse_response(body.encode(), 7))
    accumulator = ChatCompletionAccumulator()
    with client.chat.completions.create(**HELLO, stream=True) as stream:
        chunks = [accumulator.add(chunk) for chunk in stream]
    assert [c.choices[0].delta.content for c in chunks][0] == "A REST"
    assert stream.meta is not None and stream.meta.usage.total_tokens == 30
    assert stream.request_id == "req_stream0001"
    completion = accumulator.completion()
    assert completion.choices[0].message.content == "A REST"
    assert completion.choices[0].finish_reason.value == "stop"


@respx.mock
def test_error_frame_raises_the_typed_error(api: Api, client: MiniMax) -> None:
    examples = chat_examples(api)
    body = frame("chunk", examples["chunk"]["data"]) + frame("error", examples["error"]["data"])
    respx.post(CHAT).mock(side_effect=lambda request: sse_response(body.encode(), 5))
    received = []
    with pytest.raises(ServerError) as caught:
        for chunk in client.chat.completions.create(**HELLO, stream=True):
            received.append(chunk)
    assert len(received) == 1
    error = caught.value
    assert isinstance(error, InternalServerError)
    assert (error.code, error.status_code) == ("server_error", 500)
    assert error.request_id == "req_4f9c2a7e1b3d5f6a8c0e2b4d"
    assert error.message.startswith("The model stopped responding")


@respx.mock
def test_a_stream_cut_before_done_is_a_connection_error(api: Api, client: MiniMax) -> None:
    body = frame("chunk", chat_examples(api)["chunk"]["data"])
    respx.post(CHAT).mock(side_effect=lambda request: sse_response(body.encode(), 64))
    with pytest.raises(APIConnectionError, match="before its 'done' frame"):
        list(client.chat.completions.create(**HELLO, stream=True))


@respx.mock
def test_leaving_the_with_block_early_closes_the_response(api: Api, client: MiniMax) -> None:
    examples = chat_examples(api)
    body = frame("chunk", examples["chunk"]["data"]) * 50 + frame("done", examples["done"]["data"])
    respx.post(CHAT).mock(side_effect=lambda request: sse_response(body.encode(), 100))
    with client.chat.completions.create(**HELLO, stream=True) as stream:
        next(iter(stream))
    assert stream.response.is_closed
    with pytest.raises(StopIteration):
        next(stream)


def test_async_stream_iterates_and_raises_error_frames(api: Api) -> None:
    examples = chat_examples(api)
    good = "".join(frame(examples[n]["event"], examples[n]["data"]) for n in ("chunk", "done"))
    bad = frame("chunk", examples["chunk"]["data"]) + frame("error", examples["error"]["data"])

    async def body(text: str) -> Any:
        raw = text.encode()
        for i in range(0, len(raw), 3):
            yield raw[i : i + 3]

    def reply(text: str) -> Any:
        return lambda request: httpx.Response(
            200, headers={"content-type": "text/event-stream"}, content=body(text)
        )

    async def scenario() -> None:
        async with AsyncMiniMax(api_key=KEY, base_url=BASE_URL) as client:
            with respx.mock:
                respx.post(CHAT).mock(side_effect=reply(good))
                async with await client.chat.completions.create(**HELLO, stream=True) as stream:
                    chunks = [chunk async for chunk in stream]
                assert len(chunks) == 1 and stream.meta is not None
                respx.post(CHAT).mock(side_effect=reply(bad))
                stream = await client.chat.completions.create(**HELLO, stream=True)
                with pytest.raises(ServerError):
                    async for _ in stream:
                        pass

    asyncio.run(scenario())


@respx.mock
def test_meta_is_typed_meta_and_read_after_the_done_frame(api: Api, client: MiniMax) -> None:
    examples = chat_examples(api)
    body = "".join(frame(examples[n]["event"], examples[n]["data"]) for n in ("chunk", "done"))
    respx.post(CHAT).mock(side_effect=lambda request: sse_response(body.encode(), 64))
    with client.chat.completions.create(**HELLO, stream=True) as stream:
        with pytest.raises(MiniMaxError, match="iterate the stream to its end"):
            stream.meta  # noqa: B018
        list(stream)
    assert stream.meta.request_id and stream.meta.usage
