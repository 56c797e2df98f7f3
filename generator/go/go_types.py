"""The spec's JSON Schemas as Go types: the declarations of `types.go`.

Every component schema becomes one declaration, in the order of the spec:

- an object with properties: a struct, with `json:"name"` tags (`,omitempty` when the property
  is optional). Optional numbers and booleans, and optional or nullable objects, are pointers
  (so that unset differs from zero and null from absent); optional strings, enums, slices and
  maps are values (empty means unset). A nullable property of a required one is a pointer too
  (`Content *string` of `AssistantMessage`), or a nil slice or map. An inline object is a
  struct of its own named after its place (`ToolCall.function` -> `ToolCallFunction`);
- a string enum: a named string type with one constant per value (`FinishReasonStop`); a
  value the API adds later decodes all the same (Go does not check it);
- a free-form object: `map[string]any`;
- the discriminated `oneOf` (`ChatMessage`): ONE struct (`Message`) holding the union of the
  variants' properties, with a `MarshalJSON` that writes each variant as its schema says (a
  nullable property is null when it is zero: an assistant message with tool calls and no
  content sends `"content": null`), a constructor per variant that nothing else refers to
  (`UserMessage("Hello")`), and `ToMessage()` on a variant that is a type of its own because
  responses use it (`AssistantMessage`);
- another `oneOf`/`anyOf` (only requests use them): a sealed interface that each variant's type
  implements (`ToolChoice`: `ToolChoiceMode` or `NamedToolChoice`), an inline variant getting a
  named type (`EmbeddingInputString`, `EmbeddingInputStrings`);
- `format: binary` is the runtime's `File`; `format: date-time` and `date` stay strings (the ISO
  8601 text the API sends: parse it with `time.Parse(time.RFC3339, ...)` when needed).

A struct that requests use and whose required properties have a `const` (`Tool.type`) gets a
`MarshalJSON` that writes the constant when the field is left empty.

Not declared: the error code enum (`errors.go` declares `ErrorCode` with its advice), and the
SSE frames of streams with the unions of their `data` (the runtime reads frames; a stream yields
its item type). Envelopes (`{data, meta}`) are declared, although methods return `Result[T]`.

Go names come from the spec's, spelled by `names.pascal`; the few a Go SDK renames are in
`renames.TYPES`, keyed by the name they would otherwise get.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from generator.go import names
from generator.go.renames import TYPES as RENAMES
from generator.output import GeneratorError
from minimax_openapi.model import Api, Schema, is_packed_vector, ref_name

FILE = "File"  # the runtime's type of a file to upload
REQUEST, RESPONSE = "request", "response"
_DATA_KEYWORDS = frozenset({"enum", "const", "default", "example", "examples"})
_PRIMITIVES = {"string": "string", "integer": "int", "number": "float64", "boolean": "bool"}


@dataclass
class Field:
    name: str  # Go
    wire: str  # JSON
    type: str
    optional: bool  # `,omitempty`
    doc: str
    const: str | None = None  # a required constant written when left empty (requests)

    @property
    def tag(self) -> str:
        return f'`json:"{self.wire}{",omitempty" if self.optional else ""}"`'


@dataclass
class EnumValue:
    name: str
    value: str


@dataclass
class Declaration:
    """One type of `types.go`. `kind`: struct, enum, named (`type X <underlying>`), interface
    (a sealed union) or message (the discriminated union)."""

    kind: str
    name: str
    doc: str
    fields: list[Field] = field(default_factory=list)
    values: list[EnumValue] = field(default_factory=list)
    underlying: str = ""
    markers: list[str] = field(default_factory=list)  # interface unions it belongs to
    variants: list[str] = field(default_factory=list)  # an interface's types
    message: MessageUnion | None = None
    to_message: ToMessage | None = None  # a variant of the message union kept as a type
    terminal: list[str] = field(default_factory=list)  # the task status: its final constants
    origin: str = ""  # where it comes from, for a doc comment when the spec gives no description
    notes: list[str] = field(default_factory=list)  # more paragraphs: where the SDK uses it
    secrets: list[str] = field(default_factory=list)  # fields holding a credential: never printed

    @property
    def comment(self) -> str:
        """The text of its doc comment: `Name: description`, else where it comes from; then
        the notes."""
        if self.doc:
            first = f"{self.name}: {self.doc}"
        else:
            first = f"{self.name} is {self.origin}." if self.origin else ""
        return "\n\n".join(p for p in [first, *self.notes] if p)

    @property
    def fills_consts(self) -> bool:
        return any(f.const is not None for f in self.fields)


@dataclass
class VariantField:
    field: Field  # the union's field
    required: bool
    nullable: bool  # null when the union's field is zero

    @property
    def type(self) -> str:
        return (
            f"*{self.field.type}"
            if self.nullable and _comparable(self.field.type)
            else (self.field.type)
        )

    @property
    def value(self) -> str:
        if self.nullable and _comparable(self.field.type):
            return f"nullWhenZero(m.{self.field.name})"
        return f"m.{self.field.name}"

    @property
    def tag(self) -> str:
        return f'`json:"{self.field.wire}{"" if self.required else ",omitempty"}"`'


@dataclass
class Variant:
    tag: str  # the discriminator's value: "user"
    constant: str  # its constant: RoleUser
    schema: str  # SystemMessage
    doc: str
    fields: list[VariantField]  # the discriminator first, as the schema orders them
    constructor: str | None  # the function building it, when no type of its name exists
    arguments: list[tuple[str, VariantField]]  # the constructor's (argument, field)


@dataclass
class MessageUnion:
    discriminator: Field
    tag_type: str  # Role
    variants: list[Variant]
    uses_nullable: bool


@dataclass
class ToMessage:
    """`func (m AssistantMessage) ToMessage() Message`."""

    union: str
    constant: str  # the discriminator's constant
    assignments: list[tuple[str, str, bool]]  # (union field, variant field, dereference)
    discriminator: str


@dataclass
class Params:
    """The query parameters of an operation: a struct and how it becomes `url.Values`."""

    name: str
    doc: str
    fields: list[tuple[Field, str, bool]]  # (field, JSON type, required)


@dataclass
class TypesModule:
    declarations: list[Declaration]
    params: dict[str, Params]  # by operation id
    names: dict[str, str]  # component schema -> its Go type
    skipped: list[str]  # component schemas with no Go type, and why
    uses_file: bool
    uses_json: bool  # a MarshalJSON needs encoding/json
    uses_nullable: bool

    @property
    def imports(self) -> list[str]:
        """The standard library packages types.go uses."""
        used = {"encoding/json"} if self.uses_json else set()
        if any(d.secrets for d in self.declarations):
            used |= {"fmt", "io"}
        if self.params:
            used.add("net/url")
        kinds = {kind for p in self.params.values() for _, kind, _ in p.fields}
        if kinds & {"int", "float64", "bool"}:
            used.add("strconv")
        return sorted(used)

    @property
    def exported(self) -> list[str]:
        out = [d.name for d in self.declarations]
        out += [v.name for d in self.declarations for v in d.values]
        out += [p.name for p in self.params.values()]
        out += [
            v.constructor
            for d in self.declarations
            if d.message
            for v in d.message.variants
            if v.constructor
        ]
        return out


def _comparable(go_type: str) -> bool:
    return not go_type.startswith(("[]", "map[")) and go_type != "any"


def schema_sides(api: Api) -> dict[str, frozenset[str]]:
    """For each component schema: whether requests, responses or both use it."""
    requests: set[str] = set()
    responses: set[str] = set()
    for operation in api.operations:
        if operation.body is not None:
            for media in operation.body.contents:
                _reach(api, media.schema, requests)
        for parameter in operation.parameters:
            _reach(api, parameter.schema, requests)
        for response in operation.responses:
            for media in response.contents:
                _reach(api, media.schema, responses)
        if operation.stream is not None:
            for schema_name in operation.stream.events.values():
                _reach(api, {"$ref": f"#/components/schemas/{schema_name}"}, responses)
    if api.error_schema:
        _reach(api, {"$ref": f"#/components/schemas/{api.error_schema}"}, responses)
    sides = {}
    for name in api.schemas:
        side = {REQUEST} if name in requests else set()
        side |= {RESPONSE} if name in responses or name not in requests else set()
        sides[name] = frozenset(side)
    return sides


def _reach(api: Api, node: Any, found: set[str]) -> None:
    """Add every component schema `node` refers to, directly or not, to `found`."""
    if isinstance(node, Mapping):
        name = ref_name(node)
        if name is not None:
            if name in api.schemas and name not in found:
                found.add(name)
                _reach(api, api.schemas[name], found)
            return
        for key, value in node.items():
            if not key.startswith("x-") and key not in _DATA_KEYWORDS:
                _reach(api, value, found)
    elif isinstance(node, list):
        for item in node:
            _reach(api, item, found)


def _referrers(api: Api) -> dict[str, set[str]]:
    """For each component schema, the schemas (or `#operations`) that refer to it directly."""
    found: dict[str, set[str]] = {name: set() for name in api.schemas}

    def walk(node: Any, owner: str) -> None:
        if isinstance(node, Mapping):
            name = ref_name(node)
            if name is not None:
                if name in found:
                    found[name].add(owner)
                return
            for key, value in node.items():
                if not key.startswith("x-") and key not in _DATA_KEYWORDS:
                    walk(value, owner)
        elif isinstance(node, list):
            for item in node:
                walk(item, owner)

    for name, schema in api.schemas.items():
        walk(schema, name)
    for operation in api.operations:
        for media in operation.body.contents if operation.body else ():
            walk(media.schema, "#operations")
        for response in operation.responses:
            for media in response.contents:
                walk(media.schema, "#operations")
        for parameter in operation.parameters:
            walk(parameter.schema, "#operations")
    return found


def _is_struct(schema: Schema) -> bool:
    kinds = schema.get("type", "object" if "properties" in schema else None)
    return (
        kinds == "object"
        and bool(schema.get("properties"))
        and not ({"oneOf", "anyOf", "allOf"} & schema.keys())
    )


# The runtime's type of a vector that arrives as numbers or packed (vector.go).
PACKED_VECTOR = "Vector"


def _kinds(schema: Schema) -> list[str]:
    kinds = schema.get("type")
    if kinds is None:
        return ["object"] if "properties" in schema else []
    return list(kinds) if isinstance(kinds, list) else [kinds]


def _nullable(schema: Schema) -> tuple[Schema, bool]:
    """`schema` without its null alternative, and whether it had one: `[string, null]` and
    `oneOf: [X, {type: null}]` are nullable X."""
    variants = schema.get("oneOf") or schema.get("anyOf")
    if variants and "discriminator" not in schema:
        others = [v for v in variants if _kinds(v) != ["null"]]
        if len(others) == 1 and len(others) < len(variants):
            merged = {k: v for k, v in schema.items() if k not in ("oneOf", "anyOf")}
            return {**merged, **others[0]}, True
        return schema, False
    kinds = _kinds(schema)
    if "null" in kinds:
        rest = [k for k in kinds if k != "null"]
        if len(rest) != 1:
            return schema, True
        return {**schema, "type": rest[0]}, True
    values = schema.get("enum")
    if isinstance(values, list) and None in values:
        return {**schema, "enum": [v for v in values if v is not None]}, True
    return schema, False


class TypeBuilder:
    def __init__(self, api: Api) -> None:
        self.api = api
        self.sides = schema_sides(api)
        self.referrers = _referrers(api)
        self.declarations: list[Declaration] = []
        self.by_name: dict[str, Declaration] = {}
        self.renamed: set[str] = set()
        self.uses_file = False
        self.uses_nullable = False
        self.skipped: dict[str, str] = {}
        for operation in api.operations:
            if operation.stream is not None:
                if operation.stream.schema_name:
                    self.skipped[operation.stream.schema_name] = "an SSE frame (read by Stream)"
                data = ref_name(operation.stream.data_schema)
                if data:
                    self.skipped[data] = "the data of an SSE frame (a stream yields its items)"
        if api.error_code_schema:
            self.skipped[api.error_code_schema] = "declared with its advice in errors.go"
        self.names = {name: self.go_name(name) for name in api.schemas if name not in self.skipped}
        if api.error_code_schema:
            self.names[api.error_code_schema] = names.pascal(api.error_code_schema)

    # -- names --

    def go_name(self, default: str) -> str:
        name = names.pascal(default)  # `ApiKey` too becomes `APIKey`, as Go spells initialisms
        if name in RENAMES:
            self.renamed.add(name)
            return RENAMES[name]
        return name

    def ref(self, schema: Schema, where: str) -> str | None:
        name = ref_name(schema)
        if name is None:
            return None
        if name not in self.api.schemas:
            raise GeneratorError(f"{where}: $ref to {schema['$ref']!r}, not a component schema")
        if name in self.skipped and name != self.api.error_code_schema:
            raise GeneratorError(f"{where}: refers to {name}, which has no Go type")
        return self.names[name]

    # -- declarations --

    def add(self, declaration: Declaration) -> Declaration:
        if declaration.name in self.by_name:
            raise GeneratorError(f"two Go types would be named {declaration.name}")
        self.declarations.append(declaration)
        self.by_name[declaration.name] = declaration
        return declaration

    def component(self, name: str) -> None:
        schema = self.api.schemas[name]
        go_name = self.names[name]
        doc = str(schema.get("description", ""))
        request = REQUEST in self.sides[name]
        if isinstance(schema.get("discriminator"), Mapping):
            self.message_union(name, go_name, schema)
        elif "enum" in schema and "$ref" not in schema:
            self.enum(go_name, doc, schema)
        elif _is_struct(schema):
            self.struct(go_name, doc, schema, request=request)
        elif len(schema.get("allOf", ())) > 1:
            self.struct(go_name, doc, self.merged(name, schema), request=request)
        elif schema.get("oneOf") or schema.get("anyOf"):
            if RESPONSE in self.sides[name]:
                raise GeneratorError(f"{name}: a union in responses cannot be decoded")
            self.interface(go_name, doc, schema, request=request)
        else:
            go_type = self.render(schema, go_name, request=request)
            self.add(Declaration("named", go_name, doc, underlying=go_type))
        self.by_name[go_name].origin = f"the `{name}` schema of the API"
        self.secrets(name, self.by_name[go_name])

    def secrets(self, name: str, declaration: Declaration) -> None:
        """Mark the fields holding a credential (`format: password`), for a String that hides
        them."""
        for prop in sorted(self.api.secret_properties.get(name, ())):
            found = next((f for f in declaration.fields if f.wire == prop), None)
            if declaration.kind != "struct" or found is None or found.type != "string":
                raise GeneratorError(f"{name}.{prop}: a secret must be a string field of a struct")
            declaration.secrets.append(found.name)

    def describe(self, go_type: str, origin: str) -> None:
        """Say where an inline type comes from, unless the spec describes it."""
        declaration = self.by_name.get(go_type.lstrip("[]*"))
        if declaration is not None and not declaration.doc and not declaration.origin:
            declaration.origin = origin

    def struct(self, name: str, doc: str, schema: Schema, *, request: bool) -> Declaration:
        declaration = self.add(Declaration("struct", name, doc))
        required = set(schema.get("required", []))
        for prop, prop_schema in schema.get("properties", {}).items():
            declaration.fields.append(
                self.field(name, prop, prop_schema, prop in required, request=request)
            )
        go_names = [f.name for f in declaration.fields]
        if len(set(go_names)) != len(go_names):
            raise GeneratorError(f"{name}: two properties get the same Go name: {go_names}")
        return declaration

    def merged(self, hint: str, schema: Schema) -> Schema:
        """An `allOf` of object schemas as one object schema: a flat struct, every field of
        every part (Go's embedding would hide them from a composite literal's field names)."""
        properties: dict[str, Any] = {}
        required: list[str] = []
        for part in schema["allOf"]:
            part = self.api.resolve(part)
            if not _is_struct(part):
                raise GeneratorError(f"{hint}: allOf of a schema that is not an object")
            properties.update(part["properties"])
            required += [r for r in part.get("required", []) if r not in required]
        return {"type": "object", "properties": properties, "required": required}

    def field(
        self, owner: str, prop: str, schema: Schema, required: bool, *, request: bool
    ) -> Field:
        inner, nullable = _nullable(schema)
        go_type = self.render(inner, owner + names.pascal(prop), request=request)
        self.describe(go_type, f"the `{prop}` of a {owner}")
        pointer = False
        if nullable or not required:
            kind = self.kind(go_type)
            if kind in ("struct", "file"):
                pointer = True
            elif kind in ("int", "float64", "bool"):
                pointer = True
            elif kind in ("string", "enum"):
                pointer = nullable
        const = None
        if request and required and isinstance(inner.get("const"), str):
            const = str(inner["const"])
        doc = str(schema.get("description", ""))
        default = schema.get("default", self.api.resolve(inner).get("default"))
        if request and default is not None and "default" not in doc.lower():
            shown = f"`{default}`" if isinstance(default, str) else json.dumps(default)
            doc = (doc + " " if doc else "") + f"The API's default: {shown}."
        return Field(
            name=names.pascal(prop),
            wire=prop,
            type=("*" if pointer else "") + go_type,
            optional=not required,
            doc=doc,
            const=const,
        )

    def kind(self, go_type: str) -> str:
        """What a Go type is, for the pointer rules: struct, enum, interface, string, ..."""
        if go_type.startswith(("[]", "map[")) or go_type == "any":
            return "container"
        if go_type == FILE:
            return "file"
        if go_type in ("string", "int", "float64", "bool"):
            return go_type
        declaration = self.by_name.get(go_type)
        if declaration is None:  # declared later: find its schema
            schema = next(
                (self.api.schemas[s] for s, n in self.names.items() if n == go_type), None
            )
            if schema is None:
                raise GeneratorError(f"unknown Go type {go_type}")
            if "enum" in schema:
                return "enum"
            if (
                _is_struct(schema)
                or isinstance(schema.get("discriminator"), Mapping)
                or len(schema.get("allOf", ())) > 1
            ):
                return "struct"
            if schema.get("oneOf") or schema.get("anyOf"):
                return "interface"
            return "container"
        if declaration.kind in ("struct", "message"):
            return "struct"
        if declaration.kind == "enum":
            return "enum"
        if declaration.kind == "interface":
            return "interface"
        return self.kind(declaration.underlying)

    def enum(self, name: str, doc: str, schema: Schema) -> Declaration:
        values = [v for v in schema["enum"] if v is not None]
        if not all(isinstance(v, str) for v in values):
            raise GeneratorError(f"{name}: only string enums are supported")
        declaration = self.add(Declaration("enum", name, doc, underlying="string"))
        declaration.values = [EnumValue(name + names.pascal(v), v) for v in values]
        constants = [v.name for v in declaration.values]
        if len(set(constants)) != len(constants):
            raise GeneratorError(f"{name}: two values get the same constant: {constants}")
        return declaration

    def render(self, schema: Schema, hint: str, *, request: bool) -> str:
        """The Go type of a value matching `schema`; `hint` names an inline type it needs."""
        go_name = self.ref(schema, hint)
        if go_name is not None:
            return go_name
        if "allOf" in schema:
            parts = schema["allOf"]
            if len(parts) == 1:
                return self.render(parts[0], hint, request=request)
            name = self.go_name(hint)
            self.struct(
                name, str(schema.get("description", "")), self.merged(hint, schema), request=request
            )
            return name
        if schema.get("oneOf") or schema.get("anyOf"):
            inner, nullable = _nullable(schema)
            if nullable:
                return self.render(inner, hint, request=request)
            if not request and is_packed_vector(schema):
                return PACKED_VECTOR
            if not request:
                raise GeneratorError(f"{hint}: a union in responses cannot be decoded")
            name = self.go_name(hint)
            self.interface(name, str(schema.get("description", "")), schema, request=request)
            return name
        if "const" in schema:
            return _PRIMITIVES.get(str(schema.get("type", "string")), "any")
        if "enum" in schema:
            name = self.go_name(hint)
            self.enum(name, str(schema.get("description", "")), schema)
            return name
        kinds = [k for k in _kinds(schema) if k != "null"]
        if not kinds:
            return "any"
        if len(kinds) > 1:
            raise GeneratorError(f"{hint}: a value of several types {kinds} is not supported")
        kind = kinds[0]
        if kind == "string" and schema.get("format") == "binary":
            self.uses_file = True
            return FILE
        if kind in _PRIMITIVES:
            return _PRIMITIVES[kind]
        if kind == "array":
            items = schema.get("items")
            if not isinstance(items, Mapping):
                return "[]any"
            inner, nullable = _nullable(items)
            item = self.render(inner, hint + "Item", request=request)
            return "[]" + ("*" if nullable and self.kind(item) != "container" else "") + item
        if kind == "object":
            if schema.get("properties"):
                name = self.go_name(hint)
                self.struct(name, str(schema.get("description", "")), schema, request=request)
                return name
            additional = schema.get("additionalProperties")
            if isinstance(additional, Mapping) and additional:
                return "map[string]" + self.render(additional, hint + "Value", request=request)
            return "map[string]any"
        raise GeneratorError(f"{hint}: cannot render a schema of type {kind!r}")

    # -- unions --

    def interface(self, name: str, doc: str, schema: Schema, *, request: bool) -> Declaration:
        """A oneOf/anyOf without a discriminator as a sealed interface: each variant's type
        implements it."""
        declaration = self.add(Declaration("interface", name, doc))
        variants = schema.get("oneOf") or schema.get("anyOf") or []
        for variant in variants:
            go_name = self.ref(variant, name)
            if go_name is None:
                kinds = _kinds(variant)
                suffix = (
                    "Strings" if kinds == ["array"] else names.pascal(kinds[0] if kinds else "")
                )
                hint = self.go_name(name + (suffix or "Value"))
                if "enum" in variant:
                    self.enum(hint, str(variant.get("description", "")), variant)
                else:
                    underlying = self.render(variant, hint, request=request)
                    doc_text = str(variant.get("description", ""))
                    self.add(Declaration("named", hint, doc_text, underlying=underlying))
                self.describe(hint, f"the {' '.join(kinds) or 'value'} form of {name}")
                go_name = hint
            declaration.variants.append(go_name)
        return declaration

    def mark_variants(self) -> None:
        """Each variant type of a sealed interface gets its marker method."""
        for declaration in list(self.declarations):
            if declaration.kind != "interface":
                continue
            for variant in declaration.variants:
                target = self.by_name.get(variant)
                if target is None or target.kind not in ("struct", "enum", "named"):
                    raise GeneratorError(f"{declaration.name}: variant {variant} is no Go type")
                target.markers.append(declaration.name)

    def message_union(self, name: str, go_name: str, schema: Schema) -> None:
        """A discriminated oneOf as one struct with the union of the variants' properties."""
        discriminator = schema["discriminator"]
        prop = str(discriminator.get("propertyName", ""))
        mapping = {
            ref_name({"$ref": target}): str(tag)
            for tag, target in dict(discriminator.get("mapping", {})).items()
        }
        variants = schema.get("oneOf") or schema.get("anyOf") or []
        variant_names = [ref_name(v) for v in variants]
        if None in variant_names or set(variant_names) != set(mapping):
            raise GeneratorError(f"{name}: every variant must be a $ref named in the mapping")
        tag_type = self.go_name(go_name + names.pascal(prop))
        union = self.add(Declaration("message", go_name, str(schema.get("description", ""))))
        self.add(
            Declaration(
                "enum",
                tag_type,
                f"The `{prop}` of a `{go_name}`, which tells its kind. Any other value the API "
                "sends is kept.",
                underlying="string",
                values=[
                    EnumValue(tag_type + names.pascal(mapping[v]), mapping[v])
                    for v in variant_names
                    if v is not None
                ],
            )
        )
        constants = {mapping[v]: tag_type + names.pascal(mapping[v]) for v in mapping}
        discriminator_field = Field(names.pascal(prop), prop, tag_type, False, "")
        union.fields.append(discriminator_field)
        by_wire: dict[str, Field] = {prop: discriminator_field}
        everywhere: dict[str, int] = {}
        parsed: list[tuple[str, Schema, list[tuple[str, Schema, bool, bool]]]] = []
        for variant_name in variant_names:
            assert variant_name is not None
            variant_schema = self.api.schemas[variant_name]
            if not _is_struct(variant_schema):
                raise GeneratorError(f"{name}: the variant {variant_name} is not an object")
            required = set(variant_schema.get("required", []))
            if prop not in required:
                raise GeneratorError(f"{variant_name}: `{prop}` must be required")
            props = []
            for wire, prop_schema in variant_schema.get("properties", {}).items():
                inner, nullable = _nullable(prop_schema)
                props.append((wire, inner, wire in required, nullable))
                if wire == prop:
                    continue
                everywhere[wire] = everywhere.get(wire, 0) + (wire in required)
                go_type = self.render(inner, go_name + names.pascal(wire), request=True)
                known = by_wire.get(wire)
                if known is None:
                    by_wire[wire] = Field(names.pascal(wire), wire, go_type, True, "")
                    union.fields.append(by_wire[wire])
                elif known.type != go_type:
                    raise GeneratorError(f"{name}.{wire}: the variants disagree on its type")
            parsed.append((variant_name, variant_schema, props))
        for union_field in union.fields[1:]:
            union_field.optional = everywhere[union_field.wire] < len(variant_names)
            holders = [v for v, _, props in parsed if any(p[0] == union_field.wire for p in props)]
            if len(holders) < len(variant_names):
                tags = ", ".join(f"`{mapping[v]}`" for v in holders)
                union_field.doc = f"Only in {tags} messages."
        message_variants = []
        uses_nullable = False
        for variant_name, variant_schema, props in parsed:
            fields = [VariantField(by_wire[w], req, nul) for w, _, req, nul in props]
            uses_nullable |= any(f.nullable and _comparable(f.field.type) for f in fields)
            kept = self.referrers[variant_name] - {name}
            constructor = None if kept else variant_name
            arguments = [
                (names.camel(f.field.wire), f)
                for f in fields
                if f.required and f.field.wire != prop
            ]
            message_variants.append(
                Variant(
                    tag=mapping[variant_name],
                    constant=constants[mapping[variant_name]],
                    schema=variant_name,
                    doc=str(variant_schema.get("description", "")),
                    fields=fields,
                    constructor=constructor,
                    arguments=arguments,
                )
            )
            if kept:  # a type of its own: it gets ToMessage()
                self.skipped.pop(variant_name, None)
            else:
                self.skipped[variant_name] = f"a variant of {name}: {variant_name}() builds it"
        self.uses_nullable |= uses_nullable
        union.message = MessageUnion(discriminator_field, tag_type, message_variants, uses_nullable)

    def finish_variants(self) -> None:
        """The kept variants of the message union: their discriminator is the tag type, and they
        get `ToMessage()`."""
        for union in [d for d in self.declarations if d.message]:
            assert union.message is not None
            for variant in union.message.variants:
                if variant.constructor is not None:
                    continue
                struct = self.by_name[self.names[variant.schema]]
                assignments = []
                wire = union.message.discriminator.wire
                for struct_field in struct.fields:
                    if struct_field.wire == wire:
                        struct_field.type = union.message.tag_type
                        struct_field.const = None
                        continue
                    target = next(f for f in union.fields if f.wire == struct_field.wire)
                    deref = struct_field.type == "*" + target.type
                    if not deref and struct_field.type != target.type:
                        raise GeneratorError(f"{struct.name}.{struct_field.name}: type mismatch")
                    assignments.append((target.name, struct_field.name, deref))
                struct.to_message = ToMessage(
                    union.name,
                    variant.constant,
                    assignments,
                    union.message.discriminator.name,
                )

    # -- operations --

    def params(self, operation_id: str, parameters: list[Any]) -> Params:
        name = names.pascal(operation_id) + "Params"
        fields = []
        for parameter in parameters:
            inner, _ = _nullable(self.api.resolve(parameter.schema))
            go_type = self.render(inner, name + names.pascal(parameter.name), request=True)
            kind = self.kind(go_type)
            if kind not in ("string", "int", "float64", "bool", "enum"):
                raise GeneratorError(f"{operation_id}: query parameter of type {go_type}")
            pointer = not parameter.required and kind in ("int", "float64", "bool")
            fields.append(
                (
                    Field(
                        names.pascal(parameter.name),
                        parameter.name,
                        ("*" if pointer else "") + go_type,
                        not parameter.required,
                        parameter.description,
                    ),
                    kind,
                    parameter.required,
                )
            )
        doc = f"The query parameters of `{operation_id}`."
        return Params(name, doc, fields)


def build(api: Api) -> TypesModule:
    builder = TypeBuilder(api)
    # The message union first decides which variants stay types of their own.
    order = [n for n in api.schemas if isinstance(api.schemas[n].get("discriminator"), Mapping)]
    order += [n for n in api.schemas if n not in order]
    for name in order:
        if name not in builder.skipped:
            builder.component(name)
    builder.finish_variants()
    builder.mark_variants()
    _mark_terminal(api, builder)
    params: dict[str, Params] = {}
    for operation in api.operations:
        query = operation.parameters_in("query")
        if query:
            if operation.body is not None:
                raise GeneratorError(f"{operation.id}: both a body and query parameters")
            params[operation.id] = builder.params(operation.id, list(query))
    _drop_stream_flags(api, builder)
    unused = set(RENAMES) - builder.renamed
    if unused:
        raise GeneratorError(f"RENAMES names types the spec no longer has: {sorted(unused)}")
    declarations = _spec_order(api, builder)
    return TypesModule(
        declarations=declarations,
        params=params,
        names={n: g for n, g in builder.names.items() if n not in builder.skipped},
        skipped=[f"{n}: {why}" for n, why in builder.skipped.items()],
        uses_file=builder.uses_file,
        uses_json=any(d.fills_consts or d.message for d in declarations),
        uses_nullable=builder.uses_nullable,
    )


def _drop_stream_flags(api: Api, builder: TypeBuilder) -> None:
    """A request's stream flag (`stream`) is no field: the method says it (`Completions` or
    `CompletionsStream`), which sets it in the body it sends."""
    for operation in api.operations:
        if operation.stream_flag is None or operation.body is None:
            continue
        schema_name = operation.body.media.schema_name
        if schema_name is None:
            raise GeneratorError(f"{operation.id}: a body with a stream flag must be a $ref")
        struct = builder.by_name[builder.names[schema_name]]
        if struct.fills_consts:
            raise GeneratorError(f"{struct.name}: a streamed body cannot have a MarshalJSON")
        struct.fields = [f for f in struct.fields if f.wire != operation.stream_flag]
        struct.notes.append(
            f"Its `{operation.stream_flag}` is not a field: the method sends it (the one whose "
            "name ends in Stream asks for a stream)."
        )


def _mark_terminal(api: Api, builder: TypeBuilder) -> None:
    """The task status enum (the `status` of every task schema) learns its final values."""
    status_schemas = {
        ref_name(api.schemas[name].get("properties", {}).get("status")) for name in api.task_schemas
    }
    if not status_schemas:
        return
    if len(status_schemas) != 1 or None in status_schemas:
        raise GeneratorError(f"the task schemas disagree on their status: {status_schemas}")
    (status_schema,) = status_schemas
    assert status_schema is not None
    declaration = builder.by_name[builder.names[status_schema]]
    if declaration.kind != "enum" or [v.value for v in declaration.values] != list(
        api.task_statuses
    ):
        raise GeneratorError(f"{status_schema}: the task status must be an enum of the statuses")
    declaration.terminal = [v.name for v in declaration.values if v.value in api.terminal_statuses]


def _spec_order(api: Api, builder: TypeBuilder) -> list[Declaration]:
    """The declarations in the order of the spec's schemas, each followed by the inline types
    it made (they were declared while rendering it)."""
    groups: dict[str, list[Declaration]] = {}
    current = ""
    owners = {g: n for n, g in builder.names.items()}
    for declaration in builder.declarations:
        owner = owners.get(declaration.name)
        if owner is not None and owner in api.schemas:
            current = owner
        groups.setdefault(current, []).append(declaration)
    ordered: list[Declaration] = []
    for name in api.schemas:
        ordered += groups.pop(name, [])
    for rest in groups.values():
        ordered += rest
    return ordered
