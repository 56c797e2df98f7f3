# Generated from openapi/minimax.yaml by generator/ — do not edit.
"""`SystemMessageParam`: Instructions that frame the whole conversation."""

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["SystemMessageParam"]


class SystemMessageParam(TypedDict, total=False):
    """Instructions that frame the whole conversation."""

    role: Required[Literal["system"]]
    content: Required[str]
