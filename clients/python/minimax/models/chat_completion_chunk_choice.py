# Generated from openapi/minimax.yaml by generator/ — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import model_repr
from ..models.finish_reason import FinishReason

if TYPE_CHECKING:
    from ..models.chat_completion_delta import ChatCompletionDelta


T = TypeVar("T", bound="ChatCompletionChunkChoice")


@_attrs_define
class ChatCompletionChunkChoice:
    """
    Attributes:
        index (int):
        delta (ChatCompletionDelta): A piece of the assistant message. Concatenate `content` pieces in order. A tool
            call
            arrives whole in one delta (its `arguments` are never split), identified by `index`.
        finish_reason (FinishReason | None): Null until the last chunk.
    """

    index: int
    delta: ChatCompletionDelta
    finish_reason: FinishReason | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        delta = self.delta.to_dict()

        finish_reason: None | str
        if isinstance(self.finish_reason, FinishReason):
            finish_reason = self.finish_reason.value
        else:
            finish_reason = self.finish_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "delta": delta,
                "finish_reason": finish_reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        index = src_dict["index"]

        delta = ChatCompletionDelta.from_dict(src_dict["delta"])

        _finish_reason_data = src_dict["finish_reason"]
        finish_reason: FinishReason | None
        if _finish_reason_data is None:
            finish_reason = _finish_reason_data
        else:

            def _parse_finish_reason(data: object) -> FinishReason | None:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    finish_reason_type_0 = FinishReason(data)

                    return finish_reason_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast("FinishReason | None", data)

            finish_reason = _parse_finish_reason(_finish_reason_data)

        chat_completion_chunk_choice = cls(
            index,
            delta,
            finish_reason,
        )

        if len(src_dict) != 3:
            chat_completion_chunk_choice.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in {"index", "delta", "finish_reason"}
            }
        return chat_completion_chunk_choice

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
from ..models.chat_completion_delta import ChatCompletionDelta  # noqa: E402
