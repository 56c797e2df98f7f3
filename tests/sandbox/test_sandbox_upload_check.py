"""A training file's messages are told valid by a compiled validator, and explained by the spec's:
the two must agree on every message, and the explanation must be the spec validator's own."""

from __future__ import annotations

import time
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from minimax_openapi.spec import shared
from minimax_sandbox.engine import sniff
from minimax_sandbox.errors import ApiError
from minimax_sandbox.handlers.files import message_check
from minimax_sandbox.samples import training_jsonl
from minimax_sandbox.validation import Validator

API = shared()
SPEC = Validator(API, {"$ref": "#/components/schemas/ChatMessage"})
# What message_check needs of a Sandbox: the model and its ChatMessage validator.
CHECK = message_check(SimpleNamespace(api=API, chat_message=SPEC))


def spec_problems(message: Any) -> list[str]:
    try:
        SPEC.check(message)
    except ApiError as error:
        return [error.message]
    return []


scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(10**30), 10**30)
    | st.floats(allow_nan=False)
    | st.text(max_size=3)
    | st.sampled_from(["", "x" * 64, "x" * 65, "\ud800", "call_1", "function"])
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=2) | st.dictionaries(st.text(max_size=3), inner, max_size=2)
    ),
    max_leaves=4,
)
tool_calls = st.lists(
    st.fixed_dictionaries(
        {"id": st.sampled_from(["c1", "", "x" * 65]), "type": st.sampled_from(["function", "f"])},
        optional={"function": st.fixed_dictionaries({"name": values, "arguments": values})},
    ),
    max_size=2,
)
messages = (
    st.fixed_dictionaries(
        {},
        optional={
            "role": st.sampled_from(["system", "user", "assistant", "tool", "robot", 3]),
            "content": st.none() | st.text(max_size=3) | st.integers(),
            "tool_calls": tool_calls | values,
            "tool_call_id": st.sampled_from(["c1", "", "x" * 64, "x" * 65]) | values,
            "extra": values,
        },
    )
    | values
)


@settings(max_examples=600, deadline=None)
@given(messages)
def test_the_fast_check_agrees_with_the_spec_validator(message: Any) -> None:
    assert CHECK(message) == spec_problems(message)


def test_valid_lines_cost_microseconds() -> None:
    """About 3 s per MiB with the spec's validator alone; well under 0.2 s with the check."""
    one = training_jsonl(1)
    data = one * (2 * 2**20 // len(one))
    started = time.perf_counter()
    assert sniff.detect("fine-tune", data, CHECK) == "application/jsonl"
    per_mib = (time.perf_counter() - started) / (len(data) / 2**20)
    print(f"{per_mib:.3f} s per MiB")
    assert per_mib < 0.2


@pytest.mark.parametrize(
    ("message", "field"),
    [
        ({"role": "robot", "content": "x"}, "role"),
        ({"role": "user"}, "content"),
        ({"role": "tool", "tool_call_id": "", "content": "x"}, "tool_call_id"),
    ],
)
def test_an_invalid_message_is_explained_as_before(message: Any, field: str) -> None:
    (problem,) = CHECK(message)
    assert problem == spec_problems(message)[0] and field in problem
