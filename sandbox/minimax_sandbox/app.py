"""The ASGI application: one route per operation of the spec, each run through the pipeline;
and the HTTP protocol `serve` runs it with, which bounds how long a request's headers may take."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import time
from collections.abc import AsyncIterator
from functools import cache, partial

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Match, Route
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from minimax_sandbox import worker
from minimax_sandbox.endpoints import Endpoint
from minimax_sandbox.engine import offload
from minimax_sandbox.errors import ApiError
from minimax_sandbox.handlers import FINISHERS, HANDLERS
from minimax_sandbox.pipeline import error_response, serve
from minimax_sandbox.settings import Settings
from minimax_sandbox.state import Sandbox

log = logging.getLogger("sandbox")


def _route(sandbox: Sandbox, endpoint: Endpoint) -> Route:
    handler = HANDLERS[endpoint.operation_id]

    async def endpoint_app(request: Request) -> Response:
        return await serve(sandbox, endpoint, handler, request)

    route = Route(endpoint.path, endpoint_app, name=endpoint.operation_id)
    # The spec's method only: Starlette adds HEAD to a GET route, which the spec does not have.
    route.methods = {endpoint.method}
    return route


def _allowed(request: Request) -> str:
    """Every method the spec gives the request's path (Starlette's own Allow names those of
    one route only)."""
    methods = {
        method
        for route in request.app.router.routes
        if isinstance(route, Route) and route.matches(request.scope)[0] is Match.PARTIAL
        for method in route.methods or ()
    }
    return ", ".join(sorted(methods))


async def _http_error(sandbox: Sandbox, request: Request, exc: Exception) -> Response:
    """Unknown paths and methods: the error envelope, with the headers every response has."""
    assert isinstance(exc, HTTPException)
    if exc.status_code == 405:
        allow = _allowed(request)
        error = ApiError(
            "method_not_allowed",
            f"{request.url.path} does not take {request.method}; it takes {allow}.",
            headers={"Allow": allow},
        )
    else:
        error = ApiError(
            "not_found",
            f"There is no operation at {request.method}"
            f" {request.url.path}. See GET /v1/models for a start.",
        )
    return _finish(sandbox, error)


async def _crash(sandbox: Sandbox, request: Request, exc: Exception) -> Response:
    log.error("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return _finish(sandbox, ApiError("server_error", "An internal error occurred."))


def _finish(sandbox: Sandbox, error: ApiError) -> Response:
    """A response from outside the pipeline, counted against no key."""
    request_id = "req_" + secrets.token_hex(12)
    response = error_response(error, request_id)
    response.headers.update(sandbox.limiter.uncounted(time.time()).headers())
    response.headers["X-Request-Id"] = request_id
    return response


def create_app(settings: Settings | None = None) -> Starlette:
    sandbox = Sandbox(settings or Settings.from_env())

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
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
            sandbox.usage.flush(sandbox.conn)
            sandbox.conn.close()
            sandbox.lease.close()

    app = Starlette(
        # Fixed paths first: they are matched in order, and most calls go to them.
        routes=[
            _route(sandbox, endpoint)
            for endpoint in sorted(sandbox.endpoints, key=lambda e: "{" in e.path)
        ],
        exception_handlers={
            HTTPException: partial(_http_error, sandbox),
            Exception: partial(_crash, sandbox),
        },
        lifespan=lifespan,
    )
    # /v1/models/ is not /v1/models: a redirect would be a response the spec does not have.
    app.router.redirect_slashes = False
    app.state.sandbox = sandbox
    return app


@cache
def _header_timeout() -> float:
    return Settings.from_env().header_timeout


class HeaderTimeoutProtocol(HttpToolsProtocol):
    """uvicorn's HTTP/1.1 protocol (httptools), with a header-read timeout: a connection whose
    request line and headers are not all in `header_timeout` seconds after it opened, or after
    the request's first byte, is closed. uvicorn bounds only the idle time between requests
    (`timeout_keep_alive`), so a client could otherwise hold any number of connections open
    with half-sent requests."""

    _header_timer: asyncio.TimerHandle | None = None

    def _arm(self) -> None:
        if self._header_timer is None:
            self._header_timer = self.loop.call_later(_header_timeout(), self._headers_too_slow)

    def _disarm(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _headers_too_slow(self) -> None:
        self._header_timer = None
        if not self.transport.is_closing():
            self.transport.close()

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()  # a connection that sends nothing at all is closed too

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._arm()

    def on_headers_complete(self) -> None:
        self._disarm()
        super().on_headers_complete()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)
