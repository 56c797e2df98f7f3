# Generated from openapi/minimax.yaml by generator/ — do not edit.
"""`FilePurposeParam`: `fine-tune`: JSON Lines training data. `video-reference`: a PNG or JPEG for video generation."""

from __future__ import annotations

from typing_extensions import Literal

__all__ = ["FilePurposeParam"]

FilePurposeParam = Literal["fine-tune", "video-reference"]
