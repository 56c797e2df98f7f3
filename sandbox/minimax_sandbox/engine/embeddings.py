"""The sandbox's embedding model: deterministic bag-of-words hashing into unit vectors.

Each distinct lower-cased word of a text adds the same fixed random vector wherever it
appears, so texts that share words point in similar directions and unrelated texts are
nearly orthogonal (a Gaussian vector in many dimensions is almost orthogonal to any
other). Every word counts once per text, however often it repeats: short texts stay
comparable and one repeated word cannot dominate. A small component drawn from the whole
text keeps different texts (even "a b" and "b a") from ever getting the same vector.
"""

from __future__ import annotations

import hashlib
import re
import struct
from functools import lru_cache

import numpy as np

from minimax_sandbox.engine import tokens

# Only words count: sharing a comma says nothing about meaning.
_WORD_RE = re.compile(r"\w+")

# The weight of the whole-text component next to the (unit) bag of words: enough to tell
# texts apart, small enough that cosines between texts are decided by their words.
TEXT_COMPONENT_WEIGHT = 0.1


def embed(texts: list[str], dimension: int) -> np.ndarray:
    """One unit-length float32 row of `dimension` floats per text, in order."""
    vocabulary: dict[str, int] = {}  # word -> row of `table`; each word is looked up once
    word_ids = [
        [vocabulary.setdefault(word, len(vocabulary)) for word in _distinct_words(text)]
        for text in texts
    ]
    bags = np.zeros((len(texts), dimension), dtype=np.float32)
    if vocabulary:
        table = np.stack([_word_vector(word, dimension) for word in vocabulary])
        # One gather-and-sum per text. A single gather of every text's rows would build a
        # (words x dimension) temporary, which measured several times slower.
        for row, ids in enumerate(word_ids):
            if ids:
                bags[row] = table[ids].sum(axis=0)
        has_words = np.array([bool(ids) for ids in word_ids])
        bags[has_words] = _normalise(bags[has_words])
    # A text without words keeps a zero bag, so its vector is its own text component.
    own = np.stack([_hashed_gaussian(b"text:" + text.encode(), dimension) for text in texts])
    return _normalise(bags + np.float32(TEXT_COMPONENT_WEIGHT) * _normalise(own))


def prompt_tokens(texts: list[str]) -> int:
    """The tokens an embeddings call is billed for: all tokens of all inputs."""
    return sum(tokens.count(text) for text in texts)


# --- helpers -------------------------------------------------------------------------------


# Word directions are cut from fixed random tables instead of drawing 1,536 fresh normals
# per word: numpy's generator setup alone costs more than everything else per new word.
TABLE_ROWS = 256


@lru_cache(maxsize=4)
def _tables(dimension: int) -> tuple[np.ndarray, np.ndarray]:
    """A fixed table of N(0, 1) floats and one of random signs, each row stored twice.

    Built from SHAKE-256 bytes (Box-Muller for the normals), so the vectors do not depend
    on the numpy version. Storing a row twice side by side makes every rotation of it a
    plain slice: `table[r, s : s + dimension]`.
    """
    size = TABLE_ROWS * dimension
    raw = hashlib.shake_256(f"sandbox-embeddings:{dimension}".encode()).digest(9 * size)
    uniform = (np.frombuffer(raw[: 8 * size], dtype="<u4").astype(np.float64) + 0.5) / 2**32
    u1, u2 = uniform[:size], uniform[size:]
    normals = np.sqrt(-2 * np.log(u1)) * np.cos(2 * np.pi * u2)
    signs = np.where(np.frombuffer(raw[8 * size :], dtype=np.uint8) & 1, 1.0, -1.0)
    return tuple(  # type: ignore[return-value]
        np.tile(t.reshape(TABLE_ROWS, dimension).astype(np.float32), 2) for t in (normals, signs)
    )


def _hashed_gaussian(key: bytes, dimension: int) -> np.ndarray:
    """A vector in a pseudo-random direction fixed by `key` (blake2b: stable across runs).

    It is a rotated table row of normals times a rotated row of signs, both picked by the
    hash: each coordinate is exactly N(0, 1), and two keys that happen to share one of the
    two picks are still uncorrelated (the other factor is independent and has mean 0).
    Not normalised: its length is within a few percent of sqrt(dimension) anyway, and
    `embed` normalises the sums.
    """
    normals, signs = _tables(dimension)
    picks = struct.unpack("<4I", hashlib.blake2b(key, digest_size=16).digest())
    row1, row2 = picks[0] % TABLE_ROWS, picks[1] % TABLE_ROWS
    shift1, shift2 = picks[2] % dimension, picks[3] % dimension
    row: np.ndarray = (
        normals[row1, shift1 : shift1 + dimension] * signs[row2, shift2 : shift2 + dimension]
    )
    return row


# 8,192 words at 1,536 float32 dims is about 50 MB: enough for a working vocabulary.
@lru_cache(maxsize=8192)
def _word_vector(word: str, dimension: int) -> np.ndarray:
    vector = _hashed_gaussian(b"word:" + word.encode(), dimension)
    vector.flags.writeable = False  # shared by every later call through the cache
    return vector


def _distinct_words(text: str) -> list[str]:
    return list(dict.fromkeys(_WORD_RE.findall(text.lower())))


def _normalise(rows: np.ndarray) -> np.ndarray:
    """Rows scaled to length 1; a zero row (words that cancel out, in tiny dimensions) stays 0."""
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    return rows / np.where(norms == 0, 1, norms)
