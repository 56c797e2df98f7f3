"""The ASGI application: one route per operation of the spec, each run through the pipeline."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import time
from collections.abc import AsyncIterator
from functools import partial

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from minimax_sandbox import worker
from minimax_sandbox.endpoints import Endpoint
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

    return Route(endpoint.path, endpoint_app, methods=[endpoint.method], name=endpoint.operation_id)


async def _http_error(sandbox: Sandbox, request: Request, exc: Exception) -> Response:
    """Unknown paths and methods: the error envelope, with the headers every response has."""
    assert isinstance(exc, HTTPException)
    if exc.status_code == 405:
        allow = {k.lower(): v for k, v in (exc.headers or {}).items()}.get("allow", "")
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
        background = asyncio.create_task(worker.run(sandbox, FINISHERS))
        try:
            yield
        finally:
            background.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await background
            sandbox.usage.flush(sandbox.conn)
            sandbox.conn.close()

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
