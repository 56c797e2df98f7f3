# Generated from openapi/minimax.yaml by generator/ — do not edit.
"""`ToolMessageParam`: The result of a tool call, answering the assistant's call with the same id."""

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["ToolMessageParam"]


class ToolMessageParam(TypedDict, total=False):
    """The result of a tool call, answering the assistant's call with the same id."""

    role: Required[Literal["tool"]]
    tool_call_id: Required[str]
    content: Required[str]
