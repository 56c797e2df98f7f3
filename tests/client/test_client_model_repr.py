"""Model reprs leave out `additional_properties` while it is empty (issue 9, item 10)."""

from __future__ import annotations

from typing import Any

import attrs

from minimax.models import ChatCompletionChoice, Usage

USAGE: dict[str, Any] = {"prompt_tokens": 3, "completion_tokens": 5, "total_tokens": 8}


def test_an_empty_additional_properties_is_not_shown() -> None:
    choice = ChatCompletionChoice.from_dict(
        {
            "index": 0,
            "message": {"role": "assistant", "content": "Hi"},
            "finish_reason": "stop",
        }
    )
    shown = repr(choice)
    assert "additional_properties" not in shown
    assert shown.startswith("ChatCompletionChoice(index=0, message=AssistantMessage(")
    assert repr(Usage.from_dict(USAGE)) == (
        "Usage(prompt_tokens=3, completion_tokens=5, total_tokens=8)"
    )


def test_properties_the_spec_does_not_name_are_shown() -> None:
    usage = Usage.from_dict(USAGE | {"cached_tokens": 2})
    assert repr(usage).endswith(", total_tokens=8, additional_properties={'cached_tokens': 2})")


def test_a_field_repr_setting_is_honoured() -> None:
    from minimax._repr import model_repr

    @attrs.define
    class Secretive:
        name: str
        token: str = attrs.field(repr=lambda value: "***")
        hidden: int = attrs.field(default=0, repr=False)
        additional_properties: dict[str, Any] = attrs.field(factory=dict)

    assert (
        model_repr(Secretive("a", "t0ken"))
        == "test_a_field_repr_setting_is_honoured.<locals>.Secretive(name='a', token=***)"
    )
