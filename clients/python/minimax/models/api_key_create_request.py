# Generated from openapi/minimax.yaml by generator/ — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.key_scope import KeyScope
from ..models.rate_limit_tier import RateLimitTier
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiKeyCreateRequest")


@_attrs_define
class ApiKeyCreateRequest:
    """
    Attributes:
        name (str): A label for people (`support-bot`); need not be unique.
        scope (KeyScope | Unset): What a key may call; see *Authentication*.
        models (list[str] | None | Unset): The only models the key may name; `null` (the default) for every model.
        tier (RateLimitTier | Unset): The rate-limit tier of a key; see *Rate limits*.
    """

    name: str
    scope: KeyScope | Unset = UNSET
    models: list[str] | None | Unset = UNSET
    tier: RateLimitTier | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope.value

        models: list[str] | None | Unset
        if isinstance(self.models, Unset):
            models = UNSET
        elif isinstance(self.models, list):
            models = self.models

        else:
            models = self.models

        tier: str | Unset = UNSET
        if not isinstance(self.tier, Unset):
            tier = self.tier.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if scope is not UNSET:
            field_dict["scope"] = scope
        if models is not UNSET:
            field_dict["models"] = models
        if tier is not UNSET:
            field_dict["tier"] = tier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict["name"]

        _scope = src_dict.get("scope", UNSET)
        scope: KeyScope | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = KeyScope(_scope)

        _models_data = src_dict.get("models", UNSET)
        models: list[str] | None | Unset
        if _models_data is None or isinstance(_models_data, Unset):
            models = _models_data
        else:

            def _parse_models(data: object) -> list[str] | None | Unset:
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    models_type_0 = cast("list[str]", data)

                    return models_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast("list[str] | None | Unset", data)

            models = _parse_models(_models_data)

        _tier = src_dict.get("tier", UNSET)
        tier: RateLimitTier | Unset
        if isinstance(_tier, Unset):
            tier = UNSET
        else:
            tier = RateLimitTier(_tier)

        api_key_create_request = cls(
            name,
            scope,
            models,
            tier,
        )

        return api_key_create_request
