# Generated from openapi/minimax.yaml by generator/ — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_call_delta import ToolCallDelta


T = TypeVar("T", bound="ChatCompletionDelta")


@_attrs_define
class ChatCompletionDelta:
    """A piece of the assistant message. Concatenate `content` pieces in order. A tool call
    arrives whole in one delta (its `arguments` are never split), identified by `index`.

        Attributes:
            role (Literal['assistant'] | Unset):
            content (str | Unset):
            tool_calls (list[ToolCallDelta] | Unset):
    """

    role: Literal["assistant"] | Unset = UNSET
    content: str | Unset = UNSET
    tool_calls: list[ToolCallDelta] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        content = self.content

        tool_calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tool_calls, Unset):
            tool_calls = []
            for tool_calls_item_data in self.tool_calls:
                tool_calls_item = tool_calls_item_data.to_dict()
                tool_calls.append(tool_calls_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role is not UNSET:
            field_dict["role"] = role
        if content is not UNSET:
            field_dict["content"] = content
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        role: Literal["assistant"] | Unset = src_dict.get("role", UNSET)
        if role != "assistant" and not isinstance(role, Unset):
            raise ValueError(f"role must match const 'assistant', got '{role}'")

        content = src_dict.get("content", UNSET)

        _tool_calls = src_dict.get("tool_calls", UNSET)
        tool_calls: list[ToolCallDelta] | Unset = UNSET
        if _tool_calls is not UNSET:
            tool_calls = [
                ToolCallDelta.from_dict(tool_calls_item_data)
                for tool_calls_item_data in _tool_calls
            ]

        chat_completion_delta = cls(
            role,
            content,
            tool_calls,
        )

        if len(src_dict) != ("role" in src_dict) + ("content" in src_dict) + (
            "tool_calls" in src_dict
        ):
            chat_completion_delta.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in {"role", "content", "tool_calls"}
            }
        return chat_completion_delta

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
from ..models.tool_call_delta import ToolCallDelta  # noqa: E402
