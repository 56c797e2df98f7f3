"""Test-only: the sandbox with one deliberate fault, to prove each contract check can fail.

`python -m minimax_sandbox serve --app tests.contract.faults:create_app` with
MINIMAX_SANDBOX_FAULT set to a name in FAULTS serves the real sandbox through an ASGI
middleware that breaks one thing.
Never used outside tests/contract.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from minimax_openapi.spec import shared
from minimax_sandbox.app import create_app as create_sandbox

Headers = list[tuple[bytes, bytes]]


@dataclass(frozen=True)
class Exchange:
    """One request and its response, as the middleware sees them."""

    method: str
    path: str
    request_headers: dict[bytes, bytes]
    request_body: bytes
    status: int
    headers: Headers
    body: bytes


Mutation = Callable[[Exchange], tuple[int, Headers, bytes]]


def _json_body(exchange: Exchange) -> Any:
    try:
        return json.loads(exchange.request_body or b"null")
    except ValueError:
        return None


def _without(headers: Headers, name: bytes) -> Headers:
    return [(k, v) for k, v in headers if k.lower() != name]


def wrong_field_type(x: Exchange) -> tuple[int, Headers, bytes]:
    body = json.loads(x.body)
    if x.status == 200:
        body["data"][0]["context_window"] = str(body["data"][0]["context_window"])
    return x.status, x.headers, json.dumps(body).encode()


def missing_rate_limit_header(x: Exchange) -> tuple[int, Headers, bytes]:
    return x.status, _without(x.headers, b"x-ratelimit-remaining"), x.body


def server_error_on_input(x: Exchange) -> tuple[int, Headers, bytes]:
    body = _json_body(x)
    if isinstance(body, dict) and body.get("max_tokens") == 1:  # a boundary value, so generated
        return 500, x.headers, b'{"error": "crashed"}'
    return x.status, x.headers, x.body


def undocumented_status(x: Exchange) -> tuple[int, Headers, bytes]:
    return (203 if x.status == 200 else x.status), x.headers, x.body


def broken_sse_frame(x: Exchange) -> tuple[int, Headers, bytes]:
    # The `done` frame loses its meta.request_id, which StreamDone requires (streams only: a
    # JSON body without it would be another fault, caught by the schema check first).
    if not dict(x.headers).get(b"content-type", b"").startswith(b"text/event-stream"):
        return x.status, x.headers, x.body
    return x.status, x.headers, re.sub(rb'"request_id":"req_[0-9a-f]+",', b"", x.body)


def request_id_mismatch(x: Exchange) -> tuple[int, Headers, bytes]:
    headers = _without(x.headers, b"x-request-id") + [(b"x-request-id", b"req_000000000000")]
    return x.status, headers, x.body


def no_retry_after(x: Exchange) -> tuple[int, Headers, bytes]:
    body = _json_body(x)
    if isinstance(body, dict) and body.get("max_tokens") == 1:
        error = {
            "error": {"code": "rate_limit_exceeded", "message": "Slow down.", "details": {}},
            "meta": {"request_id": dict(x.headers)[b"x-request-id"].decode()},
        }
        return 429, x.headers, json.dumps(error).encode()
    return x.status, x.headers, x.body


def replay_not_marked(x: Exchange) -> tuple[int, Headers, bytes]:
    return x.status, _without(x.headers, b"idempotent-replayed"), x.body


def remaining_stuck(x: Exchange) -> tuple[int, Headers, bytes]:
    limit = dict(x.headers).get(b"x-ratelimit-limit", b"1")
    stuck = str(int(limit) - 1).encode()
    return (
        x.status,
        _without(x.headers, b"x-ratelimit-remaining") + [(b"x-ratelimit-remaining", stuck)],
        x.body,
    )


def deprecation_dropped(x: Exchange) -> tuple[int, Headers, bytes]:
    return x.status, _without(x.headers, b"deprecation"), x.body


def deprecation_for_every_model(x: Exchange) -> tuple[int, Headers, bytes]:
    if x.status != 200 or dict(x.headers).get(b"deprecation"):
        return x.status, x.headers, x.body
    return x.status, x.headers + [(b"deprecation", b"@1788220800")], x.body


@dataclass(frozen=True)
class Fault:
    method: str
    path: str  # a regular expression over the request path
    mutate: Mutation | None = None
    ignore_auth: bool = False
    admin_key_taken: bool = False  # the admin key acts as the ready-made API key


FAULTS: dict[str, Fault] = {
    "wrong_field_type": Fault("GET", r"/v1/models", wrong_field_type),
    "missing_rate_limit_header": Fault("GET", r"/v1/models", missing_rate_limit_header),
    "server_error_on_input": Fault("POST", r"/v1/chat/completions", server_error_on_input),
    "undocumented_status": Fault("GET", r"/v1/models", undocumented_status),
    "broken_sse_frame": Fault("POST", r"/v1/chat/completions", broken_sse_frame),
    "auth_ignored": Fault("GET", r"/v1/models", ignore_auth=True),
    "request_id_mismatch": Fault("GET", r"/v1/models", request_id_mismatch),
    "no_retry_after": Fault("POST", r"/v1/chat/completions", no_retry_after),
    "replay_not_marked": Fault("POST", r"/v1/embeddings", replay_not_marked),
    "remaining_stuck": Fault("GET", r"/v1/models/[^/]+", remaining_stuck),
    "admin_key_taken": Fault("GET", r"/v1/models", admin_key_taken=True),
    "deprecation_dropped": Fault("POST", r"/v1/chat/completions", deprecation_dropped),
    "deprecation_for_every_model": Fault(
        "POST", r"/v1/chat/completions", deprecation_for_every_model
    ),
}


class FaultInjector:
    """Passes requests through to the sandbox, breaking the responses one fault names."""

    def __init__(self, app: ASGIApp, fault: Fault, key: str) -> None:
        self.app, self.fault, self.key = app, fault, key

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        fault = self.fault
        if (
            scope["type"] != "http"
            or scope["method"] != fault.method
            or not re.fullmatch(fault.path, scope["path"])
        ):
            return await self.app(scope, receive, send)
        request_headers = dict(scope["headers"])
        given = request_headers.get(b"authorization", b"")
        admin = b"Bearer " + shared().keys.admin_prefix.encode()
        if fault.ignore_auth or (fault.admin_key_taken and given.startswith(admin)):
            # Whatever credentials came (or the admin key), act as the ready-made key.
            request_headers[b"authorization"] = f"Bearer {self.key}".encode()
            scope = {**scope, "headers": list(request_headers.items())}
        if fault.mutate is None:
            return await self.app(scope, receive, send)
        request_body = b""
        while True:
            message = await receive()
            request_body += message.get("body", b"")
            if not message.get("more_body"):
                break
        sent: list[Message] = []

        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:  # after the body, only a disconnect can come: wait for it as usual
                return await receive()
            replayed = True
            return {"type": "http.request", "body": request_body, "more_body": False}

        async def capture(message: Message) -> None:
            sent.append(message)

        await self.app(scope, replay, capture)
        start = next(m for m in sent if m["type"] == "http.response.start")
        body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
        exchange = Exchange(
            scope["method"],
            scope["path"],
            request_headers,
            request_body,
            start["status"],
            list(start["headers"]),
            body,
        )
        status, headers, body = fault.mutate(exchange)
        headers = _without(headers, b"content-length") + [
            (b"content-length", str(len(body)).encode())
        ]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def create_app() -> ASGIApp:
    app = create_sandbox()
    fault = FAULTS[os.environ["MINIMAX_SANDBOX_FAULT"]]
    return FaultInjector(app, fault, app.state.sandbox.default_key)
