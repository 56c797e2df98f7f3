# Generated from openapi/minimax.yaml by generator/ — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import model_repr
from ..models.file_purpose import FilePurpose
from ..types import File

T = TypeVar("T", bound="FileUploadRequest")


@_attrs_define
class FileUploadRequest:
    """
    Attributes:
        file (File): The file's bytes, with a filename.
        purpose (FilePurpose): `fine-tune`: JSON Lines training data. `video-reference`: a PNG or JPEG for video
            generation.
    """

    file: File
    purpose: FilePurpose
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        purpose = self.purpose.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
                "purpose": purpose,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        file = File(payload=BytesIO(src_dict["file"]))

        purpose = FilePurpose(src_dict["purpose"])

        file_upload_request = cls(
            file,
            purpose,
        )

        if len(src_dict) != 2:
            file_upload_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in {"file", "purpose"}
            }
        return file_upload_request

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
