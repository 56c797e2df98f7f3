"""Every example in the spec validates against its schema (JSON Schema 2020-12).

Covered: media types of request bodies and responses, parameters and response headers that
carry a `schema`, and the `examples` list of each schema in components/schemas. An object
reached through a `$ref` is checked once, under its component name.

Special cases need no code: a `text/event-stream` schema describes one event, and so does its
example; multipart and binary examples are plain strings. One case needs code: JSON Schema
treats `contentSchema` as an annotation only, so JSON carried inside a string (the SSE `data`
field) is decoded and validated here.
"""

import json
from collections.abc import Iterator
from typing import Any

import pytest

from minimax_openapi.document import load, operations, parameters, resolve, validation_errors

Spec = dict[str, Any]


def _examples(spec: Spec, holder: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """(suffix for the test id, value) for `example` and each `examples` entry with a value."""
    if "example" in holder:
        yield "", holder["example"]
    for name, example in (holder.get("examples") or {}).items():
        example = resolve(spec, example)
        if "value" in example:  # an externalValue cannot be checked offline
            yield f" examples/{name}", example["value"]


def _place(raw: Any, fallback: str) -> str:
    """Name a $ref'd object by its component, so shared objects are checked once."""
    if isinstance(raw, dict) and "$ref" in raw:
        return str(raw["$ref"]).removeprefix("#/")
    return fallback


def _cases(spec: Spec) -> dict[str, tuple[Any, Any]]:
    """Test id -> (schema, example)."""
    cases: dict[str, tuple[Any, Any]] = {}

    def add(place: str, holder: dict[str, Any]) -> None:
        if "schema" in holder:
            for suffix, value in _examples(spec, holder):
                cases[place + suffix] = (holder["schema"], value)

    for operation in operations(spec):
        label = operation.label
        raw_parameters = [
            *operation.path_item.get("parameters", []),
            *operation.op.get("parameters", []),
        ]
        for raw, parameter in zip(raw_parameters, parameters(spec, operation), strict=True):
            add(_place(raw, f"{label} parameter {parameter.get('name')}"), parameter)
        if "requestBody" in operation.op:
            raw = operation.op["requestBody"]
            place = _place(raw, f"{label} request")
            for media_type, media in (resolve(spec, raw).get("content") or {}).items():
                add(f"{place} {media_type}", media)
        for status, raw in operation.op.get("responses", {}).items():
            place = _place(raw, f"{label} {status}")
            response = resolve(spec, raw)
            for media_type, media in (response.get("content") or {}).items():
                add(f"{place} {media_type}", media)
            for name, raw_header in (response.get("headers") or {}).items():
                add(_place(raw_header, f"{place} header {name}"), resolve(spec, raw_header))

    for name, schema in spec.get("components", {}).get("schemas", {}).items():
        if isinstance(schema, dict) and isinstance(schema.get("examples"), list):
            for index, value in enumerate(schema["examples"]):
                ref = {"$ref": f"#/components/schemas/{name}"}
                cases[f"components/schemas/{name} examples[{index}]"] = (ref, value)
    return cases


def _embedded_json(spec: Spec, schema: Any, instance: Any) -> Iterator[tuple[str, Any, Any]]:
    """(property, contentSchema, decoded value) for top-level string properties holding JSON."""
    schema = resolve(spec, schema)
    if not isinstance(schema, dict) or not isinstance(instance, dict):
        return
    for name, prop in (schema.get("properties") or {}).items():
        prop = resolve(spec, prop)
        if (
            prop.get("contentMediaType") == "application/json"
            and "contentSchema" in prop
            and isinstance(instance.get(name), str)
        ):
            yield name, prop["contentSchema"], json.loads(instance[name])


CASES = _cases(load())


@pytest.mark.parametrize(("schema", "example"), CASES.values(), ids=CASES.keys())
def test_example_matches_its_schema(spec: Spec, schema: Any, example: Any) -> None:
    errors = validation_errors(spec, schema, example)
    assert errors == [], "\n".join(errors)
    for name, content_schema, decoded in _embedded_json(spec, schema, example):
        errors = validation_errors(spec, content_schema, decoded)
        assert errors == [], f"in the JSON of {name!r}:\n" + "\n".join(errors)


def test_there_are_examples_to_check() -> None:
    # Guards the collector itself: an empty CASES would make the test above pass vacuously.
    assert CASES
