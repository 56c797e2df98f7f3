"""House conventions of the MiniMax spec that OpenAPI itself does not enforce.

Each check is one small function over the typed model: given the API (and an operation), it
yields one message per violation, naming the place (e.g. "POST /chat/completions: response 400
is not the shared error envelope"). `model.load()` refuses a spec with any violation, so every
reader can rely on what is checked here. Run `python -m minimax_openapi.conventions [PATH]` to
list them.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from minimax_openapi import document
from minimax_openapi.model import ADMIN_SCHEME, JSON, Api, Media, Operation, X, build

OperationCheck = Callable[[Api, Operation], Iterator[str]]
ApiCheck = Callable[[Api], Iterator[str]]

RATE_LIMIT_HEADERS = ("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset")
REQUEST_ID_HEADER = "X-Request-Id"
# RFC 9110 (section 11.6.1): a 401 carries the challenge of the scheme the API takes.
CHALLENGE_HEADER = "WWW-Authenticate"
# Responses that carry no body by definition, so they need no example.
BODYLESS_STATUSES = ("204", "304")
# The schemas the administration operations name scopes and tiers with: their enums repeat
# `x-api-keys.scopes` and `x-rate-limit-tiers` (for the clients' types) and must agree.
SCOPE_SCHEMA = "KeyScope"
TIER_SCHEMA = "RateLimitTier"
# The operations reading the activity log: its list keeps `x-activity-retention`, and the usage
# report `x-usage-window` (the sandbox and the hub read them there).
ACTIVITY_SCHEMA = "ActivityPage"
USAGE_SCHEMA = "UsageReport"


class SpecError(ValueError):
    """The spec breaks the house conventions; the message lists every violation."""

    def __init__(self, path: Any, found: list[str]) -> None:
        super().__init__(f"{path}: {len(found)} convention violations:\n" + "\n".join(found))
        self.violations = found


# ---- Per operation -----------------------------------------------------------------------


def has_metadata(api: Api, operation: Operation) -> Iterator[str]:
    label = operation.label
    if not operation.id:
        yield f"{label}: has no operationId"
    if len(operation.tags) != 1:
        yield f"{label}: needs exactly one tag, has {len(operation.tags)}"
    elif operation.tag not in {t.name for t in api.tags}:
        yield f"{label}: its tag {operation.tag!r} is not declared in `tags`"
    if not operation.summary:
        yield f"{label}: has no summary"
    # openapi-python-client ignores top-level security: only operation-level makes auth required.
    if not operation.security:
        yield f"{label}: has no operation-level security"


def has_idempotency_key(api: Api, operation: Operation) -> Iterator[str]:
    header = api.idempotency.header.lower() or "idempotency-key"
    if not any(p.location == "header" and p.name.lower() == header for p in operation.parameters):
        yield f"{operation.label}: has no Idempotency-Key header parameter"


def has_shared_headers(api: Api, operation: Operation) -> Iterator[str]:
    for response in operation.responses:
        place = f"{operation.label}: response {response.status}"
        for name in (*RATE_LIMIT_HEADERS, REQUEST_ID_HEADER):
            header = response.header(name)
            if header is None:
                yield f"{place} lacks header {name}"
            elif name in RATE_LIMIT_HEADERS and header.ref is None:
                # Defined once in components, so the three never drift apart between responses.
                yield f"{place} header {name} is not a $ref to #/components/headers/"
        if response.status == "429" and response.header("Retry-After") is None:
            yield f"{place} lacks header Retry-After"
        if response.status == "401" and response.header(CHALLENGE_HEADER) is None:
            yield f"{place} lacks header {CHALLENGE_HEADER}"


def has_error_envelope(api: Api, operation: Operation) -> Iterator[str]:
    for response in operation.responses:
        if not response.error:
            continue
        media = response.media(JSON)
        if (
            [m.media_type for m in response.contents] != [JSON]
            or media is None
            or media.schema_name is None
            or media.schema_name != api.error_schema
            or set(media.schema or {}) != {"$ref"}
        ):
            yield f"{operation.label}: response {response.status} is not the shared error envelope"


def _lacks_example(media: Media) -> str | None:
    """Why a media type has no usable example, or None if it has one."""
    if not media.examples:
        return "has no example"
    for example in media.examples:
        if not example.has_value:
            return f"example {example.name!r} has no value"
    return None


def has_examples(api: Api, operation: Operation) -> Iterator[str]:
    label = operation.label
    for media in operation.body.contents if operation.body else ():
        if problem := _lacks_example(media):
            yield f"{label}: request body {media.media_type} {problem}"
    for response in operation.responses:
        if not response.contents:
            if response.status not in BODYLESS_STATUSES:
                yield f"{label}: response {response.status} has no content to give an example of"
            continue
        for media in response.contents:
            if problem := _lacks_example(media):
                yield f"{label}: response {response.status} {media.media_type} {problem}"


def has_rate_limits_and_scopes(api: Api, operation: Operation) -> Iterator[str]:
    # The sandbox enforces and the docs print these numbers, so every tier must be given.
    label = operation.label
    tiers = set(api.tier_names)
    if not tiers or set(operation.rate_limit) != tiers:
        yield f"{label}: {X.RATE_LIMIT}.requests_per_minute must give every tier {sorted(tiers)}"
    elif not all(
        isinstance(n, int) and not isinstance(n, bool) and n > 0
        for n in operation.rate_limit.values()
    ):
        yield f"{label}: {X.RATE_LIMIT}.requests_per_minute values must be positive integers"
    if operation.admin:
        # The admin key has no scope: it is taken by these operations and no others.
        if operation.scopes:
            yield f"{label}: an administration operation ({ADMIN_SCHEME}) has {X.KEY_SCOPES}"
        if operation.security != ((ADMIN_SCHEME,),):
            yield f"{label}: an administration operation must take {ADMIN_SCHEME} alone"
    elif not operation.scopes:
        yield f"{label}: has no {X.KEY_SCOPES}"
    unknown = sorted(set(operation.scopes) - set(api.keys.scope_names))
    if operation.scopes and unknown:
        yield f"{label}: {X.KEY_SCOPES} names scopes {X.API_KEYS} does not declare: {unknown}"


def has_body_limit(api: Api, operation: Operation) -> Iterator[str]:
    if operation.body is None:
        return
    if operation.max_body_bytes is None or operation.max_body_bytes <= 0:
        yield f"{operation.label}: has a request body but no positive {X.MAX_BODY_BYTES}"
    if len(operation.body.contents) != 1:
        yield f"{operation.label}: a request body must take exactly one media type"


def has_well_formed_stream(api: Api, operation: Operation) -> Iterator[str]:
    stream = operation.stream
    if stream is None:
        return
    label = operation.label
    missing = [e for e in api.stream_end.events if e not in stream.events]
    if not stream.events or missing:
        yield f"{label}: the stream's {X.EVENT_SCHEMAS} lacks the ending events {missing}"
    if stream.item_event is None:
        yield f"{label}: the stream's {X.EVENT_SCHEMAS} must name one item event besides the ends"
    unknown = sorted(s for s in stream.events.values() if s not in api.schemas)
    if unknown:
        yield f"{label}: {X.EVENT_SCHEMAS} names schemas that do not exist: {unknown}"
    if operation.envelope is not None and operation.stream_flag is None:
        yield f"{label}: answers JSON or a stream, but its body has no boolean `stream` flag"


def has_deprecation_headers(api: Api, operation: Operation) -> Iterator[str]:
    """A response to a request naming a model may say the model is deprecated: the success
    response of each such operation declares the headers, and no other operation's does."""
    success = operation.success
    if success is None:
        return
    place = f"{operation.label}: response {success.status}"
    for name in api.deprecation.headers:
        header = success.header(name) if name else None
        if operation.model_argument is not None and header is None:
            yield f"{place} names a model but lacks header {name}"
        elif operation.model_argument is None and header is not None:
            yield f"{place} declares header {name}, but its request names no model"


def has_log_limits(api: Api, operation: Operation) -> Iterator[str]:
    label = operation.label
    answers = operation.envelope.data_schema if operation.envelope else None
    if answers == ACTIVITY_SCHEMA and operation.retention is None:
        yield f"{label}: lists the activity log but has no {X.ACTIVITY_RETENTION}"
    if answers == USAGE_SCHEMA and operation.usage_window is None:
        yield f"{label}: answers the usage report but has no {X.USAGE_WINDOW}"
    retention, window = operation.retention, operation.usage_window
    if retention is not None and not (retention.days > 0 and retention.sandbox_rows > 0):
        yield f"{label}: {X.ACTIVITY_RETENTION} needs positive days and sandbox_rows"
    if window is not None and not 0 < window.default_seconds <= window.max_seconds:
        yield f"{label}: {X.USAGE_WINDOW} needs 0 < default_seconds <= max_seconds"


OPERATION_CHECKS: tuple[OperationCheck, ...] = (
    has_metadata,
    has_idempotency_key,
    has_shared_headers,
    has_error_envelope,
    has_examples,
    has_rate_limits_and_scopes,
    has_body_limit,
    has_well_formed_stream,
    has_deprecation_headers,
    has_log_limits,
)


# ---- API-wide ------------------------------------------------------------------------------


def unique_operation_ids(api: Api) -> Iterator[str]:
    users = Counter(o.id for o in api.operations if o.id)
    for operation_id, count in users.items():
        if count > 1:
            labels = ", ".join(o.label for o in api.operations if o.id == operation_id)
            yield f"operationId {operation_id!r} is used by {count} operations: {labels}"


def error_codes_complete(api: Api) -> Iterator[str]:
    if not api.error_codes:
        yield "no schema declares {X.ERROR_CODES} for the error codes"
    for code in api.error_codes:
        if not 400 <= code.status <= 599:
            yield f"{X.ERROR_CODES}: {code.code!r} has no 4xx or 5xx status"
        if not code.advice:
            yield f"{X.ERROR_CODES}: {code.code!r} has no advice"


def tiers_complete(api: Api) -> Iterator[str]:
    if not api.tiers:
        yield f"{X.RATE_LIMIT_TIERS} declares no tier"
    for tier in api.tiers:
        if tier.shared and not tier.requests_per_minute:
            yield f"{X.RATE_LIMIT_TIERS}: {tier.name!r} is shared but gives no requests_per_minute"
        if tier.burst_ratio < 0:
            yield f"{X.RATE_LIMIT_TIERS}: {tier.name!r} has a negative burst_ratio"


def key_rules_complete(api: Api) -> Iterator[str]:
    keys = api.keys
    if not keys.production_prefix or not keys.sandbox_prefix:
        yield f"{X.API_KEYS}: prefixes must give `production` and `sandbox`"
    if not keys.alphabet or not 0 < keys.min_length <= keys.max_length:
        yield f"{X.API_KEYS}: secret needs an alphabet and 0 < min_length <= max_length"
    if keys.max_per_account <= 0:
        yield f"{X.API_KEYS}: max_per_account must be positive"
    if keys.default_scope not in keys.scope_names:
        yield f"{X.API_KEYS}: default_scope {keys.default_scope!r} is not one of the scopes"
    if any(o.admin for o in api.operations) and not keys.admin_prefix:
        yield f"{X.API_KEYS}: prefixes must give `admin`, the admin key's"
    prefixes = list(keys.prefixes.values())
    if any(a != b and a.startswith(b) for a in prefixes for b in prefixes) or len(
        set(prefixes)
    ) < len(prefixes):
        yield f"{X.API_KEYS}: no prefix may start another, so a key's kind is never ambiguous"


def enums_repeat_the_facts(api: Api) -> Iterator[str]:
    """The scope and tier enums the administration schemas use are the declared names."""
    expected = {SCOPE_SCHEMA: api.keys.scope_names, TIER_SCHEMA: api.tier_names}
    needed = any(o.admin for o in api.operations)
    for name, names in expected.items():
        schema = api.schemas.get(name)
        if schema is None:
            if needed:
                yield f"schema {name} is missing: the administration operations name it"
            continue
        if list(schema.get("enum") or ()) != list(names):
            yield f"schema {name}: its enum must list {list(names)}, in that order"
    for operation in api.operations:
        scope = operation.body.defaults.get("scope") if operation.body else None
        if operation.admin and scope not in (None, api.keys.default_scope):
            yield f"{operation.label}: the default scope must be {api.keys.default_scope!r}"


def tasks_and_streams_declared(api: Api) -> Iterator[str]:
    if not api.terminal_statuses or not api.terminal_statuses <= set(api.task_statuses):
        yield f"{X.TERMINAL} must name task statuses of its enum"
    if not api.stream_end.done_event or not api.stream_end.error_event:
        yield f"{X.STREAM_END} must name the `done` and the `error` event"
    if api.idempotency.retention_seconds <= 0 or not api.idempotency.replay_header:
        yield f"{X.IDEMPOTENCY} needs a positive retention_seconds and a replay_header"
    if api.idempotency.replay_header and api.idempotency.replay_header not in api.headers:
        yield f"{X.IDEMPOTENCY}: the replay_header is not declared in components.headers"


def deprecation_declared(api: Api) -> Iterator[str]:
    rules = api.deprecation
    if not all((*rules.headers, rules.link_relation)):
        yield f"{X.DEPRECATION} must name the three headers and the link_relation"
    for name in rules.headers:
        if name and name not in api.headers:
            yield f"{X.DEPRECATION}: the header {name!r} is not declared in components.headers"


def triggers_named(api: Api) -> Iterator[str]:
    names = Counter(t.name for t in api.triggers)
    for trigger in api.triggers:
        if not trigger.marker or not trigger.effect:
            yield f"{X.SANDBOX_TRIGGERS}: {trigger.marker!r} needs a marker and an effect"
        if names[trigger.name] > 1:
            yield f"{X.SANDBOX_TRIGGERS}: {trigger.name!r} is listed twice"


def _is_date(text: str) -> bool:
    try:
        return date.fromisoformat(text).isoformat() == text
    except ValueError:
        return False


def changelog_dated(api: Api) -> Iterator[str]:
    """`info.version` is a release date, recorded as the newest entry of the changelog."""
    where = f"info.{X.CHANGELOG}"
    if not _is_date(api.version):
        yield f"info.version {api.version!r} is not a release date (YYYY-MM-DD)"
    if not api.changelog:
        yield f"{where} records no release"
    elif api.changelog[0].date != api.version:
        yield f"{where}: the newest entry is {api.changelog[0].date!r}, not info.version"
    for entry in api.changelog:
        if not _is_date(entry.date):
            yield f"{where}: {entry.date!r} is not a date (YYYY-MM-DD)"
        if not entry.summary or not entry.changes:
            yield f"{where}: {entry.date!r} needs a summary and its changes"
        if entry.breaking and not entry.migration:
            yield f"{where}: {entry.date!r} is breaking but gives no migration notes"
    dates = [entry.date for entry in api.changelog]
    if dates != sorted(set(dates), reverse=True):
        yield f"{where}: entries must have distinct dates, newest first: {dates}"


API_CHECKS: tuple[ApiCheck, ...] = (
    unique_operation_ids,
    error_codes_complete,
    tiers_complete,
    key_rules_complete,
    enums_repeat_the_facts,
    tasks_and_streams_declared,
    deprecation_declared,
    triggers_named,
    changelog_dated,
)


def violations_of(api: Api) -> list[str]:
    """Every breach of the house conventions, one readable message each."""
    found = [m for op in api.operations for check in OPERATION_CHECKS for m in check(api, op)]
    found.extend(m for check in API_CHECKS for m in check(api))
    return found


def violations(raw: dict[str, Any]) -> list[str]:
    """The violations of a document as parsed (tests hand in broken copies)."""
    return violations_of(build(raw))


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    path = Path(args[0]) if args else document.SPEC_PATH
    api = build(document.load(path))
    found = violations_of(api)
    for message in found:
        print(message)
    if found:
        return 1
    print(f"spec conventions: {len(api.operations)} operations, 0 violations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
