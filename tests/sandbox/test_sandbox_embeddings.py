"""POST /v1/embeddings through a real sandbox: deterministic unit vectors of the model's
dimension, similar texts closer than unrelated ones, the 2,048-input batch limit, and the
`base64` encoding (little-endian float32s) carrying the same values as the `float` one."""

from __future__ import annotations

import base64
import json
import math
from typing import Any

import httpx
import numpy as np

from minimax_sandbox.testing import conforms

OP = "embeddings.create"
MODEL = "minimax-embed-v1"
DIMENSION = 1536
MAX_INPUTS = 2048


def embed(api: httpx.Client, inputs: Any, model: str = MODEL, **more: Any) -> httpx.Response:
    return api.post("/embeddings", json={"model": model, "input": inputs, **more})


def vectors(api: httpx.Client, inputs: Any) -> tuple[np.ndarray, dict[str, Any]]:
    response = embed(api, inputs)
    assert response.status_code == 200, response.text
    body = conforms(response, OP)
    assert [item["index"] for item in body["data"]] == list(range(len(body["data"])))
    return np.array([item["embedding"] for item in body["data"]], dtype=np.float64), body


def cosine(a: np.ndarray, b: np.ndarray) -> float:
    return float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)))


def test_the_dimension_is_the_models(api: httpx.Client) -> None:
    model = conforms(api.get(f"/models/{MODEL}"), "models.retrieve")["data"]
    assert "embeddings" in model["capabilities"]
    assert model["embedding_dimension"] == DIMENSION


def test_vectors_are_unit_length_of_the_models_dimension(api: httpx.Client) -> None:
    texts = [
        "MiniMax provides powerful AI tools for developers.",
        "a",
        "Ünïcödé ✓ 漢字",
        "  spaces  around  ",
        "1234 5678",
        "!!!",
    ]
    found, body = vectors(api, texts)
    assert found.shape == (len(texts), DIMENSION)
    assert np.all(np.isfinite(found))
    norms = np.linalg.norm(found, axis=1)
    assert np.all(np.abs(norms - 1) <= 1e-3), norms
    assert body["meta"]["model"] == MODEL
    usage = body["meta"]["usage"]
    assert usage["completion_tokens"] == 0
    assert usage["total_tokens"] == usage["prompt_tokens"] > 0
    # Different texts never share a vector.
    assert len({row.tobytes() for row in found}) == len(texts)


def test_the_same_input_gets_the_same_vectors(api: httpx.Client) -> None:
    texts = ["How do I rotate an API key?", "Rate limits apply per key."]
    first, first_body = vectors(api, texts)
    second, second_body = vectors(api, texts)
    assert np.array_equal(first, second)
    assert first_body["meta"]["usage"] == second_body["meta"]["usage"]
    # A text's vector does not depend on the batch around it.
    alone, _ = vectors(api, [texts[1]])
    assert np.allclose(alone[0], first[1], atol=1e-6)


def test_a_single_string_is_one_vector(api: httpx.Client) -> None:
    text = "How do I rotate an API key?"
    single, body = vectors(api, text)
    assert single.shape == (1, DIMENSION)
    assert body["data"][0]["index"] == 0
    batch, _ = vectors(api, [text])
    assert np.allclose(single, batch, atol=1e-6)


def test_texts_sharing_words_are_closer_than_unrelated_ones(api: httpx.Client) -> None:
    triples = [
        ("the cat sat on the mat", "a cat sat on a mat today", "quantum chromodynamics lattice"),
        (
            "rotate your API key every month",
            "how often should I rotate an API key",
            "golden retriever running through sunflowers",
        ),
        (
            "video generation with a reference image",
            "generate a video from an image",
            "the stock market closed higher on Friday",
        ),
        (
            "fine-tune a chat model on support tickets",
            "support tickets to fine-tune chat",
            "bake bread at two hundred degrees",
        ),
    ]
    for anchor, similar, unrelated in triples:
        found, _ = vectors(api, [anchor, similar, unrelated])
        close, far = cosine(found[0], found[1]), cosine(found[0], found[2])
        assert close > far + 0.2, (anchor, close, far)
        assert close > 0.3, (anchor, close)
        # Unit vectors: the dot product is the cosine.
        assert math.isclose(float(found[0] @ found[1]), close, abs_tol=1e-3)


def _conforms_sampled(response: httpx.Response, keep: int = 4) -> dict[str, Any]:
    """`conforms` for a very large embeddings response, checked in two parts.

    Validating 2,048 x 1,536 numbers with jsonschema takes about a minute, so every item is
    checked here with plain Python against what the schema says (`index` an integer,
    `embedding` a non-empty array of numbers), and `conforms` then checks the status, the
    headers and the envelope on the same response with only the first and last `keep` items.
    """
    body = response.json()
    for position, item in enumerate(body["data"]):
        assert set(item) == {"index", "embedding"}
        assert type(item["index"]) is int and item["index"] == position
        assert item["embedding"] and all(type(x) in (float, int) for x in item["embedding"])
    sample = {**body, "data": body["data"][:keep] + body["data"][-keep:]}
    headers = {k: v for k, v in response.headers.items() if k.lower() != "content-length"}
    sampled = httpx.Response(
        response.status_code,
        headers=headers,
        content=json.dumps(sample).encode(),
        request=response.request,
    )
    conforms(sampled, OP)
    return body


def test_a_batch_of_2048_is_accepted_and_2049_refused(api: httpx.Client) -> None:
    texts = [f"input number {i}" for i in range(MAX_INPUTS)]
    response = embed(api, texts)
    assert response.status_code == 200, response.text[:500]
    body = _conforms_sampled(response)
    assert len(body["data"]) == MAX_INPUTS
    matrix = np.array([item["embedding"] for item in body["data"]], dtype=np.float64)
    assert matrix.shape == (MAX_INPUTS, DIMENSION)
    assert np.all(np.abs(np.linalg.norm(matrix, axis=1) - 1) <= 1e-3)

    response = embed(api, [*texts, "one too many"])
    assert response.status_code == 400, response.text[:500]
    refused = conforms(response, OP)
    assert refused["error"]["code"] == "invalid_request"
    assert refused["error"]["details"]["field"] == "input"


def test_bad_inputs_are_refused(api: httpx.Client) -> None:
    for inputs, field in (([], "input"), ("", "input"), (["ok", ""], "input[1]"), (42, "input")):
        response = embed(api, inputs)
        assert response.status_code == 400, (inputs, response.text)
        body = conforms(response, OP)
        assert body["error"]["code"] == "invalid_request"
        assert body["error"]["details"]["field"] == field, (inputs, body)


def test_an_input_over_8192_tokens_names_its_index(api: httpx.Client) -> None:
    response = embed(api, ["short", "word " * 8193])
    assert response.status_code == 400, response.text[:300]
    assert conforms(response, OP)["error"]["details"]["field"] == "input[1]"


def test_unknown_and_wrong_models(api: httpx.Client) -> None:
    response = embed(api, ["x"], model="minimax-embed-v9")
    assert response.status_code == 404
    assert conforms(response, OP)["error"]["code"] == "model_not_found"
    response = embed(api, ["x"], model="minimax-chat-v2")
    assert response.status_code == 400
    assert conforms(response, OP)["error"]["details"]["field"] == "model"


def _unpacked(embedding: str) -> np.ndarray:
    """A base64 embedding read as the spec states: little-endian float32s."""
    return np.frombuffer(base64.b64decode(embedding, validate=True), dtype="<f4")


def test_base64_vectors_are_the_float_vectors_packed(api: httpx.Client) -> None:
    texts = ["MiniMax provides powerful AI tools for developers.", "a", "Ünïcödé ✓ 漢字"]
    floats = conforms(embed(api, texts, encoding_format="float"), OP)
    default = conforms(embed(api, texts), OP)  # `float` is the default
    assert [i["embedding"] for i in default["data"]] == [i["embedding"] for i in floats["data"]]

    response = embed(api, texts, encoding_format="base64")
    assert response.status_code == 200, response.text
    packed = conforms(response, OP)
    assert [item["index"] for item in packed["data"]] == [0, 1, 2]
    for as_floats, as_base64 in zip(floats["data"], packed["data"], strict=True):
        assert isinstance(as_base64["embedding"], str)
        unpacked = _unpacked(as_base64["embedding"])
        assert unpacked.shape == (DIMENSION,)
        assert len(as_base64["embedding"]) == 4 * math.ceil(4 * DIMENSION / 3)  # 8,192
        # The JSON numbers, rounded to float32, are exactly the packed values.
        expected = np.array(as_floats["embedding"], dtype=np.float64).astype(np.float32)
        assert np.array_equal(unpacked, expected)
        assert abs(float(np.linalg.norm(unpacked.astype(np.float64))) - 1) <= 1e-3
    assert packed["meta"]["usage"] == floats["meta"]["usage"]


def test_a_single_string_in_base64_and_a_wrong_encoding(api: httpx.Client) -> None:
    body = conforms(embed(api, "How do I rotate an API key?", encoding_format="base64"), OP)
    assert _unpacked(body["data"][0]["embedding"]).shape == (DIMENSION,)
    response = embed(api, ["x"], encoding_format="float16")
    assert response.status_code == 400, response.text
    refused = conforms(response, OP)
    assert refused["error"]["code"] == "invalid_request"
    assert refused["error"]["details"]["field"] == "encoding_format"


def test_a_batch_of_2048_in_base64_is_less_than_half_the_bytes(api: httpx.Client) -> None:
    texts = [f"input number {i}" for i in range(MAX_INPUTS)]
    as_floats = embed(api, texts)
    as_base64 = embed(api, texts, encoding_format="base64")
    assert as_floats.status_code == as_base64.status_code == 200
    assert len(as_base64.content) < len(as_floats.content) / 2
    body = conforms(as_base64, OP)
    matrix = np.stack([_unpacked(item["embedding"]) for item in body["data"]])
    expected = np.array(
        [item["embedding"] for item in as_floats.json()["data"]], dtype=np.float64
    ).astype(np.float32)
    assert np.array_equal(matrix, expected)
