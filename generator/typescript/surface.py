"""The SDK's surface in TypeScript's terms, read off the spec's model: resources, their methods,
what each sends and returns.

The dotted operation ids name the surface: `video.generations.create` is the method `create`
of the resource `generations` under `video`, called `client.video.generations.create(...)`;
`fine_tunes.create` is `client.fineTunes.create(...)`. Each tag becomes one module of
`src/resources/` (`Fine-tunes` -> `fine-tunes.ts`).

A method takes its path parameters first (`retrieve(taskId)`), then its request body (`body`)
or its query parameters (`params`), then the runtime's `RequestOptions`. What it answers
follows the operation's result kind: `APIResult<T>` of a JSON envelope's data, a `Stream<T>`
of an SSE stream's items, or a `Download` of a file.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from generator.output import GeneratorError
from generator.typescript import names
from generator.typescript.ts_types import OperationTypes, TypesModule
from minimax_openapi.model import JSON, MULTIPART, Api, Operation, Tag

# Parameters the runtime sends itself: the idempotency key is `RequestOptions.idempotencyKey`.
METHODS = ("GET", "POST")
# The names every method takes besides the operation's own.
RESERVED_ARGUMENTS = frozenset({"body", "params", "options"})
# The members of the runtime's `Resource` (core/resource.ts): no method or child may take them.
RESOURCE_MEMBERS = frozenset({"_client", "json", "stream", "binary", "constructor"})


@dataclass
class PathParameter:
    name: str  # the TypeScript argument: `taskId`
    wire: str  # as in the path: `task_id`
    type: str
    description: str


@dataclass
class Method:
    operation: Operation  # what the spec says: id, path, summary, result, rate limit, scopes...
    name: str  # camelCase
    path_parameters: list[PathParameter]
    types: OperationTypes  # the body and query parameter types
    body_required: bool
    multipart: bool
    transfer: bool  # an upload or a download: the transfer timeout by default
    data_type: str | None  # what a JSON result's `data` holds: `ChatCompletion`, `Array<Model>`
    item_type: str | None  # what a stream yields
    item_event: str | None  # the SSE event carrying the items
    secrets: tuple[str, ...]  # the properties of `data` (or its items) holding a credential

    @property
    def method(self) -> str:
        return self.operation.method

    @property
    def result(self) -> str:
        return self.operation.result

    @property
    def path_code(self) -> str:
        """The path as a TypeScript expression, its parameters encoded into it."""
        path = self.operation.path
        if "{" not in path:
            return names.string(path)
        by_wire = {p.wire: p for p in self.path_parameters}

        def segment(match: re.Match[str]) -> str:
            parameter = by_wire[match[1]]
            value = parameter.name if parameter.type == "string" else f"String({parameter.name})"
            return "${encodeURIComponent(" + value + ")}"

        escaped = path.replace("\\", "\\\\").replace("`", "\\`")
        return "`" + re.sub(r"\{([^}]+)\}", segment, escaped) + "`"

    @property
    def returns(self) -> str:
        """The type the method answers (for a stream flag: when it is not set)."""
        if self.result == "stream":
            return f"APIPromise<Stream<{self.item_type}>>"
        if self.result == "binary":
            return "APIPromise<Download>"
        return f"APIPromise<APIResult<{self.data_type}>>"

    @property
    def stream_returns(self) -> str:
        return f"APIPromise<Stream<{self.item_type}>>"

    @property
    def path_arguments(self) -> list[str]:
        return [f"{p.name}: {p.type}" for p in self.path_parameters]

    @property
    def arguments(self) -> list[str]:
        """The parameter list of the method, options included."""
        args = self.path_arguments
        if self.types.body is not None:
            args.append(f"body{'' if self.body_required else '?'}: {self.types.body}")
        if self.types.params is not None:
            args.append(f"params{'' if self.types.params_required else '?'}: {self.types.params}")
        return [*args, "options?: RequestOptions"]

    def arguments_with_body(self, body_type: str) -> list[str]:
        """The parameter list with the body typed otherwise (the stream flag's overloads)."""
        return [
            f"body: {body_type}" if a.startswith(("body:", "body?:")) else a for a in self.arguments
        ]

    @property
    def doc(self) -> str:
        """The doc comment's text: the summary, the description, the rate limit and the key
        scopes (as the Python client's docstrings have them), then the parameters."""
        operation = self.operation
        parts = [operation.summary.rstrip(".") + "."]
        if operation.description:
            parts.append(operation.description)
        facts = []
        if operation.rate_limit:
            limits = ", ".join(
                f"{rpm} ({tier.replace('_', ' ')})" for tier, rpm in operation.rate_limit.items()
            )
            facts.append(f"Rate limit, in requests per minute: {limits}.")
        if operation.scopes:
            facts.append(f"Key scopes allowed: {', '.join(operation.scopes)}.")
        if operation.deprecated:
            facts.append("@deprecated")
        if facts:
            parts.append("\n".join(facts))
        tags = [f"@param {p.name} - {_one_line(p.description)}" for p in self.path_parameters]
        if self.types.body is not None:
            tags.append(f"@param body - The request body, a `{self.types.body}`.")
        if self.types.params is not None:
            tags.append(f"@param params - The query parameters, a `{self.types.params}`.")
        tags.append(
            "@param options - This call's timeout (ms), retries, idempotency key, headers and "
            "abort signal."
        )
        parts.append("\n".join(tags))
        return "\n\n".join(parts)

    @property
    def call_arguments(self) -> list[str]:
        """How `waitForTask` calls this method again: its path parameters."""
        return [p.name for p in self.path_parameters]

    def spec(self, streamed: bool = False) -> str:
        """The `RequestSpec` object the runtime takes."""
        entries = [f"method: {names.string(self.method)}", f"path: {self.path_code}"]
        if self.types.params is not None:
            entries.append("query: { ...params }")
        if self.types.body is not None:
            entries.append("body: { ...body }")
        if self.multipart:
            entries.append("multipart: true")
        if (streamed or self.result == "stream") and self.item_event is not None:
            entries.append(f"itemEvent: {names.string(self.item_event)}")
        if self.transfer:
            entries.append("transfer: true")
        if self.secrets and self.result == "json":
            entries.append(f"secrets: [{', '.join(map(names.string, self.secrets))}]")
        if (model := self.model_code) is not None:
            entries.append(f"model: {model}")
        return "{ " + ", ".join(entries) + " }"

    @property
    def model_code(self) -> str | None:
        """The model the request names, as an expression (its deprecation is reported)."""
        named = self.operation.model_argument
        if named is None:
            return None
        if named.location == "path":
            return next(p.name for p in self.path_parameters if p.wire == named.name)
        value = f"body{'' if self.body_required else '?'}.{named.name}"
        if named.default is None:
            return value
        return f"({value} ?? {names.string(named.default)})"


@dataclass
class Resource:
    attr: str  # the property of its parent: `fineTunes`, `generations`
    class_name: str  # `FineTunes`, `VideoGenerations`
    path: tuple[str, ...]  # the spec's resource path: ("video", "generations")
    methods: list[Method] = field(default_factory=list)
    children: list[Resource] = field(default_factory=list)
    waits_on: Method | None = None  # the `retrieve` a `wait` helper polls

    def walk(self) -> list[Resource]:
        """This resource and every one below it, children first (each class before its use)."""
        return [r for child in self.children for r in child.walk()] + [self]

    @property
    def task_type(self) -> str | None:
        return self.waits_on.data_type if self.waits_on else None


@dataclass
class ResourceModule:
    module: str  # the file name without `.ts`: `fine-tunes`
    tag: str
    description: str
    root: Resource
    type_imports: list[str]  # from ../types.js

    @property
    def results(self) -> set[str]:
        """What its methods answer: json, stream, binary (a stream flag counts as a stream)."""
        methods = [m for r in self.root.walk() for m in r.methods]
        streamed = {"stream"} if any(m.types.streaming for m in methods) else set()
        return {m.result for m in methods} | streamed

    @property
    def waits(self) -> bool:
        return any(r.waits_on for r in self.root.walk())


@dataclass
class Surface:
    modules: list[ResourceModule]
    methods: list[Method]

    @property
    def resource_classes(self) -> list[str]:
        return [r.class_name for m in self.modules for r in m.root.walk()]

    def accessor(self, method: Method) -> str:
        """How a user reaches a method: `client.fineTunes.create`."""
        return "client." + ".".join(names.camel(p) for p in method.operation.id.split("."))


def build(api: Api, types: TypesModule) -> Surface:
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
    roots = [m.root.attr for m in modules]
    if len(set(roots)) != len(roots):
        raise GeneratorError(f"several tags share a root resource: {roots}")
    all_methods = [m for module in modules for r in module.root.walk() for m in r.methods]
    return Surface(modules, all_methods)


def _method(api: Api, operation: Operation, types: TypesModule) -> Method:
    label = f"{operation.id} ({operation.label})"
    if not operation.resource:
        raise GeneratorError(f"{label}: the operationId must name a resource, then a method")
    if operation.method not in METHODS:
        raise GeneratorError(f"{label}: the runtime sends {METHODS} only")
    path_parameters = []
    for parameter in operation.parameters:
        if parameter.location == "path":
            type_ = "number" if parameter.type in ("integer", "number") else "string"
            name = names.camel(parameter.name)
            path_parameters.append(
                PathParameter(name, parameter.name, type_, parameter.description)
            )
        elif parameter.location == "header" and parameter.name.lower() != (
            api.idempotency.header.lower()
        ):
            raise GeneratorError(f"{label}: header parameter {parameter.name!r} is not supported")
        elif parameter.location not in ("path", "query", "header"):
            raise GeneratorError(f"{label}: {parameter.location} parameters are not supported")
    taken = [p.name for p in path_parameters]
    clashes = sorted({n for n in taken if taken.count(n) > 1} | (set(taken) & RESERVED_ARGUMENTS))
    if clashes:
        raise GeneratorError(f"{label}: argument names clash: {clashes}")
    multipart = False
    if operation.body is not None:
        media_type = operation.body.media_type
        if media_type not in (JSON, MULTIPART):
            raise GeneratorError(f"{label}: request bodies of {media_type} are not supported")
        multipart = media_type == MULTIPART
    data_type = item_type = item_event = None
    if operation.result == "json":
        data_type = _data_type(api, operation, label)
    if operation.stream is not None:
        item_event, item_schema = operation.stream.item_event, operation.stream.item_schema
        if item_event is None or item_schema is None:
            raise GeneratorError(f"{label}: a stream needs one item event and its schema")
        item_type = names.type_name(item_schema)
    return Method(
        operation=operation,
        name=names.camel(operation.name),
        path_parameters=path_parameters,
        types=types.operations[operation.id],
        body_required=operation.body is not None and operation.body.required,
        multipart=multipart,
        transfer=multipart or operation.result == "binary",
        data_type=data_type,
        item_type=item_type,
        item_event=item_event,
        secrets=tuple(
            sorted(api.secret_properties.get(str(operation.envelope.data_schema), ()))
            if operation.envelope
            else ()
        ),
    )


def _one_line(text: str) -> str:
    return " ".join(text.split()) or "See the API reference."


def _data_type(api: Api, operation: Operation, label: str) -> str:
    """The type of a JSON success response's `data`, read off its `{data, meta}` envelope."""
    envelope = operation.envelope
    assert envelope is not None
    required = set(api.schemas[envelope.schema_name].get("required", []))
    if required != {"data", "meta"}:
        raise GeneratorError(f"{label}: the JSON success response is not a {{data, meta}} envelope")
    if envelope.data_schema is None:
        raise GeneratorError(f"{label}: `data` must be a $ref or an array of $refs")
    data = names.type_name(envelope.data_schema)
    return f"Array<{data}>" if envelope.data_is_list else data


def _module(api: Api, tag: Tag, methods: list[Method]) -> ResourceModule:
    roots = {m.operation.resource[0] for m in methods}
    if len(roots) != 1:
        raise GeneratorError(f"tag {tag.name}: operationIds start with several names {roots}")
    (root_name,) = roots
    root = Resource(names.camel(root_name), names.pascal(root_name), (root_name,))
    for method in methods:
        path = method.operation.resource
        node = root
        for depth in range(1, len(path)):
            child = next((c for c in node.children if c.path == path[: depth + 1]), None)
            if child is None:
                child = Resource(
                    names.camel(path[depth]),
                    names.pascal("_".join(path[: depth + 1])),
                    path[: depth + 1],
                )
                node.children.append(child)
            node = child
        node.methods.append(method)
    for resource in root.walk():
        resource.waits_on = _waitable(api, resource)
        members = [m.name for m in resource.methods] + [c.attr for c in resource.children]
        members += ["wait"] if resource.waits_on else []
        if len(set(members)) != len(members) or RESOURCE_MEMBERS & set(members):
            raise GeneratorError(f"resource {'.'.join(resource.path)}: member names clash")
    return ResourceModule(
        module=names.kebab(tag.name),
        tag=tag.name,
        description=tag.description,
        root=root,
        type_imports=_type_imports(methods),
    )


def _waitable(api: Api, resource: Resource) -> Method | None:
    """The `retrieve` method of a resource whose data is one task (it has a task status)."""
    retrieve = next((m for m in resource.methods if m.operation.name == "retrieve"), None)
    envelope = retrieve.operation.envelope if retrieve is not None else None
    if envelope is None or envelope.data_is_list or envelope.data_schema not in api.task_schemas:
        return None
    return retrieve


def _type_imports(methods: list[Method]) -> list[str]:
    """The names of `types.ts` a resource module uses."""
    used: set[str] = set()
    for method in methods:
        types = method.types
        used |= {t for t in (types.body, types.streaming, types.non_streaming, types.params) if t}
        used |= {t for t in (method.item_type,) if t}
        if method.data_type:
            used.add(method.data_type.removeprefix("Array<").removesuffix(">"))
    return sorted(used)
