"""Checking values against a caller's JSON Schema (2020-12) within a bounded amount of work.

A tool's `parameters` come from the caller, so nothing about them can be trusted to be cheap:
nested `minItems` multiply, `$ref`s can fan out, and a `pattern` can make a backtracking
regex engine run for ages. One `Budget` covers all the work of making one set of arguments:

- values and characters built, and validation steps taken, are charged as they happen, every
  level and every retry together, so no combination of keywords outgrows it;
- `pattern` and `patternProperties` run on RE2, which matches in time linear in the text;
  Python's backtracking `re` never runs a caller's pattern on anything (it only compiles
  one, when the meta-schema checks that it is a regex). A pattern RE2 cannot run, one with
  lookaround or a backreference, is refused;
- `survey` sizes the schema with its local `$ref`s expanded where they are used, before
  anything runs on it, and refuses what would fan out;
- `$ref`s are resolved within the schema only: nothing is ever fetched.

Running out of any of them raises `OverBudget`, an `UnsatisfiableSchema` whose message says
which limit and where in the arguments.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import re2  # type: ignore[import-untyped]
import referencing
from jsonschema import Draft202012Validator, validators
from jsonschema.exceptions import ValidationError
from jsonschema.protocols import Validator

from minimax_sandbox.engine.offload import pause

# The most one set of tool arguments may take. Together they keep the worst case near a
# second of one worker thread's time, while real schemas stay far below them.
MAX_VALUES = 20_000  # JSON values built, kept or thrown away (retries, other branches)
MAX_CHARACTERS = 1_000_000  # characters of the strings built
MAX_STEPS = 400_000  # validation keywords applied (weighted by what they walk), $ref hops
MAX_SCHEMA_SIZE = 50_000  # values in the schema, each $ref counted as what it points at

_FORMAT_CHECKER = Draft202012Validator.FORMAT_CHECKER


class UnsatisfiableSchema(ValueError):
    """The generator could not build a value that validates against the schema."""


class Refused(UnsatisfiableSchema):
    """The schema cannot be handled at all: trying another branch of it would not help."""


class OverBudget(Refused):
    """Satisfying the schema would take more work than one set of arguments may."""


class UnsupportedPattern(Refused):
    """A `pattern` RE2 cannot run (lookaround, backreference, ...)."""


def where(path: Iterable[str | int]) -> str:
    """`["a", 3, "b"]` -> `'a[3].b'`; the top level of the arguments for `[]`."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return f"'{text}'" if text else "the top level"


class Budget:
    """What one generation may still spend; `path` is where in the arguments it is working."""

    def __init__(
        self,
        values: int = MAX_VALUES,
        characters: int = MAX_CHARACTERS,
        steps: int = MAX_STEPS,
    ) -> None:
        self.values = values
        self.characters = characters
        self.steps = steps
        self.path: list[str | int] = []
        # Sizes of values from the schema (enums, consts, defaults), measured once: the
        # value is kept alongside, so its id cannot be reused while the budget lives.
        self._sizes: dict[int, tuple[Any, int, int]] = {}
        self.expanded: dict[int, int] = {}  # `survey`'s sizes, by the id of a schema object

    def spend(self, values: int = 0, characters: int = 0, steps: int = 0) -> None:
        pause()  # this runs often: a good place to let the event loop in
        self.values -= values
        self.characters -= characters
        self.steps -= steps
        if self.values < 0:
            self._refuse(f"takes more than the sandbox's {MAX_VALUES:,} values")
        if self.characters < 0:
            self._refuse(f"takes more than the sandbox's {MAX_CHARACTERS:,} characters of text")
        if self.steps < 0:
            self._refuse(
                f"takes more than the sandbox's {MAX_STEPS:,} validation steps"
                " (nested keywords, branches or $refs multiply them)"
            )

    def _refuse(self, what: str) -> None:
        raise OverBudget(
            f"making arguments for this schema {what} (reached at {where(self.path)});"
            " ask for fewer or shorter items, or nest less"
        )

    def measure(self, value: Any) -> tuple[int, int]:
        """(values, characters) in `value`, counted once per object; counting stops past
        what the budget could still pay for."""
        if not isinstance(value, (dict, list)):
            return 1, len(value) if isinstance(value, str) else 0
        known = self._sizes.get(id(value))
        if known is None:
            known = (value, *size(value, self.values + 1))
            self._sizes[id(value)] = known
        return known[1], known[2]

    @contextlib.contextmanager
    def active(self) -> Iterator[Budget]:
        """Charge the validation done in this block (in this thread) to this budget."""
        token = _ACTIVE.set(self)
        try:
            yield self
        finally:
            _ACTIVE.reset(token)


_ACTIVE: contextvars.ContextVar[Budget | None] = contextvars.ContextVar(
    "schema_check_budget", default=None
)


def size(value: Any, limit: int) -> tuple[int, int]:
    """(values, characters) of a JSON value, iteratively (no recursion limit); stops past
    `limit` values."""
    values = characters = 0
    stack = [value]
    while stack and values <= limit:
        item = stack.pop()
        values += 1
        if isinstance(item, str):
            characters += len(item)
        elif isinstance(item, dict):
            characters += sum(map(len, item))
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return values, characters


# --- the schema as a whole ---------------------------------------------------------------


def pointer(root: Any, ref: str) -> Any:
    """The target of a local `$ref` ("#/$defs/X") in `root`; LookupError when there is none."""
    target = root
    for token in filter(None, ref[1:].split("/")):
        key = token.replace("~1", "/").replace("~0", "~")
        try:
            target = target[int(key)] if isinstance(target, list) else target[key]
        except (KeyError, IndexError, ValueError, TypeError):
            raise LookupError(ref) from None
    return target


def survey(root: Any, budget: Budget, limit: int = MAX_SCHEMA_SIZE) -> None:
    """Refuse a schema too large once its local `$ref`s are expanded where they are used (a
    few kilobytes of `$defs` referring to each other twice over reach billions), and the
    one mix of keywords whose check would run a pattern on Python's `re`.

    Sizes land in `budget.expanded`; a `$ref` back into a schema being sized counts as one
    value (that is recursion, which instances bound).
    """
    sizes = budget.expanded
    open_: set[int] = set()
    keywords: set[str] = set()

    def size(node: Any) -> int:
        if not isinstance(node, (dict, list)):
            return 1
        key = id(node)
        if key in sizes:
            return sizes[key]
        if key in open_:
            return 1
        open_.add(key)
        total = 1
        children: Iterable[Any] = node
        if isinstance(node, dict):
            keywords.update(k for k in ("patternProperties", "unevaluatedProperties") if k in node)
            children = node.values()
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#"):
                with contextlib.suppress(LookupError):
                    total += size(pointer(root, ref))
        for child in children:
            total += size(child)
            if total > limit:
                raise OverBudget(
                    f"the schema is too large: with its $refs expanded it has more than the"
                    f" sandbox's {limit:,} values"
                )
        open_.discard(key)
        sizes[key] = total
        return total

    budget.spend(steps=size(root) // 8)
    if len(keywords) == 2:
        # jsonschema finds the properties `unevaluatedProperties` covers with Python's `re`.
        raise UnsupportedPattern(
            "the sandbox does not check patternProperties together with unevaluatedProperties"
        )


def check_schema(schema: Any) -> None:
    """Raise UnsatisfiableSchema if `schema` is not a valid 2020-12 schema (metered too)."""
    meta = Draft202012Validator.META_SCHEMA
    for error in checker(meta).iter_errors(schema):
        raise UnsatisfiableSchema(f"invalid JSON Schema: {error.message}")


def checker(root: Any) -> Validator:
    """A validator for `root` that charges the active budget, matches patterns with RE2 and
    resolves `$ref`s within `root` (and the meta-schemas) only."""
    validator: Validator = _Checker(root, format_checker=_FORMAT_CHECKER, registry=_LOCAL_ONLY)
    return validator


# --- patterns ------------------------------------------------------------------------------

_RE2_OPTIONS = re2.Options()
_RE2_OPTIONS.log_errors = False  # a refused pattern is the caller's; keep the log clean
_RE2_OPTIONS.max_mem = 4 << 20  # bytes per pattern; larger ones are refused


@functools.lru_cache(maxsize=256)
def regex(pattern: str) -> Any:
    """`pattern` compiled by RE2, or UnsupportedPattern."""
    try:
        return re2.compile(pattern, _RE2_OPTIONS)
    except re2.error as error:
        reason = error.args[0] if error.args else error
        if isinstance(reason, bytes):
            reason = reason.decode("utf-8", "replace")
        raise UnsupportedPattern(
            f"the pattern {pattern!r} is refused by RE2 ({reason}): the sandbox matches"
            " patterns in linear time only, so no lookaround, backreferences or huge repeats"
        ) from None


def search(pattern: str, text: str) -> bool:
    try:
        return regex(pattern).search(text) is not None
    except UnicodeEncodeError:  # a lone surrogate, which UTF-8 (and so RE2) cannot hold
        clean = "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)
        return regex(pattern).search(clean) is not None


# --- the validator -------------------------------------------------------------------------

Keyword = Callable[[Any, Any, Any, Any], Any]

# Keywords whose value is data compared with the instance, and keywords that walk the
# instance's items or properties: their cost grows with those.
_DATA = frozenset({"enum", "const"})
_WALKS_INSTANCE = frozenset(
    {
        "items",
        "prefixItems",
        "contains",
        "uniqueItems",
        "additionalProperties",
        "propertyNames",
        "unevaluatedItems",
        "unevaluatedProperties",
    }
)


def _cost(budget: Budget, keyword: str, value: Any, instance: Any, schema: Any) -> int:
    cost = 1
    if keyword in _DATA:
        values, characters = budget.measure(value)
        cost += values + characters // 64
    elif isinstance(value, (dict, list)):
        cost += len(value)
    if isinstance(instance, (dict, list)):
        if keyword in _WALKS_INSTANCE:
            cost += len(instance)
        elif keyword == "patternProperties":
            cost += len(instance) * len(value)
        if keyword.startswith("unevaluated"):  # it walks the schema's in-place subschemas
            cost += budget.expanded.get(id(schema), len(schema))
    elif isinstance(instance, str) and keyword in ("pattern", "format"):
        cost += len(instance) // 64
    return cost


def _metered(keyword: str, check: Keyword) -> Keyword:
    def metered(validator: Any, value: Any, instance: Any, schema: Any) -> Any:
        budget = _ACTIVE.get()
        if budget is not None:
            budget.spend(steps=_cost(budget, keyword, value, instance, schema))
        return check(validator, value, instance, schema)

    return metered


def _pattern(validator: Any, pattern: str, instance: Any, schema: Any) -> Iterator[Any]:
    if validator.is_type(instance, "string") and not search(pattern, instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


def _pattern_properties(
    validator: Any, patterns: dict[str, Any], instance: Any, schema: Any
) -> Iterator[Any]:
    if not validator.is_type(instance, "object"):
        return
    for pattern, subschema in patterns.items():
        for name, value in instance.items():
            if search(pattern, name):
                yield from validator.descend(value, subschema, path=name, schema_path=pattern)


def _additional_properties(validator: Any, extra: Any, instance: Any, schema: Any) -> Iterator[Any]:
    """jsonschema's, with the patterns run by RE2."""
    if not validator.is_type(instance, "object"):
        return
    properties = schema.get("properties", {})
    patterns = list(schema.get("patternProperties", {}))
    extras = {
        name
        for name in instance
        if name not in properties and not any(search(p, name) for p in patterns)
    }
    if validator.is_type(extra, "object"):
        for name in extras:
            yield from validator.descend(instance[name], extra, path=name)
    elif not extra and extras:
        names = sorted(extras, key=str)
        if patterns:
            verb = "does" if len(names) == 1 else "do"
            joined = ", ".join(repr(each) for each in names)
            listed = ", ".join(repr(each) for each in sorted(patterns))
            yield ValidationError(f"{joined} {verb} not match any of the regexes: {listed}")
        else:
            verb = "was" if len(names) == 1 else "were"
            joined = ", ".join(repr(each) for each in names)
            yield ValidationError(
                f"Additional properties are not allowed ({joined} {verb} unexpected)"
            )


def _unique_items(validator: Any, unique: Any, instance: Any, schema: Any) -> Iterator[Any]:
    """jsonschema's compares items pairwise (quadratic for objects); this hashes them."""
    if unique and validator.is_type(instance, "array"):
        keys = [_identity(item) for item in instance]
        if len(set(keys)) != len(keys):
            yield ValidationError(f"{instance!r} has non-unique elements")


def _identity(value: Any) -> Any:
    """A hashable stand-in, equal for values JSON Schema calls equal (1 and 1.0, but never
    true and 1)."""
    if isinstance(value, bool) or value is None:
        return (type(value).__name__, value)
    if isinstance(value, (int, float)):
        return ("number", value)
    if isinstance(value, list):
        return ("array", tuple(_identity(v) for v in value))
    if isinstance(value, dict):
        return ("object", frozenset((k, _identity(v)) for k, v in value.items()))
    return ("string", value) if isinstance(value, str) else ("other", repr(value))


_OWN: dict[str, Keyword] = {
    "pattern": _pattern,
    "patternProperties": _pattern_properties,
    "additionalProperties": _additional_properties,
    "uniqueItems": _unique_items,
}
_Checker: Any = validators.extend(  # type: ignore[no-untyped-call]
    Draft202012Validator,
    {
        keyword: _metered(keyword, _OWN.get(keyword) or check)
        for keyword, check in Draft202012Validator.VALIDATORS.items()
        if check is not None
    },
)
_stock_evolve = _Checker.evolve


def _evolve(self: Any, **changes: Any) -> Any:
    """Stay this class: jsonschema switches to a stock validator (unmetered, on Python's
    `re`) for a subschema whose `$schema` names a dialect. The sandbox reads every schema
    as 2020-12."""
    schema = changes.get("schema", self.schema)
    if isinstance(schema, dict) and "$schema" in schema:
        changes["schema"] = {k: v for k, v in schema.items() if k != "$schema"}
    return _stock_evolve(self, **changes)


_Checker.evolve = _evolve

# No retrieval: a `$ref` to a URL is unresolvable rather than fetched (jsonschema's default
# registry still downloads them).
_LOCAL_ONLY: referencing.Registry[Any] = referencing.Registry()
