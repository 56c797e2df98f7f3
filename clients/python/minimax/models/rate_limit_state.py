# Generated from openapi/minimax.yaml by generator/ — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import model_repr

T = TypeVar("T", bound="RateLimitState")


@_attrs_define
class RateLimitState:
    """The rate-limit headers the response carried.

    Attributes:
        limit (int):
        remaining (int):
        reset (int): UTC epoch seconds.
    """

    limit: int
    remaining: int
    reset: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        remaining = self.remaining

        reset = self.reset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "limit": limit,
                "remaining": remaining,
                "reset": reset,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        limit = src_dict["limit"]

        remaining = src_dict["remaining"]

        reset = src_dict["reset"]

        rate_limit_state = cls(
            limit,
            remaining,
            reset,
        )

        if len(src_dict) != 3:
            rate_limit_state.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in {"limit", "remaining", "reset"}
            }
        return rate_limit_state

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
