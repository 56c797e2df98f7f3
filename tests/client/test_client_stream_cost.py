"""What a streamed chunk costs: parsing one runs no import statement (issue 9, item 9).

openapi-python-client imports a nested model inside `from_dict` (to survive import cycles), so
every chunk paid three imports; the generator moves them to the end of each model module.
`bench/client_overhead.py` measures the whole cost per chunk against raw httpx + json.
"""

from __future__ import annotations

import builtins
import json
from typing import Any

import pytest

from minimax.models import ChatCompletion, ChatCompletionChunk, Model
from minimax_openapi.model import JSON, SSE, Api


def test_parsing_models_runs_no_import(api: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    success = api.operation("chat.completions.create").success
    assert success is not None
    stream, plain = success.media(SSE), success.media(JSON)
    assert stream is not None and plain is not None
    chunk = json.loads({e.name: e.value for e in stream.examples}["chunk"]["data"])
    completion = plain.examples[-1].value["data"]
    models = api.operation("models.list").success
    assert models is not None and (listing := models.media(JSON)) is not None
    model = listing.examples[0].value["data"][0]

    imports: list[str] = []
    real_import = builtins.__import__

    def counting_import(name: str, *args: Any, **kwargs: Any) -> Any:
        imports.append(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", counting_import)
    for _ in range(3):
        ChatCompletionChunk.from_dict(chunk)
        ChatCompletion.from_dict(completion).to_dict()
        Model.from_dict(model).to_dict()
    monkeypatch.undo()
    assert imports == []


@pytest.mark.parametrize(
    "data",
    ['{"a": 1}', ' {"a": 1}', '{"a": 1} ', '{"a": 1}\n', "[1, 2]", '"x"', "3", "null", "1e400"],
)
def test_item_frames_are_read_as_json_loads_reads_them(data: str) -> None:
    from minimax._streaming import _loads

    assert _loads(data) == json.loads(data)


@pytest.mark.parametrize("data", ["", " ", "\ufeff{}", '{"a": }', '{"a": 1} x', "{} {}", "nul"])
def test_unreadable_item_frames_raise_as_json_loads_does(data: str) -> None:
    from minimax._streaming import _loads

    with pytest.raises(ValueError) as expected:
        json.loads(data)
    with pytest.raises(ValueError) as raised:
        _loads(data)
    assert type(raised.value) is type(expected.value)
    assert str(raised.value) == str(expected.value)


def test_lean_from_dict_keeps_unknown_keys_and_shares_timestamps() -> None:
    chunk = {
        "id": "chatcmpl_1",
        "object": "chat.completion.chunk",
        "created_at": "2026-12-02T22:38:00Z",
        "model": "minimax-chat-v2",
        "choices": [{"index": 0, "delta": {"content": "hi"}, "finish_reason": None}],
    }
    plain = ChatCompletionChunk.from_dict(chunk)
    assert plain.additional_properties == {}
    assert plain.choices[0].additional_properties == {}
    assert plain.choices[0].delta.additional_properties == {}
    assert plain.created_at.utcoffset() is not None

    extra = dict(chunk, system_fingerprint="fp_1")
    extra["choices"] = [
        {"index": 0, "delta": {"content": "hi", "audio": 1}, "finish_reason": None, "x": 2}
    ]
    parsed = ChatCompletionChunk.from_dict(extra)
    assert parsed.additional_properties == {"system_fingerprint": "fp_1"}
    assert parsed.choices[0].additional_properties == {"x": 2}
    assert parsed.choices[0].delta.additional_properties == {"audio": 1}
    assert parsed.to_dict() == dict(extra, created_at="2026-12-02T22:38:00+00:00")
    assert extra["system_fingerprint"] == "fp_1"  # the source is not changed
    assert parsed.created_at == plain.created_at
    with pytest.raises(KeyError):
        ChatCompletionChunk.from_dict({k: v for k, v in chunk.items() if k != "model"})
