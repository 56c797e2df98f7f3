# Generated from openapi/minimax.yaml by generator/ — do not edit.
"""`AssistantMessageParam`: A message from the model. `content` is null when the model answers with `tool_calls`
only. In a request, it replays an earlier answer."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Optional, Union

from typing_extensions import Literal, Required, TypedDict

from .tool_call_param import ToolCallParam

if TYPE_CHECKING:
    from ..models import ToolCall

__all__ = ["AssistantMessageParam"]


class AssistantMessageParam(TypedDict, total=False):
    """A message from the model. `content` is null when the model answers with `tool_calls`
    only. In a request, it replays an earlier answer."""

    role: Required[Literal["assistant"]]
    content: Required[Optional[str]]
    tool_calls: Sequence[Union[ToolCallParam, ToolCall]]
