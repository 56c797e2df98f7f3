# Generated from openapi/minimax.yaml by generator/ — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_call import ToolCall


T = TypeVar("T", bound="AssistantMessage")


@_attrs_define
class AssistantMessage:
    """A message from the model. `content` is null when the model answers with `tool_calls`
    only. In a request, it replays an earlier answer.

        Attributes:
            role (Literal['assistant']):
            content (None | str):
            tool_calls (list[ToolCall] | Unset):
    """

    role: Literal["assistant"]
    content: None | str
    tool_calls: list[ToolCall] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        content: None | str
        content = self.content

        tool_calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tool_calls, Unset):
            tool_calls = []
            for tool_calls_item_data in self.tool_calls:
                tool_calls_item = tool_calls_item_data.to_dict()
                tool_calls.append(tool_calls_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "content": content,
            }
        )
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        role: Literal["assistant"] = src_dict["role"]
        if role != "assistant":
            raise ValueError(f"role must match const 'assistant', got '{role}'")

        _content_data = src_dict["content"]
        content: None | str
        if _content_data is None:
            content = _content_data
        else:

            def _parse_content(data: object) -> None | str:
                return cast("None | str", data)

            content = _parse_content(_content_data)

        _tool_calls = src_dict.get("tool_calls", UNSET)
        tool_calls: list[ToolCall] | Unset = UNSET
        if _tool_calls is not UNSET:
            tool_calls = [
                ToolCall.from_dict(tool_calls_item_data) for tool_calls_item_data in _tool_calls
            ]

        assistant_message = cls(
            role,
            content,
            tool_calls,
        )

        if len(src_dict) != 2 + ("tool_calls" in src_dict):
            assistant_message.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in {"role", "content", "tool_calls"}
            }
        return assistant_message

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
from ..models.tool_call import ToolCall  # noqa: E402
