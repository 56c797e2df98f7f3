"""The client's surface, read off the spec: resources, their methods, what each sends and returns.

The dotted operationIds name the surface: `video.generations.create` is the method `create`
of the resource `generations` under `video`. Each tag becomes one module of `resources/`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.strings import ClassName, PythonIdentifier, snake_case

from generator.python.param_types import (
    MODELS,
    GeneratorError,
    Import,
    ParamModule,
    ParamTypes,
    TypeRef,
    ref_name,
)
from minimax_openapi.document import RawOperation, operations, parameters, resolve

JSON = "application/json"
SSE = "text/event-stream"
MULTIPART = "multipart/form-data"
# The frames every stream ends with, and their data (see "Streaming" in the spec's description).
DONE_FRAME, ERROR_FRAME = "done", "error"
END_FRAMES = {DONE_FRAME: "StreamDone", ERROR_FRAME: "ErrorResponse"}
# Statuses after which a task never changes (TaskStatus's description says so in prose).
TERMINAL_STATUSES = ("succeeded", "failed")
# Names every method takes besides the operation's own parameters.
COMMON_ARGUMENTS = {"extra_headers", "extra_query", "extra_body", "timeout", "self"}


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
    operation_id: str
    name: str
    http_method: str
    path: str
    summary: str
    description: str
    arguments: list[Argument]
    body: str | None  # "json", "multipart" or None
    params: ParamModule | None
    result: str  # "json", "stream" or "binary": what a call returns by default
    envelope: str | None  # the `{data, meta}` model of a JSON result
    data_type: str | None  # the Python type of the envelope's `data`
    data_schema: str | None  # the component schema of `data` (or of its items)
    stream: Stream | None
    stream_flag: str | None  # the body property that switches a JSON result to a stream
    timeout: str  # the name of the default timeout constant
    rate_limit: dict[str, int]
    scopes: list[str]

    @property
    def path_code(self) -> str:
        """The path as a Python expression, with its parameters escaped into it."""
        if "{" not in self.path:
            return repr(self.path)
        names = {a.wire: a.name for a in self.path_arguments}
        code = re.sub(r"\{([^}]+)\}", lambda m: f"{{path_segment({names[m[1]]})}}", self.path)
        return "f" + repr(code)

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


def build(spec: dict[str, Any], model_classes: set[str]) -> Surface:
    types = ParamTypes(spec, model_classes)
    methods_by_tag: dict[str, list[Method]] = defaultdict(list)
    for operation in operations(spec):
        (tag,) = operation.op["tags"]
        methods_by_tag[tag].append(_method(spec, operation, types))
    modules = []
    for tag in spec["tags"]:
        methods = methods_by_tag.pop(tag["name"], [])
        if methods:
            modules.append(_module(spec, tag, methods))
    if methods_by_tag:
        raise GeneratorError(f"operations tagged with undeclared tags: {sorted(methods_by_tag)}")
    all_methods = [m for module in modules for r in module.root.walk() for m in r.methods]
    body_modules = [m.params for m in all_methods if m.params]
    param_modules = sorted([*types.modules.values(), *body_modules], key=lambda p: p.module)
    return Surface(modules, all_methods, param_modules)


def _method(spec: dict[str, Any], operation: RawOperation, types: ParamTypes) -> Method:
    op = operation.op
    operation_id = op["operationId"]
    label = f"{operation_id} ({operation.label})"
    arguments, body, params = _arguments(spec, operation, types, label)

    response = next(resolve(spec, r) for s, r in op["responses"].items() if s.startswith("2"))
    content = response.get("content", {})
    envelope = data_type = data_schema = None
    if JSON in content:
        envelope, data_type, data_schema = _envelope(spec, content[JSON]["schema"], label)
    stream = _stream(spec, content[SSE]["schema"], label) if SSE in content else None
    stream_flag = None
    if JSON in content and stream:
        flag = next((a for a in arguments if a.name == "stream" and a.type.code == "bool"), None)
        if flag is None:
            raise GeneratorError(f"{label}: answers JSON or SSE but has no `stream` flag")
        stream_flag = flag.name
    result = "json" if JSON in content else "stream" if stream else "binary"
    transfer = body == "multipart" or result == "binary"
    return Method(
        operation_id=operation_id,
        name=operation_id.rsplit(".", 1)[-1],
        http_method=operation.method,
        path=operation.path,
        summary=op.get("summary", ""),
        description=op.get("description", "").strip(),
        arguments=arguments,
        body=body,
        params=params,
        result=result,
        envelope=envelope,
        data_type=data_type,
        data_schema=data_schema,
        stream=stream,
        stream_flag=stream_flag,
        timeout="TRANSFER_TIMEOUT" if transfer else "DEFAULT_TIMEOUT",
        rate_limit=op.get("x-rate-limit", {}).get("requests_per_minute", {}),
        scopes=op.get("x-key-scopes", []),
    )


def _arguments(
    spec: dict[str, Any], operation: RawOperation, types: ParamTypes, label: str
) -> tuple[list[Argument], str | None, ParamModule | None]:
    """A method's arguments (its parameters, then its body's properties), body kind and type."""
    op = operation.op
    arguments = [
        Argument(
            name=str(PythonIdentifier(p["name"], "")),
            wire=p["name"],
            location=p["in"],
            type=types.render(p["schema"], owner=_NO_OWNER, hint=p["name"]),
            required=p.get("required", False),
            description=p.get("description", ""),
        )
        for p in parameters(spec, operation)
    ]
    body, params = None, None
    if "requestBody" in op:
        content = resolve(spec, op["requestBody"])["content"]
        media_type = next(iter(content))
        body = {JSON: "json", MULTIPART: "multipart"}.get(media_type)
        if body is None:
            raise GeneratorError(f"{label}: request bodies of {media_type} are not supported")
        operation_id = op["operationId"]
        params = types.body_module(
            snake_case(operation_id) + "_params",
            str(ClassName(operation_id, "")) + "Params",
            content[media_type]["schema"],
            f"The request body of `{operation_id}`: {op.get('summary', '').lower()}.",
        )
        properties = resolve(spec, content[media_type]["schema"])["properties"]
        for f in params.typed_dicts[0].fields:
            location = "json"
            if body == "multipart":
                binary = properties[f.name].get("format") == "binary"
                location = "file" if binary else "form"
            arguments.append(Argument(f.name, f.name, location, f.type, f.required, f.description))
    order = {"path": 0, "json": 1, "form": 1, "file": 1, "query": 2, "header": 3}
    arguments.sort(key=lambda a: order[a.location])  # stable: the body keeps the spec's order
    names = [a.name for a in arguments]
    clashes = sorted({n for n in names if names.count(n) > 1} | (set(names) & COMMON_ARGUMENTS))
    if clashes:
        raise GeneratorError(f"{label}: argument names clash: {clashes}")
    return arguments, body, params


# Parameters are scalars: they never need a module of their own for nested TypedDicts.
_NO_OWNER = ParamModule("_", "_", "")


def _envelope(spec: dict[str, Any], schema: dict[str, Any], label: str) -> tuple[str, str, str]:
    """The `{data, meta}` model of a JSON success response, its data's type and schema."""
    name = ref_name(schema)
    target = resolve(spec, schema)
    if name is None or set(target.get("required", [])) != {"data", "meta"}:
        raise GeneratorError(f"{label}: the success response is not a {{data, meta}} envelope")
    data = target["properties"]["data"]
    item = ref_name(data.get("items", {})) if data.get("type") == "array" else None
    if item:
        # `builtins.`: a resource may have a method named `list`, which shadows the builtin.
        return str(ClassName(name, "")), f"builtins.list[{ClassName(item, '')}]", item
    data_name = ref_name(data)
    if data_name:
        return str(ClassName(name, "")), str(ClassName(data_name, "")), data_name
    raise GeneratorError(f"{label}: `data` must be a $ref or an array of $refs")


def _stream(spec: dict[str, Any], schema: dict[str, Any], label: str) -> Stream:
    """Which frame kind carries items, and their model, from a `*StreamEvent` schema."""
    event = resolve(spec, schema)
    frame_kinds = event["properties"]["event"]["enum"]
    if not set(END_FRAMES) <= set(frame_kinds):
        raise GeneratorError(f"{label}: a stream must end with one of {sorted(END_FRAMES)}")
    kinds = [k for k in frame_kinds if k not in END_FRAMES]
    frames = resolve(spec, event["properties"]["data"]["contentSchema"])
    members = [ref_name(m) for m in frames.get("anyOf", frames.get("oneOf", []))]
    items = [m for m in members if m not in END_FRAMES.values()]
    if len(kinds) != 1 or len(items) != 1 or None in members:
        raise GeneratorError(f"{label}: a stream needs one item frame kind and one item schema")
    return Stream(kinds[0], str(ClassName(items[0], "")))


def _module(spec: dict[str, Any], tag: dict[str, Any], methods: list[Method]) -> ResourceModule:
    roots = {m.operation_id.split(".")[0] for m in methods}
    if len(roots) != 1:
        raise GeneratorError(f"tag {tag['name']}: operationIds start with several names {roots}")
    (root_attr,) = roots
    root = Resource(root_attr, str(ClassName(root_attr, "")))
    for method in methods:
        *path, _ = method.operation_id.split(".")
        node = root
        for depth in range(1, len(path)):
            child = next((c for c in node.children if c.attr == path[depth]), None)
            if child is None:
                child = Resource(path[depth], str(ClassName("_".join(path[: depth + 1]), "")))
                node.children.append(child)
            node = child
        node.methods.append(method)
    for resource in root.walk():
        resource.waits_on = _waitable(spec, resource)
    imports, typing_imports = _imports(methods)
    return ResourceModule(
        module=str(PythonIdentifier(tag["name"], "")),
        tag=tag["name"],
        description=tag.get("description", ""),
        root=root,
        imports=imports,
        typing_imports=typing_imports,
    )


def _waitable(spec: dict[str, Any], resource: Resource) -> Method | None:
    """The `retrieve` method of a resource whose data is a task with a TaskStatus `status`."""
    retrieve = next((m for m in resource.methods if m.name == "retrieve"), None)
    if (
        retrieve is None
        or retrieve.data_schema is None
        or retrieve.data_type != retrieve.data_schema
    ):
        return None
    schema = spec["components"]["schemas"][retrieve.data_schema]
    status = schema.get("properties", {}).get("status", {})
    if status.get("$ref") is None:
        return None
    values = resolve(spec, status).get("enum", [])
    if not set(TERMINAL_STATUSES) <= set(values):
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
        for name in (method.envelope, method.stream and method.stream.item_class):
            if name:
                runtime.add((MODELS, name))
        if method.data_schema:
            runtime.add((MODELS, str(ClassName(method.data_schema, ""))))
    return _group(runtime), _group(typing_only - runtime)


def _group(imports: set[Import]) -> list[tuple[str, list[str]]]:
    modules: dict[str, list[str]] = defaultdict(list)
    for module, name in sorted(imports):
        modules[module].append(name)
    return sorted(modules.items())
