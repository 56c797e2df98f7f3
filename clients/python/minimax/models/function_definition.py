# Generated from openapi/minimax.yaml by generator/ — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.function_definition_parameters import FunctionDefinitionParameters


T = TypeVar("T", bound="FunctionDefinition")


@_attrs_define
class FunctionDefinition:
    """
    Attributes:
        name (str):
        description (str | Unset):
        parameters (FunctionDefinitionParameters | Unset): A JSON Schema (2020-12) object describing the function's
            arguments. The `arguments`
            of every tool call for this function validate against it. Defaults to an object with
            no properties.
    """

    name: str
    description: str | Unset = UNSET
    parameters: FunctionDefinitionParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict["name"]

        description = src_dict.get("description", UNSET)

        _parameters = src_dict.get("parameters", UNSET)
        parameters: FunctionDefinitionParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = FunctionDefinitionParameters.from_dict(_parameters)

        function_definition = cls(
            name,
            description,
            parameters,
        )

        if len(src_dict) != 1 + ("description" in src_dict) + ("parameters" in src_dict):
            function_definition.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in {"name", "description", "parameters"}
            }
        return function_definition

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
from ..models.function_definition_parameters import FunctionDefinitionParameters  # noqa: E402
