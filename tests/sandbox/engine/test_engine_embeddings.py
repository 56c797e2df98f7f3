"""The sandbox embedding engine: unit vectors, deterministic, similar for texts sharing words."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from minimax_sandbox.engine.embeddings import embed, prompt_tokens


def cosine(a: str, b: str, dimension: int = 1536) -> float:
    u, v = embed([a, b], dimension)
    return float(u @ v)


@settings(deadline=None)
@given(texts=st.lists(st.text(max_size=200), min_size=1, max_size=20), dimension=st.integers(1, 64))
def test_rows_are_unit_float32(texts: list[str], dimension: int) -> None:
    vectors = embed(texts, dimension)
    assert vectors.shape == (len(texts), dimension)
    assert vectors.dtype == np.float32
    assert np.all(np.isfinite(vectors))
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1, atol=1e-5)


@settings(deadline=None)
@given(st.lists(st.text(max_size=100), min_size=1, max_size=10))
def test_a_text_embeds_the_same_alone_or_in_any_batch(texts: list[str]) -> None:
    batch = embed(texts, 256)
    again = embed(list(reversed(texts)), 256)[::-1]
    np.testing.assert_array_equal(batch, again)
    np.testing.assert_array_equal(batch[0], embed(texts[:1], 256)[0])


def test_texts_sharing_words_are_closer_than_unrelated_ones() -> None:
    related = cosine("the cat sat on the mat", "a cat lay on the mat")
    unrelated = cosine("the cat sat on the mat", "quarterly revenue grew sharply")
    assert related > 0.5
    assert abs(unrelated) < 0.15
    assert related > unrelated + 0.4


def test_case_and_punctuation_do_not_change_the_words() -> None:
    assert cosine("Hello, World!", "hello world") > 0.95


def test_different_texts_never_share_a_vector() -> None:
    texts = ["a b", "b a", "a a b", "Hello", "hello", "", " ", "!!!", "???"]
    vectors = embed(texts, 1536)
    assert len({v.tobytes() for v in vectors}) == len(texts)
    assert cosine("a b", "b a") > 0.95  # same words: near-identical, yet not equal


def test_texts_without_words_still_get_unit_vectors() -> None:
    vectors = embed(["", "   ", "?!", "—"], 1536)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1, atol=1e-5)


def test_a_full_batch_of_2048_texts_at_1536_dimensions() -> None:
    texts = [
        f"sample document {i} about topic {i % 37} and item {i * 7919 % 1000}" for i in range(2048)
    ]
    vectors = embed(texts, 1536)
    assert vectors.shape == (2048, 1536)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1, atol=1e-5)


def test_prompt_tokens_count_every_token_of_every_input() -> None:
    assert prompt_tokens(["Hello, world", "one"]) == 4
    assert prompt_tokens([""]) == 0
