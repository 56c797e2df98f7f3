# Generated from openapi/minimax.yaml by generator/ — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import model_repr
from ..models.video_generation_stream_event_event import VideoGenerationStreamEventEvent
from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoGenerationStreamEvent")


@_attrs_define
class VideoGenerationStreamEvent:
    """One SSE frame of a video task's status stream. `status` frames hold a
    `VideoGeneration`; the stream ends with one `done` frame (a `StreamDone`) after the
    final status, or one `error` frame (an `ErrorResponse`).

        Attributes:
            event (VideoGenerationStreamEventEvent):
            data (str):
            id (str | Unset):
    """

    event: VideoGenerationStreamEventEvent
    data: str
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        event = self.event.value

        data = self.data

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "data": data,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        event = VideoGenerationStreamEventEvent(src_dict["event"])

        data = src_dict["data"]

        id = src_dict.get("id", UNSET)

        video_generation_stream_event = cls(
            event,
            data,
            id,
        )

        if len(src_dict) != 2 + ("id" in src_dict):
            video_generation_stream_event.additional_properties = {
                key: value for key, value in src_dict.items() if key not in {"event", "data", "id"}
            }
        return video_generation_stream_event

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
