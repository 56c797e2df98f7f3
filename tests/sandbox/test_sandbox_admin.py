"""The administration operations (/organization/...): the admin key and API keys kept apart
both ways, the key lifecycle, the cross-origin refusal, and the activity log and usage they
read, each answer checked against the spec."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from minimax_openapi.spec import shared
from minimax_sandbox import activity, keys, store
from minimax_sandbox.testing import Server, conforms

API = shared()
CHAT = {"model": "minimax-chat-v2", "messages": [{"role": "user", "content": "Hello there"}]}
MODEL_CALLS = {  # one call of each kind of model operation: (operation, method, path)
    "models.list": ("GET", "/models"),
    "chat.completions.create": ("POST", "/chat/completions"),
    "files.retrieve": ("GET", "/files/file_0000"),
}


@pytest.fixture(scope="module")
def admin_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A sandbox of these tests' own: they fill and read its one admin account."""
    running = Server(tmp_path_factory.mktemp("admin")).start()
    yield running
    running.stop()


@pytest.fixture
def admin(admin_server: Server) -> Iterator[httpx.Client]:
    with admin_server.client(admin_server.admin_key) as client:
        yield client


def _admin_operations() -> list[tuple[str, str, str]]:
    """(operationId, method, a concrete path) of every administration operation."""
    concrete = {"{key_id}": "key_0000", "{request_id}": "req_00000000"}
    found = []
    for operation in API.operations:
        if operation.admin:
            path = operation.path
            for template, value in concrete.items():
                path = path.replace(template, value)
            found.append((operation.id, operation.method, path))
    return found


def _error(response: httpx.Response, operation_id: str, status: int, code: str) -> str:
    assert response.status_code == status, response.text
    body = conforms(response, operation_id)
    assert body["error"]["code"] == code
    return str(body["error"]["message"])


# --- the two kinds of key, kept apart --------------------------------------------------


def test_the_admin_key_is_printed_stored_hashed_and_the_cli_prints_it(
    admin_server: Server,
) -> None:
    key = admin_server.admin_key
    assert key.startswith(API.keys.admin_prefix) and keys.KEY_PATTERN.match(key)
    printed = subprocess.run(
        [sys.executable, "-m", "minimax_sandbox", "keys", "admin"]
        + ["--data-dir", str(admin_server.data_dir)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert printed.stdout.strip() == key
    for database in admin_server.data_dir.glob("sandbox.sqlite3*"):  # the WAL too
        raw = database.read_bytes()
        assert key[len(API.keys.admin_prefix) :].encode() not in raw


@pytest.mark.parametrize(("operation_id", "method", "path"), _admin_operations())
def test_an_api_key_never_works_on_an_administration_operation(
    admin_server: Server, operation_id: str, method: str, path: str
) -> None:
    with admin_server.client(admin_server.key) as client:
        response = client.request(method, path, json={"name": "x"} if method == "POST" else None)
    message = _error(response, operation_id, 401, "authentication_failed")
    assert "admin key" in message and API.keys.admin_prefix in message
    assert admin_server.key not in response.text
    assert response.headers["WWW-Authenticate"] == "Bearer"
    with admin_server.client() as anonymous:
        missing = anonymous.request(method, path)
    assert "admin key" in _error(missing, operation_id, 401, "authentication_failed")


@pytest.mark.parametrize(("operation_id", "call"), MODEL_CALLS.items())
def test_the_admin_key_never_works_on_a_model_operation(
    admin_server: Server, admin: httpx.Client, operation_id: str, call: tuple[str, str]
) -> None:
    method, path = call
    response = admin.request(method, path, json=CHAT if method == "POST" else None)
    message = _error(response, operation_id, 401, "authentication_failed")
    assert "only on the administration operations" in message
    secret = admin_server.admin_key
    assert secret not in response.text and secret[len(API.keys.admin_prefix) :] not in message


def test_an_unknown_admin_key_is_refused_without_being_echoed(admin_server: Server) -> None:
    forged = API.keys.admin_prefix + "Z" * 32
    with admin_server.client(forged) as client:
        response = client.get("/organization/api_keys")
    message = _error(response, "admin.api_keys.list", 401, "authentication_failed")
    assert "not known" in message and forged not in response.text


# --- keys ------------------------------------------------------------------------------


def test_create_list_retrieve_rotate_and_revoke_a_key(
    admin_server: Server, admin: httpx.Client
) -> None:
    made = conforms(
        admin.post(
            "/organization/api_keys",
            json={"name": "bot", "scope": "read_only", "models": ["minimax-chat-v2"]},
        ),
        "admin.api_keys.create",
    )["data"]
    secret, key_id = made["secret"], made["id"]
    assert secret.startswith(API.keys.sandbox_prefix) and made["hint"] == secret[:13] + "..."
    assert (made["scope"], made["models"], made["tier"]) == (
        "read_only",
        ["minimax-chat-v2"],
        keys.DEFAULT_TIER,
    )
    with admin_server.client(secret) as client:
        assert client.get("/models").status_code == 200  # a key the API takes at once

    listed = admin.get("/organization/api_keys")
    assert secret not in listed.text and secret[13:] not in listed.text
    mine = next(k for k in conforms(listed, "admin.api_keys.list")["data"] if k["id"] == key_id)
    assert mine["last_used_at"] is not None  # the request above
    got = conforms(admin.get(f"/organization/api_keys/{key_id}"), "admin.api_keys.retrieve")
    assert got["data"] == mine and "secret" not in got["data"]

    rotated = conforms(
        admin.post(f"/organization/api_keys/{key_id}/rotate"), "admin.api_keys.rotate"
    )["data"]
    assert rotated["rotated_from"] == key_id and rotated["secret"] != secret
    assert (rotated["name"], rotated["scope"], rotated["models"]) == (
        "bot",
        "read_only",
        ["minimax-chat-v2"],
    )
    with admin_server.client(secret) as old, admin_server.client(rotated["secret"]) as new:
        assert old.get("/models").status_code == 401
        assert new.get("/models").status_code == 200
    again = admin.post(f"/organization/api_keys/{key_id}/rotate")
    assert key_id in _error(again, "admin.api_keys.rotate", 409, "key_revoked")

    new_id = rotated["id"]
    revoked = conforms(
        admin.post(f"/organization/api_keys/{new_id}/revoke"), "admin.api_keys.revoke"
    )["data"]
    assert revoked["revoked_at"] is not None
    with admin_server.client(rotated["secret"]) as client:
        assert client.get("/models").status_code == 401
    twice = conforms(admin.post(f"/organization/api_keys/{new_id}/revoke"), "admin.api_keys.revoke")
    assert twice["data"] == revoked  # revoking a revoked key changes nothing


def test_unknown_keys_models_and_settings_are_refused(admin: httpx.Client) -> None:
    for method, path, operation_id in (
        ("GET", "/organization/api_keys/key_0000", "admin.api_keys.retrieve"),
        ("POST", "/organization/api_keys/key_0000/revoke", "admin.api_keys.revoke"),
        ("POST", "/organization/api_keys/key_0000/rotate", "admin.api_keys.rotate"),
    ):
        _error(admin.request(method, path), operation_id, 404, "not_found")
    unknown_model = admin.post(
        "/organization/api_keys", json={"name": "x", "models": ["minimax-chat-v2", "gpt-9"]}
    )
    _error(unknown_model, "admin.api_keys.create", 400, "invalid_request")
    assert unknown_model.json()["error"]["details"]["field"] == "models[1]"
    bad_scope = admin.post("/organization/api_keys", json={"name": "x", "scope": "admin"})
    _error(bad_scope, "admin.api_keys.create", 400, "invalid_request")


def test_an_account_holds_at_most_20_active_keys(fresh_server) -> None:
    server = fresh_server()
    cap = API.keys.max_per_account
    with server.client(server.admin_key) as admin:
        active = sum(
            k["revoked_at"] is None for k in admin.get("/organization/api_keys").json()["data"]
        )
        made = [
            admin.post("/organization/api_keys", json={"name": f"k{i}"}).json()["data"]["id"]
            for i in range(cap - active)
        ]
        over = admin.post("/organization/api_keys", json={"name": "one too many"})
        _error(over, "admin.api_keys.create", 409, "key_limit_reached")
        assert over.json()["error"]["details"] == {"max_keys": cap}
        # A rotation keeps the count: it is allowed at the cap.
        assert admin.post(f"/organization/api_keys/{made[0]}/rotate").status_code == 201
        admin.post(f"/organization/api_keys/{made[1]}/revoke")
        assert admin.post("/organization/api_keys", json={"name": "now fits"}).status_code == 201


def test_admin_calls_are_rate_limited_and_replayed_like_any_other(admin: httpx.Client) -> None:
    listed = admin.get("/organization/api_keys")
    assert (
        int(listed.headers["X-RateLimit-Limit"])
        == (API.operation("admin.api_keys.list").rate_limit[keys.DEFAULT_TIER])
    )
    headers = {"Idempotency-Key": "admin-create-once"}
    first = admin.post("/organization/api_keys", json={"name": "once"}, headers=headers)
    replay = admin.post("/organization/api_keys", json={"name": "once"}, headers=headers)
    assert first.status_code == 201 and replay.headers["Idempotent-Replayed"] == "true"
    assert replay.content == first.content
    ids = [k["id"] for k in admin.get("/organization/api_keys").json()["data"]]
    assert ids.count(first.json()["data"]["id"]) == 1
    admin.post(f"/organization/api_keys/{first.json()['data']['id']}/revoke")


def test_a_stored_replay_of_a_new_key_never_holds_its_secret_in_clear(
    admin_server: Server, admin: httpx.Client
) -> None:
    """Keys are kept as hashes only: the replay record of a create (and of a rotation) is
    sealed with the caller's credential, so the database never holds the secret, and the
    retry still gets the very response."""
    once = {"Idempotency-Key": "sealed-create"}
    first = admin.post("/organization/api_keys", json={"name": "sealed"}, headers=once)
    key_id = first.json()["data"]["id"]
    rotate = {"Idempotency-Key": "sealed-rotate"}
    rotated = admin.post(f"/organization/api_keys/{key_id}/rotate", headers=rotate)
    assert first.status_code == rotated.status_code == 201, rotated.text
    secrets = [first.json()["data"]["secret"], rotated.json()["data"]["secret"]]
    assert admin.post("/organization/api_keys", json={"name": "sealed"}, headers=once).content == (
        first.content
    )
    again = admin.post(f"/organization/api_keys/{key_id}/rotate", headers=rotate)
    assert again.headers["Idempotent-Replayed"] == "true" and again.content == rotated.content
    for database in admin_server.data_dir.glob("sandbox.sqlite3*"):  # the WAL too
        raw = database.read_bytes()
        for secret in secrets:
            assert secret[len(API.keys.sandbox_prefix) :].encode() not in raw
    admin.post(f"/organization/api_keys/{rotated.json()['data']['id']}/revoke")


def test_a_cross_origin_post_is_refused_and_no_cors_header_is_sent(
    admin_server: Server, admin: httpx.Client
) -> None:
    foreign = admin.post(
        "/organization/api_keys", json={"name": "csrf"}, headers={"Origin": "https://evil.test"}
    )
    _error(foreign, "admin.api_keys.create", 403, "permission_denied")
    names = [k["name"] for k in admin.get("/organization/api_keys").json()["data"]]
    assert "csrf" not in names
    own = f"http://127.0.0.1:{admin_server.port}"
    made = admin.post("/organization/api_keys", json={"name": "same"}, headers={"Origin": own})
    assert made.status_code == 201, made.text
    admin.post(f"/organization/api_keys/{made.json()['data']['id']}/revoke")
    read = admin.get("/organization/api_keys", headers={"Origin": "https://evil.test"})
    assert read.status_code == 200  # a read changes nothing, and no CORS header lets it out
    for response in (foreign, made, read):
        assert not [h for h in response.headers if h.lower().startswith("access-control-")]


# --- the activity log and usage --------------------------------------------------------


def test_every_model_request_is_logged_with_what_the_hub_shows(
    admin_server: Server, admin: httpx.Client
) -> None:
    key = admin_server.new_key(account=keys.DEFAULT_ACCOUNT, name="logged")
    with admin_server.client(key) as client:
        chat = client.post("/chat/completions", json=CHAT, headers={"Idempotency-Key": "log-1"})
        replay = client.post("/chat/completions", json=CHAT, headers={"Idempotency-Key": "log-1"})
        missing = client.get("/models/no-such-model")
        limited = client.post(
            "/chat/completions",
            json={**CHAT, "messages": [{"role": "user", "content": "sandbox:rate_limit"}]},
        )
        stream = client.post("/chat/completions", json={**CHAT, "stream": True})
    with admin_server.client("mmx_test_" + "x" * 32) as stranger:
        unknown = stranger.get("/models")
    with admin_server.client() as anonymous:
        nowhere = anonymous.get("/no/such/path")
    admin.get("/organization/api_keys")  # administration calls are not logged

    key_id = next(
        k["id"] for k in admin.get("/organization/api_keys").json()["data"] if k["name"] == "logged"
    )
    page = conforms(
        admin.get("/organization/activity", params={"key_id": key_id}), "admin.activity.list"
    )
    entries = {e["request_id"]: e for e in page["data"]["entries"]}
    assert len(entries) == 5 and not page["data"]["has_more"]

    done = entries[chat.headers["x-request-id"]]
    usage = chat.json()["meta"]["usage"]
    assert (done["operation"], done["method"], done["path"]) == (
        "chat.completions.create",
        "POST",
        "/v1/chat/completions",
    )
    assert (done["status"], done["error_code"], done["model"]) == (200, None, "minimax-chat-v2")
    assert (done["prompt_tokens"], done["completion_tokens"]) == (
        usage["prompt_tokens"],
        usage["completion_tokens"],
    )
    assert done["key_id"] == key_id and done["key_hint"] == key[:13] + "..."
    assert done["response_bytes"] == len(chat.content) and done["request_bytes"] > 0
    assert done["rate_limit"] == {
        "limit": int(chat.headers["X-RateLimit-Limit"]),
        "remaining": int(chat.headers["X-RateLimit-Remaining"]),
        "reset": int(chat.headers["X-RateLimit-Reset"]),
    }
    assert done["latency_ms"] >= 0 and not done["replayed"] and not done["rate_limited"]
    # A replay answers with the first request's X-Request-Id; its own row is marked replayed.
    assert replay.headers["x-request-id"] == chat.headers["x-request-id"]
    assert [e["replayed"] for e in page["data"]["entries"]].count(True) == 1
    assert entries[missing.headers["x-request-id"]]["error_code"] == "model_not_found"
    rate = entries[limited.headers["x-request-id"]]
    assert (rate["status"], rate["rate_limited"]) == (429, True)
    assert entries[stream.headers["x-request-id"]]["response_bytes"] is None

    for refused, operation in ((unknown, "models.list"), (nowhere, None)):
        entry = conforms(
            admin.get(f"/organization/activity/{refused.headers['x-request-id']}"),
            "admin.activity.retrieve",
        )["data"]
        assert (entry["key_id"], entry["operation"]) == (None, operation)
        assert entry["status"] == refused.status_code
    logged = admin.get("/organization/activity", params={"limit": 200}).json()["data"]
    assert not any(e["path"].startswith("/v1/organization") for e in logged["entries"])
    gone = admin.get("/organization/activity/req_000000000000")
    _error(gone, "admin.activity.retrieve", 404, "not_found")


def test_a_revoked_keys_requests_are_logged_as_its_own(
    admin_server: Server, admin: httpx.Client
) -> None:
    """Its caller is told what an unknown key's is; the account's log and usage name the key
    (someone still calling with a revoked key is worth seeing)."""
    key = admin_server.new_key(account=keys.DEFAULT_ACCOUNT, name="revoked later")
    key_id = next(
        k["id"]
        for k in admin.get("/organization/api_keys").json()["data"]
        if k["name"] == "revoked later"
    )
    assert admin.post(f"/organization/api_keys/{key_id}/revoke").status_code == 200
    with admin_server.client(key) as client:
        refused = client.get("/models")
    with admin_server.client("mmx_test_" + "y" * 32) as stranger:
        unknown = stranger.get("/models")
    assert refused.json()["error"]["message"] == unknown.json()["error"]["message"]
    assert key not in refused.text and key_id not in refused.text

    entry = conforms(
        admin.get(f"/organization/activity/{refused.headers['x-request-id']}"),
        "admin.activity.retrieve",
    )["data"]
    assert (entry["key_id"], entry["key_hint"]) == (key_id, key[:13] + "...")
    assert (entry["status"], entry["error_code"]) == (401, "authentication_failed")
    usage = admin.get("/organization/usage", params={"key_id": key_id}).json()["data"]
    assert [(b["requests"], b["errors"]) for b in usage["buckets"]] == [(1, 1)], usage


def test_the_log_filters_and_pages_stably(admin_server: Server, admin: httpx.Client) -> None:
    key = admin_server.new_key(account=keys.DEFAULT_ACCOUNT, name="paged")
    with admin_server.client(key) as client:
        ids = [client.get("/models").headers["x-request-id"] for _ in range(5)]
        failed = client.get("/models/nothing").headers["x-request-id"]
    key_id = next(
        k["id"] for k in admin.get("/organization/api_keys").json()["data"] if k["name"] == "paged"
    )

    def listed(**params: object) -> dict:
        response = admin.get("/organization/activity", params={"key_id": key_id, **params})
        return conforms(response, "admin.activity.list")["data"]

    assert [e["request_id"] for e in listed(status="4xx")["entries"]] == [failed]
    assert [e["request_id"] for e in listed(status="404")["entries"]] == [failed]
    assert listed(status="5xx")["entries"] == []
    assert len(listed(operation="models.list")["entries"]) == 5
    future = (datetime.now(UTC) + timedelta(minutes=5)).isoformat()
    assert listed(since=future)["entries"] == [] and len(listed(until=future)["entries"]) == 6

    first = listed(limit=4)
    assert first["has_more"] and len(first["entries"]) == 4
    with admin_server.client(key) as client:  # newer rows do not shift the next page
        client.get("/models")
    second = listed(limit=4, cursor=first["next_cursor"])
    assert not second["has_more"] and second["next_cursor"] is None
    seen = [e["request_id"] for e in first["entries"] + second["entries"]]
    assert seen == [failed, *reversed(ids)]

    bad = admin.get("/organization/activity", params={"cursor": "not-a-cursor"})
    assert _error(bad, "admin.activity.list", 400, "invalid_request")
    assert bad.json()["error"]["details"]["field"] == "cursor"


def test_usage_counts_requests_errors_429s_and_tokens_per_key_per_minute(
    admin_server: Server, admin: httpx.Client
) -> None:
    key = admin_server.new_key(account=keys.DEFAULT_ACCOUNT, name="metered")
    with admin_server.client(key) as client:
        chat = client.post("/chat/completions", json=CHAT).json()
        client.get("/models/nothing")
        client.post(
            "/chat/completions",
            json={**CHAT, "messages": [{"role": "user", "content": "sandbox:rate_limit"}]},
        )
    key_id = next(
        k["id"]
        for k in admin.get("/organization/api_keys").json()["data"]
        if k["name"] == "metered"
    )
    report = conforms(
        admin.get("/organization/usage", params={"key_id": key_id}), "admin.usage.retrieve"
    )["data"]
    assert report["bucket_seconds"] == 60 and {b["key_id"] for b in report["buckets"]} == {key_id}
    totals = {
        name: sum(b[name] for b in report["buckets"])
        for name in ("requests", "errors", "rate_limited", "prompt_tokens", "completion_tokens")
    }
    assert totals == {
        "requests": 3,
        "errors": 1,
        "rate_limited": 1,
        "prompt_tokens": chat["meta"]["usage"]["prompt_tokens"],
        "completion_tokens": chat["meta"]["usage"]["completion_tokens"],
    }
    # The window is the spec's: its default without `since`, its longest and not a second more.
    window = API.operation("admin.usage.retrieve").usage_window
    assert window is not None
    now = datetime.now(UTC).replace(microsecond=0)
    until = now.isoformat()
    default = admin.get("/organization/usage", params={"until": until}).json()["data"]
    since = datetime.fromisoformat(default["since"].replace("Z", "+00:00"))
    assert (now - since).total_seconds() == window.default_seconds
    longest = now - timedelta(seconds=window.max_seconds)
    widest = admin.get("/organization/usage", params={"since": longest.isoformat(), "until": until})
    assert widest.status_code == 200
    too_long = admin.get(
        "/organization/usage",
        params={"since": (longest - timedelta(seconds=1)).isoformat(), "until": until},
    )
    _error(too_long, "admin.usage.retrieve", 400, "invalid_request")
    backwards = admin.get(
        "/organization/usage",
        params={"since": now.isoformat(), "until": (now - timedelta(hours=1)).isoformat()},
    )
    _error(backwards, "admin.usage.retrieve", 400, "invalid_request")


def test_the_log_keeps_its_newest_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(activity, "RETENTION_ROWS", 10)
    conn = store.open_database(tmp_path / "db.sqlite3")
    log = activity.ActivityLog()
    for batch in range(3):
        for index in range(7):
            log.add(_row(f"req_{batch:04d}{index:04d}", time.time()))
        log.flush(conn)
    # Staged as three batches; the oldest is past the bound, so it is dropped unpacked.
    assert [n for (n,) in conn.execute("SELECT rows FROM activity_staged")] == [7, 7, 7]
    page = activity.page(conn, keys.DEFAULT_ACCOUNT, limit=3)
    kept = [r[0] for r in conn.execute("SELECT request_id FROM activity ORDER BY rowid")]
    assert kept == [f"req_{n // 7:04d}{n % 7:04d}" for n in range(11, 21)]
    assert [e["request_id"] for e in page["entries"]] == kept[:-4:-1]
    assert tuple(conn.execute("SELECT count(*) FROM activity_staged").fetchone()) == (0,)
    conn.close()


@pytest.mark.parametrize("settle_rows", [activity.SETTLE_ROWS, 4])  # one transaction, or three
def test_a_log_nobody_reads_is_unpacked_and_bounded_by_its_flushes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, settle_rows: int
) -> None:
    monkeypatch.setattr(activity, "RETENTION_ROWS", 10)
    monkeypatch.setattr(activity, "SETTLE_AFTER_BATCHES", 4)
    monkeypatch.setattr(activity, "SETTLE_ROWS", settle_rows)
    conn = store.open_database(tmp_path / "db.sqlite3")
    log = activity.ActivityLog()
    for batch in range(8):
        for index in range(3):
            log.add(_row(f"req_{batch:04d}{index:04d}", time.time()))
        log.flush(conn)
    assert tuple(conn.execute("SELECT count(*) FROM activity_staged").fetchone()) == (0,)
    kept = [r[0] for r in conn.execute("SELECT request_id FROM activity ORDER BY rowid")]
    assert kept == [f"req_{n // 3:04d}{n % 3:04d}" for n in range(14, 24)]
    conn.close()


def _row(request_id: str, at: float) -> tuple[object, ...]:
    values: dict[str, object] = {
        "request_id": request_id,
        "created_at": at,
        "method": "GET",
        "path": "/v1/models",
        "status": 200,
        "latency_ms": 1.0,
        "prompt_tokens": 0,
        "completion_tokens": 0,
        "replayed": False,
        "request_bytes": 0,
        "rate_limit_limit": 60,
        "rate_limit_remaining": 59,
        "rate_limit_reset": int(at) + 60,
    }
    return tuple(values.get(column) for column in activity.COLUMNS)


def test_reading_the_log_does_not_wait_for_the_next_flush(admin_server: Server) -> None:
    """A read flushes what its process holds, so a request is in the log at once."""
    key = admin_server.new_key(account=keys.DEFAULT_ACCOUNT, name="at once")
    with admin_server.client(key) as client, admin_server.client(admin_server.admin_key) as admin:
        request_id = client.get("/models").headers["x-request-id"]
        found = admin.get(f"/organization/activity/{request_id}")
    assert found.status_code == 200, found.text


def test_the_cli_rotates_through_the_same_code_as_the_api(
    admin_server: Server, admin: httpx.Client
) -> None:
    made = admin.post("/organization/api_keys", json={"name": "cli-rotated"}).json()["data"]
    printed = subprocess.run(
        [sys.executable, "-m", "minimax_sandbox", "keys", "rotate", made["id"]]
        + ["--data-dir", str(admin_server.data_dir)],
        capture_output=True,
        text=True,
        check=True,
    )
    rotated = json.loads(printed.stdout)
    assert rotated["rotated_from"] == made["id"] and rotated["key"].startswith("mmx_test_")
    old = admin.get(f"/organization/api_keys/{made['id']}").json()["data"]
    assert old["revoked_at"] is not None
    new = admin.get(f"/organization/api_keys/{rotated['id']}").json()["data"]
    assert new["name"] == "cli-rotated" and new["hint"] == rotated["key"][:13] + "..."
    again = subprocess.run(
        [sys.executable, "-m", "minimax_sandbox", "keys", "rotate", made["id"]]
        + ["--data-dir", str(admin_server.data_dir)],
        capture_output=True,
        text=True,
    )
    assert again.returncode == 1 and "was revoked" in again.stderr
