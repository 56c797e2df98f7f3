"""The spec follows the house conventions, and the convention check can catch each breach.

Each "break" below mutates the copy of the spec it is given and returns the message
`violations()` should then report. Targets are picked generically (the first
operation with a request body, etc.), so the tests survive paths being renamed.
"""

import copy
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from minimax_openapi.conventions import SpecError, violations
from minimax_openapi.document import RawOperation, load, operations, resolve
from minimax_openapi.spec import load as load_checked
from minimax_openapi.spec import shared

Spec = dict[str, Any]
Break = Callable[[Spec], str]


def test_spec_has_no_convention_violations(spec: Spec) -> None:
    found = violations(spec)
    assert found == [], "\n".join(found)


# --- helpers that find a target and make it safe to change ------------------------------


def _responses(spec: Spec) -> Iterator[tuple[RawOperation, Any, dict[str, Any]]]:
    """(operation, status key as written, the responses map holding it) for every response."""
    for operation in operations(spec):
        responses = operation.op.get("responses", {})
        for status in responses:
            yield operation, status, responses


def _inline(spec: Spec, container: dict[str, Any], key: Any) -> dict[str, Any]:
    """Replace a `$ref` by a private copy of its target, so a change touches one place only."""
    inlined: dict[str, Any] = copy.deepcopy(resolve(spec, container[key]))
    container[key] = inlined
    return inlined


def _is_idempotency_key(spec: Spec, parameter: Any) -> bool:
    return str(resolve(spec, parameter).get("name", "")).lower() == "idempotency-key"


# --- the breaks --------------------------------------------------------------------------


def drop_operation_id(spec: Spec) -> str:
    operation = next(operations(spec))
    operation.op.pop("operationId", None)
    return f"{operation.label}: has no operationId"


def drop_tags(spec: Spec) -> str:
    operation = next(operations(spec))
    operation.op.pop("tags", None)
    return f"{operation.label}: needs exactly one tag, has 0"


def drop_summary(spec: Spec) -> str:
    operation = next(operations(spec))
    operation.op.pop("summary", None)
    return f"{operation.label}: has no summary"


def drop_security(spec: Spec) -> str:
    operation = next(operations(spec))
    operation.op.pop("security", None)
    return f"{operation.label}: has no operation-level security"


def drop_idempotency_key(spec: Spec) -> str:
    operation = next(operations(spec))
    for owner in (operation.op, operation.path_item):
        if "parameters" in owner:
            owner["parameters"] = [
                p for p in owner["parameters"] if not _is_idempotency_key(spec, p)
            ]
    return f"{operation.label}: has no Idempotency-Key header parameter"


def drop_rate_limit_header(spec: Spec) -> str:
    operation, status, responses = next(
        (o, s, r)
        for o, s, r in _responses(spec)
        if str(s) in ("200", "201", "202") and "$ref" not in r[s]
    )
    headers = responses[status]["headers"]
    del headers[next(k for k in headers if k.lower() == "x-ratelimit-remaining")]
    return f"{operation.label}: response {status} lacks header X-RateLimit-Remaining"


def inline_rate_limit_header(spec: Spec) -> str:
    operation, status, responses = next(_responses(spec))
    headers = _inline(spec, responses, status)["headers"]
    name = next(k for k in headers if k.lower() == "x-ratelimit-limit")
    _inline(spec, headers, name)
    return f"{operation.label}: response {status} header X-RateLimit-Limit is not a $ref"


def loosen_error_schema(spec: Spec) -> str:
    operation, status, responses = next(
        (o, s, r) for o, s, r in _responses(spec) if str(s).startswith("4")
    )
    response = _inline(spec, responses, status)
    response["content"]["application/json"]["schema"] = {"type": "object"}
    return f"{operation.label}: response {status} is not the shared error envelope"


def drop_request_body_example(spec: Spec) -> str:
    operation = next(o for o in operations(spec) if "requestBody" in o.op)
    body = _inline(spec, operation.op, "requestBody")
    media_type, media = next(iter(body["content"].items()))
    media.pop("example", None)
    media.pop("examples", None)
    return f"{operation.label}: request body {media_type} has no example"


def drop_response_example(spec: Spec) -> str:
    operation, status, responses = next(
        (o, s, r) for o, s, r in _responses(spec) if resolve(spec, r[s]).get("content")
    )
    media_type, media = next(iter(_inline(spec, responses, status)["content"].items()))
    media.pop("example", None)
    media.pop("examples", None)
    return f"{operation.label}: response {status} {media_type} has no example"


def drop_retry_after(spec: Spec) -> str:
    operation, status, responses = next(
        (o, s, r) for o, s, r in _responses(spec) if str(s) == "429"
    )
    headers = _inline(spec, responses, status)["headers"]
    del headers[next(k for k in headers if k.lower() == "retry-after")]
    return f"{operation.label}: response 429 lacks header Retry-After"


def drop_www_authenticate(spec: Spec) -> str:
    """From the shared 401 response itself: every operation's 401 then lacks the challenge."""
    operation, status, responses = next(
        (o, s, r) for o, s, r in _responses(spec) if str(s) == "401"
    )
    headers = resolve(spec, responses[status])["headers"]
    del headers[next(k for k in headers if k.lower() == "www-authenticate")]
    return f"{operation.label}: response 401 lacks header WWW-Authenticate"


def duplicate_operation_id(spec: Spec) -> str:
    first, second, *_ = operations(spec)
    second.op["operationId"] = first.op["operationId"]
    return f"operationId {first.op['operationId']!r} is used by 2 operations"


def drop_rate_limit_tier(spec: Spec) -> str:
    operation = next(operations(spec))
    del operation.op["x-rate-limit"]["requests_per_minute"]["enterprise"]
    return f"{operation.label}: x-rate-limit.requests_per_minute must give every tier"


def drop_key_scopes(spec: Spec) -> str:
    operation = next(operations(spec))
    operation.op.pop("x-key-scopes", None)
    return f"{operation.label}: has no x-key-scopes"


def _admin_operation(spec: Spec) -> RawOperation:
    return next(o for o in operations(spec) if {"adminKey": []} in o.op.get("security", []))


def admin_operation_with_scopes(spec: Spec) -> str:
    operation = _admin_operation(spec)
    operation.op["x-key-scopes"] = ["full"]
    return f"{operation.label}: an administration operation (adminKey) has x-key-scopes"


def admin_operation_also_taking_api_keys(spec: Spec) -> str:
    operation = _admin_operation(spec)
    operation.op["security"].append({"bearerAuth": []})
    return f"{operation.label}: an administration operation must take adminKey alone"


def scope_enum_disagrees(spec: Spec) -> str:
    spec["components"]["schemas"]["KeyScope"]["enum"].append("everything")
    names = list(spec["x-api-keys"]["scopes"])
    return f"schema KeyScope: its enum must list {names}, in that order"


def tier_enum_disagrees(spec: Spec) -> str:
    spec["x-rate-limit-tiers"]["startup"] = {"shared": False, "description": "A new tier."}
    for operation in operations(spec):  # every operation gives the new tier a limit
        operation.op["x-rate-limit"]["requests_per_minute"]["startup"] = 10
    names = list(spec["x-rate-limit-tiers"])
    return f"schema RateLimitTier: its enum must list {names}, in that order"


def no_admin_key_prefix(spec: Spec) -> str:
    del spec["x-api-keys"]["prefixes"]["admin"]
    return "x-api-keys: prefixes must give `admin`, the admin key's"


def ambiguous_key_prefix(spec: Spec) -> str:
    spec["x-api-keys"]["prefixes"]["admin"] = spec["x-api-keys"]["prefixes"]["sandbox"] + "adm_"
    return "x-api-keys: no prefix may start another"


def drop_body_limit(spec: Spec) -> str:
    operation = next(o for o in operations(spec) if "requestBody" in o.op)
    operation.op.pop("x-max-body-bytes", None)
    return f"{operation.label}: has a request body but no positive x-max-body-bytes"


def undeclared_scope(spec: Spec) -> str:
    operation = next(operations(spec))
    operation.op["x-key-scopes"] = ["everything"]
    return f"{operation.label}: x-key-scopes names scopes x-api-keys does not declare"


def stream_without_done(spec: Spec) -> str:
    operation, schema = next(
        (o, s)
        for o in operations(spec)
        for r in o.op["responses"].values()
        for s in [resolve(spec, r).get("content", {}).get("text/event-stream", {}).get("schema")]
        if s
    )
    del resolve(spec, schema)["x-event-schemas"]["done"]
    return f"{operation.label}: the stream's x-event-schemas lacks the ending events ['done']"


def error_code_without_advice(spec: Spec) -> str:
    codes = spec["components"]["schemas"]["ErrorCode"]["x-error-codes"]
    code = next(iter(codes))
    del codes[code]["advice"]
    return f"x-error-codes: {code!r} has no advice"


def error_code_without_status(spec: Spec) -> str:
    codes = spec["components"]["schemas"]["ErrorCode"]["x-error-codes"]
    code = next(iter(codes))
    codes[code]["status"] = 200
    return f"x-error-codes: {code!r} has no 4xx or 5xx status"


def unknown_default_scope(spec: Spec) -> str:
    spec["x-api-keys"]["default_scope"] = "admin"
    return "x-api-keys: default_scope 'admin' is not one of the scopes"


def no_key_prefix(spec: Spec) -> str:
    del spec["x-api-keys"]["prefixes"]["sandbox"]
    return "x-api-keys: prefixes must give `production` and `sandbox`"


def terminal_status_not_in_enum(spec: Spec) -> str:
    spec["components"]["schemas"]["TaskStatus"]["x-terminal"] = ["finished"]
    return "x-terminal must name task statuses of its enum"


def shared_tier_without_budget(spec: Spec) -> str:
    name, tier = next((n, t) for n, t in spec["x-rate-limit-tiers"].items() if t.get("shared"))
    del tier["requests_per_minute"]
    return f"x-rate-limit-tiers: {name!r} is shared but gives no requests_per_minute"


def key_created_with_another_default_scope(spec: Spec) -> str:
    request = spec["components"]["schemas"]["ApiKeyCreateRequest"]
    request["properties"]["scope"]["default"] = "read_only"
    return "POST /organization/api_keys: the default scope must be 'full'"


def trigger_listed_twice(spec: Spec) -> str:
    triggers = spec["x-sandbox-triggers"]
    triggers.append(copy.deepcopy(triggers[0]))
    name = triggers[0]["marker"].partition(":")[2]
    return f"x-sandbox-triggers: {name!r} is listed twice"


def _older_release(spec: Spec, breaking: bool) -> dict[str, Any]:
    """An entry for a release before the newest, appended where it belongs (last)."""
    entry = {"date": "2026-01-15", "summary": "Earlier.", "changes": ["x"], "breaking": breaking}
    spec["info"]["x-changelog"].append(entry)
    return entry


def version_not_a_date(spec: Spec) -> str:
    spec["info"]["version"] = "1.0.0"
    return "info.version '1.0.0' is not a release date (YYYY-MM-DD)"


def version_without_changelog_entry(spec: Spec) -> str:
    spec["info"]["version"] = "2099-01-01"
    newest = spec["info"]["x-changelog"][0]["date"]
    return f"info.x-changelog: the newest entry is {newest!r}, not info.version"


def changelog_not_newest_first(spec: Spec) -> str:
    _older_release(spec, breaking=False)
    spec["info"]["x-changelog"].reverse()
    return "info.x-changelog: entries must have distinct dates, newest first"


def breaking_entry_without_migration(spec: Spec) -> str:
    _older_release(spec, breaking=True)
    return "info.x-changelog: '2026-01-15' is breaking but gives no migration notes"


def drop_deprecation_header(spec: Spec) -> str:
    del spec["paths"]["/embeddings"]["post"]["responses"]["200"]["headers"]["Sunset"]
    return "POST /embeddings: response 200 names a model but lacks header Sunset"


def deprecation_header_on_models_list(spec: Spec) -> str:
    headers = spec["paths"]["/models"]["get"]["responses"]["200"]["headers"]
    headers["Deprecation"] = {"$ref": "#/components/headers/Deprecation"}
    return "GET /models: response 200 declares header Deprecation, but its request names no model"


def undeclared_deprecation_header(spec: Spec) -> str:
    spec["x-deprecation"]["link_header"] = "Deprecation-Link"
    return "x-deprecation: the header 'Deprecation-Link' is not declared in components.headers"


def drop_usage_window(spec: Spec) -> str:
    del spec["paths"]["/organization/usage"]["get"]["x-usage-window"]
    return "GET /organization/usage: answers the usage report but has no x-usage-window"


def default_window_past_the_longest(spec: Spec) -> str:
    spec["paths"]["/organization/usage"]["get"]["x-usage-window"]["default_seconds"] = 90000
    return "GET /organization/usage: x-usage-window needs 0 < default_seconds <= max_seconds"


def drop_activity_retention(spec: Spec) -> str:
    del spec["paths"]["/organization/activity"]["get"]["x-activity-retention"]
    return "GET /organization/activity: lists the activity log but has no x-activity-retention"


def sandbox_keeps_no_rows(spec: Spec) -> str:
    spec["paths"]["/organization/activity"]["get"]["x-activity-retention"]["sandbox_rows"] = 0
    return "GET /organization/activity: x-activity-retention needs positive days and sandbox_rows"


BREAKS: dict[str, Break] = {
    "no operationId": drop_operation_id,
    "no tags": drop_tags,
    "no summary": drop_summary,
    "no security": drop_security,
    "no Idempotency-Key": drop_idempotency_key,
    "success response lacks X-RateLimit-Remaining": drop_rate_limit_header,
    "rate-limit header inlined, not a $ref": inline_rate_limit_header,
    "4xx schema is not ErrorResponse": loosen_error_schema,
    "request body without example": drop_request_body_example,
    "response without example": drop_response_example,
    "429 without Retry-After": drop_retry_after,
    "401 without WWW-Authenticate": drop_www_authenticate,
    "duplicate operationId": duplicate_operation_id,
    "rate limit without a tier": drop_rate_limit_tier,
    "no x-key-scopes": drop_key_scopes,
    "administration operation with x-key-scopes": admin_operation_with_scopes,
    "administration operation also taking API keys": admin_operation_also_taking_api_keys,
    "KeyScope enum not the declared scopes": scope_enum_disagrees,
    "RateLimitTier enum not the declared tiers": tier_enum_disagrees,
    "no admin key prefix": no_admin_key_prefix,
    "a key prefix starting another": ambiguous_key_prefix,
    "body without a size limit": drop_body_limit,
    "undeclared key scope": undeclared_scope,
    "stream without its done event": stream_without_done,
    "error code without advice": error_code_without_advice,
    "error code with a 2xx status": error_code_without_status,
    "default scope not a scope": unknown_default_scope,
    "no sandbox key prefix": no_key_prefix,
    "terminal status not in the enum": terminal_status_not_in_enum,
    "shared tier without a budget": shared_tier_without_budget,
    "trigger listed twice": trigger_listed_twice,
    "key created with another default scope": key_created_with_another_default_scope,
    "version not a date": version_not_a_date,
    "version not the newest changelog entry": version_without_changelog_entry,
    "changelog not newest first": changelog_not_newest_first,
    "breaking release without migration notes": breaking_entry_without_migration,
    "model-naming operation without Sunset": drop_deprecation_header,
    "deprecation header on an operation naming no model": deprecation_header_on_models_list,
    "deprecation header not declared": undeclared_deprecation_header,
    "usage report without its window": drop_usage_window,
    "usage window's default past its longest": default_window_past_the_longest,
    "activity list without its retention": drop_activity_retention,
    "retention keeping no rows": sandbox_keeps_no_rows,
}


@pytest.mark.parametrize("break_spec", BREAKS.values(), ids=BREAKS.keys())
def test_the_check_catches_each_fault(spec: Spec, break_spec: Break) -> None:
    broken = copy.deepcopy(spec)
    expected = break_spec(broken)
    # The message must be new: caused by the break, not already there.
    assert not any(expected in m for m in violations(copy.deepcopy(spec)))
    found = violations(broken)
    assert any(expected in m for m in found), f"expected {expected!r} in:\n" + "\n".join(found)


def test_breaks_leave_the_shared_spec_intact(spec: Spec) -> None:
    # A break that leaked into the shared fixture would make the other tests lie.
    for break_spec in BREAKS.values():
        break_spec(copy.deepcopy(spec))
    assert spec == load()
    pristine = copy.deepcopy(spec)
    assert violations(pristine) == []


def test_loading_refuses_a_broken_spec(spec: Spec, tmp_path: Path) -> None:
    broken = copy.deepcopy(spec)
    expected = drop_retry_after(broken)
    path = tmp_path / "broken.yaml"
    path.write_text(yaml.safe_dump(broken), encoding="utf-8")
    with pytest.raises(SpecError) as refused:
        load_checked(path)
    assert any(expected in m for m in refused.value.violations)
    assert load_checked() == shared()  # the real spec loads


def test_the_command_fails_on_a_broken_copy(spec: Spec, tmp_path: Path) -> None:
    broken = copy.deepcopy(spec)
    expected = drop_retry_after(broken)
    path = tmp_path / "broken.yaml"
    path.write_text(yaml.safe_dump(broken), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "minimax_openapi.conventions", str(path)],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 1
    assert expected in run.stdout
