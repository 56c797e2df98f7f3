"""Custom Schemathesis checks and hooks: what the spec promises that the built-in checks do not
look at. Loaded through SCHEMATHESIS_HOOKS=contract_tests.checks (the runner sets it).

Each check is one property with one clear failure message, like Schemathesis' own.
"""

from __future__ import annotations

import datetime
import json
import os
import re
import uuid
from email.utils import format_datetime
from typing import Any

import requests
import schemathesis

from minimax_openapi import conventions
from minimax_openapi.model import SSE, ModelArgument, Stream
from minimax_openapi.spec import shared
from minimax_sandbox.testing import sse_events

API = shared()


def _header(response: Any, name: str) -> str | None:
    values = response.headers.get(name.lower())  # Schemathesis keeps header names lowercase
    return values[0] if values else None


_VALID_IDEMPOTENCY_KEY = re.compile(r"^[\x21-\x7E]{1,255}$")


@schemathesis.hook
def before_call(ctx: Any, case: Any, kwargs: dict[str, Any]) -> None:
    """Generated Idempotency-Key values repeat across cases ("0", the spec's example, ...),
    so an honest server would replay or refuse unrelated requests. Give every call with a
    valid key a fresh one; invalid keys stay, for the server to reject."""
    headers = case.headers or {}
    for name, value in list(headers.items()):
        if name.lower() == "idempotency-key" and _VALID_IDEMPOTENCY_KEY.match(str(value)):
            headers[name] = str(uuid.uuid4())


@schemathesis.check
def rate_limit_headers(ctx: Any, response: Any, case: Any) -> None:
    """Every response carries the three rate-limit headers as non-negative integers."""
    values = []
    for name in conventions.RATE_LIMIT_HEADERS:
        value = _header(response, name)
        assert value is not None, f"The response has no {name} header"
        assert value.isdigit(), f"{name} is {value!r}, not a non-negative integer"
        values.append(int(value))
    limit_name, remaining_name, _ = conventions.RATE_LIMIT_HEADERS
    limit, remaining, _ = values
    assert remaining <= limit, f"{remaining_name} is above {limit_name}"


# operation -> (limit, reset, remaining) of the last counted response seen in the run.
_last_window: dict[str, tuple[int, int, int]] = {}


@schemathesis.check
def rate_limit_remaining_decreases(ctx: Any, response: Any, case: Any) -> None:
    """Within one window of one operation, each counted request leaves fewer remaining."""
    try:
        limit, remaining, reset = (
            int(_header(response, n) or "") for n in conventions.RATE_LIMIT_HEADERS
        )
    except ValueError:
        return  # rate_limit_headers reports that
    if response.status_code in (401, 403, 429) or remaining >= limit:
        return  # not counted against the key (a counted call always uses one), per the spec
    label = case.operation.label
    previous = _last_window.get(label)
    _last_window[label] = (limit, reset, remaining)
    if previous is not None and previous[:2] == (limit, reset):
        assert remaining < previous[2], (
            f"X-RateLimit-Remaining did not go down between two calls in one window "
            f"({previous[2]} then {remaining})"
        )


@schemathesis.check
def retry_after_on_429(ctx: Any, response: Any, case: Any) -> None:
    """A 429 says how long to wait: Retry-After, in whole seconds, at least 1."""
    if response.status_code != 429:
        return
    value = _header(response, "retry-after")
    assert value is not None, "A 429 response has no Retry-After header"
    assert value.isdigit() and int(value) >= 1, f"Retry-After is {value!r}, not seconds >= 1"


@schemathesis.check
def request_id_matches(ctx: Any, response: Any, case: Any) -> None:
    """Every response has X-Request-Id, and a JSON body's meta.request_id is the same id."""
    request_id = _header(response, conventions.REQUEST_ID_HEADER)
    assert request_id, "The response has no X-Request-Id header"
    if not _media_type(response).endswith("json"):
        return
    try:
        body = json.loads(response.content)
    except ValueError:
        return  # content_type_conformance and the schema checks report that
    meta = body.get("meta") if isinstance(body, dict) else None
    if isinstance(meta, dict) and "request_id" in meta:
        assert meta["request_id"] == request_id, (
            f"meta.request_id {meta['request_id']!r} differs from X-Request-Id {request_id!r}"
        )


def _media_type(response: Any) -> str:
    return (_header(response, "content-type") or "").split(";")[0].strip().lower()


def _stream(case: Any) -> Stream | None:
    """What the spec says of the operation's stream: its events and how it ends."""
    return API.operation_at(case.operation.method, case.operation.path).stream


@schemathesis.check
def sse_frames_conform(ctx: Any, response: Any, case: Any) -> None:
    """Each SSE frame's data validates against its event's schema, and the stream ends with
    exactly one `done` or `error` frame."""
    if _media_type(response) != SSE or response.status_code != 200:
        return
    stream = _stream(case)
    if stream is None:
        raise AssertionError("The operation answers an event stream the spec does not document")
    schemas = stream.events
    frames = sse_events(response.content.decode("utf-8", "replace"))
    assert frames, "The event stream has no frames"
    for index, frame in enumerate(frames):
        event = frame.get("event", "")
        assert event in schemas, f"Frame {index} has event {event!r}, not one of {list(schemas)}"
        try:
            data = json.loads(frame.get("data", ""))
        except ValueError:
            raise AssertionError(f"Frame {index} ({event}) has data that is not JSON") from None
        errors = API.validation_errors(API.schema(schemas[event]), data)
        assert not errors, f"Frame {index} ({event}) does not match its schema: {errors[0]}"
    if getattr(response, "stream_cut_short", False):
        return  # Schemathesis stopped reading; the end of the stream was not seen
    ends = [i for i, frame in enumerate(frames) if frame.get("event") in stream.end.events]
    assert ends == [len(frames) - 1], (
        f"The stream must end with exactly one of {' or '.join(stream.end.events)}, and nothing"
        " after it"
    )


def _ends_in_server_error(response: Any, case: Any) -> bool:
    """Whether the response is a stream whose last frame is an `error` with a 5xx code."""
    stream = _stream(case) if _media_type(response) == SSE else None
    if stream is None:
        return False
    frames = sse_events(response.content.decode("utf-8", "replace"))
    if not frames or frames[-1].get("event") != stream.end.error_event:
        return False
    try:
        code = json.loads(frames[-1].get("data", ""))["error"]["code"]
    except (ValueError, KeyError, TypeError):
        return False  # sse_frames_conform reports that
    return API.status_of.get(code, 500) >= 500


@schemathesis.check
def idempotent_replay_is_identical(ctx: Any, response: Any, case: Any) -> None:
    """A POST sent again with the same Idempotency-Key and body gets the same status and body,
    marked Idempotent-Replayed (5xx responses are not stored, per the spec, nor streams that
    end with an `error` frame for a 5xx code)."""
    request = response.request
    if case.operation.method.upper() != "POST" or request.method != "POST":
        return  # GETs ignore the key; a POST sent to a GET path is the unsupported-method check
    if not request.headers.get("Idempotency-Key"):
        return
    if response.status_code >= 500 or response.status_code in (
        400,
        401,
        403,
        409,
        413,
        415,
        422,
        429,
    ):
        return  # refused before the operation ran, or about the key itself: not stored
    if _ends_in_server_error(response, case):
        return
    with requests.Session() as session:
        replay = session.send(request.copy(), timeout=60)
    if replay.status_code == 429:
        return  # the rate limit comes before the stored response: this says nothing of it
    assert replay.status_code == response.status_code, (
        f"The replay answered {replay.status_code}, the original {response.status_code}"
    )
    assert replay.headers.get("Idempotent-Replayed") == "true", (
        "The replay has no 'Idempotent-Replayed: true' header"
    )
    assert replay.content == response.content, "The replay's body differs from the original's"


# Operations whose credentials were already tried the other way round in this run.
_swapped: set[str] = set()


@schemathesis.check
def keys_kept_apart(ctx: Any, response: Any, case: Any) -> None:
    """The admin key never works on a model operation, and an API key never works on an
    administration one: the first request an operation answers with a 2xx is sent again
    with the other kind of key, and must get 401 authentication_failed."""
    request = response.request
    label = case.operation.label
    if not 200 <= response.status_code < 300 or label in _swapped:
        return
    if not request.headers.get("Authorization"):
        return  # a signed download URL: no key to swap
    admin = API.operation_at(case.operation.method, case.operation.path).admin
    other = os.environ.get("MINIMAX_API_KEY" if admin else "MINIMAX_ADMIN_KEY")
    if not other:
        return
    _swapped.add(label)
    swapped = request.copy()
    swapped.headers["Authorization"] = f"Bearer {other}"
    swapped.headers.pop(API.idempotency.header, None)  # not a replay of the first
    with requests.Session() as session:
        answer = session.send(swapped, timeout=60)
    kind = "An API key" if admin else "The admin key"
    expected = "authentication_failed"
    assert answer.status_code == API.status_of[expected], (
        f"{kind} got {answer.status_code} from an operation it must never work on"
    )
    code = answer.json().get("error", {}).get("code")
    assert code == expected, f"{kind} got error {code!r}, not {expected}"


# (base URL, Authorization) -> model id -> its `deprecation`, as the target lists it.
_deprecations: dict[tuple[str, str], dict[str, Any]] = {}


def _deprecated_models(response: Any, case: Any) -> dict[str, Any]:
    """The target's deprecated models, read once per key from its own `GET /models`."""
    request = response.request
    url = request.url.split("?")[0]
    static = case.operation.path.split("{")[0]  # the path up to its first parameter
    base = url[: url.rfind(static)]
    auth = request.headers.get("Authorization", "")
    if (base, auth) not in _deprecations:
        listed = requests.get(
            base + API.operation("models.list").path, headers={"Authorization": auth}, timeout=60
        )
        listed.raise_for_status()
        _deprecations[(base, auth)] = {
            m["id"]: m["deprecation"] for m in listed.json()["data"] if m.get("deprecation")
        }
    return _deprecations[(base, auth)]


def _named_model(case: Any, argument: ModelArgument) -> Any:
    source = case.path_parameters if argument.location == "path" else case.body
    return source.get(argument.name) if isinstance(source, dict) else None


def _midnight(day: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(day).replace(tzinfo=datetime.UTC)


@schemathesis.check
def deprecation_headers(ctx: Any, response: Any, case: Any) -> None:
    """A success naming a deprecated model carries Deprecation (RFC 9745), Sunset (RFC 8594)
    and a `rel="deprecation"` Link, agreeing with the model's `deprecation`; a success naming
    any other model carries none of them."""
    argument = API.operation_at(case.operation.method, case.operation.path).model_argument
    if argument is None or not 200 <= response.status_code < 300:
        return
    rules = API.deprecation
    model = _named_model(case, argument)
    deprecation = _deprecated_models(response, case).get(model)
    sent = {name: _header(response, name) for name in rules.headers}
    link = sent[rules.link_header] or ""
    relation = f'rel="{rules.link_relation}"'
    if deprecation is None:
        found = [name for name in (rules.header, rules.sunset_header) if sent[name] is not None]
        found += [rules.link_header] if relation in link else []
        assert not found, f"The model {model!r} is not deprecated, yet the response has {found}"
        return
    since, sunset = sent[rules.header], sent[rules.sunset_header]
    expected = f"@{int(_midnight(deprecation['deprecated_at']).timestamp())}"
    assert since == expected, f"{rules.header} is {since!r} for {model!r}, not {expected!r}"
    expected = format_datetime(_midnight(deprecation["shutdown_at"]), usegmt=True)
    assert sunset == expected, (
        f"{rules.sunset_header} is {sunset!r} for {model!r}, not {expected!r}"
    )
    if guide := deprecation.get("migration_guide"):
        expected = f'<{guide}>; {relation}; type="text/html"'
        assert link == expected, f"{rules.link_header} is {link!r} for {model!r}, not {expected!r}"
