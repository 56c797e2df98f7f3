"""Make up a value that validates against a JSON Schema (2020-12): the sandbox's tool arguments.

The generator covers the keywords that function `parameters` use in practice (see
`instance`). It does not try to be complete: whatever it builds is checked with jsonschema
at the end, and a schema it cannot satisfy gives `UnsatisfiableSchema`, whose message the
server can hand back in a 400. All of one generation's work, building and checking, is
charged to one `schema_check.Budget`, so no schema makes it run for long.
"""

from __future__ import annotations

import copy
import datetime
import json
import math
import random
import re._parser as sre_parse  # type: ignore[import-not-found]  # what rstr walks, too
import uuid
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import rstr
from referencing.exceptions import Unresolvable

from minimax_sandbox.engine.schema_check import (
    Budget,
    OverBudget,
    Refused,
    UnsatisfiableSchema,
    check_schema,
    checker,
    pointer,
    regex,
    survey,
)

__all__ = ["MAX_ITEMS", "MAX_STRING_LENGTH", "OverBudget", "UnsatisfiableSchema", "instance"]

Schema = dict[str, Any] | bool

# Past this depth optional properties and extra array items are left out, so recursive
# schemas ("a node has children that are nodes") bottom out; past the hard limit we give up.
_SHALLOW_DEPTH = 4
_MAX_DEPTH = 32

# Plain strings come from here, so arguments read like words rather than noise.
_WORDS = (
    "alpha",
    "amber",
    "blue",
    "cedar",
    "delta",
    "ember",
    "falcon",
    "garden",
    "harbor",
    "indigo",
    "juniper",
    "kepler",
    "lumen",
    "maple",
    "nova",
    "orbit",
    "pixel",
    "quartz",
    "river",
    "sierra",
    "tango",
    "umber",
    "violet",
    "willow",
    "xenon",
    "yonder",
    "zephyr",
)

# The longest string (and longest array) the generator builds for a tool's arguments.
MAX_STRING_LENGTH = 10_000
MAX_ITEMS = 1_000

# rstr's cap on the repeats of `*`, `+` and `{m,}` (and so on any count above it).
_XEGER_REPEATS = 100


def instance(schema: Schema, rng: random.Random) -> Any:
    """A value valid against `schema`, chosen deterministically by `rng`.

    Supported: `type` (a list picks its first non-null type), `enum`, `const`, `default`
    and `examples` (preferred when valid), object `properties` / `required` /
    `additionalProperties` / `minProperties` / `maxProperties`, array `items` /
    `prefixItems` / `minItems` / `maxItems` / `uniqueItems`, string `minLength` /
    `maxLength` / `format` (date, date-time, time, email, uri, uuid, hostname, ipv4, ipv6)
    / `pattern` (strings drawn from the regex), number and integer bounds and
    `multipleOf`, `anyOf` / `oneOf` (first branch that validates), `allOf` (merged), and
    local `$ref`s such as "#/$defs/X" into this schema. Raises `UnsatisfiableSchema` when
    the schema is itself invalid or the value built does not validate, and its subclass
    `OverBudget` when building and checking it would take too much work (see
    `schema_check`).
    """
    budget = Budget()
    with budget.active():
        try:
            survey(schema, budget)
            check_schema(schema)
        except RecursionError:
            raise UnsatisfiableSchema("the schema nests too deeply") from None
        generator = _Generator(schema, rng, budget)
        try:
            value = generator.generate(schema, depth=0)
            errors = list(generator.validator.iter_errors(value))
        except (ArithmeticError, RecursionError) as error:  # e.g. bounds near 1e300
            raise UnsatisfiableSchema(f"cannot generate a value for the schema: {error}") from None
        except Unresolvable as error:  # a $ref the validator cannot follow (never fetched)
            raise UnsatisfiableSchema(f"cannot resolve the $ref {error.ref!r}") from None
    if errors:
        worst = min(errors, key=lambda e: len(e.absolute_path))
        where = "/".join(map(str, worst.absolute_path)) or "(root)"
        raise UnsatisfiableSchema(
            f"cannot generate a value for the schema: at {where}: {worst.message}"
        )
    return value


class _Generator:
    """Walks one root schema; `validator` checks subschemas with `$ref`s resolved in the root."""

    def __init__(self, root: Schema, rng: random.Random, budget: Budget) -> None:
        self.root = root
        self.rng = rng
        self.budget = budget
        self.regex = rstr.Rstr(rng)
        self.validator = checker(root)
        # The members of an enum that fit the rest of their schema, by the schema's id (the
        # schema is kept too, so the id stays its own): items of an array share one.
        self.fitting: dict[int, tuple[dict[str, Any], list[Any]]] = {}

    def is_valid(self, value: Any, schema: Schema) -> bool:
        self.budget.spend(steps=1)
        # evolve() keeps the root's resolver, so "#/$defs/..." still points into the root.
        return self.validator.evolve(schema=schema).is_valid(value)

    def given(self, value: Any) -> Any:
        """A copy of a value the schema holds (const, default, example, enum member)."""
        values, characters = self.budget.measure(value)
        self.budget.spend(values=values, characters=characters)
        return copy.deepcopy(value)

    def generate(self, schema: Schema, depth: int) -> Any:
        self.budget.spend(values=1)
        if depth > _MAX_DEPTH:
            raise UnsatisfiableSchema("schema nests too deeply (a $ref cycle with no way out?)")
        if schema is True:
            return self.rng.choice(_WORDS)
        if schema is False:
            raise UnsatisfiableSchema("the schema `false` accepts no value")
        schema = self.expand_ref(schema)

        if "const" in schema:
            return self.given(schema["const"])
        # A value the schema author wrote down is the most realistic choice, when it fits.
        for given in ([schema["default"]] if "default" in schema else []) + list(
            schema.get("examples") or []
        ):
            self.budget.spend(steps=self.budget.measure(given)[0])  # error messages quote it
            if self.is_valid(given, schema):
                return self.given(given)
        if "enum" in schema:
            fitting = self.fitting_members(schema)
            if not fitting:
                raise UnsatisfiableSchema(f"no value of enum {schema['enum']!r} fits the schema")
            return self.given(self.rng.choice(fitting))
        if "allOf" in schema:
            return self.generate(self.merge_all_of(schema), depth + 1)
        for keyword in ("anyOf", "oneOf"):
            if keyword in schema:
                return self.first_fitting_branch(schema, keyword, depth)

        kind = self.pick_type(schema, depth)
        if kind == "object":
            return self.object(schema, depth)
        if kind == "array":
            return self.array(schema, depth)
        if kind == "string":
            return self.string(schema)
        if kind in ("number", "integer"):
            return self.number(schema, integer=kind == "integer")
        if kind == "boolean":
            return self.rng.choice([True, False])
        if kind == "null":
            return None
        raise UnsatisfiableSchema(f"unknown type {kind!r}")

    def fitting_members(self, schema: dict[str, Any]) -> list[Any]:
        known = self.fitting.get(id(schema))
        if known is None:
            # Each member trivially passes `enum` itself: checking the rest of the schema
            # only keeps a long enum from costing its length squared.
            rest = {k: v for k, v in schema.items() if k != "enum"}
            known = schema, [v for v in schema["enum"] if self.is_valid(v, rest)]
            self.fitting[id(schema)] = known
        return known[1]

    # --- composition ---------------------------------------------------------------------

    def expand_ref(self, schema: dict[str, Any]) -> dict[str, Any]:
        """Replace a local `$ref` by its target; sibling keywords (allowed in 2020-12) win."""
        seen: set[str] = set()
        while "$ref" in schema:
            ref = schema["$ref"]
            if not isinstance(ref, str) or not ref.startswith("#"):
                raise UnsatisfiableSchema(f"only local $refs are supported, got {ref!r}")
            if ref in seen:
                raise UnsatisfiableSchema(f"$ref cycle through {ref}")
            seen.add(ref)
            self.budget.spend(steps=1 + len(schema))
            try:
                target: Any = pointer(self.root, ref)
            except LookupError:
                raise UnsatisfiableSchema(f"$ref {ref} points nowhere") from None
            if target is False:
                raise UnsatisfiableSchema(f"$ref {ref} is the schema `false`")
            if target is True:
                target = {}
            siblings = {k: v for k, v in schema.items() if k != "$ref"}
            schema = {**target, **siblings}
        return schema

    def merge_all_of(self, schema: dict[str, Any]) -> dict[str, Any]:
        """Fold `allOf` branches into one schema; handles the simple, common combinations.

        Properties present in several branches are combined with a nested `allOf`,
        `required` lists are joined, `type`s intersected, bounds tightened; any other
        keyword keeps its first value. The final validation catches what this misses.
        """
        merged = {k: v for k, v in schema.items() if k != "allOf"}
        for branch in schema["allOf"]:
            self.budget.spend(steps=1)
            if branch is True:
                continue
            if branch is False:
                raise UnsatisfiableSchema("an allOf branch is the schema `false`")
            branch = self.expand_ref(branch)
            if "allOf" in branch:
                branch = self.merge_all_of(branch)
            for key, value in branch.items():
                self.budget.spend(steps=1)
                if key not in merged:
                    self.budget.spend(steps=self.budget.measure(value)[0])
                    merged[key] = copy.deepcopy(value)
                elif key == "properties":
                    props = merged[key] = dict(merged[key])
                    for name, sub in value.items():
                        props[name] = {"allOf": [props[name], sub]} if name in props else sub
                elif key == "required":
                    merged[key] = list(dict.fromkeys([*merged[key], *value]))
                elif key == "type":
                    merged[key] = _meet_types(_as_list(merged[key]), _as_list(value))
                elif key in _TIGHTEST:
                    merged[key] = _TIGHTEST[key](merged[key], value)
        return merged

    def first_fitting_branch(self, schema: dict[str, Any], keyword: str, depth: int) -> Any:
        """Try each branch (with the rest of the schema) in order; keep the first valid value."""
        rest = {k: v for k, v in schema.items() if k != keyword}
        reasons = []
        for branch in schema[keyword]:
            try:
                value = self.generate({"allOf": [rest, branch]}, depth + 1)
            except Refused:
                raise  # no other branch can help: the budget, or a pattern RE2 refuses
            except UnsatisfiableSchema as error:
                reasons.append(str(error))
                continue
            # Validate against the whole schema: for oneOf, exactly one branch may match.
            if self.is_valid(value, schema):
                return value
        detail = f" ({'; '.join(reasons)})" if reasons else ""
        raise UnsatisfiableSchema(f"no branch of {keyword} could be satisfied{detail}")

    # --- types ---------------------------------------------------------------------------

    def pick_type(self, schema: dict[str, Any], depth: int) -> str:
        if "type" in schema:
            types = _as_list(schema["type"])
            return next((t for t in types if t != "null"), "null")
        # No `type`: guess from the keywords present, as a schema author would read them.
        if any(k in schema for k in ("properties", "required", "additionalProperties")):
            return "object"
        if any(k in schema for k in ("items", "prefixItems", "minItems", "maxItems")):
            return "array"
        if any(k in schema for k in ("minLength", "maxLength", "pattern", "format")):
            return "string"
        if any(k in schema for k in _NUMBER_KEYWORDS):
            return "number"
        # An unconstrained root is a function's arguments, which are an object.
        return "object" if depth == 0 else "string"

    def object(self, schema: dict[str, Any], depth: int) -> dict[str, Any]:
        properties: dict[str, Any] = schema.get("properties") or {}
        required: list[str] = list(schema.get("required") or [])
        extra = schema.get("additionalProperties", True)
        optional = [n for n, sub in properties.items() if n not in required and sub is not False]
        low = schema.get("minProperties", 0)
        high = schema.get("maxProperties", math.inf)
        room = max(0, min(len(optional), high - len(required)))
        # A few optional properties make the arguments look realistic, but not when deep.
        wanted = 0 if depth >= _SHALLOW_DEPTH else self.rng.randint(0, min(2, room))
        wanted = max(wanted, min(room, low - len(required)))
        chosen = set(self.rng.sample(optional, wanted))

        result: dict[str, Any] = {}
        for name in properties:  # definition order reads best
            if name in required or name in chosen:
                result[name] = self.member(name, properties[name], depth)
        for name in required:
            if name not in result:
                result[name] = self.member(name, extra if isinstance(extra, dict) else True, depth)
        # Still short of minProperties: invent names, if the schema lets us.
        while len(result) < low and extra is not False:
            name = f"extra_{len(result) + 1}"
            result[name] = self.member(name, extra if isinstance(extra, dict) else True, depth)
        return result

    def member(self, key: str | int, schema: Schema, depth: int) -> Any:
        """The value of a property or an item, with its place noted for messages."""
        self.budget.path.append(key)  # an OverBudget message says where it ran out
        try:
            return self.generate(schema, depth + 1)
        finally:
            self.budget.path.pop()

    def array(self, schema: dict[str, Any], depth: int) -> list[Any]:
        prefix: list[Schema] = list(schema.get("prefixItems") or [])
        items: Schema = schema.get("items", True)
        low = schema.get("minItems", 0)
        high = schema.get("maxItems", math.inf)
        if low > MAX_ITEMS:
            raise UnsatisfiableSchema(f"minItems {low} is over the sandbox's {MAX_ITEMS} items")
        if items is False:
            high = min(high, len(prefix))
        # One or two items beyond the tuple part, unless the schema only describes a tuple.
        open_ended = "items" in schema or not prefix
        more = self.rng.randint(1, 2) if open_ended and depth < _SHALLOW_DEPTH else 0
        natural = len(prefix) + more
        size = int(min(max(natural, low), high))
        unique = schema.get("uniqueItems", False)

        result: list[Any] = []
        seen: set[str] = set()
        attempts = 0
        while len(result) < size:
            position = len(result)
            item_schema = prefix[position] if position < len(prefix) else items
            value = self.member(position, item_schema, depth)
            key = json.dumps(value, sort_keys=True)
            if unique and key in seen:
                attempts += 1
                if attempts > 20 * (size + 1):
                    break  # the final validation will report minItems / uniqueItems
                continue
            seen.add(key)
            result.append(value)
        return result

    def string(self, schema: dict[str, Any]) -> str:
        fmt = schema.get("format")
        if fmt in _FORMATS:
            text = _FORMATS[fmt](self.rng)
            self.budget.spend(characters=len(text))
        else:
            low = schema.get("minLength", 0)
            high = schema.get("maxLength", math.inf)
            if low > MAX_STRING_LENGTH:  # the sandbox answers in time rather than at any size
                raise UnsatisfiableSchema(
                    f"minLength {low} is over the sandbox's {MAX_STRING_LENGTH} characters"
                )
            self.budget.spend(characters=max(int(low), 0) + len(max(_WORDS, key=len)) + 1)
            text = self.rng.choice(_WORDS)
            while len(text) < low:
                text += "_" + self.rng.choice(_WORDS)
            text = text[: int(min(high, len(text)))]
        if "pattern" not in schema:
            return text
        pattern = schema["pattern"]
        regex(pattern)  # RE2 must be able to match it, or the schema is refused
        try:
            characters, steps = _xeger_work(sre_parse.parse(pattern))
        except Exception:  # a regex construct rstr cannot walk either
            characters, steps = 0, 0
        # A few tries at a string the pattern generates (rstr walks the regex); the pattern
        # and the length bounds together may still rule them out. Each try is paid for, at
        # the most it can build, before it runs.
        for _ in range(20):
            self.budget.spend(characters=characters, steps=steps)
            try:
                candidate = self.regex.xeger(pattern)
            except Exception:  # a regex construct rstr cannot walk
                break
            if self.is_valid(candidate, schema):
                return candidate
        raise UnsatisfiableSchema(
            f"cannot generate a string matching pattern {schema['pattern']!r}; "
            "give the parameter a `default` or `examples` that match it"
        )

    def number(self, schema: dict[str, Any], integer: bool) -> int | float:
        low, high = _bounds(schema, integer)
        step = schema.get("multipleOf")
        if step is not None:
            return self.multiple(schema, step, low, high, integer)
        if integer:
            return self.rng.randint(low, high)
        # Two decimals look like a human-chosen value; retry if rounding hits an exclusive bound.
        for _ in range(10):
            value: float = round(self.rng.uniform(low, high), 2)
            if self.is_valid(value, schema):
                return value
        middle: float = (low + high) / 2
        return middle

    def multiple(
        self, schema: dict[str, Any], step: float, low: float, high: float, integer: bool
    ) -> int | float:
        first, last = math.ceil(low / step), math.floor(high / step)
        if first > last:
            raise UnsatisfiableSchema(f"no multiple of {step} lies in [{low}, {high}]")
        # Decimal arithmetic avoids 3 * 0.1 == 0.30000000000000004; still, check each one.
        factors = list(range(first, min(last, first + 200) + 1))
        self.rng.shuffle(factors)
        for factor in factors:
            exact = Decimal(factor) * Decimal(str(step))
            if integer and exact != exact.to_integral_value():
                continue
            value = int(exact) if integer or exact == exact.to_integral_value() else float(exact)
            if self.is_valid(value, schema):
                return value
        raise UnsatisfiableSchema(f"no multiple of {step} in [{low}, {high}] fits the schema")


# --- helpers -------------------------------------------------------------------------------


def _xeger_work(parsed: Any, groups: dict[int, int] | None = None) -> tuple[int, int]:
    """The most characters rstr's xeger builds for a parsed regex, and its other work (a
    class like [\u4e00-\u9fa5] is listed out each time), in budget steps: nested repeats
    multiply, `((a{100}){100}){100}` is a million characters."""
    groups = {} if groups is None else groups
    characters = steps = 0
    for opcode, value in parsed:
        name = opcode.name
        if name in ("LITERAL", "NOT_LITERAL", "ANY", "CATEGORY"):
            characters, steps = characters + 1, steps + 1
        elif name == "IN":
            listed = sum((v[1] - v[0]) // 32 + 1 if op.name == "RANGE" else 1 for op, v in value)
            characters, steps = characters + 1, steps + 4 + listed
        elif name == "BRANCH":
            options = [_xeger_work(option, groups) for option in value[1]]
            characters += max(c for c, _ in options)
            steps += max(s for _, s in options)
        elif name == "SUBPATTERN":
            inner = _xeger_work(value[-1], groups)
            if value[0]:
                groups[value[0]] = inner[0]
            characters, steps = characters + inner[0], steps + inner[1]
        elif name == "ASSERT":  # rstr writes out what a lookahead asks for
            inner = _xeger_work(value[1], groups)
            characters, steps = characters + inner[0], steps + inner[1]
        elif name == "GROUPREF":
            repeat = groups.get(value, 0)
            characters, steps = characters + repeat, steps + repeat
        elif name in ("MIN_REPEAT", "MAX_REPEAT"):
            low, high, inner_parsed = value
            times = min(high, _XEGER_REPEATS)
            if low > times:  # rstr gives up on it
                break
            inner = _xeger_work(inner_parsed, groups)
            characters, steps = characters + times * inner[0], steps + 1 + times * inner[1]
    return characters, steps


_NUMBER_KEYWORDS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf")

# How to combine a bound that two allOf branches both set: keep the tighter one.
_TIGHTEST = {
    "minimum": max,
    "exclusiveMinimum": max,
    "minLength": max,
    "minItems": max,
    "minProperties": max,
    "maximum": min,
    "exclusiveMaximum": min,
    "maxLength": min,
    "maxItems": min,
    "maxProperties": min,
}


def _as_list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else [value]


def _meet_types(mine: list[str], theirs: list[str]) -> list[str]:
    """The types both lists allow; "integer" is a subset of "number", so it survives it."""
    both = [t for t in mine if t in theirs or (t == "integer" and "number" in theirs)]
    both += [t for t in theirs if t == "integer" and "number" in mine]
    if not both:
        raise UnsatisfiableSchema(f"allOf asks for types {mine} and {theirs}")
    return list(dict.fromkeys(both))


def _bounds(schema: dict[str, Any], integer: bool) -> tuple[Any, Any]:
    """The closed range [low, high] a number may take; 100 wide when a side is open."""
    low, high = schema.get("minimum", -math.inf), schema.get("maximum", math.inf)
    ex_low, ex_high = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
    if integer:
        low = math.ceil(low) if low != -math.inf else low
        high = math.floor(high) if high != math.inf else high
        if ex_low is not None:
            low = max(low, math.floor(ex_low) + 1)
        if ex_high is not None:
            high = min(high, math.ceil(ex_high) - 1)
    else:
        # A float just inside an exclusive bound; the caller's validity check backs this up.
        if ex_low is not None and ex_low >= low:
            low = math.nextafter(ex_low, math.inf)
        if ex_high is not None and ex_high <= high:
            high = math.nextafter(ex_high, -math.inf)
    if low == -math.inf and high == math.inf:
        low, high = 0, 100
    elif low == -math.inf:
        low = high - 100
    elif high == math.inf:
        high = low + 100
    if low > high:
        raise UnsatisfiableSchema(f"no number lies between {low} and {high}")
    return low, high


def _date(rng: random.Random) -> datetime.date:
    return datetime.date(2024, 1, 1) + datetime.timedelta(days=rng.randrange(730))


def _date_time(rng: random.Random) -> str:
    moment = datetime.datetime.combine(_date(rng), datetime.time()) + datetime.timedelta(
        seconds=rng.randrange(86400)
    )
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


_FORMATS: dict[str, Callable[[random.Random], str]] = {
    "date": lambda rng: _date(rng).isoformat(),
    "date-time": _date_time,
    "time": lambda rng: _date_time(rng).split("T")[1],
    "email": lambda rng: f"{rng.choice(_WORDS)}@example.com",
    "uri": lambda rng: f"https://example.com/{rng.choice(_WORDS)}",
    "uuid": lambda rng: str(uuid.UUID(int=rng.getrandbits(128), version=4)),
    "hostname": lambda rng: f"{rng.choice(_WORDS)}.example.com",
    "ipv4": lambda rng: f"192.0.2.{rng.randrange(1, 255)}",
    "ipv6": lambda rng: f"2001:db8::{rng.randrange(1, 0xFFFF):x}",
}
