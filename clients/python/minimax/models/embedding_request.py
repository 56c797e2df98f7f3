# Generated from openapi/minimax.yaml by generator/ — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import model_repr
from ..models.embedding_encoding_format import EmbeddingEncodingFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmbeddingRequest")


@_attrs_define
class EmbeddingRequest:
    """
    Attributes:
        model (str): A model with the `embeddings` capability, e.g. `minimax-embed-v1`.
        input_ (list[str] | str): One string, or 1 to 2,048 strings. Each string is at most 8,192 tokens; longer ones
            give `400 invalid_request`.
        encoding_format (EmbeddingEncodingFormat | Unset): How each `embedding` of the response is written. `float` (the
            default): a JSON array of
            numbers. `base64`: a string, the vector's float32 values, little-endian, 4 bytes each,
            base64-encoded (RFC 4648, with padding); the same values in less than half the bytes.
    """

    model: str
    input_: list[str] | str
    encoding_format: EmbeddingEncodingFormat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        input_: list[str] | str
        if isinstance(self.input_, list):
            input_ = self.input_

        else:
            input_ = self.input_

        encoding_format: str | Unset = UNSET
        if not isinstance(self.encoding_format, Unset):
            encoding_format = self.encoding_format.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "input": input_,
            }
        )
        if encoding_format is not UNSET:
            field_dict["encoding_format"] = encoding_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        model = src_dict["model"]

        def _parse_input_(data: object) -> list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_type_1 = cast("list[str]", data)

                return input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[str] | str", data)

        input_ = _parse_input_(src_dict["input"])

        _encoding_format = src_dict.get("encoding_format", UNSET)
        encoding_format: EmbeddingEncodingFormat | Unset
        if isinstance(_encoding_format, Unset):
            encoding_format = UNSET
        else:
            encoding_format = EmbeddingEncodingFormat(_encoding_format)

        embedding_request = cls(
            model,
            input_,
            encoding_format,
        )

        if len(src_dict) != 2 + ("encoding_format" in src_dict):
            embedding_request.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in {"model", "input", "encoding_format"}
            }
        return embedding_request

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
