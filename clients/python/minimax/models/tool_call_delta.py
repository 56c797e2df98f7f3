# Generated from openapi/minimax.yaml by generator/ — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import model_repr

if TYPE_CHECKING:
    from ..models.tool_call_delta_function import ToolCallDeltaFunction


T = TypeVar("T", bound="ToolCallDelta")


@_attrs_define
class ToolCallDelta:
    """
    Attributes:
        index (int): The position of this call in the message's `tool_calls`.
        id (str):
        type_ (Literal['function']):
        function (ToolCallDeltaFunction):
    """

    index: int
    id: str
    type_: Literal["function"]
    function: ToolCallDeltaFunction
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        id = self.id

        type_ = self.type_

        function = self.function.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "id": id,
                "type": type_,
                "function": function,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        index = src_dict["index"]

        id = src_dict["id"]

        type_: Literal["function"] = src_dict["type"]
        if type_ != "function":
            raise ValueError(f"type must match const 'function', got '{type_}'")

        function = ToolCallDeltaFunction.from_dict(src_dict["function"])

        tool_call_delta = cls(
            index,
            id,
            type_,
            function,
        )

        if len(src_dict) != 4:
            tool_call_delta.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in {"index", "id", "type", "function"}
            }
        return tool_call_delta

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
from ..models.tool_call_delta_function import ToolCallDeltaFunction  # noqa: E402
