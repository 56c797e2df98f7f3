# Generated from openapi/minimax.yaml by generator/ — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.usage import Usage


T = TypeVar("T", bound="Meta")


@_attrs_define
class Meta:
    """Metadata of a response. `model` and `usage` appear when the call used a model.

    Attributes:
        request_id (str): Equal to the `X-Request-Id` header.
        model (str | Unset): The model that served the call.
        usage (Usage | Unset): Tokens the call consumed, as billed.
    """

    request_id: str
    model: str | Unset = UNSET
    usage: Usage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        model = self.model

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request_id": request_id,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        request_id = src_dict["request_id"]

        model = src_dict.get("model", UNSET)

        _usage = src_dict.get("usage", UNSET)
        usage: Usage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = Usage.from_dict(_usage)

        meta = cls(
            request_id,
            model,
            usage,
        )

        if len(src_dict) != 1 + ("model" in src_dict) + ("usage" in src_dict):
            meta.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in {"request_id", "model", "usage"}
            }
        return meta

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
from ..models.usage import Usage  # noqa: E402
