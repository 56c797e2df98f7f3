"""The referee of tool arguments: a validator that charges a budget and runs caller patterns on
RE2, yet judges values as jsonschema does; and the pool that runs such work off the loop."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from minimax_sandbox.engine import offload
from minimax_sandbox.engine.schema_check import (
    MAX_VALUES,
    Budget,
    OverBudget,
    UnsatisfiableSchema,
    UnsupportedPattern,
    check_schema,
    checker,
    search,
    survey,
    where,
)


def judged(schema: Any, value: Any) -> bool:
    with Budget().active():
        return checker(schema).is_valid(value)


# Schemas and values on which the sandbox's validator must agree with jsonschema's.
AGREE: list[tuple[Any, list[Any]]] = [
    ({"type": "string", "pattern": "^[a-z]{2,4}$"}, ["ab", "abcde", "", "AB", 3]),
    ({"type": "string", "pattern": "[0-9]"}, ["a1b", "abc"]),  # `pattern` is not anchored
    (
        {"patternProperties": {"^x-": {"type": "integer"}}, "additionalProperties": False},
        [{"x-a": 1}, {"x-a": "1"}, {"y": 1}, {}],
    ),
    (
        {
            "properties": {"a": {}},
            "patternProperties": {"^b": {}},
            "additionalProperties": {"type": "string"},
        },
        [{"a": 1, "b1": 1, "c": "s"}, {"c": 1}],
    ),
    ({"propertyNames": {"pattern": "^[a-z]+$"}}, [{"abc": 1}, {"aB": 1}]),
    (
        {"uniqueItems": True},
        [
            [1, 1.0],
            [True, 1],
            [{"a": 1}, {"a": 1.0}],
            [[1, 2], [1, 2]],
            [[1, 2], [2, 1]],
            [{"a": [1]}, {"a": [True]}],
            [None, False, 0, ""],
            ["a", "a"],
        ],
    ),
    ({"enum": [1, "a", {"b": [1]}]}, [1, 1.0, True, {"b": [1]}, {"b": [2]}]),
    (
        {"$defs": {"n": {"type": "integer"}}, "items": {"$ref": "#/$defs/n"}},
        [[1, 2], [1, "2"]],
    ),
    ({"unevaluatedProperties": False, "allOf": [{"properties": {"a": {}}}]}, [{"a": 1}, {"b": 1}]),
]


@pytest.mark.parametrize(("schema", "values"), AGREE)
def test_judges_values_as_jsonschema_does(schema: Any, values: list[Any]) -> None:
    stock = Draft202012Validator(schema)
    for value in values:
        assert judged(schema, value) == stock.is_valid(value), value


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-3, 3)
    | st.sampled_from([1.0, 0.0, 2.5])
    | st.text(max_size=2),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=2), inner, max_size=3)
    ),
    max_leaves=8,
)


@settings(max_examples=300, deadline=None)
@given(st.lists(json_values, max_size=5))
def test_unique_items_agrees_with_jsonschema(items: list[Any]) -> None:
    schema = {"uniqueItems": True}
    assert judged(schema, items) == Draft202012Validator(schema).is_valid(items)


def test_a_dialect_named_in_a_subschema_keeps_the_sandboxs_validator() -> None:
    schema = {
        "properties": {
            "a": {"$schema": "http://json-schema.org/draft-07/schema#", "pattern": "(?=x)"}
        }
    }
    with pytest.raises(UnsupportedPattern):  # RE2 saw it: no stock validator took over
        judged(schema, {"a": "x"})


def test_a_pattern_re2_cannot_run_is_refused() -> None:
    with pytest.raises(UnsupportedPattern, match="RE2"):
        search(r"(a)\1", "aa")


def test_a_lone_surrogate_is_searched_not_crashed() -> None:
    assert search("^a.b$", "a\ud800b")
    assert not search("^ab$", "a\ud800b")


def test_validation_is_charged_to_the_active_budget() -> None:
    budget = Budget(steps=50)
    with budget.active(), pytest.raises(OverBudget, match="validation steps"):
        checker({"items": {"type": "integer"}}).is_valid(list(range(100)))
    # Outside a budget nothing is charged (and nothing stops).
    assert checker({"items": {"type": "integer"}}).is_valid(list(range(100)))


def test_over_budget_names_the_limit_and_the_place() -> None:
    budget = Budget()
    budget.path.extend(["rows", 3, "name"])
    with pytest.raises(OverBudget) as caught:
        budget.spend(values=MAX_VALUES + 1)
    assert f"{MAX_VALUES:,} values" in str(caught.value)
    assert "'rows[3].name'" in str(caught.value)
    assert where([]) == "the top level"


def test_survey_refuses_a_ref_fan_out_but_not_recursion() -> None:
    defs: dict[str, Any] = {"d0": {"type": "integer"}}
    for n in range(1, 30):
        defs[f"d{n}"] = {"anyOf": [{"$ref": f"#/$defs/d{n - 1}"}, {"$ref": f"#/$defs/d{n - 1}"}]}
    with pytest.raises(OverBudget, match="too large"):
        survey({"$defs": defs, "$ref": "#/$defs/d29"}, Budget())
    tree = {
        "$defs": {"node": {"properties": {"kids": {"items": {"$ref": "#/$defs/node"}}}}},
        "$ref": "#/$defs/node",
    }
    survey(tree, Budget())


def test_pattern_properties_with_unevaluated_properties_is_refused() -> None:
    schema = {"patternProperties": {"^a": {}}, "unevaluatedProperties": False}
    with pytest.raises(UnsupportedPattern, match="unevaluatedProperties"):
        survey(schema, Budget())


def test_check_schema_reports_an_invalid_schema() -> None:
    with Budget().active():
        check_schema({"type": "object"})
        with pytest.raises(UnsatisfiableSchema, match="invalid JSON Schema"):
            check_schema({"type": "wat"})
        with pytest.raises(UnsatisfiableSchema, match="invalid JSON Schema"):
            check_schema({"pattern": "("})


# --- the pool ------------------------------------------------------------------------------


def test_offload_runs_on_the_pool_and_raises_there_errors_here() -> None:
    def where_am_i(x: int) -> tuple[str, int]:
        return threading.current_thread().name, x * 2

    def fails() -> None:
        raise UnsatisfiableSchema("nope")

    async def main() -> tuple[str, int]:
        with pytest.raises(UnsatisfiableSchema, match="nope"):
            await offload.run(fails)
        return await offload.run(where_am_i, 21)

    name, doubled = asyncio.run(main())
    assert name.startswith("sandbox-cpu") and doubled == 42


def test_pause_does_nothing_off_the_pool() -> None:
    for _ in range(1000):
        offload.pause()  # no lock to give back, no sleep: it must not raise or block


def test_pool_work_takes_turns() -> None:
    """Two long jobs interleave (each pauses), rather than one waiting for the other."""
    order: list[str] = []

    def job(name: str) -> None:
        for _ in range(40):
            order.append(name)
            deadline = offload.time.perf_counter() + 0.001
            while offload.time.perf_counter() < deadline:
                offload.pause()

    async def main() -> None:
        await asyncio.gather(offload.run(job, "a"), offload.run(job, "b"))

    asyncio.run(main())
    switches = sum(1 for x, y in zip(order, order[1:], strict=False) if x != y)
    assert switches >= 4, order
