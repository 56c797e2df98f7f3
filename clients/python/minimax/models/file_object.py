# Generated from openapi/minimax.yaml by generator/ — do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetimes import parse_datetime
from .._repr import model_repr
from ..models.file_object_content_type import FileObjectContentType
from ..models.file_purpose import FilePurpose

T = TypeVar("T", bound="FileObject")


@_attrs_define
class FileObject:
    """
    Attributes:
        id (str):
        object_ (Literal['file']):
        filename (str):
        purpose (FilePurpose): `fine-tune`: JSON Lines training data. `video-reference`: a PNG or JPEG for video
            generation.
        content_type (FileObjectContentType): What the bytes are, as detected on upload.
        bytes_ (int):
        sha256 (str):
        created_at (datetime.datetime):
        download_url (str): A signed URL of the bytes that needs no API key, valid until `download_url_expires_at` (one
            hour).
        download_url_expires_at (datetime.datetime):
    """

    id: str
    object_: Literal["file"]
    filename: str
    purpose: FilePurpose
    content_type: FileObjectContentType
    bytes_: int
    sha256: str
    created_at: datetime.datetime
    download_url: str
    download_url_expires_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        filename = self.filename

        purpose = self.purpose.value

        content_type = self.content_type.value

        bytes_ = self.bytes_

        sha256 = self.sha256

        created_at = self.created_at.isoformat()

        download_url = self.download_url

        download_url_expires_at = self.download_url_expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "filename": filename,
                "purpose": purpose,
                "content_type": content_type,
                "bytes": bytes_,
                "sha256": sha256,
                "created_at": created_at,
                "download_url": download_url,
                "download_url_expires_at": download_url_expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        object_: Literal["file"] = src_dict["object"]
        if object_ != "file":
            raise ValueError(f"object must match const 'file', got '{object_}'")

        filename = src_dict["filename"]

        purpose = FilePurpose(src_dict["purpose"])

        content_type = FileObjectContentType(src_dict["content_type"])

        bytes_ = src_dict["bytes"]

        sha256 = src_dict["sha256"]

        created_at = parse_datetime(src_dict["created_at"])

        download_url = src_dict["download_url"]

        download_url_expires_at = parse_datetime(src_dict["download_url_expires_at"])

        file_object = cls(
            id,
            object_,
            filename,
            purpose,
            content_type,
            bytes_,
            sha256,
            created_at,
            download_url,
            download_url_expires_at,
        )

        if len(src_dict) != 10:
            file_object.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "id",
                    "object",
                    "filename",
                    "purpose",
                    "content_type",
                    "bytes",
                    "sha256",
                    "created_at",
                    "download_url",
                    "download_url_expires_at",
                }
            }
        return file_object

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
