# Generated from openapi/minimax.yaml by generator/ — do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelDeprecation")


@_attrs_define
class ModelDeprecation:
    """A deprecated model keeps working until `shutdown_at`; then calls naming it give `404 model_not_found`.

    Attributes:
        deprecated_at (datetime.date):
        shutdown_at (datetime.date):
        replacement (None | str): The model to move to.
        migration_guide (str | Unset): How to move off the model; the URL the `Link` header of a response naming it
            points to.
    """

    deprecated_at: datetime.date
    shutdown_at: datetime.date
    replacement: None | str
    migration_guide: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        deprecated_at = self.deprecated_at.isoformat()

        shutdown_at = self.shutdown_at.isoformat()

        replacement: None | str
        replacement = self.replacement

        migration_guide = self.migration_guide

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deprecated_at": deprecated_at,
                "shutdown_at": shutdown_at,
                "replacement": replacement,
            }
        )
        if migration_guide is not UNSET:
            field_dict["migration_guide"] = migration_guide

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        deprecated_at = datetime.date.fromisoformat(src_dict["deprecated_at"])

        shutdown_at = datetime.date.fromisoformat(src_dict["shutdown_at"])

        _replacement_data = src_dict["replacement"]
        replacement: None | str
        if _replacement_data is None:
            replacement = _replacement_data
        else:

            def _parse_replacement(data: object) -> None | str:
                return cast("None | str", data)

            replacement = _parse_replacement(_replacement_data)

        migration_guide = src_dict.get("migration_guide", UNSET)

        model_deprecation = cls(
            deprecated_at,
            shutdown_at,
            replacement,
            migration_guide,
        )

        if len(src_dict) != 3 + ("migration_guide" in src_dict):
            model_deprecation.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in {"deprecated_at", "shutdown_at", "replacement", "migration_guide"}
            }
        return model_deprecation

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
