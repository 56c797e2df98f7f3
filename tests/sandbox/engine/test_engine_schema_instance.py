"""Values made up for a JSON Schema validate against it, or the schema is reported unsatisfiable."""

import random
import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from minimax_sandbox.engine.schema_instance import UnsatisfiableSchema, instance


def assert_valid(schema: Any, value: Any) -> None:
    Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER).validate(value)


# One schema per supported feature; each must give a valid value for every seed.
SCHEMAS: dict[str, Any] = {
    "empty object": {"type": "object", "properties": {}},
    "no type at the root": {},
    "true": True,
    "type list with null": {"type": ["null", "integer"], "minimum": 5, "maximum": 6},
    "enum": {"enum": ["a", "b", 3]},
    "const": {"const": {"x": [1, 2]}},
    "string bounds": {"type": "string", "minLength": 12, "maxLength": 14},
    "short string": {"type": "string", "maxLength": 1},
    "formats": {
        "type": "object",
        "properties": {
            f: {"type": "string", "format": f}
            for f in ("date", "date-time", "time", "email", "uri", "uuid", "ipv4", "ipv6")
        },
        "required": ["date", "date-time", "time", "email", "uri", "uuid", "ipv4", "ipv6"],
    },
    "easy pattern": {"type": "string", "pattern": "^[a-z]+$"},
    "digit pattern": {"type": "string", "pattern": "^[0-9]$"},
    "integer bounds": {"type": "integer", "exclusiveMinimum": 3, "exclusiveMaximum": 5},
    "number bounds": {"type": "number", "exclusiveMinimum": 0, "maximum": 0.001},
    "multipleOf float": {"type": "number", "multipleOf": 0.1, "minimum": 0.25, "maximum": 0.95},
    "multipleOf int": {"type": "integer", "multipleOf": 7, "minimum": 10, "maximum": 30},
    "boolean": {"type": "boolean"},
    "null": {"type": "null"},
    "object": {
        "type": "object",
        "properties": {"a": {"type": "string"}, "b": {"type": "integer"}, "c": {"type": "boolean"}},
        "required": ["a"],
        "additionalProperties": False,
    },
    "required without properties": {
        "type": "object",
        "required": ["x"],
        "additionalProperties": {"type": "integer"},
    },
    "minProperties": {"type": "object", "minProperties": 3, "properties": {"a": {}}},
    "arrays": {
        "type": "array",
        "prefixItems": [{"type": "string"}, {"type": "integer"}],
        "items": {"type": "boolean"},
        "minItems": 3,
        "maxItems": 4,
    },
    "tuple only": {"type": "array", "prefixItems": [{"const": 1}], "items": False},
    "unique items": {
        "type": "array",
        "items": {"enum": [1, 2, 3]},
        "uniqueItems": True,
        "minItems": 3,
    },
    "anyOf": {"anyOf": [{"type": "string", "pattern": "^Z{3}$"}, {"type": "integer"}]},
    "oneOf": {"oneOf": [{"type": "integer"}, {"type": "number", "minimum": 1}]},
    "allOf": {
        "allOf": [
            {"type": "object", "properties": {"a": {"type": "number", "minimum": 2}}},
            {"properties": {"a": {"type": "integer", "maximum": 3}}, "required": ["a"]},
        ]
    },
    "$ref into $defs": {
        "$defs": {"name": {"type": "string", "minLength": 2}},
        "type": "object",
        "properties": {"first": {"$ref": "#/$defs/name"}},
        "required": ["first"],
    },
    "$ref into definitions": {
        "definitions": {"n": {"type": "integer"}},
        "type": "array",
        "items": {"$ref": "#/definitions/n"},
    },
    "recursive $ref": {
        "$defs": {
            "node": {
                "type": "object",
                "properties": {"children": {"type": "array", "items": {"$ref": "#/$defs/node"}}},
                "required": ["children"],
            }
        },
        "$ref": "#/$defs/node",
    },
}


@pytest.mark.parametrize("schema", SCHEMAS.values(), ids=SCHEMAS.keys())
def test_each_supported_feature_gives_a_valid_value(schema: Any) -> None:
    for seed in range(20):
        assert_valid(schema, instance(schema, random.Random(seed)))


@pytest.mark.parametrize("schema", SCHEMAS.values(), ids=SCHEMAS.keys())
def test_same_seed_same_value(schema: Any) -> None:
    assert instance(schema, random.Random(7)) == instance(schema, random.Random(7))


def test_given_values_are_preferred() -> None:
    rng = random.Random(0)
    assert instance({"type": "string", "default": "x", "examples": ["y"]}, rng) == "x"
    assert instance({"type": "string", "examples": ["y", "z"]}, rng) == "y"
    # A default that does not fit is skipped rather than trusted.
    assert instance({"type": "integer", "default": "ten", "minimum": 4, "maximum": 4}, rng) == 4
    assert (
        instance({"type": "string", "pattern": "^X-[0-9]+$", "examples": ["X-42"]}, rng) == "X-42"
    )


def test_first_non_null_type_wins() -> None:
    assert isinstance(instance({"type": ["null", "string"]}, random.Random(0)), str)


def test_a_pattern_gives_a_matching_string() -> None:
    schema = {"type": "string", "pattern": "^[A-Z]{2}-[0-9]{4}$"}
    value = instance(schema, random.Random(0))
    assert re.fullmatch(r"[A-Z]{2}-[0-9]{4}", value)


def test_a_pattern_that_the_length_bounds_rule_out_is_unsatisfiable() -> None:
    schema = {"type": "string", "pattern": "^[A-Z]{5}$", "maxLength": 3}
    with pytest.raises(UnsatisfiableSchema, match=r"\^\[A-Z\]\{5\}"):
        instance(schema, random.Random(0))


@pytest.mark.parametrize(
    "schema",
    [
        False,
        {"type": "object", "required": ["x"], "additionalProperties": False},
        {"type": "integer", "minimum": 5, "maximum": 4},
        {"type": "integer", "multipleOf": 10, "minimum": 1, "maximum": 9},
        {"allOf": [{"type": "string"}, {"type": "integer"}]},
        {"oneOf": [{"type": "integer"}, {"type": "integer"}]},  # every value matches both
        {"$ref": "#/$defs/missing"},
        {"$ref": "https://example.com/schema.json"},
        {"type": "wat"},  # not a valid JSON Schema
    ],
)
def test_unsatisfiable_or_invalid_schemas_raise(schema: Any) -> None:
    with pytest.raises(UnsatisfiableSchema):
        instance(schema, random.Random(0))


def test_unsatisfiable_schema_is_a_value_error() -> None:
    assert issubclass(UnsatisfiableSchema, ValueError)


# --- property: random schemas built from the supported keywords ----------------------------


@st.composite
def bounded(draw: st.DrawFn, low_key: str, high_key: str, top: int) -> dict[str, int]:
    low, high = sorted(draw(st.lists(st.integers(0, top), min_size=2, max_size=2)))
    return {k: v for k, v in ((low_key, low), (high_key, high)) if draw(st.booleans())}


def numbers() -> st.SearchStrategy[dict[str, Any]]:
    @st.composite
    def build(draw: st.DrawFn) -> dict[str, Any]:
        kind = draw(st.sampled_from(["integer", "number"]))
        low = draw(st.integers(-1000, 1000))
        # Wider than the largest multipleOf below: an open range of that width holds one.
        high = low + draw(st.integers(3, 1000))
        schema: dict[str, Any] = {"type": kind}
        schema[draw(st.sampled_from(["minimum", "exclusiveMinimum"]))] = low
        if draw(st.booleans()):
            schema[draw(st.sampled_from(["maximum", "exclusiveMaximum"]))] = high
        if draw(st.booleans()):
            schema["multipleOf"] = draw(st.sampled_from([1, 2, 0.5, 0.25]))
        return schema

    return build()


leaves = st.one_of(
    st.builds(lambda b: {"type": "string", **b}, bounded("minLength", "maxLength", 30)),
    st.sampled_from(
        [{"type": "string", "format": f} for f in ("date", "date-time", "email", "uri", "uuid")]
    ),
    numbers(),
    st.just({"type": "boolean"}),
    st.just({"type": "null"}),
    st.builds(lambda xs: {"enum": xs}, st.lists(st.integers() | st.text(), min_size=1, max_size=4)),
)


def nullable(schema: Any) -> Any:
    if isinstance(schema.get("type"), str) and schema["type"] != "null":
        return {**schema, "type": [schema["type"], "null"]}
    return schema


def containers(children: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    @st.composite
    def object_schema(draw: st.DrawFn) -> dict[str, Any]:
        properties = draw(st.dictionaries(st.from_regex(r"[a-z]{1,8}", fullmatch=True), children))
        names = list(properties)
        required = [n for n in names if draw(st.booleans())]
        schema = {"type": "object", "properties": properties, "required": required}
        if draw(st.booleans()):
            schema["additionalProperties"] = False
        return schema

    @st.composite
    def array_schema(draw: st.DrawFn) -> dict[str, Any]:
        return {
            "type": "array",
            "items": draw(children),
            **draw(bounded("minItems", "maxItems", 4)),
        }

    return st.one_of(
        object_schema(),
        array_schema(),
        st.builds(lambda a, b: {"anyOf": [a, b]}, children, children),
        st.builds(nullable, children),
    )


schemas = st.recursive(leaves, containers, max_leaves=12)


@settings(deadline=None, max_examples=200)
@given(schema=schemas, seed=st.integers(0, 2**32))
def test_values_for_random_schemas_validate(schema: Any, seed: int) -> None:
    assert_valid(schema, instance(schema, random.Random(seed)))
