"""The ASGI application: one route per operation of the spec, each run through the pipeline;
and the HTTP protocol `serve` runs it with, which bounds how long a request's headers may take
and sends each response's head and body together."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import time
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass
from functools import cache
from types import SimpleNamespace
from typing import Any

from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from minimax_sandbox import docs, hub, worker
from minimax_sandbox.call import Handler
from minimax_sandbox.endpoints import Endpoint
from minimax_sandbox.engine import offload
from minimax_sandbox.errors import ApiError
from minimax_sandbox.handlers import FINISHERS, HANDLERS
from minimax_sandbox.pipeline import (
    REQUEST_ID,
    error_response,
    log_unrouted,
    new_request_id,
    serve,
)
from minimax_sandbox.settings import Settings
from minimax_sandbox.state import Sandbox

log = logging.getLogger("sandbox")


class SandboxApp:
    """The ASGI application. Routing is a dictionary look-up by path (a pattern for the paths
    with parameters) and the pipeline answers every request itself, errors included: no
    router or middleware stack between the server and `serve`, which costs as much as the
    pipeline's own work on a small request."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.state = SimpleNamespace(sandbox=sandbox)
        self._sandbox = sandbox
        self._fixed: dict[str, dict[str, _Route]] = {}
        templated: dict[str, dict[str, _Route]] = {}
        for endpoint in sandbox.endpoints:
            route = _Route(endpoint, HANDLERS[endpoint.operation_id])
            table = templated if "{" in endpoint.path else self._fixed
            table.setdefault(endpoint.path, {})[endpoint.method] = route
        self._templated = [(_pattern(path), methods) for path, methods in templated.items()]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":  # a WebSocket: the API has none
            await send({"type": "websocket.close", "code": 1000})
            return
        request = _Request(scope, receive)
        request.started = time.time()
        try:
            response = await self._answer(request)
        except Exception as exc:  # the pipeline answers its own errors: this is a bug
            log.error("unhandled error on %s %s", request.method, scope["path"], exc_info=exc)
            response = _finish(
                self._sandbox, request, ApiError("server_error", "An internal error occurred.")
            )
        await response(scope, receive, send)

    async def _answer(self, request: _Request) -> Response:
        path, method = request.scope["path"], request.scope["method"]
        methods = self._fixed.get(path)
        if methods is not None:
            route = methods.get(method)
            if route is not None:
                return await serve(self._sandbox, route.endpoint, route.handler, request)
            return self._not_allowed(request, methods)
        allowed: set[str] = set()
        for pattern, methods in self._templated:
            match = pattern.fullmatch(path)
            if match is None:
                continue
            route = methods.get(method)
            if route is not None:
                request.scope["path_params"] = match.groupdict()
                return await serve(self._sandbox, route.endpoint, route.handler, request)
            allowed.update(methods)
        if allowed:
            return self._not_allowed(request, allowed)
        if hub.SITE.owns(path):  # looked for last: the hub costs the API's routes nothing
            return self._hub(method, path)
        folder = self._sandbox.settings.docs_dir
        if folder is not None and docs.SITE.owns(path):
            page = docs.answer(folder, method, path)
            if page is not None:
                return page
        return _finish(
            self._sandbox,
            request,
            ApiError(
                "not_found",
                f"There is no operation at {method} {path}. See GET /v1/models for a start.",
            ),
        )

    def _hub(self, method: str, path: str) -> Response:
        """A hub file; a hub error is the API's envelope, but no request of the account's, so
        it is not in the activity log."""
        try:
            return hub.answer(method, path)
        except ApiError as error:
            request_id = new_request_id()
            response = error_response(error, request_id)
            response.raw_headers += [(REQUEST_ID, request_id.encode()), *hub.SITE.headers]
            return response

    def _not_allowed(self, request: _Request, methods: Iterable[str]) -> Response:
        """Every method the spec gives the path (HEAD is none of them, unless the spec says)."""
        allow = ", ".join(sorted(methods))
        error = ApiError(
            "method_not_allowed",
            f"{request.scope['path']} does not take {request.method}; it takes {allow}.",
            headers={"Allow": allow},
        )
        return _finish(self._sandbox, request, error)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        """The ASGI lifespan protocol: set up at startup, clean up at shutdown."""
        await receive()  # lifespan.startup
        async with contextlib.AsyncExitStack() as stack:
            try:
                await stack.enter_async_context(_running(self._sandbox))
            except BaseException as exc:
                await send({"type": "lifespan.startup.failed", "message": str(exc)})
                raise
            await send({"type": "lifespan.startup.complete"})
            await receive()  # lifespan.shutdown
        await send({"type": "lifespan.shutdown.complete"})


class _Headers(Headers):
    """Request headers looked up in a dictionary: Starlette's scan the whole list, lower-casing
    each name, on every look-up, and the pipeline makes several on every request."""

    def __init__(self, scope: Scope) -> None:
        super().__init__(scope=scope)
        # ASGI servers send the names lower-cased; of repeated headers the first counts.
        self._index = dict(reversed(self._list))

    def __getitem__(self, key: str) -> str:
        value = self._index.get(key.lower().encode("latin-1"))
        if value is None:
            raise KeyError(key)
        return value.decode("latin-1")

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key.lower().encode("latin-1") in self._index

    def get(self, key: str, default: Any = None) -> Any:
        value = self._index.get(key.lower().encode("latin-1"))
        return default if value is None else value.decode("latin-1")


class _Request(Request):
    _indexed: _Headers | None = None
    started = 0.0  # when it arrived (time.time()), for the activity log

    @property
    def headers(self) -> Headers:
        if self._indexed is None:
            self._indexed = _Headers(self.scope)
        return self._indexed


@dataclass(frozen=True)
class _Route:
    endpoint: Endpoint
    handler: Handler


def _pattern(path: str) -> re.Pattern[str]:
    """`/v1/files/{file_id}` -> a pattern naming each parameter, matching one path segment."""
    parts = re.split(r"\{(\w+)\}", path)
    regex = "".join(
        f"(?P<{part}>[^/]+)" if index % 2 else re.escape(part) for index, part in enumerate(parts)
    )
    return re.compile(regex)


def _finish(sandbox: Sandbox, request: _Request, error: ApiError) -> Response:
    """A response from outside the pipeline, counted against no key, and logged."""
    request_id = new_request_id()
    response = error_response(error, request_id)
    window = sandbox.limiter.uncounted(time.time())
    response.raw_headers += [*window.headers(), (REQUEST_ID, request_id.encode())]
    log_unrouted(sandbox, request, request_id, response, window, request.started)
    return response


@contextlib.asynccontextmanager
async def _running(sandbox: Sandbox) -> AsyncIterator[None]:
    """What runs beside the requests while the app serves, and the cleanup after."""
    worker.exit_with_parent()
    worker.sweep(sandbox, starting=True)  # what crashed processes left, before serving
    offload.settle()  # full GC passes skip what startup built (they stall the loop)
    background = asyncio.create_task(worker.run(sandbox, FINISHERS))
    try:
        yield
    finally:
        background.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await background
        sandbox.flush()
        sandbox.conn.close()
        sandbox.lease.close()


def create_app(settings: Settings | None = None) -> SandboxApp:
    return SandboxApp(Sandbox(settings or Settings.from_env()))


class _OneSend:
    """A connection's transport that sends a response's head and body together: uvicorn
    writes them apart, two system calls and two TCP segments where one does. A head is held
    until the next write, which for a whole response comes in the same step of the loop; a
    head with nothing after it (a stream's first frame still to come) is sent when this
    iteration of the loop ends. Order is kept whatever is held."""

    def __init__(self, transport: asyncio.Transport, loop: asyncio.AbstractEventLoop) -> None:
        self._transport = transport
        self._loop = loop
        self._held: bytes | None = None

    def write(self, data: bytes) -> None:
        if self._held is not None:
            data, self._held = self._held + data, None
        elif data.startswith(b"HTTP/"):
            self._held = data
            self._loop.call_soon(self._send_held)
            return
        self._transport.write(data)

    def _send_held(self) -> None:
        if self._held is not None:
            data, self._held = self._held, None
            self._transport.write(data)

    def close(self) -> None:
        self._send_held()
        self._transport.close()

    def __getattr__(self, name: str) -> Any:  # everything else is the transport's
        return getattr(self._transport, name)


@cache
def _header_timeout() -> float:
    return Settings.from_env().header_timeout


class HttpProtocol(HttpToolsProtocol):
    """uvicorn's HTTP/1.1 protocol (httptools), with a header-read timeout: a connection whose
    request line and headers are not all in `header_timeout` seconds after it opened, or after
    the request's first byte, is closed. uvicorn bounds only the idle time between requests
    (`timeout_keep_alive`), so a client could otherwise hold any number of connections open
    with half-sent requests. And with a response's head and body sent together (`_OneSend`)."""

    _header_timer: asyncio.TimerHandle | None = None
    _waiting_since: float | None = None  # loop time the headers being read began; None: not

    def _wait_for_headers(self) -> None:
        """Headers are due from now. One timer per connection, not per request: it is set
        when none is pending, and when it fires it closes the connection or, when those
        headers came, sleeps until the next request's headers are due (a timer set and
        cancelled on every request cost more than reading the headers does)."""
        self._waiting_since = self.loop.time()
        if self._header_timer is None:
            self._header_timer = self.loop.call_later(_header_timeout(), self._check_headers)

    def _check_headers(self) -> None:
        self._header_timer = None
        if self._waiting_since is None:
            return
        late = self.loop.time() - self._waiting_since - _header_timeout()
        if late < 0:  # these headers began after the timer was set
            self._header_timer = self.loop.call_later(-late, self._check_headers)
        elif not self.transport.is_closing():
            self.transport.close()

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self.transport = _OneSend(transport, self.loop)  # type: ignore[assignment]
        self._wait_for_headers()  # a connection that sends nothing at all is closed too

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._wait_for_headers()

    def on_headers_complete(self) -> None:
        self._waiting_since = None
        super().on_headers_complete()

    def connection_lost(self, exc: Exception | None) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None
        super().connection_lost(exc)
