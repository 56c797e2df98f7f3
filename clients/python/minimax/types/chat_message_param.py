# Generated from openapi/minimax.yaml by generator/ — do not edit.
"""`ChatMessageParam`: One message of the conversation, told apart by `role`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Union

from .assistant_message_param import AssistantMessageParam
from .system_message_param import SystemMessageParam
from .tool_message_param import ToolMessageParam
from .user_message_param import UserMessageParam

if TYPE_CHECKING:
    from ..models import AssistantMessage, SystemMessage, ToolMessage, UserMessage

__all__ = ["ChatMessageParam"]

ChatMessageParam = Union[
    SystemMessageParam,
    "SystemMessage",
    UserMessageParam,
    "UserMessage",
    AssistantMessageParam,
    "AssistantMessage",
    ToolMessageParam,
    "ToolMessage",
]
