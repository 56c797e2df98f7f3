"""A call naming a deprecated model warns once per model and client (a DeprecationWarning
pointing at the caller's line, naming the model, its sunset and its migration guide), through
a real sandbox; a call naming a current model does not warn."""

from __future__ import annotations

import asyncio
import warnings
from typing import Any

from minimax import AsyncMiniMax, MiniMax
from minimax_sandbox.testing import Server

HELLO: list[Any] = [{"role": "user", "content": "Hello"}]
DEPRECATED, CURRENT = "minimax-chat-v1", "minimax-chat-v2"


def deprecations(caught: list[warnings.WarningMessage]) -> list[warnings.WarningMessage]:
    return [w for w in caught if issubclass(w.category, DeprecationWarning)]


def test_a_deprecated_model_warns_once_per_client(sandbox: Server, sandbox_key: str) -> None:
    with MiniMax(api_key=sandbox_key, base_url=sandbox.base_url) as client:
        current = client.models.retrieve(CURRENT)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")  # so any dedupe seen is the client's own
            client.chat.completions.create(model=CURRENT, messages=HELLO)
            assert deprecations(caught) == []
            client.chat.completions.create(model=DEPRECATED, messages=HELLO)
            client.chat.completions.create(model=DEPRECATED, messages=HELLO)
            for _ in client.chat.completions.create(model=DEPRECATED, messages=HELLO, stream=True):
                pass
        assert current.data.deprecation is None
        [warning] = deprecations(caught)
        assert warning.filename == __file__  # the caller's line, not the SDK's
        model = client.models.retrieve(DEPRECATED).data
    assert model.deprecation is not None
    text = str(warning.message)
    assert f"'{DEPRECATED}' is deprecated since {model.deprecation.deprecated_at}" in text
    assert f"stop working on {model.deprecation.shutdown_at}" in text
    assert f"migration guide: {model.deprecation.migration_guide}" in text


def test_each_client_and_each_model_warns_on_its_own(sandbox: Server, sandbox_key: str) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for _ in range(2):
            with MiniMax(api_key=sandbox_key, base_url=sandbox.base_url) as client:
                client.models.retrieve(DEPRECATED)
                client.chat.completions.create(model=DEPRECATED, messages=HELLO)
    assert len(deprecations(caught)) == 2


def test_the_async_client_warns_once_at_the_caller(sandbox: Server, sandbox_key: str) -> None:
    async def calls() -> None:
        async with AsyncMiniMax(api_key=sandbox_key, base_url=sandbox.base_url) as client:
            await client.chat.completions.create(model=CURRENT, messages=HELLO)
            stream = await client.chat.completions.create(
                model=DEPRECATED, messages=HELLO, stream=True
            )
            async for _ in stream:
                pass
            await client.chat.completions.create(model=DEPRECATED, messages=HELLO)

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        asyncio.run(calls())
    [warning] = deprecations(caught)
    assert warning.filename == __file__
    assert DEPRECATED in str(warning.message)
