# Generated from openapi/minimax.yaml by generator/ — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="Hyperparameters")


@_attrs_define
class Hyperparameters:
    """Training settings; each has a default.

    Attributes:
        n_epochs (int | Unset):  Default: 3.
        learning_rate_multiplier (float | Unset):  Default: 1.0.
        batch_size (int | Unset):  Default: 8.
    """

    n_epochs: int | Unset = 3
    learning_rate_multiplier: float | Unset = 1.0
    batch_size: int | Unset = 8
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        n_epochs = self.n_epochs

        learning_rate_multiplier = self.learning_rate_multiplier

        batch_size = self.batch_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if n_epochs is not UNSET:
            field_dict["n_epochs"] = n_epochs
        if learning_rate_multiplier is not UNSET:
            field_dict["learning_rate_multiplier"] = learning_rate_multiplier
        if batch_size is not UNSET:
            field_dict["batch_size"] = batch_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        n_epochs = src_dict.get("n_epochs", UNSET)

        learning_rate_multiplier = src_dict.get("learning_rate_multiplier", UNSET)

        batch_size = src_dict.get("batch_size", UNSET)

        hyperparameters = cls(
            n_epochs,
            learning_rate_multiplier,
            batch_size,
        )

        if len(src_dict) != ("n_epochs" in src_dict) + ("learning_rate_multiplier" in src_dict) + (
            "batch_size" in src_dict
        ):
            hyperparameters.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in {"n_epochs", "learning_rate_multiplier", "batch_size"}
            }
        return hyperparameters

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
