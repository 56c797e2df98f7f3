# Generated from openapi/minimax.yaml by generator/ — do not edit.
"""`ChatCompletionsCreateParams`: The request body of `chat.completions.create`: create a chat completion."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Union

from typing_extensions import Required, TypedDict

from .chat_message_param import ChatMessageParam
from .tool_choice_param import ToolChoiceParam
from .tool_param import ToolParam

if TYPE_CHECKING:
    from ..models import Tool

__all__ = ["ChatCompletionsCreateParams"]


class ChatCompletionsCreateParams(TypedDict, total=False):
    model: Required[str]
    """A model with the `chat` capability, e.g. `minimax-chat-v2`, or a fine-tuned model."""

    messages: Required[Sequence[ChatMessageParam]]
    """The conversation so far, oldest first."""

    tools: Sequence[Union[ToolParam, Tool]]
    """Functions the model may call. Names must be unique."""

    tool_choice: ToolChoiceParam
    """`auto` (the default when `tools` is given): the model decides. `none`: never call a tool.
    `required`: call at least one tool. `{"type": "function", "function": {"name": ...}}`:
    call that function. Naming a function that is not in `tools` gives `400 invalid_request`."""

    temperature: float
    """Sampling temperature; 0 always picks the most likely token."""

    top_p: float
    """Nucleus sampling; only tokens within the top `top_p` probability mass are considered."""

    max_tokens: int
    """The most tokens to generate. When the answer is cut by this limit, `finish_reason` is
    `length`. Defaults to the model's `max_output_tokens`; a value above it gives
    `400 invalid_request`."""

    stream: bool
    """Answer as a `text/event-stream` of `ChatCompletionStreamEvent` frames."""
