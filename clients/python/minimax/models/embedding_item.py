# Generated from openapi/minimax.yaml by generator/ — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import model_repr

T = TypeVar("T", bound="EmbeddingItem")


@_attrs_define
class EmbeddingItem:
    """
    Attributes:
        index (int): The position of the input this vector embeds.
        embedding (list[float] | str): The unit-length vector, of the model's `embedding_dimension` (1,536 for
            `minimax-embed-v1`). With `encoding_format: float` (the default), an array of that
            many numbers. With `encoding_format: base64`, a string: the same values as float32s,
            little-endian, 4 bytes each, base64-encoded (RFC 4648, with padding), so it decodes
            to 4 x `embedding_dimension` bytes (8,192 characters for 1,536 dimensions).
    """

    index: int
    embedding: list[float] | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        embedding: list[float] | str
        if isinstance(self.embedding, list):
            embedding = self.embedding

        else:
            embedding = self.embedding

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "embedding": embedding,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        index = src_dict["index"]

        def _parse_embedding(data: object) -> list[float] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                embedding_type_0 = cast("list[float]", data)

                return embedding_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[float] | str", data)

        embedding = _parse_embedding(src_dict["embedding"])

        embedding_item = cls(
            index,
            embedding,
        )

        if len(src_dict) != 2:
            embedding_item.additional_properties = {
                key: value for key, value in src_dict.items() if key not in {"index", "embedding"}
            }
        return embedding_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
