"""The platform hub: a static web app under /hub that manages the account's keys, shows its
activity and usage, and builds requests for every operation (the playground).

It is files and one document, nothing more: the app calls the API's own operations (the
administration ones with the admin key, the model ones with a chosen key), never a private hub
API. `/hub/spec.json` is the model's view of the operations the playground builds its forms
from (their parameters' and bodies' JSON Schemas, the stream flag, what each answers), so the
browser never reads an `x-` extension and no schema is copied into the app. The files are read
once, when the first hub request comes; API routes never reach this module (app.py looks here
only for a path no operation has).

Every hub response carries a strict Content-Security-Policy (no inline script or style, no
other origin), `nosniff` and no referrer (static_site.Site.headers): responses shown in the hub
hold user input, which the app renders as text, and the policy stands behind that.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import orjson
from starlette.responses import Response

from minimax_openapi.conventions import RATE_LIMIT_HEADERS, REQUEST_ID_HEADER
from minimax_openapi.model import Operation
from minimax_openapi.spec import shared
from minimax_sandbox import activity
from minimax_sandbox.endpoints import API_PREFIX
from minimax_sandbox.errors import ApiError
from minimax_sandbox.static_site import METHODS, Site, media_type

PREFIX = "/hub"
# What a hub page may load and do: its own scripts, styles and connections, images and media
# from itself or made in the page (a downloaded video's blob: URL); no frames, forms or base.
SITE = Site(
    PREFIX,
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
    "media-src 'self' blob:; connect-src 'self'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'",
)


def answer(method: str, path: str) -> Response:
    """The hub's answer to a GET (or HEAD) of `path`; an ApiError for anything else."""
    if method not in METHODS:
        allowed = ", ".join(METHODS)
        raise ApiError(
            "method_not_allowed",
            f"{path} does not take {method}; it takes {allowed}.",
            headers={"Allow": allowed},
        )
    response = SITE.answer(method, path, _files().get)
    if response is None:
        raise ApiError("not_found", f"The hub has no file at {path}. Open {PREFIX}/ for a start.")
    return response


@cache
def _files() -> dict[str, tuple[bytes, str]]:
    """Every file of the app by its path under /hub/, with its media type; and spec.json."""
    root = resources.files("minimax_sandbox.hub") / "static"
    found: dict[str, tuple[bytes, str]] = {"spec.json": (spec_view(), "application/json")}
    pending = [(root, "")]
    while pending:
        folder, prefix = pending.pop()
        for entry in folder.iterdir():
            name = prefix + entry.name
            if entry.is_dir():
                pending.append((entry, name + "/"))
            elif (media := media_type(entry.name)) is not None:
                found[name] = (entry.read_bytes(), media)
    return found


def spec_view() -> bytes:
    """What the hub needs of the spec, from the model: the operations, each with its
    parameters' and body's schemas (`$ref`s into `schemas`, which is `components.schemas`) and
    examples, its stream flag and what it answers; the idempotency, request id and rate-limit
    headers; the key prefixes; the usage report's window and bucket."""
    api = shared()
    view: dict[str, Any] = {
        "base_path": API_PREFIX,
        "idempotency_header": api.idempotency.header,
        "request_id_header": REQUEST_ID_HEADER,
        "rate_limit_headers": RATE_LIMIT_HEADERS,  # limit, remaining, reset
        "admin_prefix": api.keys.admin_prefix,
        "sandbox_prefix": api.keys.sandbox_prefix,
        "usage": {
            "default_seconds": activity.USAGE_WINDOW_SECONDS,
            "max_seconds": activity.USAGE_MAX_SECONDS,
            "bucket_seconds": activity.BUCKET_SECONDS,
        },
        "tags": [tag.name for tag in api.tags],
        "operations": [_operation(op) for op in api.operations],
        "schemas": dict(api.schemas),
    }
    return orjson.dumps(view)


def _operation(op: Operation) -> dict[str, Any]:
    body = None
    if op.body is not None:
        media = op.body.media
        body = {
            "media_type": media.media_type,
            "schema": media.schema,
            # Every request example by name: a docs "Try it" link names the one to fill in.
            "examples": [
                {"name": e.name, "summary": e.summary, "value": e.value}
                for e in media.examples
                if e.has_value
            ],
        }
    return {
        "id": op.id,
        "method": op.method,
        "path": op.path,
        "summary": op.summary,
        "tag": op.tag,
        "admin": op.admin,
        "parameters": [
            {
                "name": p.name,
                "in": p.location,
                "required": p.required,
                "description": p.description,
                "schema": p.schema,
                "example": p.example,
            }
            for p in op.parameters
            if not p.secret  # a URL signature: the playground sends a key instead
        ],
        "body": body,
        "result": op.result,
        "stream_flag": op.stream_flag,
        "item_event": op.stream.item_event if op.stream is not None else None,
        "download": list(op.download),
    }
