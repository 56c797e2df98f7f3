"""Request validation against the spec's own schemas, with errors a person can act on.

No schema is written here: every check uses a schema from `openapi/minimax.yaml`. The work
is in the messages: `details.field` names the offending field as a path (`messages[0].role`)
and messages quote at most a short piece of the offending value.
"""

from __future__ import annotations

import reprlib
from collections.abc import Iterable, Mapping
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match

from minimax_openapi.model import Api, Schema
from minimax_sandbox.errors import ApiError

_short = reprlib.Repr()
_short.maxstring = 40
_short.maxother = 40
_short.maxlist = 4
_short.maxdict = 4


def field_path(parts: Iterable[Any]) -> str:
    """`["messages", 0, "role"]` -> `messages[0].role`."""
    path = ""
    for part in parts:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path


class Validator:
    """Validates instances against one schema of the spec (compiled once, at start)."""

    def __init__(self, api: Api, schema: Schema) -> None:
        self.api = api
        self.schema = schema
        self._validator: Draft202012Validator = api.validator(schema)

    def integers(self, instance: Any) -> Any:
        """`instance` (already valid) with every number the schema types `integer` as an int:
        JSON Schema counts 5.0 as an integer, and the code after validation may rely on it."""
        return _integers(self.api, self.schema, instance)

    def check(self, instance: Any, prefix: tuple[Any, ...] = (), quote: bool = True) -> None:
        """Raise 400 invalid_request naming the most relevant problem, if there is one.
        With `quote` false (a credential), the message names the field but not its value."""
        error = best_match(self._validator.iter_errors(instance))
        if error is not None:
            message, field = self._explain(error, list(prefix))
            if not quote:
                message = f"'{field_path(field)}' is not valid."
            raise ApiError("invalid_request", message, {"field": field_path(field)})

    def _explain(self, error: ValidationError, prefix: list[Any]) -> tuple[str, list[Any]]:
        """(message, path of the offending field); `prefix` places the instance (a parameter's
        name, say) so messages name the field the caller sent."""
        path = [*prefix, *error.absolute_path]
        # The error's parts are typed as possibly unset; a failed check always sets them.
        schema: Any = error.schema
        value: Any = error.instance
        rule: Any = error.validator_value
        kind = error.validator
        if kind in ("oneOf", "anyOf") and isinstance(schema, dict):
            return self._explain_choice(error, schema, path, prefix)
        name = field_path(path) or "body"
        if kind == "required":
            missing = next(p for p in rule if p not in value)
            return f"The '{field_path([*path, missing])}' field is required", [*path, missing]
        if kind == "additionalProperties":
            extra = sorted(set(value) - set(schema.get("properties", {})))
            return f"'{name}' has an unknown field {_short.repr(extra[0])}", path
        if kind == "type":
            return (
                f"'{name}' must be of type {rule}, not {type(value).__name__} {_short.repr(value)}"
            ), path
        if kind in ("enum", "const"):
            allowed = rule if kind == "enum" else [rule]
            options = ", ".join(_short.repr(v) for v in allowed)
            return f"'{name}' is {_short.repr(value)}; it must be one of {options}", path
        if kind in ("minLength", "maxLength", "minItems", "maxItems"):
            unit = "characters" if "Length" in kind else "items"
            bound = "at least" if kind.startswith("min") else "at most"
            return (f"'{name}' has {len(value)} {unit}; it must have {bound} {rule}"), path
        if kind in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
            words = {
                "minimum": "at least",
                "maximum": "at most",
                "exclusiveMinimum": "more than",
                "exclusiveMaximum": "less than",
            }
            return f"'{name}' is {value}; it must be {words[kind]} {rule}", path
        if kind == "pattern":
            return (f"'{name}' is {_short.repr(value)}, which does not match {rule}"), path
        return f"'{name}' is not valid: {_short.repr(error.message)}", path

    def _explain_choice(
        self, error: ValidationError, schema: dict[str, Any], path: list[Any], prefix: list[Any]
    ) -> tuple[str, list[Any]]:
        """oneOf/anyOf: with a discriminator, explain against the branch it names."""
        branches = schema.get("oneOf") or schema.get("anyOf") or []
        discriminator = schema.get("discriminator")
        value = error.instance
        if discriminator and isinstance(value, dict):
            prop, mapping = discriminator["propertyName"], discriminator["mapping"]
            if prop not in value:
                return f"The '{field_path([*path, prop])}' field is required", [*path, prop]
            if not isinstance(value[prop], str) or value[prop] not in mapping:
                options = ", ".join(repr(v) for v in mapping)
                return (
                    f"'{field_path([*path, prop])}' is {_short.repr(value[prop])}; it must "
                    f"be one of {options}"
                ), [*path, prop]
            index = next(i for i, b in enumerate(branches) if b.get("$ref") == mapping[value[prop]])
            inner = [e for e in error.context or [] if e.schema_path and e.schema_path[0] == index]
            if inner and (best := best_match(inner)) is not None:
                return self._explain(best, prefix)
        kinds = " or ".join(_describe(self.api.resolve(b)) for b in branches)
        return f"'{field_path(path) or 'body'}' must be {kinds}", path


def _describe(schema: dict[str, Any]) -> str:
    kind = schema.get("type", "a value")
    if kind == "array":
        return f"an array of {schema.get('items', {}).get('type', 'values')}"
    if not isinstance(kind, str):
        return "a value"
    return f"an {kind}" if kind[0] in "aeiou" else f"a {kind}"


def _integers(api: Api, schema: Any, value: Any) -> Any:
    """Follows `properties` and `items` (where the request schemas put their integers)."""
    schema = api.resolve(schema) if isinstance(schema, Mapping) else {}
    if isinstance(value, float) and schema.get("type") == "integer":
        return int(value)
    if isinstance(value, dict):
        props = schema.get("properties", {})
        return {k: _integers(api, props.get(k, {}), v) for k, v in value.items()}
    if isinstance(value, list) and isinstance(schema.get("items"), Mapping):
        return [_integers(api, schema["items"], item) for item in value]
    return value
