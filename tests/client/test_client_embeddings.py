"""`client.embeddings.create` against a sandbox: it asks for base64 unless told otherwise,
and hands back the same float32 values as the float encoding, as lists of floats, as the
packed bytes and as numpy arrays; a caller's `encoding_format` is sent as given."""

from __future__ import annotations

import asyncio
import base64
import json
from collections.abc import Iterator

import httpx
import numpy as np
import pytest

from minimax import AsyncMiniMax, Embedding, MiniMax
from minimax_sandbox.testing import Server

MODEL = "minimax-embed-v1"
TEXTS = ["MiniMax provides powerful AI tools for developers.", "a", "Ünïcödé ✓ 漢字"]


class Wire:
    """The JSON bodies the client sent (an httpx event hook)."""

    def __init__(self) -> None:
        self.bodies: list[dict[str, object]] = []

    def record(self, request: httpx.Request) -> None:
        self.bodies.append(json.loads(request.content))

    async def record_async(self, request: httpx.Request) -> None:
        self.record(request)


@pytest.fixture
def wire() -> Wire:
    return Wire()


@pytest.fixture
def client(sandbox: Server, sandbox_key: str, wire: Wire) -> Iterator[MiniMax]:
    http = httpx.Client(event_hooks={"request": [wire.record]})
    with MiniMax(api_key=sandbox_key, base_url=sandbox.base_url, http_client=http) as made:
        yield made
    http.close()


def floats_of(sandbox: Server, key: str, texts: list[str]) -> list[list[float]]:
    """The float encoding's vectors, read with plain httpx."""
    with sandbox.client(key) as raw:
        response = raw.post("/embeddings", json={"model": MODEL, "input": texts})
        response.raise_for_status()
        return [item["embedding"] for item in response.json()["data"]]


def test_base64_is_asked_for_and_gives_the_float_values(
    client: MiniMax, wire: Wire, sandbox: Server, sandbox_key: str
) -> None:
    result = client.embeddings.create(model=MODEL, input=TEXTS)
    assert wire.bodies == [{"model": MODEL, "input": TEXTS, "encoding_format": "base64"}]
    # The wire answer was base64 (less than half the bytes of the floats).
    sent = result.response.json()["data"]
    assert all(isinstance(item["embedding"], str) for item in sent)

    expected = floats_of(sandbox, sandbox_key, TEXTS)
    assert [item.index for item in result.data] == [0, 1, 2]
    for item, floats in zip(result.data, expected, strict=True):
        assert isinstance(item, Embedding)
        values = item.embedding
        assert type(values) is list and all(type(v) is float for v in values)
        assert len(values) == item.dimension == 1536
        # The JSON numbers are float32s written out: rounded to float32, they are equal.
        assert values == np.array(floats, dtype=np.float64).astype(np.float32).tolist()
        assert item.embedding is values  # decoded once
        assert item.buffer == np.array(floats, dtype="<f4").tobytes()
        array = item.numpy()
        assert array.dtype == np.dtype("<f4") and array.shape == (1536,)
        assert not array.flags.writeable
        assert array.tolist() == values
        assert abs(float(np.linalg.norm(array.astype(np.float64))) - 1) <= 1e-3
    assert result.meta.usage and result.meta.model == MODEL
    assert repr(result.data[0]) == "Embedding(index=0, dimension=1536)"


def test_a_callers_encoding_is_sent_as_given(client: MiniMax, wire: Wire) -> None:
    as_floats = client.embeddings.create(model=MODEL, input=TEXTS, encoding_format="float")
    as_base64 = client.embeddings.create(model=MODEL, input=TEXTS, encoding_format="base64")
    assert [body["encoding_format"] for body in wire.bodies] == ["float", "base64"]
    assert all(isinstance(i["embedding"], list) for i in as_floats.response.json()["data"])
    assert as_floats.data == as_base64.data
    for floats, packed in zip(as_floats.data, as_base64.data, strict=True):
        assert floats.buffer == packed.buffer
        # Equal as float32s; the float encoding's decimals read as doubles are not widened.
        assert np.array_equal(np.array(floats.embedding, dtype=np.float32), packed.numpy())
        assert np.array_equal(floats.numpy(), packed.numpy())
        assert packed.to_dict() == {"index": packed.index, "embedding": packed.embedding}


def test_a_2048_batch_in_base64(client: MiniMax, sandbox: Server, sandbox_key: str) -> None:
    texts = [f"document number {i}" for i in range(2048)]
    result = client.embeddings.create(model=MODEL, input=texts)
    assert len(result.data) == 2048
    matrix = np.stack([item.numpy() for item in result.data])
    expected = np.array(floats_of(sandbox, sandbox_key, texts), dtype=np.float64)
    assert np.array_equal(matrix, expected.astype(np.float32))


def test_the_async_client_asks_for_base64_too(sandbox: Server, sandbox_key: str) -> None:
    wire = Wire()

    async def main() -> list[Embedding]:
        http = httpx.AsyncClient(event_hooks={"request": [wire.record_async]})
        async with AsyncMiniMax(
            api_key=sandbox_key, base_url=sandbox.base_url, http_client=http
        ) as client:
            result = await client.embeddings.create(model=MODEL, input=TEXTS[:2])
        await http.aclose()
        return result.data

    data = asyncio.run(main())
    assert wire.bodies[0]["encoding_format"] == "base64"
    expected = floats_of(sandbox, sandbox_key, TEXTS[:2])
    assert [item.embedding for item in data] == [
        np.array(v, dtype=np.float64).astype(np.float32).tolist() for v in expected
    ]


def test_an_embedding_reads_the_specs_example() -> None:
    # The spec's two examples of the response: the same four float32s.
    packed = Embedding(0, buffer=base64.b64decode("Vn2uPOwvO73KVEE8x7q4PQ=="))
    floats = Embedding(0, [0.0213, -0.0457, 0.0118, 0.0902])
    assert packed == floats
    assert packed.embedding == np.array(floats.embedding, dtype=np.float32).tolist()
    with pytest.raises(ValueError, match="whole number of float32s"):
        Embedding(0, buffer=b"abc")
    with pytest.raises(TypeError):
        Embedding(0)
