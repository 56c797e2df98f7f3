# Generated from openapi/minimax.yaml by generator/ — do not edit.
"""`ToolCallParam`"""

from __future__ import annotations

from typing import TYPE_CHECKING, Union

from typing_extensions import Literal, Required, TypedDict

if TYPE_CHECKING:
    from ..models import ToolCallFunction

__all__ = ["ToolCallParam", "ToolCallFunctionParam"]


class ToolCallParam(TypedDict, total=False):
    id: Required[str]
    """Quote it as `tool_call_id` in the `tool` message that answers this call."""

    type: Required[Literal["function"]]
    function: Required[Union[ToolCallFunctionParam, ToolCallFunction]]


class ToolCallFunctionParam(TypedDict, total=False):
    name: Required[str]
    arguments: Required[str]
    """The arguments as a JSON document that validates against the function's `parameters`."""
