# Generated from openapi/minimax.yaml by generator/ — do not edit.
"""`VideoResolutionParam`: The height of the video in pixels; the width follows from `aspect_ratio`."""

from __future__ import annotations

from typing_extensions import Literal

__all__ = ["VideoResolutionParam"]

VideoResolutionParam = Literal["480p", "720p", "1080p"]
