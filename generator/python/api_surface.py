"""The client's surface in Python's terms, read off the spec's model: resources, their methods,
what each sends and returns.

The dotted operation ids name the surface: `video.generations.create` is the method `create`
of the resource `generations` under `video`. Each tag becomes one module of `resources/`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from openapi_python_client.strings import ClassName, PythonIdentifier, snake_case

from generator.python.param_types import (
    MODELS,
    GeneratorError,
    Import,
    ParamModule,
    ParamTypes,
    TypeRef,
)
from minimax_openapi.model import (
    JSON,
    MULTIPART,
    PACKED_ENCODING,
    Api,
    Operation,
    Tag,
    is_packed_vector,
)

# What a method sends, by the media type of its request body.
BODIES = {JSON: "json", MULTIPART: "multipart"}
# Names every method takes besides the operation's own parameters.
COMMON_ARGUMENTS = {"extra_headers", "extra_query", "extra_body", "timeout", "max_retries", "self"}


@dataclass
class Argument:
    name: str
    wire: str
    location: str  # path, query, header; json (a body property); form or file (multipart parts)
    type: TypeRef
    required: bool
    description: str


@dataclass
class Stream:
    item_event: str  # the frame kind that carries items: "chunk", "status"
    item_class: str


@dataclass
class Method:
    operation: Operation  # what the spec says: id, path, summary, result, rate limit, scopes...
    name: str  # the Python method name
    arguments: list[Argument]
    body: str | None  # "json", "multipart" or None
    params: ParamModule | None
    envelope: str | None  # the class of the `{data, meta}` model of a JSON result
    data_class: str | None  # the model of the envelope's `data`, or of its items
    stream: Stream | None
    stream_flag: str | None  # the argument that switches a JSON result to a stream
    timeout: str  # the name of the default timeout constant
    # The argument that asks for packed (base64) vectors, for an operation answering items of
    # `index` and a vector that is numbers or base64 (embeddings): the client asks for base64
    # unless told otherwise and reads the items with the runtime's `_embeddings.py`.
    packed: str | None = None

    @property
    def data_type(self) -> str | None:
        """The Python type of the envelope's `data`."""
        envelope = self.operation.envelope
        if envelope is not None and envelope.data_is_list:
            # `builtins.`: a resource may have a method named `list`, which shadows the builtin.
            return f"builtins.list[{self.data_class}]"
        return self.data_class

    @property
    def path_code(self) -> str:
        """The path as a Python expression, with its parameters escaped into it."""
        path = self.operation.path
        if "{" not in path:
            return repr(path)
        names = {a.wire: a.name for a in self.path_arguments}
        code = re.sub(r"\{([^}]+)\}", lambda m: f"{{path_segment({names[m[1]]})}}", path)
        return "f" + repr(code)

    @property
    def model_argument(self) -> Argument | None:
        """The argument naming the model the request uses, when it names one."""
        named = self.operation.model_argument
        if named is None:
            return None
        location = "json" if named.location == "body" else named.location
        return next(a for a in self.arguments if a.location == location and a.wire == named.name)

    def arguments_in(self, location: str) -> list[Argument]:
        return [a for a in self.arguments if a.location == location]

    @property
    def path_arguments(self) -> list[Argument]:
        return [a for a in self.arguments if a.location == "path"]

    @property
    def keyword_arguments(self) -> list[Argument]:
        return [a for a in self.arguments if a.location != "path"]


@dataclass
class Resource:
    attr: str
    class_name: str
    methods: list[Method] = field(default_factory=list)
    children: list[Resource] = field(default_factory=list)
    waits_on: Method | None = None  # the `retrieve` a `wait` helper polls

    def walk(self) -> list[Resource]:
        """This resource and every one below it, children first (so classes exist when used)."""
        return [r for child in self.children for r in child.walk()] + [self]


@dataclass
class ResourceModule:
    module: str
    tag: str
    description: str
    root: Resource
    imports: list[tuple[str, list[str]]]
    typing_imports: list[tuple[str, list[str]]]


@dataclass
class Surface:
    modules: list[ResourceModule]
    methods: list[Method]
    param_modules: list[ParamModule]

    @property
    def task_types(self) -> list[str]:
        """The model classes `wait` helpers poll: what `WaitTimeoutError.last` can be."""
        found = {
            r.waits_on.data_type
            for module in self.modules
            for r in module.root.walk()
            if r.waits_on is not None and r.waits_on.data_type
        }
        return sorted(t for t in found if t is not None)


def build(api: Api, model_classes: set[str]) -> Surface:
    types = ParamTypes(api, model_classes)
    methods_by_tag: dict[str, list[Method]] = defaultdict(list)
    for operation in api.operations:
        methods_by_tag[operation.tag].append(_method(api, operation, types))
    modules = []
    for tag in api.tags:
        methods = methods_by_tag.pop(tag.name, [])
        if methods:
            modules.append(_module(api, tag, methods))
    if methods_by_tag:
        raise GeneratorError(f"operations tagged with undeclared tags: {sorted(methods_by_tag)}")
    all_methods = [m for module in modules for r in module.root.walk() for m in r.methods]
    body_modules = [m.params for m in all_methods if m.params]
    param_modules = sorted([*types.modules.values(), *body_modules], key=lambda p: p.module)
    return Surface(modules, all_methods, param_modules)


def _method(api: Api, operation: Operation, types: ParamTypes) -> Method:
    label = f"{operation.id} ({operation.label})"
    if not operation.resource:
        raise GeneratorError(f"{label}: the operationId must name a resource, then a method")
    arguments, body, params = _arguments(api, operation, types, label)
    envelope, data_class = _envelope(api, operation, label)
    stream = _stream(operation, label) if operation.stream is not None else None
    stream_flag = None
    if operation.stream_flag is not None:
        stream_flag = next(a.name for a in arguments if a.wire == operation.stream_flag)
    transfer = body == "multipart" or operation.result == "binary"
    return Method(
        operation=operation,
        name=operation.name,
        arguments=arguments,
        body=body,
        params=params,
        envelope=envelope,
        data_class=data_class,
        stream=stream,
        stream_flag=stream_flag,
        timeout="TRANSFER_TIMEOUT" if transfer else "DEFAULT_TIMEOUT",
        packed=_packed_argument(api, operation, arguments, label),
    )


# What the runtime's `Embedding` reads (`_embeddings.py`), and the encoding it asks for.
PACKED_ITEM = {"index", "embedding"}


def _packed_argument(
    api: Api, operation: Operation, arguments: list[Argument], label: str
) -> str | None:
    """The argument choosing `base64` when the response's items hold a packed vector."""
    envelope = operation.envelope
    if envelope is None or not envelope.data_is_list or envelope.data_schema is None:
        return None
    item = api.schemas[envelope.data_schema]
    properties = item.get("properties", {})
    if not any(is_packed_vector(api.resolve(p)) for p in properties.values()):
        return None
    vector = properties.get("embedding", {})
    if set(properties) != PACKED_ITEM or not is_packed_vector(api.resolve(vector)):
        raise GeneratorError(f"{label}: a packed vector needs items of exactly {PACKED_ITEM}")
    body = operation.body
    fields = api.resolve(body.media.schema).get("properties", {}) if body else {}
    for argument in arguments:
        schema = api.resolve(fields.get(argument.wire, {})) if argument.location == "json" else {}
        if PACKED_ENCODING in schema.get("enum", []):
            return argument.name
    raise GeneratorError(f"{label}: packed vectors in the response, but no argument asks for them")


def _arguments(
    api: Api, operation: Operation, types: ParamTypes, label: str
) -> tuple[list[Argument], str | None, ParamModule | None]:
    """A method's arguments (its parameters, then its body's properties), body kind and type."""
    arguments = [
        Argument(
            name=argument_name(p.name),
            wire=p.name,
            location=p.location,
            type=types.render(p.schema, owner=_NO_OWNER, hint=p.name),
            required=p.required,
            description=p.description,
        )
        for p in operation.parameters
        if not ignored_idempotency_key(api, operation, p.name, p.location)
    ]
    body, params = None, None
    if operation.body is not None:
        media = operation.body.media
        body = BODIES.get(media.media_type)
        if body is None or media.schema is None:
            raise GeneratorError(f"{label}: request bodies of {media.media_type} are not supported")
        params = types.body_module(
            snake_case(operation.id) + "_params",
            str(ClassName(operation.id, "")) + "Params",
            media.schema,
            f"The request body of `{operation.id}`: {operation.summary.lower()}.",
        )
        properties = api.resolve(media.schema)["properties"]
        for f in params.typed_dicts[0].fields:
            location = "json"
            if body == "multipart":
                binary = api.resolve(properties[f.name]).get("format") == "binary"
                location = "file" if binary else "form"
            arguments.append(Argument(f.name, f.name, location, f.type, f.required, f.description))
    order = {"path": 0, "json": 1, "form": 1, "file": 1, "query": 2, "header": 3}
    arguments.sort(key=lambda a: order[a.location])  # stable: the body keeps the spec's order
    names = [a.name for a in arguments]
    clashes = sorted({n for n in names if names.count(n) > 1} | (set(names) & COMMON_ARGUMENTS))
    if clashes:
        raise GeneratorError(f"{label}: argument names clash: {clashes}")
    return arguments, body, params


def argument_name(wire: str) -> str:
    """The keyword argument of a parameter: `Idempotency-Key` -> `idempotency_key`."""
    return str(PythonIdentifier(wire, ""))


def ignored_idempotency_key(api: Api, operation: Operation, name: str, location: str) -> bool:
    """The idempotency header of a method other than POST: the API ignores it, so the method
    does not take it (only a POST carries a key)."""
    return (
        location == "header"
        and name.lower() == api.idempotency.header.lower()
        and operation.method.upper() != "POST"
    )


# Parameters are scalars: they never need a module of their own for nested TypedDicts.
_NO_OWNER = ParamModule("_", "_", "")


def _envelope(api: Api, operation: Operation, label: str) -> tuple[str | None, str | None]:
    """The model of a JSON success response's `{data, meta}` envelope, and of its data."""
    envelope, success = operation.envelope, operation.success
    if envelope is None and (success is None or success.media(JSON) is None):
        return None, None  # a stream or a download
    required = set(api.schemas[envelope.schema_name].get("required", [])) if envelope else set()
    if envelope is None or required != {"data", "meta"}:
        raise GeneratorError(f"{label}: the JSON success response is not a {{data, meta}} envelope")
    if envelope.data_schema is None:
        raise GeneratorError(f"{label}: `data` must be a $ref or an array of $refs")
    return str(ClassName(envelope.schema_name, "")), str(ClassName(envelope.data_schema, ""))


def _stream(operation: Operation, label: str) -> Stream:
    """Which event carries the stream's items, and their model."""
    assert operation.stream is not None
    item_event, item_schema = operation.stream.item_event, operation.stream.item_schema
    if item_event is None or item_schema is None:
        raise GeneratorError(f"{label}: a stream needs one item event and its schema")
    return Stream(item_event, str(ClassName(item_schema, "")))


def _module(api: Api, tag: Tag, methods: list[Method]) -> ResourceModule:
    roots = {m.operation.resource[0] for m in methods}
    if len(roots) != 1:
        raise GeneratorError(f"tag {tag.name}: operationIds start with several names {roots}")
    (root_attr,) = roots
    root = Resource(root_attr, str(ClassName(root_attr, "")))
    for method in methods:
        path = method.operation.resource
        node = root
        for depth in range(1, len(path)):
            child = next((c for c in node.children if c.attr == path[depth]), None)
            if child is None:
                child = Resource(path[depth], str(ClassName("_".join(path[: depth + 1]), "")))
                node.children.append(child)
            node = child
        node.methods.append(method)
    for resource in root.walk():
        resource.waits_on = _waitable(api, resource)
    imports, typing_imports = _imports(methods)
    return ResourceModule(
        module=str(PythonIdentifier(tag.name, "")),
        tag=tag.name,
        description=tag.description,
        root=root,
        imports=imports,
        typing_imports=typing_imports,
    )


def _waitable(api: Api, resource: Resource) -> Method | None:
    """The `retrieve` method of a resource whose data is one task (it has a task status)."""
    retrieve = next((m for m in resource.methods if m.name == "retrieve"), None)
    envelope = retrieve.operation.envelope if retrieve is not None else None
    if envelope is None or envelope.data_is_list or envelope.data_schema not in api.task_schemas:
        return None
    return retrieve


def _imports(
    methods: list[Method],
) -> tuple[list[tuple[str, list[str]]], list[tuple[str, list[str]]]]:
    """A resource module's imports of models and param types, grouped by module."""
    runtime: set[Import] = {(MODELS, "Meta")}
    typing_only: set[Import] = set()
    for method in methods:
        for argument in method.arguments:
            runtime |= argument.type.imports
            typing_only |= argument.type.typing_imports
        item_class = method.stream.item_class if method.stream else None
        read_by_runtime = method.packed is not None  # `_embeddings.py` reads its response
        models = (None, None) if read_by_runtime else (method.envelope, method.data_class)
        for name in (*models, item_class):
            if name:
                runtime.add((MODELS, name))
    return _group(runtime), _group(typing_only - runtime)


def _group(imports: set[Import]) -> list[tuple[str, list[str]]]:
    modules: dict[str, list[str]] = defaultdict(list)
    for module, name in sorted(imports):
        modules[module].append(name)
    return sorted(modules.items())
