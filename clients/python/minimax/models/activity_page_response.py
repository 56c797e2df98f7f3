# Generated from openapi/minimax.yaml by generator/ — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import model_repr

if TYPE_CHECKING:
    from ..models.activity_page import ActivityPage
    from ..models.meta import Meta


T = TypeVar("T", bound="ActivityPageResponse")


@_attrs_define
class ActivityPageResponse:
    """
    Attributes:
        data (ActivityPage):
        meta (Meta): Metadata of a response. `model` and `usage` appear when the call used a model.
    """

    data: ActivityPage
    meta: Meta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "meta": meta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        data = ActivityPage.from_dict(src_dict["data"])

        meta = Meta.from_dict(src_dict["meta"])

        activity_page_response = cls(
            data,
            meta,
        )

        if len(src_dict) != 2:
            activity_page_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in {"data", "meta"}
            }
        return activity_page_response

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
from ..models.activity_page import ActivityPage  # noqa: E402
from ..models.meta import Meta  # noqa: E402
