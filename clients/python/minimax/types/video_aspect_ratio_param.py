# Generated from openapi/minimax.yaml by generator/ — do not edit.
"""`VideoAspectRatioParam`"""

from __future__ import annotations

from typing_extensions import Literal

__all__ = ["VideoAspectRatioParam"]

VideoAspectRatioParam = Literal["16:9", "9:16", "1:1"]
