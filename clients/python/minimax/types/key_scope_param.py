# Generated from openapi/minimax.yaml by generator/ — do not edit.
"""`KeyScopeParam`: What a key may call; see *Authentication*."""

from __future__ import annotations

from typing_extensions import Literal

__all__ = ["KeyScopeParam"]

KeyScopeParam = Literal["full", "read_only", "video_only"]
