"""POST /v1/chat/completions: a deterministic model, as JSON or as an SSE stream."""

from __future__ import annotations

import time
from typing import Any

from minimax_sandbox.call import Call, Reply, Stream, sse
from minimax_sandbox.clock import iso
from minimax_sandbox.engine import chat as engine
from minimax_sandbox.engine import offload
from minimax_sandbox.engine.schema_instance import UnsatisfiableSchema
from minimax_sandbox.errors import ApiError, invalid
from minimax_sandbox.handlers.common import require_model
from minimax_sandbox.ids import new_id

# Bodies up to this size are answered on the event loop, in well under a millisecond.
_INLINE_BYTES = 16_384


async def create(call: Call) -> Reply | Stream:
    body = call.body
    model = require_model(call, body["model"], "chat")
    limit = model["max_output_tokens"]
    if body.get("max_tokens", 0) > limit:
        raise invalid(
            f"'max_tokens' is {body['max_tokens']}; {model['id']} generates at most"
            f" {limit} tokens.",
            "max_tokens",
        )
    names = [tool["function"]["name"] for tool in body.get("tools", [])]
    if len(set(names)) != len(names):
        raise invalid("Tool names must be unique.", "tools")
    try:
        if names or call.body_bytes > _INLINE_BYTES:
            # Off the event loop: tool arguments can take up to a second of CPU
            # (schema_check), and counting a long prompt's tokens some milliseconds.
            completion = await offload.run(engine.complete, body)
        else:  # a short plain chat costs less than handing it to a thread
            completion = engine.complete(body)
    except UnsatisfiableSchema as error:
        raise invalid(f"No arguments can satisfy the tool's parameters: {error}", "tools") from None
    except ValueError as error:
        raise invalid(str(error), "tool_choice") from None
    usage = {
        "prompt_tokens": completion.prompt_tokens,
        "completion_tokens": completion.completion_tokens,
        "total_tokens": completion.prompt_tokens + completion.completion_tokens,
    }
    head = {"id": new_id("chatcmpl_"), "created_at": iso(time.time()), "model": model["id"]}
    if not body.get("stream"):
        choice = {
            "index": 0,
            "message": completion.message,
            "finish_reason": completion.finish_reason,
        }
        data = {"id": head["id"], "object": "chat.completion", **head, "choices": [choice]}
        return Reply(data, model=model["id"], usage=usage)
    return Stream(_frames(call, head, completion, usage), usage=usage)


def _frames(
    call: Call, head: dict[str, Any], completion: engine.Completion, usage: dict[str, int]
) -> list[bytes]:
    events = call.endpoint.events
    assert events is not None  # the operation streams
    deltas = engine.deltas(completion)
    frames = []
    for index, delta in enumerate(deltas):
        last = index == len(deltas) - 1
        choice = {
            "index": 0,
            "delta": delta,
            "finish_reason": completion.finish_reason if last else None,
        }
        chunk = {"id": head["id"], "object": "chat.completion.chunk", **head, "choices": [choice]}
        frames.append(sse(events.item, chunk))
    if "stream_error" in call.triggers:
        error = ApiError("server_error", "The model stopped responding (sandbox:stream_error).")
        return [frames[0], sse(events.error, error.body(call.request_id))]
    done = {"meta": {"request_id": call.request_id, "model": head["model"], "usage": usage}}
    return [*frames, sse(events.done, done)]
