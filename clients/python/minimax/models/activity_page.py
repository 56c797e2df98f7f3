# Generated from openapi/minimax.yaml by generator/ — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import model_repr

if TYPE_CHECKING:
    from ..models.activity_entry import ActivityEntry


T = TypeVar("T", bound="ActivityPage")


@_attrs_define
class ActivityPage:
    """
    Attributes:
        object_ (Literal['activity_page']):
        entries (list[ActivityEntry]):
        has_more (bool): More entries match than this page holds.
        next_cursor (None | str): Pass as `cursor` for the next page; `null` on the last.
    """

    object_: Literal["activity_page"]
    entries: list[ActivityEntry]
    has_more: bool
    next_cursor: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        entries = []
        for entries_item_data in self.entries:
            entries_item = entries_item_data.to_dict()
            entries.append(entries_item)

        has_more = self.has_more

        next_cursor: None | str
        next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "entries": entries,
                "has_more": has_more,
                "next_cursor": next_cursor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        object_: Literal["activity_page"] = src_dict["object"]
        if object_ != "activity_page":
            raise ValueError(f"object must match const 'activity_page', got '{object_}'")

        _entries = src_dict["entries"]
        entries = [ActivityEntry.from_dict(entries_item_data) for entries_item_data in _entries]

        has_more = src_dict["has_more"]

        _next_cursor_data = src_dict["next_cursor"]
        next_cursor: None | str
        if _next_cursor_data is None:
            next_cursor = _next_cursor_data
        else:

            def _parse_next_cursor(data: object) -> None | str:
                return cast("None | str", data)

            next_cursor = _parse_next_cursor(_next_cursor_data)

        activity_page = cls(
            object_,
            entries,
            has_more,
            next_cursor,
        )

        if len(src_dict) != 4:
            activity_page.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in {"object", "entries", "has_more", "next_cursor"}
            }
        return activity_page

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
from ..models.activity_entry import ActivityEntry  # noqa: E402
