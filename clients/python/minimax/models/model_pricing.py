# Generated from openapi/minimax.yaml by generator/ — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import model_repr

T = TypeVar("T", bound="ModelPricing")


@_attrs_define
class ModelPricing:
    """Prices in `currency` per token (and per second of generated video).

    Attributes:
        currency (Literal['USD']):
        input_per_token (float):
        output_per_token (float):
        per_video_second (float | None):
    """

    currency: Literal["USD"]
    input_per_token: float
    output_per_token: float
    per_video_second: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        input_per_token = self.input_per_token

        output_per_token = self.output_per_token

        per_video_second: float | None
        per_video_second = self.per_video_second

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "input_per_token": input_per_token,
                "output_per_token": output_per_token,
                "per_video_second": per_video_second,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        currency: Literal["USD"] = src_dict["currency"]
        if currency != "USD":
            raise ValueError(f"currency must match const 'USD', got '{currency}'")

        input_per_token = src_dict["input_per_token"]

        output_per_token = src_dict["output_per_token"]

        _per_video_second_data = src_dict["per_video_second"]
        per_video_second: float | None
        if _per_video_second_data is None:
            per_video_second = _per_video_second_data
        else:

            def _parse_per_video_second(data: object) -> float | None:
                return cast("float | None", data)

            per_video_second = _parse_per_video_second(_per_video_second_data)

        model_pricing = cls(
            currency,
            input_per_token,
            output_per_token,
            per_video_second,
        )

        if len(src_dict) != 4:
            model_pricing.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {"currency", "input_per_token", "output_per_token", "per_video_second"}
            }
        return model_pricing

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
