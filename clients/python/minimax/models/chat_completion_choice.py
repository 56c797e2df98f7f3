# Generated from openapi/minimax.yaml by generator/ — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import model_repr
from ..models.finish_reason import FinishReason

if TYPE_CHECKING:
    from ..models.assistant_message import AssistantMessage


T = TypeVar("T", bound="ChatCompletionChoice")


@_attrs_define
class ChatCompletionChoice:
    """
    Attributes:
        index (int):
        message (AssistantMessage): A message from the model. `content` is null when the model answers with `tool_calls`
            only. In a request, it replays an earlier answer.
        finish_reason (FinishReason): `stop`: the answer is complete. `length`: cut by `max_tokens`. `tool_calls`: the
            model called tools.
    """

    index: int
    message: AssistantMessage
    finish_reason: FinishReason
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        message = self.message.to_dict()

        finish_reason = self.finish_reason.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "message": message,
                "finish_reason": finish_reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        index = src_dict["index"]

        message = AssistantMessage.from_dict(src_dict["message"])

        finish_reason = FinishReason(src_dict["finish_reason"])

        chat_completion_choice = cls(
            index,
            message,
            finish_reason,
        )

        if len(src_dict) != 3:
            chat_completion_choice.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in {"index", "message", "finish_reason"}
            }
        return chat_completion_choice

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
from ..models.assistant_message import AssistantMessage  # noqa: E402
