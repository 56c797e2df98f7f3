"""The spec's JSON Schemas as TypeScript types: the declarations of `src/types.ts`.

Every component schema becomes an `interface` (an object with properties) or a `type` alias
(anything else: unions, enums, free-form objects). An inline object becomes an interface in
the namespace of the declaration holding it (`ToolCall.Function`), as openai-node does.

Enums read differently by direction, because the API adds values without a version bump:

- a schema only requests use (`VideoGenerationRequest`, `Tool`) has closed literal unions, so
  that the compiler refuses a value the API does not take;
- a schema responses use (`FinishReason`, `TaskStatus`) has open ones, `'stop' | 'length' |
  (string & {})`: a value added later still type-checks, and editors still offer the known ones;
- an enum schema both use (`VideoResolution`) is closed under its name, and opened where a
  response refers to it (`resolution: VideoResolution | (string & {})`); an inline enum of an
  object both use is open.

Which schemas requests and responses use is read off the operations: what their request
bodies and parameters reach, and what their responses (streams and errors included) reach.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from generator.output import GeneratorError
from generator.typescript import names
from minimax_openapi.model import Api, Operation, Schema, is_packed_vector, ref_name

REQUEST, RESPONSE = "request", "response"
OPEN_STRING = "(string & {})"
UPLOADABLE = "Uploadable"  # the runtime's type of a file to upload (core/uploads.ts)
# Keywords whose values are data, not schemas: never walked for $refs.
_DATA_KEYWORDS = frozenset({"enum", "const", "default", "example", "examples"})


@dataclass
class Property:
    name: str  # the wire name
    type: str
    optional: bool
    doc: str

    @property
    def key(self) -> str:
        return names.property_key(self.name)


@dataclass
class Declaration:
    """One exported type of `types.ts`: an interface when `properties` is set, else an alias."""

    name: str  # as declared (unqualified)
    qualified: str  # as referred to from anywhere in the module: `ToolCall.Function`
    doc: str
    properties: list[Property] | None = None
    extends: tuple[str, ...] = ()
    index: str | None = None  # the value type of `[key: string]: ...`, for open objects
    alias: str = ""
    nested: list[Declaration] = field(default_factory=list)  # its namespace's interfaces

    @property
    def interface(self) -> bool:
        return self.properties is not None


@dataclass
class OperationTypes:
    """The names an operation's method takes, in `types.ts`."""

    body: str | None = None  # the request body's type: the spec's request schema
    streaming: str | None = None  # the body with the stream flag set (`stream: true`)
    non_streaming: str | None = None  # the body with it unset or false
    params: str | None = None  # the query parameters' object
    params_required: bool = False


@dataclass
class TypesModule:
    declarations: list[Declaration]
    operations: dict[str, OperationTypes]  # by operation id
    uses_uploadable: bool

    @property
    def exported(self) -> list[str]:
        return [d.name for d in self.declarations]


def schema_sides(api: Api) -> dict[str, frozenset[str]]:
    """For each component schema: whether requests, responses or both use it. A schema no
    operation reaches counts as a response's (its enums stay open)."""
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
            _reach(api, operation.stream.data_schema, responses)
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


def _union(parts: Iterable[str]) -> str:
    unique = list(dict.fromkeys(parts))
    return " | ".join(unique) if unique else "never"


def _group(code: str) -> str:
    """Parenthesized when it is a union, for use inside an intersection."""
    return f"({code})" if " | " in code else code


class TypeRenderer:
    def __init__(self, api: Api) -> None:
        self.api = api
        self.sides = schema_sides(api)
        self.uses_uploadable = False

    # -- what a component is --

    def enum_is_open(self, name: str) -> bool:
        """An enum schema's own union is open unless requests use it."""
        return REQUEST not in self.sides[name]

    def inline_open(self, name: str) -> bool:
        """Enums inside a schema (and enum schemas it refers to) are open if responses use it."""
        return RESPONSE in self.sides[name]

    def _string_enum(self, name: str) -> bool:
        schema = self.api.schemas[name]
        values = schema.get("enum")
        return isinstance(values, list) and all(isinstance(v, str) for v in values if v is not None)

    # -- declarations --

    def component(self, name: str) -> Declaration:
        schema = self.api.schemas[name]
        typed = names.type_name(name)
        declaration = Declaration(typed, typed, str(schema.get("description", "")))
        if "enum" in schema and "$ref" not in schema:
            declaration.alias = self._enum(schema, open_=self.enum_is_open(name))
        elif self._is_interface(schema):
            self._fill_interface(declaration, schema, open_=self.inline_open(name))
        elif self._is_extension(schema):
            # `allOf` of named objects and inline ones: an interface extending the named ones.
            parts = schema["allOf"]
            declaration.extends = tuple(
                names.type_name(str(ref_name(p))) for p in parts if "$ref" in p
            )
            own = [p for p in parts if "$ref" not in p]
            merged = {
                "properties": {k: v for p in own for k, v in p["properties"].items()},
                "required": [r for p in own for r in p.get("required", [])],
            }
            self._fill_interface(declaration, merged, open_=self.inline_open(name))
        else:
            declaration.alias = self.render(
                schema, open_=self.inline_open(name), scope=declaration, hint=name
            )
        return declaration

    def interface(
        self, name: str, doc: str, properties: list[tuple[str, Schema, bool, str]], *, open_: bool
    ) -> Declaration:
        """An interface of the given (name, schema, required, doc) properties: a request's
        query parameters."""
        declaration = Declaration(name, name, doc, properties=[])
        for prop, schema, required, prop_doc in properties:
            code = self.render(schema, open_=open_, scope=declaration, hint=prop)
            assert declaration.properties is not None
            declaration.properties.append(Property(prop, code, not required, prop_doc))
        return declaration

    def body_interface(self, name: str, doc: str, schema: Schema) -> Declaration:
        """An inline request body (one that is no component schema) as an interface."""
        declaration = Declaration(name, name, str(schema.get("description", doc)))
        if not self._is_interface(schema):
            raise GeneratorError(f"{name}: an inline request body must be an object")
        self._fill_interface(declaration, schema, open_=False)
        return declaration

    def _is_extension(self, schema: Schema) -> bool:
        parts = schema.get("allOf")
        return (
            isinstance(parts, list)
            and len(parts) > 1
            and all(
                self._is_interface(self.api.resolve(p)) if "$ref" in p else self._is_interface(p)
                for p in parts
            )
        )

    @staticmethod
    def _is_interface(schema: Schema) -> bool:
        kinds = schema.get("type", "object" if "properties" in schema else None)
        return (
            kinds == "object"
            and bool(schema.get("properties"))
            and not ({"oneOf", "anyOf", "allOf"} & schema.keys())
        )

    def _fill_interface(self, declaration: Declaration, schema: Schema, *, open_: bool) -> None:
        declaration.properties = []
        required = set(schema.get("required", []))
        for prop, prop_schema in schema.get("properties", {}).items():
            code = self.render(prop_schema, open_=open_, scope=declaration, hint=prop)
            doc = str(prop_schema.get("description", ""))
            declaration.properties.append(Property(prop, code, prop not in required, doc))
        additional = schema.get("additionalProperties")
        if additional is True or (isinstance(additional, Mapping) and not additional):
            declaration.index = "unknown"
        elif isinstance(additional, Mapping):
            value = self.render(additional, open_=open_, scope=declaration, hint="additional")
            # Every property must fit the index signature: widen it to them.
            declaration.index = _union([value, *(p.type for p in declaration.properties)])

    def _nested(self, scope: Declaration, hint: str, schema: Schema, *, open_: bool) -> str:
        """An inline object as an interface in `scope`'s namespace; its qualified name."""
        base = names.pascal(hint) or "Item"
        taken = {d.name for d in scope.nested}
        name, n = base, 2
        while name in taken:
            name, n = f"{base}{n}", n + 1
        nested = Declaration(name, f"{scope.qualified}.{name}", str(schema.get("description", "")))
        scope.nested.append(nested)
        self._fill_interface(nested, schema, open_=open_)
        return nested.qualified

    # -- types --

    def render(self, schema: Schema, *, open_: bool, scope: Declaration, hint: str) -> str:
        """The type of a value matching `schema`. `open_`: enums accept unknown strings too."""
        name = ref_name(schema)
        if name is not None:
            if name not in self.api.schemas:
                raise GeneratorError(f"{hint}: $ref to {schema['$ref']!r}, not a component schema")
            if open_ and self._string_enum(name) and not self.enum_is_open(name):
                return f"{names.type_name(name)} | {OPEN_STRING}"
            return names.type_name(name)
        if "allOf" in schema:
            parts = [
                self.render(part, open_=open_, scope=scope, hint=hint) for part in schema["allOf"]
            ]
            return " & ".join(_group(p) for p in parts)
        variants = schema.get("oneOf") or schema.get("anyOf")
        if variants and is_packed_vector(schema):
            # An embedding: numbers, or base64 when asked for with `encoding_format`. The SDK
            # never asks for base64 by itself, so it types the numbers (as openai-node does).
            return "Array<number>"
        if variants:
            return self._variants(schema, variants, open_=open_, scope=scope, hint=hint)
        if "const" in schema:
            return names.literal(schema["const"])
        if "enum" in schema:
            return self._enum(schema, open_=open_)
        kinds = schema.get("type")
        if kinds is None:
            kinds = "object" if "properties" in schema else None
        if kinds is None:
            return "unknown"
        kinds = kinds if isinstance(kinds, list) else [kinds]
        parts = [self._kind(kind, schema, open_=open_, scope=scope, hint=hint) for kind in kinds]
        return _union(parts)

    def _kind(
        self, kind: str, schema: Schema, *, open_: bool, scope: Declaration, hint: str
    ) -> str:
        if kind == "null":
            return "null"
        if kind == "string":
            if schema.get("format") == "binary":
                self.uses_uploadable = True
                return UPLOADABLE
            return "string"
        if kind in ("integer", "number"):
            return "number"
        if kind == "boolean":
            return "boolean"
        if kind == "array":
            items = schema.get("items")
            if not isinstance(items, Mapping):
                return "Array<unknown>"
            return f"Array<{self.render(items, open_=open_, scope=scope, hint=hint)}>"
        if kind == "object":
            if schema.get("properties"):
                return self._nested(scope, hint, schema, open_=open_)
            additional = schema.get("additionalProperties")
            if isinstance(additional, Mapping) and additional:
                value = self.render(additional, open_=open_, scope=scope, hint=hint)
                return f"Record<string, {value}>"
            return "Record<string, unknown>"
        raise GeneratorError(f"{hint}: cannot render a schema of type {kind!r}")

    def _enum(self, schema: Schema, *, open_: bool) -> str:
        values = list(schema["enum"])
        parts = [names.literal(v) for v in values if v is not None]
        if open_ and all(isinstance(v, str) for v in values if v is not None):
            parts.append(OPEN_STRING)
        kinds = schema.get("type")
        if None in values or (isinstance(kinds, list) and "null" in kinds):
            parts.append("null")
        return _union(parts)

    def _variants(
        self,
        schema: Schema,
        variants: list[Schema],
        *,
        open_: bool,
        scope: Declaration,
        hint: str,
    ) -> str:
        """A oneOf/anyOf as a union; with a discriminator, each variant carries its tag."""
        discriminator = schema.get("discriminator")
        tags: dict[str, str] = {}
        prop = ""
        if isinstance(discriminator, Mapping):
            prop = str(discriminator.get("propertyName", ""))
            for tag, target in dict(discriminator.get("mapping", {})).items():
                target_name = ref_name({"$ref": target})
                if target_name:
                    tags[target_name] = str(tag)
        parts = []
        for index, variant in enumerate(variants):
            variant_hint = f"{hint}_{index}" if len(variants) > 1 else hint
            code = self.render(variant, open_=open_, scope=scope, hint=variant_hint)
            variant_name = ref_name(variant)
            if variant_name in tags and not self._tagged(variant_name, prop, tags[variant_name]):
                tag = names.literal(tags[variant_name])
                code = f"({_group(code)} & {{ {names.property_key(prop)}: {tag} }})"
            parts.append(code)
        return _union(parts)

    def _tagged(self, name: str, prop: str, tag: str) -> bool:
        """Whether the schema `name` already fixes `prop` to `tag` (so the union discriminates)."""
        schema = self.api.schemas[name]
        if prop not in schema.get("required", []):
            return False
        value = self.api.resolve(schema.get("properties", {}).get(prop, {}))
        return bool(value.get("const") == tag or value.get("enum") == [tag])


def build(api: Api) -> TypesModule:
    renderer = TypeRenderer(api)
    declarations = [renderer.component(name) for name in api.schemas]
    by_name = {d.name: d for d in declarations}
    operations: dict[str, OperationTypes] = {}
    for operation in api.operations:
        types = OperationTypes()
        prefix = names.pascal(operation.id)
        if operation.body is not None:
            types.body = _body(renderer, operation, prefix, declarations, by_name)
            if operation.stream_flag is not None:
                extra = _stream_variants(api, operation, types.body, prefix)
                types.streaming, types.non_streaming = extra[0].name, extra[1].name
                _insert_after(declarations, by_name, types.body, list(extra))
        query = operation.parameters_in("query")
        if query:
            if operation.body is not None:
                raise GeneratorError(
                    f"{operation.id}: both a body and query parameters are not supported"
                )
            name = prefix + "Params"
            properties = [(p.name, p.schema, p.required, p.description) for p in query]
            declaration = renderer.interface(
                name, f"The query parameters of `{operation.id}`.", properties, open_=False
            )
            _insert_after(declarations, by_name, None, [declaration])
            types.params, types.params_required = name, any(p.required for p in query)
        operations[operation.id] = types
    return TypesModule(declarations, operations, renderer.uses_uploadable)


def _body(
    renderer: TypeRenderer,
    operation: Operation,
    prefix: str,
    declarations: list[Declaration],
    by_name: dict[str, Declaration],
) -> str:
    """The type of an operation's request body: its component schema, or an interface made of
    the inline schema."""
    assert operation.body is not None
    media = operation.body.media
    if media.schema is None:
        raise GeneratorError(f"{operation.id}: the request body has no schema")
    if media.schema_name is not None:
        return names.type_name(media.schema_name)
    declaration = renderer.body_interface(
        prefix + "Params", f"The request body of `{operation.id}`.", media.schema
    )
    _insert_after(declarations, by_name, None, [declaration])
    return declaration.name


def _stream_variants(
    api: Api, operation: Operation, body: str, prefix: str
) -> tuple[Declaration, Declaration]:
    """`<Body>Streaming` and `<Body>NonStreaming`: the body with its stream flag fixed, for the
    overloads that tell a stream from a JSON result."""
    flag = operation.stream_flag
    assert flag is not None and operation.body is not None and operation.stream is not None
    schema = api.resolve(operation.body.media.schema)
    flag_schema = api.resolve(schema.get("properties", {}).get(flag, {}))
    kinds = flag_schema.get("type")
    nullable = isinstance(kinds, list) and "null" in kinds
    item = names.type_name(operation.stream.item_schema or "")
    doc = str(flag_schema.get("description", ""))
    streaming = Declaration(
        f"{body}Streaming",
        f"{body}Streaming",
        f"`{body}` with `{flag}: true`: the answer is a stream of `{item}`.",
        properties=[Property(flag, "true", False, doc)],
        extends=(body,),
    )
    non_streaming = Declaration(
        f"{body}NonStreaming",
        f"{body}NonStreaming",
        f"`{body}` without `{flag}` (or with `{flag}: false`): the answer is one JSON document.",
        properties=[Property(flag, "false | null" if nullable else "false", True, doc)],
        extends=(body,),
    )
    return streaming, non_streaming


def _insert_after(
    declarations: list[Declaration],
    by_name: dict[str, Declaration],
    after: str | None,
    new: list[Declaration],
) -> None:
    """Add declarations after `after` (at the end when None), refusing a name already taken."""
    for declaration in new:
        if declaration.name in by_name:
            raise GeneratorError(f"{declaration.name}: the name of a component schema already")
    position = len(declarations)
    if after is not None and after in by_name:
        position = declarations.index(by_name[after]) + 1
    declarations[position:position] = new
    by_name.update({d.name: d for d in new})
