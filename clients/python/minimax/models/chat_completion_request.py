# Generated from openapi/minimax.yaml by generator/ — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import model_repr
from ..models.tool_choice_type_0 import ToolChoiceType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assistant_message import AssistantMessage
    from ..models.named_tool_choice import NamedToolChoice
    from ..models.system_message import SystemMessage
    from ..models.tool import Tool
    from ..models.tool_message import ToolMessage
    from ..models.user_message import UserMessage


T = TypeVar("T", bound="ChatCompletionRequest")


@_attrs_define
class ChatCompletionRequest:
    """
    Attributes:
        model (str): A model with the `chat` capability, e.g. `minimax-chat-v2`, or a fine-tuned model.
        messages (list[AssistantMessage | SystemMessage | ToolMessage | UserMessage]): The conversation so far, oldest
            first.
        tools (list[Tool] | Unset): Functions the model may call. Names must be unique.
        tool_choice (NamedToolChoice | ToolChoiceType0 | Unset): `auto` (the default when `tools` is given): the model
            decides. `none`: never call a tool.
            `required`: call at least one tool. `{"type": "function", "function": {"name": ...}}`:
            call that function. Naming a function that is not in `tools` gives `400 invalid_request`.
        temperature (float | Unset): Sampling temperature; 0 always picks the most likely token. Default: 1.0.
        top_p (float | Unset): Nucleus sampling; only tokens within the top `top_p` probability mass are considered.
            Default: 1.0.
        max_tokens (int | Unset): The most tokens to generate. When the answer is cut by this limit, `finish_reason` is
            `length`. Defaults to the model's `max_output_tokens`; a value above it gives
            `400 invalid_request`.
        stream (bool | Unset): Answer as a `text/event-stream` of `ChatCompletionStreamEvent` frames. Default: False.
    """

    model: str
    messages: list[AssistantMessage | SystemMessage | ToolMessage | UserMessage]
    tools: list[Tool] | Unset = UNSET
    tool_choice: NamedToolChoice | ToolChoiceType0 | Unset = UNSET
    temperature: float | Unset = 1.0
    top_p: float | Unset = 1.0
    max_tokens: int | Unset = UNSET
    stream: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        messages = []
        for messages_item_data in self.messages:
            messages_item: dict[str, Any]
            if isinstance(messages_item_data, SystemMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, UserMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, AssistantMessage):
                messages_item = messages_item_data.to_dict()
            else:
                messages_item = messages_item_data.to_dict()

            messages.append(messages_item)

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        tool_choice: dict[str, Any] | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, ToolChoiceType0):
            tool_choice = self.tool_choice.value
        else:
            tool_choice = self.tool_choice.to_dict()

        temperature = self.temperature

        top_p = self.top_p

        max_tokens = self.max_tokens

        stream = self.stream

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "messages": messages,
            }
        )
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if stream is not UNSET:
            field_dict["stream"] = stream

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        model = src_dict["model"]

        messages = []
        _messages = src_dict["messages"]
        for messages_item_data in _messages:

            def _parse_messages_item(
                data: object,
            ) -> AssistantMessage | SystemMessage | ToolMessage | UserMessage:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_message_type_0 = SystemMessage.from_dict(data)

                    return componentsschemas_chat_message_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_message_type_1 = UserMessage.from_dict(data)

                    return componentsschemas_chat_message_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_message_type_2 = AssistantMessage.from_dict(data)

                    return componentsschemas_chat_message_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_message_type_3 = ToolMessage.from_dict(data)

                return componentsschemas_chat_message_type_3

            messages_item = _parse_messages_item(messages_item_data)

            messages.append(messages_item)

        _tools = src_dict.get("tools", UNSET)
        tools: list[Tool] | Unset = UNSET
        if _tools is not UNSET:
            tools = [Tool.from_dict(tools_item_data) for tools_item_data in _tools]

        _tool_choice_data = src_dict.get("tool_choice", UNSET)
        tool_choice: NamedToolChoice | ToolChoiceType0 | Unset
        if isinstance(_tool_choice_data, Unset):
            tool_choice = _tool_choice_data
        else:

            def _parse_tool_choice(data: object) -> NamedToolChoice | ToolChoiceType0 | Unset:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_tool_choice_type_0 = ToolChoiceType0(data)

                    return componentsschemas_tool_choice_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tool_choice_type_1 = NamedToolChoice.from_dict(data)

                return componentsschemas_tool_choice_type_1

            tool_choice = _parse_tool_choice(_tool_choice_data)

        temperature = src_dict.get("temperature", UNSET)

        top_p = src_dict.get("top_p", UNSET)

        max_tokens = src_dict.get("max_tokens", UNSET)

        stream = src_dict.get("stream", UNSET)

        chat_completion_request = cls(
            model,
            messages,
            tools,
            tool_choice,
            temperature,
            top_p,
            max_tokens,
            stream,
        )

        if len(src_dict) != 2 + ("tools" in src_dict) + ("tool_choice" in src_dict) + (
            "temperature" in src_dict
        ) + ("top_p" in src_dict) + ("max_tokens" in src_dict) + ("stream" in src_dict):
            chat_completion_request.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "model",
                    "messages",
                    "tools",
                    "tool_choice",
                    "temperature",
                    "top_p",
                    "max_tokens",
                    "stream",
                }
            }
        return chat_completion_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# After the class, so that an import cycle between models finds it.
from ..models.assistant_message import AssistantMessage  # noqa: E402
from ..models.named_tool_choice import NamedToolChoice  # noqa: E402
from ..models.system_message import SystemMessage  # noqa: E402
from ..models.tool import Tool  # noqa: E402
from ..models.tool_message import ToolMessage  # noqa: E402
from ..models.user_message import UserMessage  # noqa: E402
