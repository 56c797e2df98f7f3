"""JSON Schemas of the spec as the page shows them: a `Shape` per schema, with its type, its
rules and what it holds, `$ref`s followed (through the model) and cycles cut."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup

from generator.docs.text import code, literal, markdown, number
from minimax_openapi.model import Api, ref_name

SCHEMA_REF = "#/components/schemas/"


def schema_ref(name: str) -> dict[str, str]:
    """A `$ref` node to the component schema `name`, to show it under its name."""
    return {"$ref": SCHEMA_REF + name}


@dataclass
class Shape:
    """One schema as a reader needs it: its type, rules, and what it holds."""

    type: str
    ref: str | None = None
    description: Markup = Markup("")
    constraints: list[Markup] = field(default_factory=list)
    enum: list[str] = field(default_factory=list)
    const: str | None = None
    default: str | None = None
    nullable: bool = False
    deprecated: bool = False
    fields: list[Field] = field(default_factory=list)
    any_keys: bool = False
    combinator: str | None = None  # "one of" / "any of"
    discriminator: str | None = None
    alternatives: list[Alternative] = field(default_factory=list)
    cycle: bool = False  # a $ref already being shown further up: not expanded again

    @property
    def has_children(self) -> bool:
        return bool(self.fields or self.alternatives)

    @property
    def type_label(self) -> str:
        return self.type + (" or null" if self.nullable else "")


@dataclass
class Field:
    name: str
    required: bool
    shape: Shape


@dataclass
class Alternative:
    label: str
    tag: str | None
    shape: Shape


class SchemaReader:
    """Turns JSON Schemas of the spec into `Shape`s, following $refs and cutting cycles."""

    def __init__(self, api: Api) -> None:
        self.api = api

    def named(self, name: str) -> Shape:
        """The component schema `name`, shown under its name."""
        return self.shape(schema_ref(name))

    def shape(self, node: Any, stack: tuple[str, ...] = ()) -> Shape:
        if not isinstance(node, Mapping):
            return Shape(type="any")
        name = ref_name(node)
        if name is not None:
            ref = node["$ref"]
            if ref in stack:
                return Shape(type="object", ref=name, cycle=True)
            shape = self.shape(self.api.resolve(node), (*stack, ref))
            shape.ref = shape.ref or name
            if node.get("description"):  # 3.1 allows a description beside a $ref
                shape.description = markdown(node["description"])
            return shape
        if "allOf" in node:
            return self._all_of(node, stack)
        for combinator in ("oneOf", "anyOf"):
            if combinator in node:
                return self._alternatives(node, combinator, stack)
        return self._plain(node, stack)

    def _plain(self, node: Mapping[str, Any], stack: tuple[str, ...]) -> Shape:
        types = node.get("type")
        type_list = types if isinstance(types, list) else [types] if types else []
        nullable = "null" in type_list
        type_list = [t for t in type_list if t != "null"]
        if not type_list:
            if "properties" in node:
                type_list = ["object"]
            elif "items" in node:
                type_list = ["array"]
            elif "const" in node:
                type_list = [_json_type(node["const"])]
            elif "enum" in node:
                type_list = sorted({_json_type(v) for v in node["enum"] if v is not None})
        label = " | ".join(type_list) or "any"
        if node.get("format") == "binary":
            label = "file (binary)"
        shape = Shape(
            type=label,
            description=markdown(node.get("description")),
            constraints=_constraints(node),
            enum=[literal(v) for v in node.get("enum", [])],
            const=literal(node["const"]) if "const" in node else None,
            default=literal(node["default"]) if "default" in node else None,
            nullable=nullable,
            deprecated=bool(node.get("deprecated")),
        )
        if "array" in type_list and "items" in node:
            items = self.shape(node["items"], stack)
            item_label = items.ref or items.type_label
            shape.type = label.replace("array", f"array of {item_label}", 1)
            shape.fields, shape.alternatives = items.fields, items.alternatives
            shape.combinator, shape.discriminator = items.combinator, items.discriminator
            shape.cycle = items.cycle
            shape.constraints += [Markup("each: ") + c for c in items.constraints]
            if items.enum:
                shape.constraints.append(Markup("each one of the values below"))
                shape.enum = items.enum
        if "object" in type_list or "properties" in node:
            required = set(node.get("required", []))
            shape.fields = [
                Field(prop, prop in required, self.shape(sub, stack))
                for prop, sub in (node.get("properties") or {}).items()
            ]
            extra = node.get("additionalProperties")
            shape.any_keys = extra is True or (extra is None and not node.get("properties"))
        return shape

    def _alternatives(
        self, node: Mapping[str, Any], combinator: str, stack: tuple[str, ...]
    ) -> Shape:
        options = node[combinator]
        non_null = [o for o in options if self.api.resolve(o).get("type") != "null"]
        if len(non_null) == 1 and len(options) == 2:  # "X or null"
            shape = self.shape(non_null[0], stack)
            shape.nullable = True
            if node.get("description"):
                shape.description = markdown(node["description"])
            return shape
        tags: dict[str, str] = {}
        discriminator = node.get("discriminator") or {}
        for value, target in (discriminator.get("mapping") or {}).items():
            tags[str(target)] = f"{discriminator['propertyName']}: {value}"
        alternatives = []
        for option in non_null:
            sub = self.shape(option, stack)
            alternatives.append(
                Alternative(ref_name(option) or sub.type_label, tags.get(option.get("$ref")), sub)
            )
        types = sorted({a.shape.type for a in alternatives})
        return Shape(
            type=" | ".join(types),
            description=markdown(node.get("description")),
            nullable=len(non_null) < len(options),
            combinator="one of" if combinator == "oneOf" else "any of",
            discriminator=discriminator.get("propertyName"),
            alternatives=alternatives,
        )

    def _all_of(self, node: Mapping[str, Any], stack: tuple[str, ...]) -> Shape:
        merged: dict[str, Any] = {k: v for k, v in node.items() if k != "allOf"}
        for part in node["allOf"]:
            part = self.api.resolve(part)
            # New dicts, not updates: the parts are the model's own schemas.
            merged["properties"] = {**merged.get("properties", {}), **part.get("properties", {})}
            merged["required"] = [*merged.get("required", []), *part.get("required", [])]
            for key, value in part.items():
                if key not in ("properties", "required"):
                    merged.setdefault(key, value)
        return self._plain(merged, stack)


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object" if isinstance(value, dict) else "null"


def _constraints(node: Mapping[str, Any]) -> list[Markup]:
    out: list[Markup] = []
    low, high = node.get("minLength"), node.get("maxLength")
    if low is not None and low == high:
        out.append(Markup("length exactly {}").format(number(low)))
    elif low is not None and high is not None:
        out.append(Markup("length {} to {}").format(number(low), number(high)))
    elif high is not None:
        out.append(Markup("length at most {}").format(number(high)))
    elif low is not None:
        out.append(Markup("length at least {}").format(number(low)))
    lower = (">", node["exclusiveMinimum"]) if "exclusiveMinimum" in node else None
    lower = ("≥", node["minimum"]) if "minimum" in node else lower
    upper = ("<", node["exclusiveMaximum"]) if "exclusiveMaximum" in node else None
    upper = ("≤", node["maximum"]) if "maximum" in node else upper
    if lower and upper:
        low_sign = "≤" if lower[0] == "≥" else "<"
        out.append(
            Markup("{} {} x {} {}").format(number(lower[1]), low_sign, upper[0], number(upper[1]))
        )
    elif lower or upper:
        sign, bound = lower or upper  # type: ignore[misc]
        out.append(Markup("x {} {}").format(sign, number(bound)))
    low, high = node.get("minItems"), node.get("maxItems")
    if low is not None and low == high:
        out.append(Markup("exactly {} item{}").format(number(low), "" if low == 1 else "s"))
    elif low is not None and high is not None:
        out.append(Markup("{} to {} items").format(number(low), number(high)))
    elif high is not None:
        out.append(Markup("at most {} items").format(number(high)))
    elif low is not None:
        out.append(Markup("at least {} item{}").format(number(low), "" if low == 1 else "s"))
    if node.get("uniqueItems"):
        out.append(Markup("items unique"))
    if "pattern" in node:
        out.append(Markup("pattern ") + code(node["pattern"]))
    if "format" in node and node["format"] != "binary":
        out.append(Markup("format ") + code(node["format"]))
    if "contentMediaType" in node:
        out.append(Markup("holds ") + code(node["contentMediaType"]))
    return out
