# Generated from openapi/minimax.yaml by generator/ — do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetimes import parse_datetime
from .._repr import model_repr
from ..models.task_status import TaskStatus
from ..models.video_aspect_ratio import VideoAspectRatio
from ..models.video_resolution import VideoResolution

if TYPE_CHECKING:
    from ..models.task_error import TaskError
    from ..models.video_result import VideoResult


T = TypeVar("T", bound="VideoGeneration")


@_attrs_define
class VideoGeneration:
    """A video generation task.

    Attributes:
        id (str):
        object_ (Literal['video.generation']):
        model (str):
        prompt (str):
        reference_image_file_id (None | str):
        resolution (VideoResolution): The height of the video in pixels; the width follows from `aspect_ratio`.
        aspect_ratio (VideoAspectRatio):
        duration (int):
        status (TaskStatus): `queued` → `processing` → `succeeded` or `failed`. `succeeded` and `failed` are final.
        progress (int): Percent done; 100 once `succeeded`. Never goes down.
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        completed_at (datetime.datetime | None): When the task reached `succeeded` or `failed`.
        result (None | VideoResult): Set once `succeeded`.
        error (None | TaskError): Set once `failed`.
    """

    id: str
    object_: Literal["video.generation"]
    model: str
    prompt: str
    reference_image_file_id: None | str
    resolution: VideoResolution
    aspect_ratio: VideoAspectRatio
    duration: int
    status: TaskStatus
    progress: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    completed_at: datetime.datetime | None
    result: None | VideoResult
    error: None | TaskError
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        model = self.model

        prompt = self.prompt

        reference_image_file_id: None | str
        reference_image_file_id = self.reference_image_file_id

        resolution = self.resolution.value

        aspect_ratio = self.aspect_ratio.value

        duration = self.duration

        status = self.status.value

        progress = self.progress

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        result: dict[str, Any] | None
        if isinstance(self.result, VideoResult):
            result = self.result.to_dict()
        else:
            result = self.result

        error: dict[str, Any] | None
        if isinstance(self.error, TaskError):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "model": model,
                "prompt": prompt,
                "reference_image_file_id": reference_image_file_id,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "status": status,
                "progress": progress,
                "created_at": created_at,
                "updated_at": updated_at,
                "completed_at": completed_at,
                "result": result,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        object_: Literal["video.generation"] = src_dict["object"]
        if object_ != "video.generation":
            raise ValueError(f"object must match const 'video.generation', got '{object_}'")

        model = src_dict["model"]

        prompt = src_dict["prompt"]

        _reference_image_file_id_data = src_dict["reference_image_file_id"]
        reference_image_file_id: None | str
        if _reference_image_file_id_data is None:
            reference_image_file_id = _reference_image_file_id_data
        else:

            def _parse_reference_image_file_id(data: object) -> None | str:
                return cast("None | str", data)

            reference_image_file_id = _parse_reference_image_file_id(_reference_image_file_id_data)

        resolution = VideoResolution(src_dict["resolution"])

        aspect_ratio = VideoAspectRatio(src_dict["aspect_ratio"])

        duration = src_dict["duration"]

        status = TaskStatus(src_dict["status"])

        progress = src_dict["progress"]

        created_at = parse_datetime(src_dict["created_at"])

        updated_at = parse_datetime(src_dict["updated_at"])

        _completed_at_data = src_dict["completed_at"]
        completed_at: datetime.datetime | None
        if _completed_at_data is None:
            completed_at = _completed_at_data
        else:

            def _parse_completed_at(data: object) -> datetime.datetime | None:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    completed_at_type_0 = parse_datetime(data)

                    return completed_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast("datetime.datetime | None", data)

            completed_at = _parse_completed_at(_completed_at_data)

        _result_data = src_dict["result"]
        result: None | VideoResult
        if _result_data is None:
            result = _result_data
        else:

            def _parse_result(data: object) -> None | VideoResult:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    result_type_0 = VideoResult.from_dict(data)

                    return result_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast("None | VideoResult", data)

            result = _parse_result(_result_data)

        _error_data = src_dict["error"]
        error: None | TaskError
        if _error_data is None:
            error = _error_data
        else:

            def _parse_error(data: object) -> None | TaskError:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    error_type_0 = TaskError.from_dict(data)

                    return error_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast("None | TaskError", data)

            error = _parse_error(_error_data)

        video_generation = cls(
            id,
            object_,
            model,
            prompt,
            reference_image_file_id,
            resolution,
            aspect_ratio,
            duration,
            status,
            progress,
            created_at,
            updated_at,
            completed_at,
            result,
            error,
        )

        if len(src_dict) != 15:
            video_generation.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "id",
                    "object",
                    "model",
                    "prompt",
                    "reference_image_file_id",
                    "resolution",
                    "aspect_ratio",
                    "duration",
                    "status",
                    "progress",
                    "created_at",
                    "updated_at",
                    "completed_at",
                    "result",
                    "error",
                }
            }
        return video_generation

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


# After the class, so that an import cycle between models finds it.
from ..models.task_error import TaskError  # noqa: E402
from ..models.video_result import VideoResult  # noqa: E402
