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
