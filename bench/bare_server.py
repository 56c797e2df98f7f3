"""The benchmark's baseline: a bare Starlette app, under the same uvicorn settings and HTTP
protocol as the sandbox (`minimax_sandbox.app.HttpProtocol`, which sends a response's head
and body in one write: the baseline gets that too), answering each route with bytes captured
from the sandbox. What the sandbox does on top (auth, rate limits, validation, the model) is
the difference between the two.

    python bench/bare_server.py PORT CAPTURE_DIR
"""

from __future__ import annotations

import sys
from collections.abc import Awaitable, Callable
from pathlib import Path

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route


def app_for(capture_dir: Path) -> Starlette:
    def answer(name: str) -> Callable[[Request], Awaitable[Response]]:
        body = (capture_dir / name).read_bytes()

        async def endpoint(request: Request) -> Response:
            await request.body()  # read what the client sent, as the sandbox does
            return Response(body, media_type="application/json")

        return endpoint

    return Starlette(
        routes=[
            Route("/v1/models", answer("models"), methods=["GET"]),
            Route("/v1/chat/completions", answer("chat"), methods=["POST"]),
            Route("/v1/embeddings", answer("embeddings"), methods=["POST"]),
        ]
    )


if __name__ == "__main__":
    uvicorn.run(
        app_for(Path(sys.argv[2])),
        host="127.0.0.1",
        port=int(sys.argv[1]),
        access_log=False,
        log_level="warning",
        http="minimax_sandbox.app:HttpProtocol",
    )
