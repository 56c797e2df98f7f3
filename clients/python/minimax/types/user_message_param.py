# Generated from openapi/minimax.yaml by generator/ — do not edit.
"""`UserMessageParam`"""

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["UserMessageParam"]


class UserMessageParam(TypedDict, total=False):
    role: Required[Literal["user"]]
    content: Required[str]
