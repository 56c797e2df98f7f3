# Generated from openapi/minimax.yaml by generator/ — do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetimes import parse_datetime
from .._repr import model_repr
from ..models.model_capability import ModelCapability

if TYPE_CHECKING:
    from ..models.model_deprecation import ModelDeprecation
    from ..models.model_pricing import ModelPricing


T = TypeVar("T", bound="Model")


@_attrs_define
class Model:
    """
    Attributes:
        id (str):
        object_ (Literal['model']):
        owned_by (str): `minimax` for the catalogue; the account's id for its fine-tuned models.
        created_at (datetime.datetime):
        capabilities (list[ModelCapability]):
        context_window (int): The most tokens of input the model reads (prompt and output together, for chat).
        max_output_tokens (int | None): The most tokens a chat completion can generate; null for models that do not
            generate text.
        embedding_dimension (int | None): The length of every vector, for embedding models; null otherwise.
        pricing (ModelPricing): Prices in `currency` per token (and per second of generated video).
        deprecation (ModelDeprecation | None): Null while the model is supported.
    """

    id: str
    object_: Literal["model"]
    owned_by: str
    created_at: datetime.datetime
    capabilities: list[ModelCapability]
    context_window: int
    max_output_tokens: int | None
    embedding_dimension: int | None
    pricing: ModelPricing
    deprecation: ModelDeprecation | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        owned_by = self.owned_by

        created_at = self.created_at.isoformat()

        capabilities = []
        for capabilities_item_data in self.capabilities:
            capabilities_item = capabilities_item_data.value
            capabilities.append(capabilities_item)

        context_window = self.context_window

        max_output_tokens: int | None
        max_output_tokens = self.max_output_tokens

        embedding_dimension: int | None
        embedding_dimension = self.embedding_dimension

        pricing = self.pricing.to_dict()

        deprecation: dict[str, Any] | None
        if isinstance(self.deprecation, ModelDeprecation):
            deprecation = self.deprecation.to_dict()
        else:
            deprecation = self.deprecation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "owned_by": owned_by,
                "created_at": created_at,
                "capabilities": capabilities,
                "context_window": context_window,
                "max_output_tokens": max_output_tokens,
                "embedding_dimension": embedding_dimension,
                "pricing": pricing,
                "deprecation": deprecation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        object_: Literal["model"] = src_dict["object"]
        if object_ != "model":
            raise ValueError(f"object must match const 'model', got '{object_}'")

        owned_by = src_dict["owned_by"]

        created_at = parse_datetime(src_dict["created_at"])

        capabilities = []
        _capabilities = src_dict["capabilities"]
        for capabilities_item_data in _capabilities:
            capabilities_item = ModelCapability(capabilities_item_data)

            capabilities.append(capabilities_item)

        context_window = src_dict["context_window"]

        _max_output_tokens_data = src_dict["max_output_tokens"]
        max_output_tokens: int | None
        if _max_output_tokens_data is None:
            max_output_tokens = _max_output_tokens_data
        else:

            def _parse_max_output_tokens(data: object) -> int | None:
                return cast("int | None", data)

            max_output_tokens = _parse_max_output_tokens(_max_output_tokens_data)

        _embedding_dimension_data = src_dict["embedding_dimension"]
        embedding_dimension: int | None
        if _embedding_dimension_data is None:
            embedding_dimension = _embedding_dimension_data
        else:

            def _parse_embedding_dimension(data: object) -> int | None:
                return cast("int | None", data)

            embedding_dimension = _parse_embedding_dimension(_embedding_dimension_data)

        pricing = ModelPricing.from_dict(src_dict["pricing"])

        _deprecation_data = src_dict["deprecation"]
        deprecation: ModelDeprecation | None
        if _deprecation_data is None:
            deprecation = _deprecation_data
        else:

            def _parse_deprecation(data: object) -> ModelDeprecation | None:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    deprecation_type_0 = ModelDeprecation.from_dict(data)

                    return deprecation_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast("ModelDeprecation | None", data)

            deprecation = _parse_deprecation(_deprecation_data)

        model = cls(
            id,
            object_,
            owned_by,
            created_at,
            capabilities,
            context_window,
            max_output_tokens,
            embedding_dimension,
            pricing,
            deprecation,
        )

        if len(src_dict) != 10:
            model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "id",
                    "object",
                    "owned_by",
                    "created_at",
                    "capabilities",
                    "context_window",
                    "max_output_tokens",
                    "embedding_dimension",
                    "pricing",
                    "deprecation",
                }
            }
        return model

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
from ..models.model_deprecation import ModelDeprecation  # noqa: E402
from ..models.model_pricing import ModelPricing  # noqa: E402
