# Generated from openapi/minimax.yaml by generator/ — do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetimes import parse_datetime
from .._repr import model_repr

if TYPE_CHECKING:
    from ..models.usage_bucket import UsageBucket


T = TypeVar("T", bound="UsageReport")


@_attrs_define
class UsageReport:
    """
    Attributes:
        object_ (Literal['usage']):
        since (datetime.datetime):
        until (datetime.datetime):
        bucket_seconds (Literal[60]):
        buckets (list[UsageBucket]): Oldest first; for each minute, one bucket per key that made a request.
    """

    object_: Literal["usage"]
    since: datetime.datetime
    until: datetime.datetime
    bucket_seconds: Literal[60]
    buckets: list[UsageBucket]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        since = self.since.isoformat()

        until = self.until.isoformat()

        bucket_seconds = self.bucket_seconds

        buckets = []
        for buckets_item_data in self.buckets:
            buckets_item = buckets_item_data.to_dict()
            buckets.append(buckets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "since": since,
                "until": until,
                "bucket_seconds": bucket_seconds,
                "buckets": buckets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        object_: Literal["usage"] = src_dict["object"]
        if object_ != "usage":
            raise ValueError(f"object must match const 'usage', got '{object_}'")

        since = parse_datetime(src_dict["since"])

        until = parse_datetime(src_dict["until"])

        bucket_seconds: Literal[60] = src_dict["bucket_seconds"]
        if bucket_seconds != 60:
            raise ValueError(f"bucket_seconds must match const 60, got '{bucket_seconds}'")

        _buckets = src_dict["buckets"]
        buckets = [UsageBucket.from_dict(buckets_item_data) for buckets_item_data in _buckets]

        usage_report = cls(
            object_,
            since,
            until,
            bucket_seconds,
            buckets,
        )

        if len(src_dict) != 5:
            usage_report.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in {"object", "since", "until", "bucket_seconds", "buckets"}
            }
        return usage_report

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
from ..models.usage_bucket import UsageBucket  # noqa: E402
