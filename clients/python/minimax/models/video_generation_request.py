# Generated from openapi/minimax.yaml by generator/ — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import model_repr
from ..models.video_aspect_ratio import VideoAspectRatio
from ..models.video_resolution import VideoResolution
from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoGenerationRequest")


@_attrs_define
class VideoGenerationRequest:
    """
    Attributes:
        prompt (str): What the video shows.
        model (str | Unset): A model with the `video` capability. Defaults to `minimax-video-v1`. Default: 'minimax-
            video-v1'.
        reference_image_file_id (str | Unset): A PNG or JPEG uploaded with purpose `video-reference` that the video
            starts from.
        resolution (VideoResolution | Unset): The height of the video in pixels; the width follows from `aspect_ratio`.
        aspect_ratio (VideoAspectRatio | Unset):
        duration (int | Unset): Length in seconds. Default: 5.
    """

    prompt: str
    model: str | Unset = "minimax-video-v1"
    reference_image_file_id: str | Unset = UNSET
    resolution: VideoResolution | Unset = UNSET
    aspect_ratio: VideoAspectRatio | Unset = UNSET
    duration: int | Unset = 5
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        model = self.model

        reference_image_file_id = self.reference_image_file_id

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution.value

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio.value

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if reference_image_file_id is not UNSET:
            field_dict["reference_image_file_id"] = reference_image_file_id
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        prompt = src_dict["prompt"]

        model = src_dict.get("model", UNSET)

        reference_image_file_id = src_dict.get("reference_image_file_id", UNSET)

        _resolution = src_dict.get("resolution", UNSET)
        resolution: VideoResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = VideoResolution(_resolution)

        _aspect_ratio = src_dict.get("aspect_ratio", UNSET)
        aspect_ratio: VideoAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = VideoAspectRatio(_aspect_ratio)

        duration = src_dict.get("duration", UNSET)

        video_generation_request = cls(
            prompt,
            model,
            reference_image_file_id,
            resolution,
            aspect_ratio,
            duration,
        )

        if len(src_dict) != 1 + ("model" in src_dict) + ("reference_image_file_id" in src_dict) + (
            "resolution" in src_dict
        ) + ("aspect_ratio" in src_dict) + ("duration" in src_dict):
            video_generation_request.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "prompt",
                    "model",
                    "reference_image_file_id",
                    "resolution",
                    "aspect_ratio",
                    "duration",
                }
            }
        return video_generation_request

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
