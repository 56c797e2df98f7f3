"""Embeddings as the client hands them back, whichever encoding carried them.

`embeddings.create` asks for `encoding_format: "base64"` unless the caller passes one: each
vector then arrives as base64 of its little-endian float32s, less than half the bytes of the
same values as JSON numbers, and far quicker to read. Each `Embedding` keeps those bytes and
makes the `list[float]` (`.embedding`) when it is first read, once; `.buffer` is the packed
bytes and `.numpy()` a float32 array over them, when numpy is installed (it is not a
dependency). A vector that arrived as JSON numbers (`encoding_format="float"`) gives the same
three, its bytes packed on demand.
"""

from __future__ import annotations

import array
import binascii
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._types import NotGiven
from .models import Meta

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

__all__ = ["Embedding", "EmbeddingsEnvelope", "embeddings_from_dict", "encoding_or_default"]

# The encoding the client asks for unless the caller names one.
DEFAULT_ENCODING = "base64"

_LITTLE_ENDIAN = sys.byteorder == "little"


class Embedding:
    """One input's vector: `.index`, `.embedding` (`list[float]`), `.buffer`, `.numpy()`."""

    __slots__ = ("_packed", "_values", "index")

    def __init__(
        self,
        index: int,
        embedding: list[float] | None = None,
        *,
        buffer: bytes | None = None,
    ) -> None:
        if (embedding is None) == (buffer is None):
            raise TypeError("give an Embedding either its values or its buffer")
        if buffer is not None and len(buffer) % 4:
            raise ValueError(f"a buffer of {len(buffer)} bytes is not a whole number of float32s")
        self.index = index
        """The position of the input this vector embeds."""
        self._values = embedding
        self._packed = buffer

    @property
    def embedding(self) -> list[float]:
        """The vector's values, unit length; made from the packed float32s on first read."""
        values = self._values
        if values is None:
            floats = array.array("f", self._packed or b"")
            if not _LITTLE_ENDIAN:
                floats.byteswap()
            values = self._values = floats.tolist()
        return values

    @property
    def buffer(self) -> bytes:
        """The values as little-endian float32s, 4 bytes each (what `base64` carries)."""
        packed = self._packed
        if packed is None:
            floats = array.array("f", self._values or [])
            if not _LITTLE_ENDIAN:
                floats.byteswap()
            packed = self._packed = floats.tobytes()
        return packed

    @property
    def dimension(self) -> int:
        """The number of values."""
        return len(self._packed) // 4 if self._packed is not None else len(self._values or [])

    def numpy(self) -> npt.NDArray[np.float32]:
        """The values as a read-only float32 numpy array over `.buffer`, without a copy.

        Raises:
            ImportError: numpy is not installed (`pip install numpy`); the client does not
                depend on it.
        """
        try:
            import numpy
        except ImportError as exc:  # pragma: no cover - numpy is there in the tests
            raise ImportError(
                "Embedding.numpy() needs numpy: pip install numpy "
                "(or read .embedding, a list of floats, or .buffer, little-endian float32s)"
            ) from exc
        vector: npt.NDArray[np.float32] = numpy.frombuffer(self.buffer, dtype="<f4")
        return vector

    def to_dict(self) -> dict[str, Any]:
        """The item as the `float` encoding writes it."""
        return {"index": self.index, "embedding": self.embedding}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Embedding):
            return NotImplemented
        return self.index == other.index and self.buffer == other.buffer

    __hash__ = None  # type: ignore[assignment]  # mutable like the models: not hashable

    def __repr__(self) -> str:
        return f"Embedding(index={self.index}, dimension={self.dimension})"


def encoding_or_default(encoding_format: object) -> object:
    """The encoding to ask for: the caller's, else base64."""
    return DEFAULT_ENCODING if isinstance(encoding_format, NotGiven) else encoding_format


@dataclass(frozen=True)
class EmbeddingsEnvelope:
    """The `{data, meta}` of an embeddings response, its items as `Embedding`s."""

    data: list[Embedding]
    meta: Meta


def embeddings_from_dict(body: dict[str, Any]) -> EmbeddingsEnvelope:
    """Read an embeddings response in either encoding (a wrong shape raises, as models do)."""
    meta = Meta.from_dict(body["meta"])
    data = body["data"]
    if not isinstance(data, list):
        raise TypeError(f"`data` is {type(data).__name__}, not a list")
    decode = binascii.a2b_base64
    items = []
    for item in data:
        index, vector = item["index"], item["embedding"]
        if not isinstance(index, int):
            raise TypeError(f"`index` is {type(index).__name__}, not an integer")
        if isinstance(vector, str):
            items.append(Embedding(index, buffer=decode(vector)))
        elif isinstance(vector, list):
            items.append(Embedding(index, vector))
        else:
            raise TypeError(f"`embedding` is {type(vector).__name__}, not a list or a string")
    return EmbeddingsEnvelope(items, meta)
