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
    from ..models.chat_completion_chunk_choice import ChatCompletionChunkChoice


T = TypeVar("T", bound="ChatCompletionChunk")


@_attrs_define
class ChatCompletionChunk:
    """The data of one `chunk` frame. All chunks of a stream share `id`, `created_at` and
    `model`. The first delta carries `role`; later ones carry `content` pieces or
    `tool_calls` pieces; the last chunk has an empty `delta` and the `finish_reason`.

        Attributes:
            id (str):
            object_ (Literal['chat.completion.chunk']):
            created_at (datetime.datetime):
            model (str):
            choices (list[ChatCompletionChunkChoice]):
    """

    id: str
    object_: Literal["chat.completion.chunk"]
    created_at: datetime.datetime
    model: str
    choices: list[ChatCompletionChunkChoice]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        created_at = self.created_at.isoformat()

        model = self.model

        choices = []
        for choices_item_data in self.choices:
            choices_item = choices_item_data.to_dict()
            choices.append(choices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "created_at": created_at,
                "model": model,
                "choices": choices,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        object_: Literal["chat.completion.chunk"] = src_dict["object"]
        if object_ != "chat.completion.chunk":
            raise ValueError(f"object must match const 'chat.completion.chunk', got '{object_}'")

        created_at = parse_datetime(src_dict["created_at"])

        model = src_dict["model"]

        _choices = src_dict["choices"]
        choices = [
            ChatCompletionChunkChoice.from_dict(choices_item_data) for choices_item_data in _choices
        ]

        chat_completion_chunk = cls(
            id,
            object_,
            created_at,
            model,
            choices,
        )

        if len(src_dict) != 5:
            chat_completion_chunk.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in {"id", "object", "created_at", "model", "choices"}
            }
        return chat_completion_chunk

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
from ..models.chat_completion_chunk_choice import ChatCompletionChunkChoice  # noqa: E402
