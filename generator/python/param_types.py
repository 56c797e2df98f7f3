"""Request-side JSON Schemas as Python types: the TypedDicts of `types/` and method arguments.

A `$ref` to an object schema accepts its TypedDict (`ToolParam`) or the attrs model that
openapi-python-client generates for it (`Tool`); a `$ref` to a string enum accepts the literal
values or the generated enum. So callers may pass dict literals or models.
"""

from __future__ import annotations

import keyword
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.strings import ClassName, snake_case

from generator.output import GeneratorError as GeneratorError  # raised by every module here
from minimax_openapi.model import Api, Schema, ref_name

PACKAGE = "minimax"
TYPES = f"{PACKAGE}.types"
MODELS = f"{PACKAGE}.models"

Import = tuple[str, str]  # (absolute module, name)

SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}


@dataclass(frozen=True)
class TypeRef:
    """Python source for a type, with what it imports at run time and for type checking only."""

    code: str
    imports: frozenset[Import] = frozenset()
    typing_imports: frozenset[Import] = frozenset()
    members: tuple[str, ...] = ()  # when it is a Union: the codes it joins (to flatten nesting)


@dataclass
class Field:
    name: str
    type: TypeRef
    required: bool
    description: str


@dataclass
class TypedDictDef:
    name: str
    description: str
    fields: list[Field]


@dataclass
class ParamModule:
    """One module of `types/`: a TypedDict (with its inline nested ones) or a type alias."""

    module: str
    name: str
    description: str
    typed_dicts: list[TypedDictDef] = field(default_factory=list)
    alias: TypeRef | None = None

    @property
    def exported(self) -> list[str]:
        return [td.name for td in self.typed_dicts] + ([self.name] if self.alias else [])

    @property
    def qualified(self) -> str:
        return f"{TYPES}.{self.module}"

    def imports(self, *, typing_only: bool) -> list[Import]:
        """What the module imports, minus itself; TYPE_CHECKING-only imports when asked."""
        refs = [self.alias] if self.alias else []
        refs += [f.type for td in self.typed_dicts for f in td.fields]
        wanted = {i for r in refs for i in (r.typing_imports if typing_only else r.imports)}
        return sorted(i for i in wanted if i[0] != self.qualified)


def _union(parts: list[TypeRef], nullable: bool) -> TypeRef:
    codes = list(dict.fromkeys(c for p in parts for c in (p.members or (p.code,))))
    imports = frozenset().union(*(p.imports for p in parts))
    typing_imports = frozenset().union(*(p.typing_imports for p in parts))
    if len(codes) == 1:
        ref = TypeRef(codes[0], imports, typing_imports)
    else:
        union = f"Union[{', '.join(codes)}]"
        ref = TypeRef(union, imports | {("typing", "Union")}, typing_imports, tuple(codes))
    if nullable:
        optional = ref.imports | {("typing", "Optional")}
        return TypeRef(f"Optional[{ref.code}]", optional, ref.typing_imports)
    return ref


def _literal(values: list[Any]) -> TypeRef:
    literal = ", ".join(repr(v) for v in values if v is not None)
    return TypeRef(f"Literal[{literal}]", frozenset({("typing_extensions", "Literal")}))


class ParamTypes:
    """Renders request schemas as types, collecting the `types/` modules they need on the way."""

    def __init__(self, api: Api, model_classes: set[str]) -> None:
        self.api = api
        self.model_classes = model_classes  # class names openapi-python-client generated
        self.modules: dict[str, ParamModule] = {}  # by component schema name

    def body_module(self, module: str, name: str, schema: Schema, description: str) -> ParamModule:
        """The `<operation>_params` module holding the TypedDict of a request body."""
        target = self.api.resolve(schema)
        owner = ParamModule(module, name, target.get("description", description))
        self._typed_dict(name, ref_name(schema) or name, target, owner)
        return owner

    def render(self, schema: Schema, *, owner: ParamModule, hint: str) -> TypeRef:
        """The type of a value matching `schema`; inline objects become TypedDicts in `owner`."""
        if "$ref" in schema:
            return self._ref(schema)
        variants = schema.get("oneOf") or schema.get("anyOf")
        if variants:
            nullable = any(v.get("type") == "null" for v in variants)
            parts = [
                self.render(v, owner=owner, hint=hint) for v in variants if v.get("type") != "null"
            ]
            return _union(parts, nullable)
        if "const" in schema:
            return _literal([schema["const"]])
        types = schema.get("type", "object")
        types = types if isinstance(types, list) else [types]
        nullable = "null" in types
        kinds = [t for t in types if t != "null"]
        if len(kinds) != 1:
            raise GeneratorError(f"{hint}: cannot render a schema of types {types}")
        kind = kinds[0]
        if "enum" in schema:
            return _union([_literal(schema["enum"])], nullable or None in schema["enum"])
        if kind == "string" and schema.get("format") == "binary":
            base = TypeRef("FileInput", frozenset({(f"{PACKAGE}._types", "FileInput")}))
        elif kind == "string" and schema.get("format") == "date-time":
            moment = TypeRef("datetime", frozenset({("datetime", "datetime")}))
            base = _union([moment, TypeRef("str")], False)  # RFC 3339 text, or a datetime
        elif kind in SCALARS:
            base = TypeRef(SCALARS[kind])
        elif kind == "array":
            item = self.render(schema.get("items", {}), owner=owner, hint=hint)
            seq = frozenset({("collections.abc", "Sequence")})
            base = TypeRef(f"Sequence[{item.code}]", item.imports | seq, item.typing_imports)
        elif kind == "object" and schema.get("properties"):
            name = str(ClassName(hint, "")) + "Param"
            self._typed_dict(name, hint, schema, owner)
            base = TypeRef(name, frozenset({(owner.qualified, name)}))
            base = self._with_model(base, hint)
        elif kind == "object":
            base = TypeRef("dict[str, object]")
        else:
            raise GeneratorError(f"{hint}: cannot render a schema of type {kind!r}")
        return _union([base], nullable)

    def _ref(self, schema: Schema) -> TypeRef:
        name = ref_name(schema)
        assert name is not None
        module = self._component_module(name)
        ref = TypeRef(module.name, frozenset({(module.qualified, module.name)}))
        return self._with_model(ref, name)

    def _with_model(self, ref: TypeRef, schema_name: str) -> TypeRef:
        """Accept the generated attrs model or enum too, when there is one."""
        model = str(ClassName(schema_name, ""))
        if model not in self.model_classes:
            return ref
        # Quoted: an alias is evaluated at run time, and models are imported for type checking
        # only, which keeps `types/` free of import cycles with `models/`.
        typing_imports = ref.typing_imports | {(MODELS, model)}
        return _union([ref, TypeRef(f'"{model}"', frozenset(), typing_imports)], False)

    def _component_module(self, name: str) -> ParamModule:
        if name in self.modules:
            return self.modules[name]
        schema = self.api.schemas[name]
        class_name = str(ClassName(name, "")) + "Param"
        module = ParamModule(snake_case(name) + "_param", class_name, schema.get("description", ""))
        self.modules[name] = module  # registered first: schemas may refer to themselves
        if schema.get("type") == "object" and "properties" in schema:
            self._typed_dict(class_name, name, schema, module)
        else:
            module.alias = self.render(schema, owner=module, hint=name)
        return module

    def _typed_dict(self, name: str, hint: str, schema: Schema, owner: ParamModule) -> None:
        """Add a TypedDict for an object schema to `owner`, ahead of the nested ones it needs."""
        position = len(owner.typed_dicts)
        required = set(schema.get("required", []))
        fields = []
        for prop, prop_schema in schema.get("properties", {}).items():
            if not prop.isidentifier() or keyword.iskeyword(prop):
                raise GeneratorError(f"{hint}.{prop}: not usable as a TypedDict key")
            rendered = self.render(prop_schema, owner=owner, hint=f"{hint}_{prop}")
            description = prop_schema.get("description") or self.api.resolve(prop_schema).get(
                "description", ""
            )
            fields.append(Field(prop, rendered, prop in required, description))
        owner.typed_dicts.insert(
            position, TypedDictDef(name, schema.get("description", ""), fields)
        )
