"""Forward compatibility: an enum value this version does not know passes through a response.

The spec adds enum values without a version bump (a new `finish_reason`, a new model
capability), so parsing a response must not fail on one: the value comes back as a `str`
(an instance of the enum class that equals the string the API sent), as openai-python's
`Literal[...] | str` types allow. The responses are served by an `httpx.MockTransport`.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import httpx
import pytest
from client_support import BASE_URL, KEY

from minimax import MiniMax
from minimax.models import FinishReason, ModelCapability, TaskStatus
from minimax_openapi.model import JSON, SSE, Api


def example(api: Api, operation: str, media_type: str = JSON) -> dict[str, Any]:
    """The first example of the operation's success response, as a fresh dict."""
    success = api.operation(operation).success
    media = success.media(media_type) if success else None
    assert media is not None and media.examples
    return copy.deepcopy(media.examples[0].value)


def serving(body: bytes, content_type: str = "application/json") -> MiniMax:
    headers = {"content-type": content_type, "x-request-id": "req_enum00001"}
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, headers=headers, content=body)
    )
    return MiniMax(api_key=KEY, base_url=BASE_URL, http_client=httpx.Client(transport=transport))


def test_unknown_finish_reason_passes_through() -> None:
    from minimax_openapi.spec import shared

    body = example(shared(), "chat.completions.create")
    body["data"]["choices"][0]["finish_reason"] = "content_filter"
    with serving(json.dumps(body).encode()) as client:
        result = client.chat.completions.create(
            model="minimax-chat-v2", messages=[{"role": "user", "content": "Hi"}]
        )
    reason = result.data.choices[0].finish_reason
    assert isinstance(reason, str) and reason == "content_filter"
    assert reason.value == "content_filter" and str(reason) == "content_filter"
    assert isinstance(reason, FinishReason)
    assert reason not in list(FinishReason)  # not added to the known members
    assert result.data.to_dict()["choices"][0]["finish_reason"] == "content_filter"
    assert FinishReason("stop") is FinishReason.STOP  # known values keep their members


def test_unknown_capability_and_status_pass_through(api: Api) -> None:
    body = example(api, "models.list")
    body["data"][0]["capabilities"] = ["chat", "telepathy"]
    with serving(json.dumps(body).encode()) as client:
        models = client.models.list().data
    assert models[0].capabilities == [ModelCapability.CHAT, "telepathy"]
    body = example(api, "fine_tunes.retrieve")
    body["data"]["status"] = "paused"
    with serving(json.dumps(body).encode()) as client:
        job = client.fine_tunes.retrieve("ft_x").data
    assert job.status == "paused" and isinstance(job.status, TaskStatus)


def test_unknown_finish_reason_in_a_stream_chunk(api: Api) -> None:
    success = api.operation("chat.completions.create").success
    media = success.media(SSE) if success else None
    assert media is not None
    frames = {e.name: e.value for e in media.examples}
    data = json.loads(frames["last_chunk"]["data"])
    data["choices"][0]["finish_reason"] = "content_filter"
    body = "".join(
        f"event: {event}\ndata: {payload}\n\n"
        for event, payload in (
            (frames["chunk"]["event"], frames["chunk"]["data"]),
            (frames["last_chunk"]["event"], json.dumps(data)),
            (frames["done"]["event"], frames["done"]["data"]),
        )
    )
    with serving(body.encode(), "text/event-stream") as client:
        stream = client.chat.completions.create(
            model="minimax-chat-v2", messages=[{"role": "user", "content": "Hi"}], stream=True
        )
        reasons = [choice.finish_reason for chunk in stream for choice in chunk.choices]
    assert reasons[-1] == "content_filter"


def test_an_unknown_value_is_still_an_error_where_the_type_is_wrong() -> None:
    with pytest.raises(ValueError):
        FinishReason(42)  # type: ignore[arg-type]
