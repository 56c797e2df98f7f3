"""Tool arguments are made within a bounded amount of work, whatever the caller's schema.

Each schema here once held the server for seconds to hours: nested `minItems` multiply, a
backtracking regex explodes on a crafted `default`, `$ref`s fan out, a remote `$ref` was
fetched. Each runs the generator in a child process with a deadline, so a regression fails
rather than hangs (a thread would not do: Python's `re` holds the GIL until it is done).
Only the public `instance` is used: these run against any version of it.
"""

from __future__ import annotations

import json
import multiprocessing
import random
import socket
import time
from multiprocessing.connection import Connection
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from minimax_sandbox.engine.schema_instance import UnsatisfiableSchema, instance
from tests.sandbox.hostile_schemas import NESTED_MIN_ITEMS

# `^(a+)+$` against "aaa...a!" backtracks 2**40 times on Python's `re`.
EVIL = "^(a+)+$"
CRAFTED = "a" * 40 + "!"


def _generate(schema: Any, seed: int, out: Connection) -> None:
    try:
        out.send(("value", instance(schema, random.Random(seed))))
    except Exception as error:  # handed to the test
        out.send(("error", error))


def within(seconds: float, schema: Any, seed: int = 0) -> Any:
    """`instance(schema)` in a forked child: its value, or its exception raised here. Fails
    when it takes longer than `seconds`, and the child is killed."""
    receive, send = multiprocessing.Pipe(duplex=False)
    child = multiprocessing.get_context("fork").Process(
        target=_generate, args=(schema, seed, send), daemon=True
    )
    started = time.monotonic()
    child.start()
    try:
        assert receive.poll(seconds), f"still working after {seconds} s"
        kind, outcome = receive.recv()
    finally:
        child.kill()
        child.join()
    print(f"took {time.monotonic() - started:.3f} s")
    if kind == "error":
        raise outcome
    return outcome


def assert_valid(schema: Any, value: Any) -> None:
    Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER).validate(value)


# --- multiplying sizes ---------------------------------------------------------------------


def test_nested_min_items_are_refused_at_once_naming_the_place() -> None:
    with pytest.raises(UnsatisfiableSchema) as caught:
        within(2.0, NESTED_MIN_ITEMS)
    message = str(caught.value)
    assert "20,000 values" in message
    assert "'rows[" in message  # where in the arguments the budget ran out


def test_the_budget_counts_the_whole_instance_not_each_level() -> None:
    """30 arrays of 1000: every level is within the sandbox's 1000 items, the whole is not."""
    schema = {
        "type": "array",
        "minItems": 30,
        "maxItems": 30,
        "items": {"type": "array", "minItems": 1000, "items": {"type": "integer"}},
    }
    with pytest.raises(UnsatisfiableSchema, match="values"):
        within(2.0, schema)


def test_a_large_instance_within_the_budget_is_still_made() -> None:
    schema = {
        "type": "array",
        "minItems": 12,
        "maxItems": 12,
        "items": {"type": "array", "minItems": 1000, "items": {"type": "integer"}},
    }
    value = within(3.0, schema)
    assert len(value) == 12 and all(len(row) >= 1000 for row in value)
    assert_valid(schema, value)


def test_the_refusal_is_deterministic() -> None:
    messages = set()
    for _ in range(2):
        with pytest.raises(UnsatisfiableSchema) as caught:
            within(2.0, NESTED_MIN_ITEMS, seed=3)
        messages.add(str(caught.value))
    assert len(messages) == 1


def test_branches_and_items_that_multiply_are_refused() -> None:
    """anyOf at every level, its first branch an array of three of the level below: 3**12
    values (with the tries that fail at the bottom), from 12 lines of schema."""
    node: Any = {"type": "integer", "minimum": 5, "maximum": 4}  # unsatisfiable leaf
    for _ in range(12):
        node = {"anyOf": [{"type": "array", "minItems": 3, "items": node}, {"type": "boolean"}]}
    with pytest.raises(UnsatisfiableSchema, match="values"):
        within(2.0, {"type": "object", "properties": {"x": node}, "required": ["x"]})


def test_a_fan_out_of_refs_is_refused() -> None:
    """Each definition uses the one below twice: 40 small lines, 2**40 subschemas."""
    defs: dict[str, Any] = {"d0": {"type": "integer"}}
    for n in range(1, 40):
        below = {"$ref": f"#/$defs/d{n - 1}"}
        defs[f"d{n}"] = {"allOf": [below, below]}
    schema = {
        "$defs": defs,
        "type": "object",
        "properties": {"x": {"type": "string", "not": {"$ref": "#/$defs/d39"}}},
        "required": ["x"],
    }
    with pytest.raises(UnsatisfiableSchema, match="too large"):
        within(2.0, schema)


def test_unique_items_of_objects_are_checked_in_linear_time() -> None:
    schema = {
        "type": "array",
        "minItems": 1000,
        "uniqueItems": True,
        "items": {
            "type": "object",
            "properties": {"n": {"type": "integer", "minimum": 0, "maximum": 10**9}},
            "required": ["n"],
        },
    }
    assert len(within(2.0, schema)) == 1000


# --- caller patterns -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "string", "pattern": EVIL, "default": CRAFTED},
        {"type": "string", "pattern": EVIL, "examples": [CRAFTED, CRAFTED]},
        # Property names are data too, matched by patternProperties and additionalProperties.
        {
            "type": "object",
            "patternProperties": {EVIL: {"type": "string"}},
            "default": {CRAFTED: 1, "aaaa": 1},  # "aaaa" matches: its value must be a string
        },
        {
            "type": "object",
            "patternProperties": {EVIL: {"type": "integer"}},
            "additionalProperties": False,
            "default": {CRAFTED: 1},
        },
        {"type": "object", "propertyNames": {"pattern": EVIL}, "default": {CRAFTED: 1}},
        # A subschema naming another dialect does not get an unprotected validator.
        {
            "type": "object",
            "properties": {
                "code": {
                    "$schema": "http://json-schema.org/draft-07/schema#",
                    "type": "string",
                    "pattern": EVIL,
                    "default": CRAFTED,
                }
            },
            "required": ["code"],
        },
    ],
    ids=[
        "default",
        "examples",
        "patternProperties",
        "additionalProperties",
        "propertyNames",
        "$schema",
    ],
)
def test_an_exponential_pattern_on_a_crafted_value_does_not_hang(schema: Any) -> None:
    value = within(2.0, schema)
    # The crafted value does not match, so the default is not chosen; what is made instead
    # validates (checked without the pattern: Python's `re` would hang on the crafted one).
    assert CRAFTED not in json.dumps(value)
    assert_valid({k: v for k, v in schema.items() if k != "pattern"}, value)


def test_a_value_matching_an_exponential_pattern_is_still_made() -> None:
    value = within(2.0, {"type": "string", "pattern": EVIL, "default": CRAFTED})
    assert value and set(value) == {"a"}


def test_a_pattern_rstr_would_spell_out_at_length_is_refused_promptly() -> None:
    """Each try lists the 65,536 characters of the class 100 times; the length rules every
    try out. Twenty tries once took seconds."""
    schema = {"type": "string", "pattern": "^[\\u0000-\\uffff]{100}$", "maxLength": 50}
    with pytest.raises(UnsatisfiableSchema):
        within(2.0, schema)


def test_a_pattern_with_lookaround_is_refused_naming_re2() -> None:
    schema = {"type": "string", "pattern": "^(?=.*[0-9]).{8,}$", "default": "abcdefg1"}
    with pytest.raises(UnsatisfiableSchema, match="RE2"):
        within(2.0, schema)


# --- references ----------------------------------------------------------------------------


def test_a_remote_ref_is_never_fetched() -> None:
    """jsonschema's default registry downloads a remote $ref (with no timeout); a listener
    that never answers would hold the request for good."""
    with socket.create_server(("127.0.0.1", 0)) as listener:
        port = listener.getsockname()[1]
        schema = {
            "type": "object",
            "properties": {"a": {"type": "string", "not": {"$ref": f"http://127.0.0.1:{port}/x"}}},
            "required": ["a"],
        }
        with pytest.raises(UnsatisfiableSchema, match="ref"):
            within(2.0, schema)
        listener.settimeout(0)
        with pytest.raises(BlockingIOError):
            listener.accept()  # nobody connected
