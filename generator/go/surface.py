"""The SDK's surface in Go's terms, read off the spec's model: services, their methods, what each
sends and returns.

The dotted operation ids name the surface: `video.generations.create` is the method `Create` of
`client.Video.Generations` (a `*VideoGenerationsService`); `fine_tunes.create` is
`client.FineTunes.Create`. `renames.METHODS` moves the few the brief names otherwise
(`chat.completions.create` is `client.Chat.Completions`). Each tag becomes one file
(`Fine-tunes` -> `fine_tunes.go`).

A method takes `ctx` first, then its path parameters as plain arguments (`Retrieve(ctx,
taskID)`), then its request body (`req *ChatCompletionRequest`) or its query parameters
(`params *VideoGenerationsContentParams`), then `opts ...RequestOption`. It answers after its
result kind: `*Result[T]` of a JSON envelope's data, `*Stream[T]` of an SSE stream's items, or
`*Download` of a file. An operation with a stream flag has a second method, `<Name>Stream`,
which sets the flag and answers a stream. A service whose `retrieve` returns a task gets
`Wait(ctx, id, *WaitOptions, opts...)`.

How each method calls the runtime is the runtime's seam (generator/go/runtime/README.md):
`doJSON`, `newStream`, `download` and `waitFor`, each given a `requestSpec`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from generator.go import names
from generator.go.go_types import TypesModule
from generator.go.renames import METHODS as METHOD_RENAMES
from generator.output import GeneratorError
from minimax_openapi.model import JSON, MULTIPART, Api, Operation, Tag

HTTP_METHODS = {"GET": "http.MethodGet", "POST": "http.MethodPost"}
# What every service has besides its methods: no method or child may take these names.
SERVICE_MEMBERS = frozenset({"t", "Wait"})


@dataclass
class PathParameter:
    name: str  # the Go argument: `taskID`
    wire: str  # as in the path: `task_id`
    type: str  # string or int
    description: str


@dataclass
class FormPart:
    name: str  # the part's name
    field: str  # the request struct's field


@dataclass
class Method:
    operation: Operation  # what the spec says: id, path, summary, result, rate limit, scopes...
    name: str  # Go: `Completions`, `Create`
    receiver: str  # the service type: `ChatService`
    accessor: str  # how a user reaches it: `client.Chat.Completions`
    path_parameters: list[PathParameter]
    body: str | None  # the request struct
    params: str | None  # the query parameters' struct
    form: list[FormPart] | None  # a multipart body's parts, in the schema's order
    transfer: bool  # an upload or a download: TransferTimeout by default
    data_type: str | None  # what a JSON result's `data` holds: `ChatCompletion`, `[]Model`
    item_type: str | None  # what a stream yields
    item_event: str | None  # the SSE event carrying the items
    stream_flag: str | None  # the body property asking for a stream (then a Stream method too)

    @property
    def result(self) -> str:
        return self.operation.result

    @property
    def http_method(self) -> str:
        return HTTP_METHODS[self.operation.method]

    @property
    def path_code(self) -> str:
        """The path as a Go expression, its parameters escaped into it."""
        by_wire = {p.wire: p for p in self.path_parameters}
        parts: list[str] = []
        for index, piece in enumerate(re.split(r"\{([^}]+)\}", self.operation.path)):
            if index % 2 == 0:
                if piece:
                    parts.append(names.string(piece))
                continue
            parameter = by_wire[piece]
            value = (
                parameter.name if parameter.type == "string" else f"strconv.Itoa({parameter.name})"
            )
            parts.append(f"url.PathEscape({value})")
        return " + ".join(parts)

    @property
    def model_code(self) -> str | None:
        """The model the request names, as an expression (its deprecation is reported)."""
        named = self.operation.model_argument
        if named is None:
            return None
        if named.location == "path":
            return next(p.name for p in self.path_parameters if p.wire == named.name)
        value = f"req.{names.pascal(named.name)}"
        if named.default is None:
            return value
        return f"modelOr({value}, {names.string(named.default)})"

    @property
    def uses_strconv(self) -> bool:
        return any(p.type != "string" for p in self.path_parameters)

    @property
    def arguments(self) -> str:
        """The parameter list, from ctx to opts."""
        args = ["ctx context.Context"]
        args += [f"{p.name} {p.type}" for p in self.path_parameters]
        if self.body is not None:
            args.append(f"req *{self.body}")
        if self.params is not None:
            args.append(f"params *{self.params}")
        return ", ".join([*args, "opts ...RequestOption"])

    @property
    def path_arguments(self) -> str:
        return ", ".join(f"{p.name} {p.type}" for p in self.path_parameters)

    @property
    def call_arguments(self) -> str:
        """How Wait calls Retrieve again: ctx and its path parameters."""
        return ", ".join(["ctx", *(p.name for p in self.path_parameters)])

    @property
    def returns(self) -> str:
        if self.result == "stream":
            return f"(*Stream[{self.item_type}], error)"
        if self.result == "binary":
            return "(*Download, error)"
        return f"(*Result[{self.data_type}], error)"

    @property
    def stream_returns(self) -> str:
        return f"(*Stream[{self.item_type}], error)"

    @property
    def stream_name(self) -> str:
        return self.name + "Stream"

    @property
    def streaming_body(self) -> str:
        """The unexported type sending the body with its stream flag set."""
        assert self.body is not None
        return "streaming" + self.body

    def facts(self) -> str:
        """Rate limit and key scopes, as the doc comments give them."""
        operation = self.operation
        lines = []
        if operation.rate_limit:
            limits = ", ".join(
                f"{rpm} ({tier.replace('_', ' ')})" for tier, rpm in operation.rate_limit.items()
            )
            lines.append(f"Rate limit, in requests per minute: {limits}.")
        if operation.scopes:
            lines.append(f"Key scopes allowed: {', '.join(operation.scopes)}.")
        return "\n".join(lines)

    @property
    def doc(self) -> str:
        """The doc comment: what it sends and does, the description, the rate limit and the key
        scopes, then deprecation (Go's `Deprecated:` paragraph)."""
        operation = self.operation
        summary = operation.summary.rstrip(".")
        if summary[1:2].islower():
            summary = summary[:1].lower() + summary[1:]
        parts = [f"{self.name} calls `{operation.label}`: {summary}."]
        if operation.description:
            parts.append(operation.description)
        if self.result == "binary":
            parts.append("The caller closes the Download's Body.")
        if self.result == "stream":
            parts.append(
                f"Read it with Next and Current until Next is false, then check Err; Close it "
                f"when done early. Its items are the `{self.item_event}` frames."
            )
        facts = self.facts()
        if facts:
            parts.append(facts)
        if operation.deprecated:
            parts.append("Deprecated: the API will remove this operation.")
        return "\n\n".join(parts)

    @property
    def stream_doc(self) -> str:
        parts = [
            f"{self.stream_name} calls `{self.operation.label}` with `{self.stream_flag}: true`: "
            f"{self.name}, answered as a stream of {self.item_type} (the `{self.item_event}` "
            "frames).",
            "Read it with Next and Current until Next is false, then check Err; Close it when "
            "done early. Meta holds the `done` frame's meta (usage) once the stream has ended.",
        ]
        facts = self.facts()
        if facts:
            parts.append(facts)
        return "\n\n".join(parts)


@dataclass
class Service:
    member: str  # the field of its parent: `FineTunes`, `Generations`
    type: str  # `FineTunesService`, `VideoGenerationsService`
    path: tuple[str, ...]  # the spec's resource path: ("video", "generations")
    doc: str
    methods: list[Method] = field(default_factory=list)
    children: list[Service] = field(default_factory=list)
    waits_on: Method | None = None  # the `retrieve` Wait polls

    def walk(self) -> list[Service]:
        """This service and every one below it, parents first."""
        return [self] + [s for child in self.children for s in child.walk()]

    @property
    def needs_transport(self) -> bool:
        return bool(self.methods)

    @property
    def task_type(self) -> str | None:
        return self.waits_on.data_type if self.waits_on else None

    @property
    def literal(self) -> str:
        """How NewClient builds it: `&VideoService{Generations: &VideoGenerationsService{t: t}}`."""
        members = ["t: t"] if self.needs_transport else []
        members += [f"{c.member}: {c.literal}" for c in self.children]
        return f"&{self.type}{{{', '.join(members)}}}"


@dataclass
class ServiceFile:
    file: str  # the file name without `.go`: `fine_tunes`
    tag: str
    description: str
    root: Service

    @property
    def methods(self) -> list[Method]:
        return [m for s in self.root.walk() for m in s.methods]

    @property
    def imports(self) -> list[str]:
        """The standard library packages the file uses."""
        used = {"context", "net/http"}
        for method in self.methods:
            if method.path_parameters:
                used.add("net/url")
            if method.uses_strconv:
                used.add("strconv")
            if method.body is not None:
                used.add("errors")
        return sorted(used)


@dataclass
class Surface:
    files: list[ServiceFile]
    methods: list[Method]

    @property
    def roots(self) -> list[Service]:
        return [f.root for f in self.files]

    @property
    def services(self) -> list[Service]:
        return [s for f in self.files for s in f.root.walk()]

    @property
    def exported(self) -> list[str]:
        return [s.type for s in self.services]


def build(api: Api, types: TypesModule) -> Surface:
    by_tag: dict[str, list[Method]] = defaultdict(list)
    for operation in api.operations:
        by_tag[operation.tag].append(_method(api, operation, types))
    files = []
    for tag in api.tags:
        methods = by_tag.pop(tag.name, [])
        if methods:
            files.append(_file(api, tag, methods))
    if by_tag:
        raise GeneratorError(f"operations tagged with undeclared tags: {sorted(by_tag)}")
    roots = [f.root.member for f in files]
    if len(set(roots)) != len(roots):
        raise GeneratorError(f"several tags share a root service: {roots}")
    return Surface(files, [m for f in files for m in f.methods])


def _placement(operation: Operation) -> tuple[tuple[str, ...], str]:
    """The resource path and method name of an operation, in the spec's spelling."""
    if operation.id in METHOD_RENAMES:
        return METHOD_RENAMES[operation.id]
    return operation.resource, operation.name


def _method(api: Api, operation: Operation, types: TypesModule) -> Method:
    label = f"{operation.id} ({operation.label})"
    if not operation.resource:
        raise GeneratorError(f"{label}: the operationId must name a resource, then a method")
    if operation.method not in HTTP_METHODS:
        raise GeneratorError(f"{label}: the runtime sends {sorted(HTTP_METHODS)} only")
    resource, method_name = _placement(operation)
    path_parameters = []
    for parameter in operation.parameters:
        if parameter.location == "path":
            type_ = "int" if parameter.type == "integer" else "string"
            if parameter.type not in ("integer", "string"):
                raise GeneratorError(f"{label}: path parameter {parameter.name!r} of that type")
            path_parameters.append(
                PathParameter(
                    names.camel(parameter.name), parameter.name, type_, parameter.description
                )
            )
        elif parameter.location == "header":
            if parameter.name.lower() != api.idempotency.header.lower():
                raise GeneratorError(
                    f"{label}: header parameter {parameter.name!r} is not supported"
                )
        elif parameter.location != "query":
            raise GeneratorError(f"{label}: {parameter.location} parameters are not supported")
    taken = [p.name for p in path_parameters]
    if len(set(taken)) != len(taken):
        raise GeneratorError(f"{label}: path parameters clash: {taken}")
    body = form = None
    if operation.body is not None:
        media = operation.body.media
        if media.media_type not in (JSON, MULTIPART):
            raise GeneratorError(f"{label}: request bodies of {media.media_type} are not supported")
        if media.schema_name is None or media.schema_name not in types.names:
            raise GeneratorError(f"{label}: the request body must be a $ref to a struct schema")
        body = types.names[media.schema_name]
        if media.media_type == MULTIPART:
            schema = api.schemas[media.schema_name]
            form = [FormPart(p, names.pascal(p)) for p in schema.get("properties", {})]
    params = types.params[operation.id].name if operation.id in types.params else None
    data_type = item_type = item_event = None
    if operation.result == "json":
        data_type = _data_type(api, operation, types, label)
    if operation.stream is not None:
        item_event, item_schema = operation.stream.item_event, operation.stream.item_schema
        if item_event is None or item_schema is None or item_schema not in types.names:
            raise GeneratorError(f"{label}: a stream needs one item event and its schema")
        item_type = types.names[item_schema]
    return Method(
        operation=operation,
        name=names.pascal(method_name),
        receiver=names.pascal("_".join(resource)) + "Service",
        accessor="client." + ".".join(names.pascal(p) for p in (*resource, method_name)),
        path_parameters=path_parameters,
        body=body,
        params=params,
        form=form,
        transfer=form is not None or operation.result == "binary",
        data_type=data_type,
        item_type=item_type,
        item_event=item_event,
        stream_flag=operation.stream_flag,
    )


def _data_type(api: Api, operation: Operation, types: TypesModule, label: str) -> str:
    """The Go type of a JSON success response's `data`, read off its `{data, meta}` envelope."""
    envelope = operation.envelope
    assert envelope is not None
    required = set(api.schemas[envelope.schema_name].get("required", []))
    if required != {"data", "meta"}:
        raise GeneratorError(f"{label}: the JSON success response is not a {{data, meta}} envelope")
    if envelope.data_schema is None or envelope.data_schema not in types.names:
        raise GeneratorError(f"{label}: `data` must be a $ref or an array of $refs")
    data = types.names[envelope.data_schema]
    return f"[]{data}" if envelope.data_is_list else data


def _file(api: Api, tag: Tag, methods: list[Method]) -> ServiceFile:
    roots = {_placement(m.operation)[0][0] for m in methods}
    if len(roots) != 1:
        raise GeneratorError(f"tag {tag.name}: operationIds start with several names {roots}")
    (root_name,) = roots
    root = Service(
        names.pascal(root_name),
        names.pascal(root_name) + "Service",
        (root_name,),
        f"{names.pascal(root_name)}Service holds the operations of {tag.name}: {tag.description}",
    )
    for method in methods:
        path = _placement(method.operation)[0]
        node = root
        for depth in range(1, len(path)):
            child = next((c for c in node.children if c.path == path[: depth + 1]), None)
            if child is None:
                go_type = names.pascal("_".join(path[: depth + 1])) + "Service"
                accessor = ".".join(names.pascal(p) for p in path[: depth + 1])
                child = Service(
                    names.pascal(path[depth]),
                    go_type,
                    path[: depth + 1],
                    f"{go_type} holds the operations of `client.{accessor}`.",
                )
                node.children.append(child)
            node = child
        if method.receiver != node.type:
            raise GeneratorError(f"{method.operation.id}: its service is not {node.type}")
        node.methods.append(method)
    for service in root.walk():
        service.waits_on = _waitable(api, service)
        members = [m.name for m in service.methods] + [c.member for c in service.children]
        members += [m.stream_name for m in service.methods if m.stream_flag]
        members += ["Wait"] if service.waits_on else []
        clashes = {n for n in members if members.count(n) > 1}
        clashes |= (set(members) - {"Wait"}) & SERVICE_MEMBERS
        if clashes:
            raise GeneratorError(f"service {service.type}: member names clash: {sorted(clashes)}")
    return ServiceFile(names.snake(tag.name), tag.name, tag.description, root)


def _waitable(api: Api, service: Service) -> Method | None:
    """The `retrieve` method of a service whose data is one task (it has a task status)."""
    retrieve = next((m for m in service.methods if m.operation.name == "retrieve"), None)
    envelope = retrieve.operation.envelope if retrieve is not None else None
    if envelope is None or envelope.data_is_list or envelope.data_schema not in api.task_schemas:
        return None
    return retrieve
