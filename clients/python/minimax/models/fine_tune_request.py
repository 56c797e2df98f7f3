# Generated from openapi/minimax.yaml by generator/ — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hyperparameters import Hyperparameters


T = TypeVar("T", bound="FineTuneRequest")


@_attrs_define
class FineTuneRequest:
    """
    Attributes:
        model (str): The base model, one with the `fine_tuning` capability.
        training_file (str): A file uploaded with purpose `fine-tune`.
        hyperparameters (Hyperparameters | Unset): Training settings; each has a default.
        suffix (str | Unset): Part of the new model's id, `ft:<base>:<suffix>:<job>`.
    """

    model: str
    training_file: str
    hyperparameters: Hyperparameters | Unset = UNSET
    suffix: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        training_file = self.training_file

        hyperparameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hyperparameters, Unset):
            hyperparameters = self.hyperparameters.to_dict()

        suffix = self.suffix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "training_file": training_file,
            }
        )
        if hyperparameters is not UNSET:
            field_dict["hyperparameters"] = hyperparameters
        if suffix is not UNSET:
            field_dict["suffix"] = suffix

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        model = src_dict["model"]

        training_file = src_dict["training_file"]

        _hyperparameters = src_dict.get("hyperparameters", UNSET)
        hyperparameters: Hyperparameters | Unset
        if isinstance(_hyperparameters, Unset):
            hyperparameters = UNSET
        else:
            hyperparameters = Hyperparameters.from_dict(_hyperparameters)

        suffix = src_dict.get("suffix", UNSET)

        fine_tune_request = cls(
            model,
            training_file,
            hyperparameters,
            suffix,
        )

        if len(src_dict) != 2 + ("hyperparameters" in src_dict) + ("suffix" in src_dict):
            fine_tune_request.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in {"model", "training_file", "hyperparameters", "suffix"}
            }
        return fine_tune_request

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
from ..models.hyperparameters import Hyperparameters  # noqa: E402
