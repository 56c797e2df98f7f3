"""What every operation goes through, in order: request id, key, scope, rate limit, body,
validation, triggers, idempotency, the handler; then the envelope and the headers.

Handlers only see a validated `Call` and return a `Reply`, a `Stream` or a `Download`.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import re
import time
from array import array
from collections.abc import AsyncIterator, Mapping
from itertools import accumulate
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import orjson
from starlette.datastructures import UploadFile
from starlette.requests import ClientDisconnect, Request
from starlette.responses import FileResponse, Response, StreamingResponse
from starlette.types import Receive, Scope, Send

from minimax_openapi.conventions import REQUEST_ID_HEADER
from minimax_openapi.model import ModelArgument
from minimax_sandbox import idempotency, keys, signing
from minimax_sandbox.call import Call, Handler, Reply, Stream
from minimax_sandbox.endpoints import Endpoint
from minimax_sandbox.errors import STATUS, ApiError, invalid
from minimax_sandbox.ids import new_id
from minimax_sandbox.keys import ApiKey
from minimax_sandbox.ratelimit import Window
from minimax_sandbox.state import Sandbox

log = logging.getLogger("sandbox")
_INTEGER = re.compile(r"-?[0-9]+")  # ASCII digits only: str.isdigit() also takes "²"
# An integer parameter is read whole, so that its schema's minimum and maximum (not a limit of
# this parser) decide what is in range; longer ones are beyond every bound the spec gives.
_MAX_DIGITS = 32
# RFC 9110: a 401 carries the challenge of the scheme the API takes (the spec's bearer scheme).
_CHALLENGE = "Bearer"
# How deep a JSON body's arrays and objects may nest (the body itself is level 1). The one
# limit, checked as the body is parsed: well under what anything that walks a body later can
# take (orjson.dumps, for the idempotency fingerprint and the envelope: 254 levels; Python's
# recursion limit: 1000), so none of them needs a limit of its own.
MAX_JSON_DEPTH = 64
_NOT_STRUCTURE = bytes(sorted(set(range(256)) - set(b'"[]{}')))
_STEPS = bytes.maketrans(b"[{]}", b"\x01\x01\xff\xff")  # +1 and -1 as signed bytes


# The header every response names its request id in, as an ASGI raw header name.
REQUEST_ID = REQUEST_ID_HEADER.lower().encode()


def new_request_id() -> str:
    return new_id("req_")


def envelope(data: Any, request_id: str, model: str | None, usage: Any) -> bytes:
    meta: dict[str, Any] = {"request_id": request_id}
    if model:
        meta["model"] = model
    if usage:
        meta["usage"] = usage
    return orjson.dumps({"data": data, "meta": meta}, option=orjson.OPT_SERIALIZE_NUMPY)


def error_response(error: ApiError, request_id: str) -> JsonResponse:
    headers = error.headers
    if error.status == 401:
        headers = {**headers, "WWW-Authenticate": _CHALLENGE}
    response = JsonResponse(orjson.dumps(error.body(request_id)), error.status, headers)
    response.error_code = error.code  # for the activity log
    return response


async def serve(
    sandbox: Sandbox, endpoint: Endpoint, handler: Handler, request: Request
) -> Response:
    request_id = new_request_id()
    now = time.time()
    window = sandbox.limiter.uncounted(now)
    key: ApiKey | None = None
    revoked: ApiKey | None = None  # named in the activity log; nothing else counts it
    call: Call | None = None
    usage: dict[str, int] | None = None
    sandbox.cache.refresh()
    try:
        key = _authenticate(sandbox, endpoint, request, now)
        if key is not None:
            bucket, limit = sandbox.limiter.budget(key, endpoint.operation_id, endpoint.rpm)
            if refused := _refused(sandbox, endpoint, request, key):
                window = sandbox.limiter.peek(bucket, limit, now)
                raise refused
            window = sandbox.limiter.hit(bucket, limit, now)
            if not window.allowed:
                raise _rate_limited(endpoint, window, sandbox.limiter.shared(key))
        call = await _parse(sandbox, endpoint, request, key, request_id)
        if key is not None and (refused := _model_refused(key, endpoint, call.body)):
            window = sandbox.limiter.refund(bucket, window)
            raise refused
        if "rate_limit" in call.triggers:
            if key is not None:  # a 429 is not counted, triggered or not
                sandbox.limiter.refund(bucket, window)
            window = sandbox.limiter.exhausted(window.limit, now)
            raise _rate_limited(endpoint, window, triggered=True)
        response, usage = await _run_once(sandbox, call, handler)
        if endpoint.model_argument is not None and response.status_code < 300:
            _add_deprecation(sandbox, endpoint.model_argument, call, response)
    except ApiError as error:
        if isinstance(error, keys.RevokedKey):
            revoked = error.key
        response = error_response(error, request_id)
    except Exception:
        log.exception("request %s failed", request_id)
        crash = ApiError(
            "server_error",
            "An internal error occurred. Retry the request; quote the request id if it persists.",
        )
        response = error_response(crash, request_id)
    _add_headers(response, window.headers(), request_id)
    if endpoint.admin:
        return response  # the log is of the model operations; the hub reads it through these
    if key is not None:
        sandbox.usage.add(
            key.id,
            error=response.status_code >= 400,
            prompt=(usage or {}).get("prompt_tokens", 0),
            completion=(usage or {}).get("completion_tokens", 0),
        )
    sandbox.activity.add(
        _activity_row(
            request, request_id, now, response, window, endpoint, key or revoked, call, usage
        )
    )
    return response


def log_unrouted(
    sandbox: Sandbox,
    request: Request,
    request_id: str,
    response: Response,
    window: Window,
    started: float,
) -> None:
    """The activity row of a request answered before any operation was known (a path or
    method the API does not have): no key, no operation."""
    sandbox.activity.add(_activity_row(request, request_id, started, response, window))


def _activity_row(
    request: Request,
    request_id: str,
    started: float,
    response: Response,
    window: Window,
    endpoint: Endpoint | None = None,
    key: ApiKey | None = None,
    call: Call | None = None,
    usage: Mapping[str, int] | None = None,
) -> tuple[Any, ...]:
    """A request's row of the activity log, in the order of `activity.COLUMNS`."""
    return (
        request_id,
        started,
        key.account if key is not None else None,
        key.id if key is not None else None,
        endpoint.operation_id if endpoint is not None else None,
        request.scope["method"],
        request.scope["path"],
        response.status_code,
        _error_code(response),
        (time.time() - started) * 1000,
        _body_model(endpoint, call.body) if endpoint is not None and call is not None else None,
        usage.get("prompt_tokens", 0) if usage else 0,
        usage.get("completion_tokens", 0) if usage else 0,
        getattr(response, "replayed", False),
        call.body_bytes if call is not None else _declared_length(request),
        _body_length(response),
        window.limit,
        window.remaining,
        window.reset,
    )


def _body_model(endpoint: Endpoint, body: Any) -> Any:
    """The model a request body names, or the operation's default; None when its body names
    none."""
    named = endpoint.model_argument
    if not isinstance(body, dict) or named is None or named.location != "body":
        return None
    return body.get(named.name, named.default)


def _refused(
    sandbox: Sandbox, endpoint: Endpoint, request: Request, key: ApiKey
) -> ApiError | None:
    """403 for a key whose scope does not cover the operation, and for a state-changing
    administration call from a web page of another origin (no CORS header is ever sent, and
    the admin key travels in a header no browser attaches by itself; this stands behind it)."""
    if not endpoint.admin:
        if key.scope in endpoint.scopes:
            return None
        return ApiError(
            "permission_denied",
            f"This key's scope is '{key.scope}'; it cannot call {endpoint.label}.",
            {"scope": key.scope},
        )
    origin = request.headers.get("origin")
    if endpoint.method == "GET" or origin is None or _same_origin(sandbox, request, origin):
        return None
    return ApiError(
        "permission_denied",
        "A state-changing administration call must come from the API's own origin; this one"
        " came from a page of another site.",
        {"origin": origin[:200]},
    )


def _same_origin(sandbox: Sandbox, request: Request, origin: str) -> bool:
    """Whether `Origin` names the sandbox itself: its public URL's origin, or the host the
    request was sent to."""
    origin = origin.strip().lower().rstrip("/")
    public = urlsplit(sandbox.settings.public_url)
    own = {f"{public.scheme}://{public.netloc}".lower()}
    if host := request.headers.get("host"):
        own.update(f"{scheme}://{host.lower()}" for scheme in ("http", "https"))
    return origin in own


def _error_code(response: Response) -> str | None:
    """The `error.code` of an error response: known for those made here; read from the body
    of a replayed one (rare)."""
    code = getattr(response, "error_code", None)
    if code is not None or response.status_code < 400:
        return code
    try:
        return str(orjson.loads(response.body)["error"]["code"])
    except (AttributeError, ValueError, KeyError, TypeError):
        return None  # a stream or a file: no envelope to read


def _declared_length(request: Request) -> int:
    declared = request.headers.get("content-length", "")
    return int(declared) if declared.isdigit() and len(declared) <= _MAX_DIGITS else 0


def _body_length(response: Response) -> int | None:
    """The response body's size; None for a stream, whose size is not known when it starts."""
    if isinstance(response, StreamingResponse):
        return None
    if isinstance(response, FileResponse):
        return os.stat(response.path).st_size if os.path.exists(response.path) else None
    return len(response.body)


def _add_headers(response: Response, headers: list[tuple[bytes, bytes]], request_id: str) -> None:
    """Append the headers every response carries (to the raw list: this runs on every
    request). A replayed response keeps its original X-Request-Id."""
    raw = response.raw_headers
    if not any(name == REQUEST_ID for name, _ in raw):
        raw.append((REQUEST_ID, request_id.encode()))
    raw.extend(headers)


def _add_deprecation(
    sandbox: Sandbox, argument: ModelArgument, call: Call, response: Response
) -> None:
    """A success naming a deprecated model says so (a replay too: its body names the same
    model). The headers were made at start; any other model costs one dict lookup."""
    model: Any  # a string, when the request is valid
    if argument.location == "path":
        model = call.params.get(argument.name)
    else:  # a body's model may be left to its default
        model = _body_model(call.endpoint, call.body)
    if (headers := sandbox.deprecations.get(model)) is not None:
        response.raw_headers.extend(headers)


def _model_refused(key: ApiKey, endpoint: Endpoint, body: Any) -> ApiError | None:
    """403 for a key restricted to some models naming another (a refusal: not counted)."""
    if key.models is None:
        return None
    model = _body_model(endpoint, body)
    if model is None or model in key.models:
        return None
    return ApiError(
        "permission_denied",
        f"This key may only use the models {', '.join(key.models)}.",
        {"model": model},
    )


def _rate_limited(
    endpoint: Endpoint, window: Window, shared: bool = False, triggered: bool = False
) -> ApiError:
    """The 429: what was used up (a budget of one operation, or the one a tier shares across
    every operation), or, for the test trigger, that nothing was."""
    seconds = window.retry_after
    wait = f"Retry in {seconds} second{'' if seconds == 1 else 's'}."
    if triggered:
        said = "Triggered by the 'sandbox:rate_limit' marker; no request limit was reached."
    elif shared:
        said = (
            f"This key has made {window.limit} requests in this window, the budget its tier"
            " shares across every operation."
        )
    else:
        said = f"This key has made {window.limit} requests to {endpoint.label} in this window."
    return ApiError(
        "rate_limit_exceeded",
        f"{said} {wait}",
        {"limit": window.limit, "retry_after": seconds},
    )


def _authenticate(
    sandbox: Sandbox, endpoint: Endpoint, request: Request, now: float
) -> ApiKey | None:
    """The caller's key (the admin key, for an administration operation); None when a
    download is authorised by its signed URL instead."""
    if endpoint.admin:
        return keys.authenticate_admin(
            sandbox.conn, request.headers.get("authorization"), sandbox.cache
        )
    if (
        endpoint.signed
        and "signature" in (query := request.query_params)
        and ("authorization" not in request.headers)
    ):
        expires = query.get("expires", "")
        signing.verify(
            sandbox.secret,
            request.url.path,
            int(expires) if _INTEGER.fullmatch(expires) and len(expires) <= _MAX_DIGITS else None,
            query["signature"],
            now,
        )
        return None
    return keys.authenticate(sandbox.conn, request.headers.get("authorization"), sandbox.cache)


def _too_large(limit: int) -> ApiError:
    return ApiError(
        "payload_too_large",
        f"The request body is over this operation's limit of {limit} bytes.",
        {"limit_bytes": limit},
    )


async def _read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _too_large(limit)  # refuse before reading a byte of it
    # The ASGI messages themselves (Starlette's `stream()` adds an async generator's cost).
    chunks, size = [], 0
    while True:
        message = await request.receive()
        if message["type"] == "http.disconnect":
            raise ClientDisconnect()
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise _too_large(limit)
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    body = chunks[0] if len(chunks) == 1 else b"".join(chunks)
    request._body = body  # lets request.form() parse what was already read
    return body


def _media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


def _check_nesting(raw: bytes) -> None:
    """400 for a JSON text whose arrays and objects nest deeper than MAX_JSON_DEPTH, read from
    its brackets outside strings (before parsing, so orjson's own deeper limit is never met)."""
    if raw.count(b"[") + raw.count(b"{") <= MAX_JSON_DEPTH:
        return  # too few brackets to be that deep: most bodies
    # Only brackets outside strings count. With escaped backslashes, then escaped quotes,
    # taken out, every quote left opens or closes a string; keeping only quotes and
    # brackets, the brackets outside strings are every other piece between quotes. (All
    # of it C loops over bytes: a regex over the strings took 30 ms per MB.)
    unescaped = raw.replace(b"\\\\", b"").replace(b'\\"', b"")
    pieces = unescaped.translate(None, _NOT_STRUCTURE).split(b'"')
    brackets = b"".join(pieces[::2])
    if max(accumulate(array("b", brackets.translate(_STEPS))), default=0) > MAX_JSON_DEPTH:
        raise ApiError(
            "invalid_request",
            f"The body nests arrays and objects more than {MAX_JSON_DEPTH} levels deep;"
            f" the limit is {MAX_JSON_DEPTH}.",
            {"max_depth": MAX_JSON_DEPTH},
        )


async def _parse(
    sandbox: Sandbox, endpoint: Endpoint, request: Request, key: ApiKey | None, request_id: str
) -> Call:
    params = _params(endpoint, request)
    body: Any = None
    raw = b""
    expected = endpoint.body
    if expected is not None:
        raw = await _read_body(request, expected.max_bytes)
        given = _media_type(request)
        if given != expected.media_type:
            raise ApiError(
                "unsupported_media_type",
                f"Send the body as '{expected.media_type}', not '{given or 'no content type'}'.",
                {"expected": expected.media_type},
            )
        if expected.media_type == "application/json":
            _check_nesting(raw)
            try:
                body = orjson.loads(raw)
            except orjson.JSONDecodeError as error:
                raise invalid(f"The body is not valid JSON: {error}.") from None
            await expected.validator.check_off_loop(body)
        else:
            body = await _form(request)
            await expected.validator.check_off_loop(_validatable(body))
        body = expected.validator.integers(body)
    text = raw if expected is not None and expected.media_type == "application/json" else None
    triggers = sandbox.triggers.find(body, text) if body is not None else frozenset()
    return Call(sandbox, request, endpoint, key, request_id, params, body, triggers, len(raw))


def _params(endpoint: Endpoint, request: Request) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for param in endpoint.params:
        source: Mapping[str, str]  # read only for the locations an operation has parameters in
        if param.location == "path":
            source = request.path_params
        elif param.location == "query":
            source = request.query_params
        else:
            source = request.headers
        value: Any = source.get(param.name)
        if value is None:
            if param.default is not None:
                values[param.name] = param.default
            elif param.required:
                raise invalid(
                    f"The '{param.name}' {param.location} parameter is required", param.name
                )
            continue
        if param.integer:
            if not _INTEGER.fullmatch(value):
                raise invalid(f"'{param.name}' must be an integer", param.name)
            if len(digits := value.lstrip("-")) > _MAX_DIGITS:
                raise invalid(f"'{param.name}' is out of range ({len(digits)} digits)", param.name)
            value = int(value)
        param.validator.check(value, (param.name,), quote=not param.secret)
        values[param.name] = value
    return values


async def _form(request: Request) -> dict[str, Any]:
    try:
        form = await request.form(max_files=2, max_fields=10)
    except Exception as error:  # python-multipart raises several types for a broken body
        raise invalid(f"The multipart body could not be parsed: {error}.") from None
    return {name: value for name, value in form.items()}


def _validatable(body: Any) -> Any:
    """Multipart file parts become their spec type (a string of bytes) for validation."""
    if isinstance(body, dict):
        return {k: "<binary>" if isinstance(v, UploadFile) else v for k, v in body.items()}
    return body


async def _run_once(sandbox: Sandbox, call: Call, handler: Handler) -> tuple[Response, Any]:
    """Run the handler, under the request's Idempotency-Key when a POST has one."""
    rules = sandbox.api.idempotency
    idem_key = call.request.headers.get(rules.header) if call.endpoint.method == "POST" else None
    if idem_key is None:
        return await _execute(sandbox, call, handler)
    assert call.key is not None
    fingerprint = await _fingerprint(call)
    stored = idempotency.claim(
        sandbox.conn, call.key.id, idem_key, fingerprint, time.time(), sandbox.lease
    )
    # The caller's own credential seals a stored secret (idempotency.seal).
    sealed = call.endpoint.returns_secret
    credential = call.request.headers.get("authorization", "") if sealed else ""
    if stored is not None:
        headers = {rules.replay_header: "true", REQUEST_ID_HEADER: stored.request_id}
        kept = idempotency.unseal(stored.body, credential, idem_key) if sealed else stored.body
        replay = Response(kept, stored.status, headers, stored.content_type)
        replay.replayed = True  # type: ignore[attr-defined]  # for the activity log
        return replay, None
    try:
        response, usage = await _execute(sandbox, call, handler)
    except BaseException:
        idempotency.release(sandbox.conn, call.key.id, idem_key)
        raise
    body = getattr(response, "stored_body", None)
    if body is None or response.status_code >= 500:
        idempotency.release(sandbox.conn, call.key.id, idem_key)
    else:
        if sealed:
            body = idempotency.seal(body, credential, idem_key)
        record = idempotency.Stored(
            call.request_id, response.status_code, response.media_type or "", body
        )
        idempotency.store(sandbox.conn, call.key.id, idem_key, record)
    return response, usage


async def _fingerprint(call: Call) -> str:
    """What makes two requests "the same" for an Idempotency-Key: the operation and the parsed
    body (a multipart body's boundary is random, so its parts count, files by their bytes)."""
    body = call.body
    if isinstance(body, dict) and any(isinstance(v, UploadFile) for v in body.values()):
        parts = {}
        for name, value in body.items():
            if isinstance(value, UploadFile):
                data = await value.read()
                await value.seek(0)  # the handler reads it again
                value = [value.filename, value.content_type, hashlib.sha256(data).hexdigest()]
            parts[name] = value
        body = parts
    canonical = orjson.dumps([call.endpoint.operation_id, body], option=orjson.OPT_SORT_KEYS)
    return hashlib.sha256(canonical).hexdigest()


async def _execute(sandbox: Sandbox, call: Call, handler: Handler) -> tuple[Response, Any]:
    """The handler's result as a response; an ApiError it raises becomes the error envelope."""
    try:
        if "slow" in call.triggers:
            await asyncio.sleep(sandbox.settings.slow_seconds)
        if "server_error" in call.triggers:
            raise ApiError("server_error", "Triggered by the 'sandbox:server_error' marker.")
        result = await handler(call)
    except ApiError as error:
        refusal = error_response(error, call.request_id)
        refusal.stored_body = refusal.body  # type: ignore[attr-defined]
        return refusal, None
    if isinstance(result, Reply):
        body = envelope(result.data, call.request_id, result.model, result.usage)
        reply = JsonResponse(body, result.status)
        reply.stored_body = body  # type: ignore[attr-defined]
        return reply, result.usage
    if isinstance(result, Stream):
        if result.live is not None:
            return StreamingResponse(result.live, media_type="text/event-stream"), None
        response = StreamingResponse(
            _paced(result.frames, sandbox.settings.stream_interval), media_type="text/event-stream"
        )
        if not _ends_in_server_error(call, result.frames):  # else, like a 5xx, not stored
            response.stored_body = b"".join(result.frames)  # type: ignore[attr-defined]
        return response, result.usage
    filename = result.filename or result.path.name
    return WholeFileResponse(result.path, result.media_type, filename), None


def _ends_in_server_error(call: Call, frames: list[bytes]) -> bool:
    """Whether a stream's last frame is an `error` whose code has a 5xx status: the work did
    not complete, so (as the spec says of 5xx responses) a retry must do it again."""
    events = call.endpoint.events
    if events is None or not frames:
        return False
    head, _, data = frames[-1].partition(b"\ndata: ")
    if head != b"event: " + events.error.encode():
        return False
    code = orjson.loads(data)["error"]["code"]
    return STATUS.get(code, 500) >= 500


class JsonResponse(Response):
    """JSON bytes, with the few headers made directly: Starlette's general header handling
    cost more than the rest of a small response, and every request makes one."""

    media_type = "application/json"
    error_code: str | None = None  # of an error envelope

    def __init__(self, body: bytes, status: int, headers: Mapping[str, str] | None = None):
        self.status_code = status
        self.body = body
        self.background = None
        self.raw_headers = [
            (b"content-length", b"%d" % len(body)),
            (b"content-type", b"application/json"),
        ]
        for name, value in (headers or {}).items():
            self.raw_headers.append((name.lower().encode("latin-1"), value.encode("latin-1")))


class WholeFileResponse(FileResponse):
    """The whole file, always: byte ranges are not in the spec, so Range headers are ignored
    (Starlette would otherwise answer 206, or a bare 416, neither of which the spec has).
    Saved as an attachment under `filename` (RFC 8187's `filename*` when it is not plain
    ASCII), and never sniffed as another type than `media_type`."""

    def __init__(self, path: Path, media_type: str, filename: str) -> None:
        super().__init__(
            path,
            media_type=media_type,
            headers={"Accept-Ranges": "none", "X-Content-Type-Options": "nosniff"},
            filename=filename,
            content_disposition_type="attachment",
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = [(k, v) for k, v in scope["headers"] if k not in (b"range", b"if-range")]
        await super().__call__({**scope, "headers": headers}, receive, send)


async def _paced(frames: list[bytes], interval: float) -> AsyncIterator[bytes]:
    """Send frames one by one, a little apart, as a model generating them would."""
    for index, frame in enumerate(frames):
        if index and interval:
            await asyncio.sleep(interval)
        yield frame
