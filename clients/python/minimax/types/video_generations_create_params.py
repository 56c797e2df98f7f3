# Generated from openapi/minimax.yaml by generator/ — do not edit.
"""`VideoGenerationsCreateParams`: The request body of `video.generations.create`: start a video generation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Union

from typing_extensions import Required, TypedDict

from .video_aspect_ratio_param import VideoAspectRatioParam
from .video_resolution_param import VideoResolutionParam

if TYPE_CHECKING:
    from ..models import VideoAspectRatio, VideoResolution

__all__ = ["VideoGenerationsCreateParams"]


class VideoGenerationsCreateParams(TypedDict, total=False):
    prompt: Required[str]
    """What the video shows."""

    model: str
    """A model with the `video` capability. Defaults to `minimax-video-v1`."""

    reference_image_file_id: str
    """A PNG or JPEG uploaded with purpose `video-reference` that the video starts from."""

    resolution: Union[VideoResolutionParam, VideoResolution]
    """The height of the video in pixels; the width follows from `aspect_ratio`."""

    aspect_ratio: Union[VideoAspectRatioParam, VideoAspectRatio]
    duration: int
    """Length in seconds."""
