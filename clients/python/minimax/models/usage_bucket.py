# Generated from openapi/minimax.yaml by generator/ — do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetimes import parse_datetime
from .._repr import model_repr

T = TypeVar("T", bound="UsageBucket")


@_attrs_define
class UsageBucket:
    """
    Attributes:
        start (datetime.datetime): The minute's start.
        key_id (None | str):
        requests (int):
        errors (int): Responses with a `4xx` other than `429`, or a `5xx`.
        rate_limited (int): `429` responses.
        prompt_tokens (int):
        completion_tokens (int):
    """

    start: datetime.datetime
    key_id: None | str
    requests: int
    errors: int
    rate_limited: int
    prompt_tokens: int
    completion_tokens: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        start = self.start.isoformat()

        key_id: None | str
        key_id = self.key_id

        requests = self.requests

        errors = self.errors

        rate_limited = self.rate_limited

        prompt_tokens = self.prompt_tokens

        completion_tokens = self.completion_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start": start,
                "key_id": key_id,
                "requests": requests,
                "errors": errors,
                "rate_limited": rate_limited,
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        start = parse_datetime(src_dict["start"])

        _key_id_data = src_dict["key_id"]
        key_id: None | str
        if _key_id_data is None:
            key_id = _key_id_data
        else:

            def _parse_key_id(data: object) -> None | str:
                return cast("None | str", data)

            key_id = _parse_key_id(_key_id_data)

        requests = src_dict["requests"]

        errors = src_dict["errors"]

        rate_limited = src_dict["rate_limited"]

        prompt_tokens = src_dict["prompt_tokens"]

        completion_tokens = src_dict["completion_tokens"]

        usage_bucket = cls(
            start,
            key_id,
            requests,
            errors,
            rate_limited,
            prompt_tokens,
            completion_tokens,
        )

        if len(src_dict) != 7:
            usage_bucket.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "start",
                    "key_id",
                    "requests",
                    "errors",
                    "rate_limited",
                    "prompt_tokens",
                    "completion_tokens",
                }
            }
        return usage_bucket

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
