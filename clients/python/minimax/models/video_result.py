# Generated from openapi/minimax.yaml by generator/ — do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetimes import parse_datetime
from .._repr import model_repr

T = TypeVar("T", bound="VideoResult")


@_attrs_define
class VideoResult:
    """
    Attributes:
        download_url (str): A signed URL of the MP4 that needs no API key, valid until `download_url_expires_at`.
        download_url_expires_at (datetime.datetime):
        content_type (Literal['video/mp4']):
        width (int):
        height (int):
        duration (float):
        frames_per_second (int):
        bytes_ (int):
    """

    download_url: str
    download_url_expires_at: datetime.datetime
    content_type: Literal["video/mp4"]
    width: int
    height: int
    duration: float
    frames_per_second: int
    bytes_: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        download_url = self.download_url

        download_url_expires_at = self.download_url_expires_at.isoformat()

        content_type = self.content_type

        width = self.width

        height = self.height

        duration = self.duration

        frames_per_second = self.frames_per_second

        bytes_ = self.bytes_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "download_url": download_url,
                "download_url_expires_at": download_url_expires_at,
                "content_type": content_type,
                "width": width,
                "height": height,
                "duration": duration,
                "frames_per_second": frames_per_second,
                "bytes": bytes_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        download_url = src_dict["download_url"]

        download_url_expires_at = parse_datetime(src_dict["download_url_expires_at"])

        content_type: Literal["video/mp4"] = src_dict["content_type"]
        if content_type != "video/mp4":
            raise ValueError(f"content_type must match const 'video/mp4', got '{content_type}'")

        width = src_dict["width"]

        height = src_dict["height"]

        duration = src_dict["duration"]

        frames_per_second = src_dict["frames_per_second"]

        bytes_ = src_dict["bytes"]

        video_result = cls(
            download_url,
            download_url_expires_at,
            content_type,
            width,
            height,
            duration,
            frames_per_second,
            bytes_,
        )

        if len(src_dict) != 8:
            video_result.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "download_url",
                    "download_url_expires_at",
                    "content_type",
                    "width",
                    "height",
                    "duration",
                    "frames_per_second",
                    "bytes",
                }
            }
        return video_result

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
