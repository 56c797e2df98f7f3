"""Request validation against the spec's own schemas, with errors a person can act on.

No schema is written here: every check uses a schema from `openapi/minimax.yaml`. The work
is in the messages: `details.field` names the offending field as a path (`messages[0].role`)
and messages quote at most a short piece of the offending value.

Each schema is checked twice over, for speed: a compiled validator (jsonschema-rs, Rust)
tells a valid instance in microseconds, and only an instance it refuses goes to Python's
jsonschema, which finds the most relevant problem and decides (where the two read a format
differently, Python's reading wins). Python takes some 30 microseconds per value it walks,
so `check_off_loop` explains a large invalid body on the CPU pool (`engine.offload`), its
every keyword a point where it steps aside for the event loop: seconds for the largest
bodies, while the loop goes on serving.
"""

from __future__ import annotations

import reprlib
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import jsonschema_rs
from jsonschema import Draft202012Validator, validators
from jsonschema.exceptions import ValidationError, best_match

from minimax_openapi.model import Api, Schema
from minimax_sandbox.engine import offload
from minimax_sandbox.engine.schema_check import size
from minimax_sandbox.errors import ApiError

# Invalid instances of up to this many JSON values are explained on the event loop (some
# tens of milliseconds at most); larger ones on the CPU pool.
EXPLAIN_ON_LOOP = 2_000

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
        validator = api.validator(schema)
        self._validator: Draft202012Validator = _Pausing(
            validator.schema, format_checker=validator.format_checker
        )
        # The same root (the schema beside the spec's components, which its $refs point into).
        root: Any = validator.schema
        self._compiled = jsonschema_rs.Draft202012Validator(root, validate_formats=True)
        self._integer_plan: _Plan | None = None

    def integers(self, instance: Any) -> Any:
        """`instance` (already valid) with every number the schema types `integer` as an int:
        JSON Schema counts 5.0 as an integer, and the code after validation may rely on it."""
        if self._integer_plan is None:
            self._integer_plan = _plan(self.api, self.schema, {})
        return _integers(self._integer_plan, instance)

    def check(self, instance: Any, prefix: tuple[Any, ...] = (), quote: bool = True) -> None:
        """Raise 400 invalid_request naming the most relevant problem, if there is one.
        With `quote` false (a credential), the message names the field but not its value."""
        if not self._valid(instance):
            self._explain_problem(instance, prefix, quote)

    async def check_off_loop(self, instance: Any) -> None:
        """`check` for a request body: a large invalid one is explained off the event loop."""
        if self._valid(instance):
            return
        if size(instance, EXPLAIN_ON_LOOP)[0] <= EXPLAIN_ON_LOOP:
            self._explain_problem(instance, (), True)
        else:
            await offload.run(self._explain_problem, instance, (), True)

    def _valid(self, instance: Any) -> bool:
        """The compiled validator's word, when it can read the instance."""
        try:
            return bool(self._compiled.is_valid(instance))
        except ValueError:  # a value Rust cannot take (a lone surrogate): Python decides
            return False

    def _explain_problem(self, instance: Any, prefix: tuple[Any, ...], quote: bool) -> None:
        error = best_match(self._validator.iter_errors(instance))
        if error is None:  # valid after all (a format the compiled validator reads stricter)
            return
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


def _pausing(keyword: Callable[..., Any]) -> Callable[..., Any]:
    def check(validator: Any, value: Any, instance: Any, schema: Any) -> Any:
        offload.pause()  # on the CPU pool, the loop's turn every few ms; elsewhere nothing
        return keyword(validator, value, instance, schema)

    return check


# Python's 2020-12 validator, stepping aside for the event loop as it goes.
_Pausing: Any = validators.extend(  # type: ignore[no-untyped-call]
    Draft202012Validator,
    {k: _pausing(v) for k, v in Draft202012Validator.VALIDATORS.items() if v is not None},
)


def _describe(schema: dict[str, Any]) -> str:
    kind = schema.get("type", "a value")
    if kind == "array":
        return f"an array of {schema.get('items', {}).get('type', 'values')}"
    if not isinstance(kind, str):
        return "a value"
    return f"an {kind}" if kind[0] in "aeiou" else f"a {kind}"


class _Plan:
    """Where in an instance `integers` looks: the places the schema types `integer`, found
    by following `properties` and `items` (where the request schemas put their integers)."""

    def __init__(self) -> None:
        self.integer = False
        self.properties: dict[str, _Plan] = {}
        self.items: _Plan | None = None

    def empty(self) -> bool:
        return not (self.integer or self.properties or self.items)


def _plan(api: Api, schema: Any, made: dict[int, _Plan]) -> _Plan:
    """The plan for `schema`; `made` holds the plans of the schema objects seen so far (a
    schema that refers to itself gets the plan being made)."""
    schema = api.resolve(schema) if isinstance(schema, Mapping) else {}
    if id(schema) in made:
        return made[id(schema)]
    plan = made[id(schema)] = _Plan()
    plan.integer = schema.get("type") == "integer"
    for name, sub in schema.get("properties", {}).items():
        if not (inner := _plan(api, sub, made)).empty():
            plan.properties[name] = inner
    if isinstance(schema.get("items"), Mapping):
        inner = _plan(api, schema["items"], made)
        plan.items = None if inner.empty() else inner
    return plan


def _integers(plan: _Plan, value: Any) -> Any:
    if isinstance(value, float):
        return int(value) if plan.integer else value
    if isinstance(value, dict) and plan.properties:
        found = {k: _integers(sub, value[k]) for k, sub in plan.properties.items() if k in value}
        return {**value, **found} if found else value
    if isinstance(value, list) and plan.items is not None:
        return [_integers(plan.items, item) for item in value]
    return value
