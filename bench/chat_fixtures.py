"""The canned chat responses of the SDK benchmarks, from the spec's examples.

Shared by bench/typescript_overhead.py and bench/go_overhead.py, which write them to a JSON file
for their servers (bench/typescript/server.mjs, the httptest server of bench/go): for each API
shape, `minimax` and `openai`, the request (plain and with the stream flag), the JSON body of a
small chat completion, the frames of a 200-chunk stream, the response headers, and the content
and chunk count every contestant must get back.

The MiniMax bytes are the spec's own examples, read through the model: the `text` completion,
199 `chunk` frames, `last_chunk` and `done`, with the success response's example headers
(`X-Request-Id`, `X-RateLimit-*`). The OpenAI ones carry the same content, ids and usage in
OpenAI's shapes (`data:` frames ending with `[DONE]`).
"""

from __future__ import annotations

import json
from calendar import timegm
from datetime import datetime
from typing import Any

from minimax_openapi.spec import shared

STREAM_CHUNKS = 200


def fixtures() -> dict[str, Any]:
    """The canned responses, MiniMax's from the spec's examples and OpenAI's equivalents."""
    api = shared()
    chat = api.operation("chat.completions.create")
    ok = chat.success
    assert ok and chat.body and chat.stream and chat.stream_flag
    json_media, sse_media = ok.media("application/json"), ok.media("text/event-stream")
    assert json_media and sse_media
    requests = {e.name: e.value for e in chat.body.media.examples}
    json_examples = {e.name: e.value for e in json_media.examples}
    frames = {e.name: e.value for e in sse_media.examples}
    headers = {h.name: str(h.example) for h in ok.headers if h.required}

    completion = json_examples["text"]
    items = [frames["chunk"]] * (STREAM_CHUNKS - 1) + [frames["last_chunk"]]
    assert {f["event"] for f in items} == {chat.stream.item_event}
    done = frames["done"]
    assert done["event"] == chat.stream.end.done_event
    request = {k: v for k, v in requests["hello"].items() if k != chat.stream_flag}
    stream_request = request | {chat.stream_flag: True}
    minimax = {
        "request": request,
        "stream_request": stream_request,
        "json": json.dumps(completion, separators=(",", ":")),
        "frames": [f"event: {f['event']}\ndata: {f['data']}\n\n" for f in [*items, done]],
        "headers": headers,
        "content": completion["data"]["choices"][0]["message"]["content"],
        "chunks": STREAM_CHUNKS,
    }

    data, meta = completion["data"], completion["meta"]
    created = epoch(data["created_at"])
    openai_completion = {
        "id": data["id"],
        "object": "chat.completion",
        "created": created,
        "model": data["model"],
        "choices": [
            {
                "index": c["index"],
                "message": c["message"] | {"refusal": None, "annotations": []},
                "logprobs": None,
                "finish_reason": c["finish_reason"],
            }
            for c in data["choices"]
        ],
        "usage": meta["usage"],
        "service_tier": "default",
        "system_fingerprint": None,
    }

    def openai_chunk(frame: dict[str, Any]) -> str:
        chunk = json.loads(frame["data"])
        return json.dumps(
            {
                "id": chunk["id"],
                "object": "chat.completion.chunk",
                "created": epoch(chunk["created_at"]),
                "model": chunk["model"],
                "service_tier": "default",
                "system_fingerprint": None,
                "choices": [c | {"logprobs": None} for c in chunk["choices"]],
            },
            separators=(",", ":"),
        )

    limit, remaining = headers["X-RateLimit-Limit"], headers["X-RateLimit-Remaining"]
    openai = {
        "request": request,
        "stream_request": stream_request,
        "json": json.dumps(openai_completion, separators=(",", ":")),
        "frames": [f"data: {openai_chunk(f)}\n\n" for f in items] + ["data: [DONE]\n\n"],
        "headers": {
            "x-request-id": headers["X-Request-Id"],
            "x-ratelimit-limit-requests": limit,
            "x-ratelimit-remaining-requests": remaining,
            "x-ratelimit-reset-requests": "60s",
        },
        "content": minimax["content"],
        "chunks": STREAM_CHUNKS,
    }
    return {"minimax": minimax, "openai": openai}


def epoch(timestamp: str) -> int:
    return timegm(datetime.fromisoformat(timestamp.replace("Z", "+00:00")).utctimetuple())
