# Generated from openapi/minimax.yaml by generator/ — do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetimes import parse_datetime
from .._repr import model_repr
from ..models.key_scope import KeyScope
from ..models.rate_limit_tier import RateLimitTier

T = TypeVar("T", bound="ApiKey")


@_attrs_define
class ApiKey:
    """An API key as the account sees it later: its settings, never its secret.

    Attributes:
        id (str):
        object_ (Literal['api_key']):
        name (str):
        hint (str): The key's prefix and first four characters, then `...`.
        scope (KeyScope): What a key may call; see *Authentication*.
        models (list[str] | None):
        tier (RateLimitTier): The rate-limit tier of a key; see *Rate limits*.
        created_at (datetime.datetime):
        last_used_at (datetime.datetime | None): The key's latest request, to within a second; `null` if never used.
        revoked_at (datetime.datetime | None):
        rotated_from (None | str): The id of the key this one replaced, when it was made by a rotation.
    """

    id: str
    object_: Literal["api_key"]
    name: str
    hint: str
    scope: KeyScope
    models: list[str] | None
    tier: RateLimitTier
    created_at: datetime.datetime
    last_used_at: datetime.datetime | None
    revoked_at: datetime.datetime | None
    rotated_from: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        name = self.name

        hint = self.hint

        scope = self.scope.value

        models: list[str] | None
        if isinstance(self.models, list):
            models = self.models

        else:
            models = self.models

        tier = self.tier.value

        created_at = self.created_at.isoformat()

        last_used_at: None | str
        if isinstance(self.last_used_at, datetime.datetime):
            last_used_at = self.last_used_at.isoformat()
        else:
            last_used_at = self.last_used_at

        revoked_at: None | str
        if isinstance(self.revoked_at, datetime.datetime):
            revoked_at = self.revoked_at.isoformat()
        else:
            revoked_at = self.revoked_at

        rotated_from: None | str
        rotated_from = self.rotated_from

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "name": name,
                "hint": hint,
                "scope": scope,
                "models": models,
                "tier": tier,
                "created_at": created_at,
                "last_used_at": last_used_at,
                "revoked_at": revoked_at,
                "rotated_from": rotated_from,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        object_: Literal["api_key"] = src_dict["object"]
        if object_ != "api_key":
            raise ValueError(f"object must match const 'api_key', got '{object_}'")

        name = src_dict["name"]

        hint = src_dict["hint"]

        scope = KeyScope(src_dict["scope"])

        _models_data = src_dict["models"]
        models: list[str] | None
        if _models_data is None:
            models = _models_data
        else:

            def _parse_models(data: object) -> list[str] | None:
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    models_type_0 = cast("list[str]", data)

                    return models_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast("list[str] | None", data)

            models = _parse_models(_models_data)

        tier = RateLimitTier(src_dict["tier"])

        created_at = parse_datetime(src_dict["created_at"])

        _last_used_at_data = src_dict["last_used_at"]
        last_used_at: datetime.datetime | None
        if _last_used_at_data is None:
            last_used_at = _last_used_at_data
        else:

            def _parse_last_used_at(data: object) -> datetime.datetime | None:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    last_used_at_type_0 = parse_datetime(data)

                    return last_used_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast("datetime.datetime | None", data)

            last_used_at = _parse_last_used_at(_last_used_at_data)

        _revoked_at_data = src_dict["revoked_at"]
        revoked_at: datetime.datetime | None
        if _revoked_at_data is None:
            revoked_at = _revoked_at_data
        else:

            def _parse_revoked_at(data: object) -> datetime.datetime | None:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    revoked_at_type_0 = parse_datetime(data)

                    return revoked_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast("datetime.datetime | None", data)

            revoked_at = _parse_revoked_at(_revoked_at_data)

        _rotated_from_data = src_dict["rotated_from"]
        rotated_from: None | str
        if _rotated_from_data is None:
            rotated_from = _rotated_from_data
        else:

            def _parse_rotated_from(data: object) -> None | str:
                return cast("None | str", data)

            rotated_from = _parse_rotated_from(_rotated_from_data)

        api_key = cls(
            id,
            object_,
            name,
            hint,
            scope,
            models,
            tier,
            created_at,
            last_used_at,
            revoked_at,
            rotated_from,
        )

        if len(src_dict) != 11:
            api_key.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "id",
                    "object",
                    "name",
                    "hint",
                    "scope",
                    "models",
                    "tier",
                    "created_at",
                    "last_used_at",
                    "revoked_at",
                    "rotated_from",
                }
            }
        return api_key

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
