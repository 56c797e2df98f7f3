"""The typed model holds every fact of the document, one test per family of facts.

Each test reads the raw document too (only the model's own tests may) and checks that the
model says the same, so a fact dropped or misread on the way shows here.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from typing import Any

import pytest

from minimax_openapi.document import operations, parameters, resolve
from minimax_openapi.model import JSON, MULTIPART, SSE, Api, UsageWindow, build

Spec = dict[str, Any]


def test_operations_in_document_order_with_their_names(spec: Spec, api: Api) -> None:
    raw = list(operations(spec))
    assert [(o.method, o.path) for o in api.operations] == [(r.method.upper(), r.path) for r in raw]
    for operation, r in zip(api.operations, raw, strict=True):
        assert operation.id == r.op["operationId"]
        assert operation.tags == tuple(r.op["tags"]) and operation.tag == r.op["tags"][0]
        assert operation.summary == r.op["summary"]
        assert ".".join((*operation.resource, operation.name)) == operation.id
    create = api.operation("video.generations.create")
    assert (create.resource, create.name, create.label) == (
        ("video", "generations"),
        "create",
        "POST /video/generations",
    )
    assert api.operation_at("get", "/models").id == "models.list"
    with pytest.raises(KeyError):
        api.operation("videos.delete")


def test_parameters_resolved_path_level_first(spec: Spec, api: Api) -> None:
    for operation, r in zip(api.operations, operations(spec), strict=True):
        raw = parameters(spec, r)
        assert [(p.name, p.location, p.required) for p in operation.parameters] == [
            (p["name"], p["in"], bool(p.get("required"))) for p in raw
        ]
        assert [p.default for p in operation.parameters] == [
            resolve(spec, p["schema"]).get("default") for p in raw
        ]
    content = api.operation("files.content")
    by_name = {p.name: p for p in content.parameters}
    assert by_name["file_id"].location == "path" and by_name["file_id"].required
    assert by_name["expires"].type == "integer" and not by_name["expires"].secret
    assert by_name["signature"].secret  # named by the signed-URL security scheme
    assert by_name["Idempotency-Key"].example is not None
    assert [p.name for p in content.parameters_in("query")] == ["expires", "signature"]

    # A default is read from the resolved schema: a parameter's `$ref` keeps it.
    def limit(api: Api) -> Any:
        return next(p for p in api.operation("admin.activity.list").parameters if p.name == "limit")

    assert limit(api).default == 50
    moved = copy.deepcopy(spec)
    raw = moved["paths"]["/organization/activity"]["get"]["parameters"]
    (raw_limit,) = (p for p in raw if p.get("name") == "limit")
    moved["components"]["schemas"]["Limit"] = raw_limit["schema"]
    raw_limit["schema"] = {"$ref": "#/components/schemas/Limit"}
    assert limit(build(moved)).default == 50


def test_request_bodies_media_types_examples_and_defaults(spec: Spec, api: Api) -> None:
    chat = api.operation("chat.completions.create").body
    assert chat is not None and chat.required
    assert (chat.media_type, chat.media.schema_name) == (JSON, "ChatCompletionRequest")
    assert {e.name for e in chat.media.examples} >= {"hello", "tools", "streamed"}
    assert chat.defaults["stream"] is False and chat.defaults["temperature"] == 1

    video = api.operation("video.generations.create").body
    assert video is not None
    schema = spec["components"]["schemas"]["VideoGenerationRequest"]
    expected = {
        name: resolve(spec, prop)["default"]
        for name, prop in schema["properties"].items()
        if "default" in resolve(spec, prop)
    }
    assert dict(video.defaults) == expected and expected
    tune = api.operation("fine_tunes.create").body
    assert tune is not None and set(tune.defaults["hyperparameters"]) == {
        "n_epochs",
        "learning_rate_multiplier",
        "batch_size",
    }

    upload = api.operation("files.create").body
    assert upload is not None and upload.media_type == MULTIPART
    assert upload.media.encoding  # the part's allowed content types
    assert api.operation("models.list").body is None


def test_responses_headers_links_and_examples(api: Api) -> None:
    create = api.operation("video.generations.create")
    accepted = create.response(202)
    assert accepted is not None and accepted.success and create.success is accepted
    header = accepted.header("x-ratelimit-limit")  # any case
    assert header is not None and header.ref == "X-RateLimit-Limit" and header.required
    assert {link.operation_id for link in accepted.links} == {
        "video.generations.retrieve",
        "video.generations.events",
        "video.generations.content",
    }
    limited = create.response("429")
    assert limited is not None and limited.error and limited.ref == "RateLimited"
    assert limited.header("Retry-After") is not None
    media = limited.media(JSON)
    assert media is not None and media.schema_name == api.error_schema == "ErrorResponse"
    assert all(e.has_value for e in media.examples)


def test_results_envelopes_streams_and_downloads(api: Api) -> None:
    kinds = {o.id: o.result for o in api.operations}
    assert kinds["chat.completions.create"] == "json"
    assert kinds["video.generations.events"] == "stream"
    assert kinds["files.content"] == kinds["video.generations.content"] == "binary"

    listing = api.operation("models.list").envelope
    assert listing is not None
    assert (listing.schema_name, listing.data_schema, listing.data_is_list) == (
        "ModelListResponse",
        "Model",
        True,
    )
    assert api.operation("files.content").download == (
        "application/jsonl",
        "image/png",
        "image/jpeg",
    )
    assert api.operation("video.generations.content").download == ("video/mp4",)

    chat = api.operation("chat.completions.create")
    assert chat.stream_flag == "stream"  # JSON or a stream, switched by the body
    assert api.operation("video.generations.events").stream_flag is None


def test_streams_their_events_and_how_they_end(spec: Spec, api: Api) -> None:
    for operation, r in zip(api.operations, operations(spec), strict=True):
        raw = [
            resolve(spec, media["schema"])
            for response in r.op["responses"].values()
            if (media := resolve(spec, response).get("content", {}).get(SSE))
        ]
        if not raw:
            assert operation.stream is None
            continue
        stream = operation.stream
        assert stream is not None
        assert dict(stream.events) == {
            event: ref.rsplit("/", 1)[-1] for event, ref in raw[0]["x-event-schemas"].items()
        }
    chat = api.operation("chat.completions.create").stream
    status = api.operation("video.generations.events").stream
    assert chat is not None and status is not None
    assert (chat.item_event, chat.item_schema) == ("chunk", "ChatCompletionChunk")
    assert (status.item_event, status.item_schema) == ("status", "VideoGeneration")
    assert chat.end.events == ("done", "error") == tuple(spec["x-stream-end"].values())
    assert chat.events["done"] == "StreamDone" and chat.events["error"] == api.error_schema
    assert chat.data_schema is not None  # what a frame's `data` holds


def test_error_codes_with_status_and_advice(spec: Spec, api: Api) -> None:
    schema = spec["components"]["schemas"]["ErrorCode"]
    assert [e.code for e in api.error_codes] == schema["enum"]
    for error in api.error_codes:
        facts = schema["x-error-codes"][error.code]
        assert (error.status, error.advice) == (facts["status"], facts["advice"])
    assert api.status_of["rate_limit_exceeded"] == 429
    assert api.error_code_schema == "ErrorCode"


def test_tiers_and_per_operation_limits_scopes_and_body_sizes(spec: Spec, api: Api) -> None:
    raw_tiers = spec["x-rate-limit-tiers"]
    assert api.tier_names == tuple(raw_tiers)
    assert api.tier("enterprise").burst_ratio == raw_tiers["enterprise"]["burst_ratio"]
    assert api.tier("pay_as_you_go").requests_per_minute is None
    for operation, r in zip(api.operations, operations(spec), strict=True):
        assert dict(operation.rate_limit) == r.op["x-rate-limit"]["requests_per_minute"]
        assert operation.scopes == tuple(r.op.get("x-key-scopes", ()))
        assert operation.max_body_bytes == r.op.get("x-max-body-bytes")
    assert api.operation("files.create").max_body_bytes == 100 * 1024 * 1024


def test_key_rules_and_scopes(spec: Spec, api: Api) -> None:
    keys = api.keys
    raw = spec["x-api-keys"]
    assert dict(keys.prefixes) == raw["prefixes"]
    assert keys.scope_names == tuple(raw["scopes"]) and keys.default_scope in keys.scope_names
    assert all(scope.description for scope in keys.scopes)
    pattern = re.compile(keys.pattern)
    assert pattern.match(keys.sandbox_prefix + "a" * keys.min_length)
    assert pattern.match(keys.production_prefix + "Z9" * (keys.max_length // 2))
    assert not pattern.match(keys.sandbox_prefix + "a" * (keys.min_length - 1))
    assert not pattern.match(keys.sandbox_prefix + "a" * (keys.max_length + 1))
    assert not pattern.match("mmx_prod_" + "a" * keys.min_length)
    assert not pattern.match(keys.sandbox_prefix + "a-b" * 10)


def test_signed_urls_and_security_schemes(api: Api) -> None:
    signed = {o.id for o in api.operations if o.signed_url}
    assert signed == {"files.content", "video.generations.content"}
    assert all(o.security for o in api.operations)
    bearer = [s for s in api.security_schemes.values() if s.bearer]
    assert [s.name for s in bearer] == ["bearerAuth", "adminKey"]


def test_administration_operations_are_those_taking_the_admin_key(spec: Spec, api: Api) -> None:
    admin = {o.id for o in api.operations if o.admin}
    assert admin == {o.id for o in api.operations if o.security == (("adminKey",),)}
    assert admin >= {"admin.api_keys.create", "admin.activity.list", "admin.usage.retrieve"}
    assert not api.operation("chat.completions.create").admin
    assert all(not o.scopes for o in api.operations if o.admin)
    assert api.keys.admin_prefix == spec["x-api-keys"]["prefixes"]["admin"]
    assert re.match(api.keys.pattern, api.keys.admin_prefix + "a" * api.keys.min_length)
    assert api.security_schemes["signedUrl"].parameter == "signature"


def test_secret_properties_are_those_marked_password_allof_included(spec: Spec) -> None:
    api = build(spec)
    secrets = {
        name: {
            prop
            for part in [schema, *schema.get("allOf", [])]
            for prop, sub in resolve(spec, part).get("properties", {}).items()
            if sub.get("format") == "password"
        }
        for name, schema in spec["components"]["schemas"].items()
    }
    assert api.secret_properties == {n: frozenset(p) for n, p in secrets.items() if p}
    assert api.secret_properties["ApiKeyWithSecret"] == {"secret"}  # from its allOf
    # A marked property of its own counts too, and a schema without one is left out.
    marked = copy.deepcopy(spec)
    marked["components"]["schemas"]["ApiKey"]["properties"]["hint"]["format"] = "password"
    found = build(marked).secret_properties
    assert found["ApiKey"] == {"hint"} and found["ApiKeyWithSecret"] == {"hint", "secret"}
    assert "Model" not in found


def test_triggers_tasks_idempotency_and_servers(spec: Spec, api: Api) -> None:
    assert [t.marker for t in api.triggers] == [t["marker"] for t in spec["x-sandbox-triggers"]]
    fail = next(t for t in api.triggers if t.name == "fail")
    assert fail.marker == "sandbox:fail" and fail.spellings == ("sandbox:fail", "sandbox-fail")
    assert api.task_statuses == ("queued", "processing", "succeeded", "failed")
    assert api.terminal_statuses == {"succeeded", "failed"}
    assert api.task_schemas == {"VideoGeneration", "FineTune"}
    assert api.idempotency.header == "Idempotency-Key"
    assert api.idempotency.retention_seconds == 24 * 60 * 60
    assert api.idempotency.replay_header in api.headers
    production = api.production
    assert production is not None and production.url == spec["servers"][0]["url"]
    sandbox = next(s for s in api.servers if not s.fixed)
    assert [v.name for v in sandbox.variables] == ["port"]


def test_the_activity_log_s_limits(spec: Spec, api: Api) -> None:
    listed = spec["paths"]["/organization/activity"]["get"]["x-activity-retention"]
    window = spec["paths"]["/organization/usage"]["get"]["x-usage-window"]
    retention = api.operation("admin.activity.list").retention
    assert retention is not None
    assert (retention.days, retention.sandbox_rows) == (listed["days"], listed["sandbox_rows"])
    usage = api.operation("admin.usage.retrieve").usage_window
    assert usage is not None
    assert (usage.default_seconds, usage.max_seconds) == (3600, 24 * 3600) == tuple(window.values())
    # Only those two operations carry them; a fact of the wrong type reads as 0.
    assert [o.id for o in api.operations if o.retention or o.usage_window] == [
        "admin.activity.list",
        "admin.usage.retrieve",
    ]
    broken = copy.deepcopy(spec)
    broken["paths"]["/organization/usage"]["get"]["x-usage-window"]["max_seconds"] = "a day"
    assert build(broken).operation("admin.usage.retrieve").usage_window == UsageWindow(3600, 0)


def test_the_model_is_immutable_and_independent_of_its_source(spec: Spec) -> None:
    raw = copy.deepcopy(spec)
    api = build(raw)
    operation = api.operations[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        operation.path = "/elsewhere"  # type: ignore[misc]
    with pytest.raises(TypeError):
        operation.rate_limit["free"] = 1  # type: ignore[index]
    limit = operation.rate_limit["free"]
    raw["paths"][operation.path][operation.method.lower()]["x-rate-limit"]["requests_per_minute"][
        "free"
    ] = limit + 1
    assert api.operations[0].rate_limit["free"] == limit  # built from a copy
    copied = api.document()
    copied["info"]["title"] = "changed"
    assert api.document()["info"]["title"] == spec["info"]["title"]


def test_a_broken_document_still_builds_for_the_checks_to_judge() -> None:
    empty = build({})
    assert empty.operations == () and empty.error_codes == () and empty.tiers == ()
    partial = build({"paths": {"/x": {"get": {"responses": {"200": {"$ref": "#/nowhere"}}}}}})
    (operation,) = partial.operations
    assert operation.id == "" and operation.tags == () and operation.result == "binary"


def test_changelog_read_as_written(spec: Spec, api: Api) -> None:
    raw = spec["info"]["x-changelog"]
    assert [e.date for e in api.changelog] == [r["date"] for r in raw]
    for entry, r in zip(api.changelog, raw, strict=True):
        assert (entry.summary, entry.changes) == (r["summary"], tuple(r["changes"]))
        assert (entry.breaking, entry.migration) == (r["breaking"], r.get("migration", ""))
    changed = copy.deepcopy(spec)
    changed["info"]["x-changelog"][0] |= {"breaking": True, "migration": "Rename x to y."}
    newest = build(changed).changelog[0]
    assert (newest.breaking, newest.migration) == (True, "Rename x to y.")


def test_deprecation_headers_and_the_operations_naming_a_model(spec: Spec, api: Api) -> None:
    rules = api.deprecation
    assert rules.headers == ("Deprecation", "Sunset", "Link")
    assert rules.link_relation == spec["x-deprecation"]["link_relation"] == "deprecation"
    naming = {o.id: o.model_argument for o in api.operations if o.model_argument is not None}
    assert {i: (a.location, a.name) for i, a in naming.items()} == {
        "chat.completions.create": ("body", "model"),
        "embeddings.create": ("body", "model"),
        "video.generations.create": ("body", "model"),
        "fine_tunes.create": ("body", "model"),
        "models.retrieve": ("path", "model_id"),
    }
    # A body's default model is the schema's; the others have none.
    defaults = {i: a.default for i, a in naming.items() if a.default is not None}
    video = spec["components"]["schemas"]["VideoGenerationRequest"]["properties"]["model"]
    assert defaults == {"video.generations.create": video["default"]}
    for operation in api.operations:
        success = operation.success
        assert success is not None
        declared = {n for n in rules.headers if success.header(n) is not None}
        assert declared == (set(rules.headers) if operation.id in naming else set())
