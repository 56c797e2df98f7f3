# Generated from openapi/minimax.yaml by generator/ — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import model_repr

T = TypeVar("T", bound="ToolMessage")


@_attrs_define
class ToolMessage:
    """The result of a tool call, answering the assistant's call with the same id.

    Attributes:
        role (Literal['tool']):
        tool_call_id (str):
        content (str):
    """

    role: Literal["tool"]
    tool_call_id: str
    content: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        tool_call_id = self.tool_call_id

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "tool_call_id": tool_call_id,
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        role: Literal["tool"] = src_dict["role"]
        if role != "tool":
            raise ValueError(f"role must match const 'tool', got '{role}'")

        tool_call_id = src_dict["tool_call_id"]

        content = src_dict["content"]

        tool_message = cls(
            role,
            tool_call_id,
            content,
        )

        if len(src_dict) != 3:
            tool_message.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in {"role", "tool_call_id", "content"}
            }
        return tool_message

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
