# Generated from openapi/minimax.yaml by generator/ — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import model_repr

T = TypeVar("T", bound="SystemMessage")


@_attrs_define
class SystemMessage:
    """Instructions that frame the whole conversation.

    Attributes:
        role (Literal['system']):
        content (str):
    """

    role: Literal["system"]
    content: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        role: Literal["system"] = src_dict["role"]
        if role != "system":
            raise ValueError(f"role must match const 'system', got '{role}'")

        content = src_dict["content"]

        system_message = cls(
            role,
            content,
        )

        if len(src_dict) != 2:
            system_message.additional_properties = {
                key: value for key, value in src_dict.items() if key not in {"role", "content"}
            }
        return system_message

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
