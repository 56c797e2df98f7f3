"""Authentication and key scopes through a real sandbox: the 401s, the 403s, keys stored
hashed, the 20-key cap, the key commands of the CLI, and keys never echoed back."""

from __future__ import annotations

import json
import secrets
import string
import subprocess
import sys
import time
from collections.abc import Callable

import httpx
import pytest

from minimax_sandbox import keys, store
from minimax_sandbox.errors import ApiError
from minimax_sandbox.testing import Server, conforms

CHAT = {"model": "minimax-chat-v2", "messages": [{"role": "user", "content": "Hello there"}]}
VIDEO = {"prompt": "a red kite over a grey sea", "duration": 1, "resolution": "480p"}
_ALPHABET = string.ascii_letters + string.digits


def random_key(prefix: str = "mmx_test_") -> str:
    return prefix + "".join(secrets.choice(_ALPHABET) for _ in range(32))


def account() -> str:
    return "acct_" + secrets.token_hex(4)


def rate_headers(response: httpx.Response) -> dict[str, int]:
    """The three rate-limit headers, checked for shape; Reset is an absolute epoch second."""
    values = {}
    for name in ("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"):
        assert name in response.headers, f"no {name} on a {response.status_code}"
        assert response.headers[name].isdigit(), f"{name}: {response.headers[name]!r}"
        values[name.removeprefix("X-RateLimit-").lower()] = int(response.headers[name])
    assert values["remaining"] <= values["limit"]
    assert time.time() - 1 <= values["reset"] <= time.time() + 61
    return values


def assert_fresh_free_window(response: httpx.Response) -> None:
    """What a response counted against no key reports: an unused window of the free tier."""
    values = rate_headers(response)
    assert (values["limit"], values["remaining"]) == (60, 60)
    assert values["reset"] >= time.time() + 58


def assert_no_secret(response: httpx.Response, *secrets_: str) -> None:
    for secret in secrets_:
        assert secret not in response.text
        for name, value in response.headers.items():
            assert secret not in value, f"the key appears in the {name} header"


def assert_error(response: httpx.Response, operation_id: str, status: int, code: str) -> dict:
    assert response.status_code == status, response.text
    body = conforms(response, operation_id)
    assert body["error"]["code"] == code
    assert set(body) == {"error", "meta"}
    return body


def database(server: Server):
    return store.open_database(server.data_dir / "sandbox.sqlite3")


# --- 401 ---------------------------------------------------------------------------------

UNAUTHENTICATED = {
    "missing": (None, "No API key"),
    "not bearer": ("Basic " + random_key(), "Bearer <key>"),
    "bearer without key": ("Bearer", "Bearer <key>"),
    "key without scheme": (random_key(), "Bearer <key>"),
    "too short": ("Bearer mmx_test_abc123", "not a MiniMax API key"),
    "bad characters": ("Bearer mmx_test_" + "a" * 30 + "-+/", "not a MiniMax API key"),
    "other vendor": ("Bearer sk-" + "a" * 40, "not a MiniMax API key"),
    "unknown": ("Bearer " + random_key(), "not known"),
    "live key": ("Bearer " + random_key("mmx_live_"), "only test keys"),
}
CALLS = {
    "models.list": ("GET", "/models", None),
    "chat.completions.create": ("POST", "/chat/completions", CHAT),
}


@pytest.mark.parametrize("operation_id", CALLS)
@pytest.mark.parametrize("case", UNAUTHENTICATED)
def test_bad_credentials_get_401(server: Server, case: str, operation_id: str) -> None:
    authorization, fragment = UNAUTHENTICATED[case]
    method, path, body = CALLS[operation_id]
    headers = {"Authorization": authorization} if authorization is not None else {}
    with server.client() as client:
        response = client.request(method, path, json=body, headers=headers)
    error = assert_error(response, operation_id, 401, "authentication_failed")["error"]
    assert fragment in error["message"]
    assert_fresh_free_window(response)
    # RFC 9110: a 401 names the scheme it wants.
    assert response.headers["WWW-Authenticate"] == "Bearer"
    if authorization and " " in authorization:
        assert_no_secret(response, authorization.split(" ", 1)[1])


def test_live_key_message_says_the_sandbox_takes_only_test_keys(server: Server) -> None:
    live = random_key("mmx_live_")
    with server.client(live) as client:
        response = client.get("/models")
    message = assert_error(response, "models.list", 401, "authentication_failed")["error"][
        "message"
    ]
    assert "sandbox takes only test keys" in message
    assert_no_secret(response, live, live.removeprefix("mmx_live_"))


def test_revoked_key_gets_401_at_once(server: Server) -> None:
    conn = database(server)
    try:
        record, secret = keys.create(conn, name="to revoke", account=account())
        other = keys.create(conn, name="stays", account=record.account)[1]
        with server.client(secret) as client, server.client(other) as second:
            conforms(client.get("/models"), "models.list")
            revoked_at = keys.revoke(conn, record.id)["revoked_at"]
            assert revoked_at is not None
            assert keys.revoke(conn, record.id)["revoked_at"] == revoked_at  # changes nothing
            for operation, response in (
                ("models.list", client.get("/models")),
                ("chat.completions.create", client.post("/chat/completions", json=CHAT)),
            ):
                assert_error(response, operation, 401, "authentication_failed")
                assert_fresh_free_window(response)
                assert_no_secret(response, secret)
            # Revoking one key leaves the account's other keys working.
            assert second.get("/models").status_code == 200
    finally:
        conn.close()


def test_a_revoked_key_gets_the_answer_an_unknown_key_gets(server: Server) -> None:
    """A 401 that said a key was revoked (or when) would confirm to whoever holds it that it
    once was a real key: a revoked key gets exactly the answer an unknown one gets."""
    conn = database(server)
    try:
        record, secret = keys.create(conn, name="to revoke", account=account())
        keys.revoke(conn, record.id)
    finally:
        conn.close()
    answers = []
    for key in (secret, random_key()):
        with server.client(key) as client:
            response = client.get("/models")
        error = assert_error(response, "models.list", 401, "authentication_failed")["error"]
        answers.append((error, response.headers["WWW-Authenticate"]))
    assert answers[0] == answers[1]
    assert "revoked at" not in answers[0][0]["message"]


def test_only_a_401_carries_a_challenge(server: Server) -> None:
    with server.client(server.new_key(scope="video_only")) as client:
        refused = client.get("/models")
    assert_error(refused, "models.list", 403, "permission_denied")
    assert "WWW-Authenticate" not in refused.headers


def test_keys_are_stored_hashed(server: Server) -> None:
    secret = server.new_key(name="hashed")
    with server.client(secret) as client:
        assert client.get("/models").status_code == 200
        assert client.post("/chat/completions", json=CHAT).status_code == 200
    database_files = list(server.data_dir.glob("sandbox.sqlite3*"))  # the DB, its WAL, its SHM
    assert server.data_dir / "sandbox.sqlite3" in database_files
    for path in [p for p in server.data_dir.rglob("*") if p.is_file()]:
        data = path.read_bytes()
        assert secret.encode() not in data, f"the clear key is in {path.name}"
        assert secret.removeprefix("mmx_test_").encode() not in data, path.name
    conn = database(server)
    try:
        (stored,) = conn.execute(
            "SELECT key_hash, hint FROM api_keys WHERE name = 'hashed'"
        ).fetchall()
    finally:
        conn.close()
    assert stored["key_hash"] != secret
    assert len(stored["hint"]) < len(secret) - 20  # a hint shows the start only


# --- 403: scope and models ---------------------------------------------------------------


def test_read_only_key_may_only_get(server: Server) -> None:
    secret = server.new_key(scope="read_only")
    with server.client(secret) as client:
        response = client.post("/chat/completions", json=CHAT)
        error = assert_error(response, "chat.completions.create", 403, "permission_denied")
        assert error["error"]["details"] == {"scope": "read_only"}
        rate_headers(response)
        assert_error(
            client.post("/video/generations", json=VIDEO),
            "video.generations.create",
            403,
            "permission_denied",
        )
        assert client.get("/models").status_code == 200
        conforms(client.get("/models"), "models.list")
        model = conforms(client.get("/models/minimax-chat-v2"), "models.retrieve")
        assert model["data"]["id"] == "minimax-chat-v2"
        assert_no_secret(response, secret)


def test_video_only_key_may_only_use_video(server: Server) -> None:
    secret = server.new_key(scope="video_only")
    with server.client(secret) as client:
        response = client.get("/models")
        assert_error(response, "models.list", 403, "permission_denied")
        rate_headers(response)
        assert_error(
            client.post("/chat/completions", json=CHAT),
            "chat.completions.create",
            403,
            "permission_denied",
        )
        created = client.post("/video/generations", json=VIDEO)
        assert created.status_code == 202, created.text
        task = conforms(created, "video.generations.create")["data"]
        polled = client.get(f"/video/generations/{task['id']}")
        assert conforms(polled, "video.generations.retrieve")["data"]["id"] == task["id"]


def test_model_restricted_key_may_only_name_its_models(server: Server) -> None:
    secret = server.new_key(models=["minimax-chat-v2"])
    with server.client(secret) as client:
        response = client.post("/chat/completions", json={**CHAT, "model": "minimax-chat-v1"})
        error = assert_error(response, "chat.completions.create", 403, "permission_denied")
        assert error["error"]["details"]["model"] == "minimax-chat-v1"
        assert "minimax-chat-v2" in error["error"]["message"]
        rate_headers(response)
        embed = client.post("/embeddings", json={"model": "minimax-embed-v1", "input": "hi"})
        assert_error(embed, "embeddings.create", 403, "permission_denied")
        allowed = client.post("/chat/completions", json=CHAT)
        assert conforms(allowed, "chat.completions.create")["meta"]["model"] == "minimax-chat-v2"
        # Listing models is not restricted: every model is still shown.
        listed = {m["id"] for m in conforms(client.get("/models"), "models.list")["data"]}
        assert {"minimax-chat-v1", "minimax-chat-v2", "minimax-embed-v1"} <= listed


# --- the 20-key cap ----------------------------------------------------------------------


def test_an_account_holds_at_most_20_active_keys(server: Server) -> None:
    conn = database(server)
    owner = account()
    try:
        made = [keys.create(conn, name=f"k{i}", account=owner) for i in range(20)]
        with pytest.raises(ApiError, match="20") as refused:
            keys.create(conn, name="k20", account=owner)
        assert (refused.value.code, refused.value.status) == ("key_limit_reached", 409)
        keys.create(conn, name="elsewhere", account=account())  # other accounts unaffected
        keys.revoke(conn, made[3][0].id)
        record, secret = keys.create(conn, name="replacement", account=owner)
        with pytest.raises(ApiError):
            keys.create(conn, name="k21", account=owner)
    finally:
        conn.close()
    with server.client(secret) as client:
        assert client.get("/models").status_code == 200


# --- the CLI -----------------------------------------------------------------------------


def cli(server: Server, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "minimax_sandbox",
            "--data-dir",
            str(server.data_dir),
            "keys",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    if check:
        assert done.returncode == 0, done.stderr
    return done


def row_of(output: str, key_id: str) -> list[str]:
    (line,) = [line for line in output.splitlines() if line.startswith(key_id + " ")]
    return line.split()


def test_cli_creates_lists_meters_and_revokes_keys(server: Server) -> None:
    owner = account()
    made = json.loads(
        cli(server, "create", "--name", "x", "--scope", "read_only", "--account", owner).stdout
    )
    read_only, read_only_id = made["key"], made["id"]
    assert keys.KEY_PATTERN.match(read_only) and read_only.startswith("mmx_test_")
    assert (made["scope"], made["name"], made["account"]) == ("read_only", "x", owner)
    full = json.loads(cli(server, "create", "--name", "metered", "--account", owner).stdout)
    secret, key_id = full["key"], full["id"]

    listed = cli(server, "list").stdout
    assert row_of(listed, read_only_id)[2:] == ["active", "pay_as_you_go", "read_only", "x"]
    assert read_only not in listed and secret not in listed
    assert read_only.removeprefix("mmx_test_") not in listed

    before = row_of(cli(server, "usage").stdout, key_id)
    assert before[1:5] == ["0", "0", "0", "0"]
    with server.client(read_only) as client:
        assert client.get("/models").status_code == 200
        assert client.post("/chat/completions", json=CHAT).status_code == 403
    with server.client(secret) as client:
        assert client.get("/models").status_code == 200
        assert client.get("/models/no-such-model").status_code == 404
        chat = conforms(client.post("/chat/completions", json=CHAT), "chat.completions.create")
    usage = cli(server, "usage").stdout
    assert secret not in usage and read_only not in usage
    calls, errors, prompt, completion = map(int, row_of(usage, key_id)[1:5])
    assert (calls, errors) == (3, 1)
    assert (prompt, completion) == (
        chat["meta"]["usage"]["prompt_tokens"],
        chat["meta"]["usage"]["completion_tokens"],
    )
    assert prompt > 0 and completion > 0
    assert row_of(usage, read_only_id)[1:3] == ["2", "1"]

    revoked = cli(server, "revoke", read_only_id)
    assert read_only_id in revoked.stdout
    with server.client(read_only) as client:
        response = client.get("/models")
    assert_error(response, "models.list", 401, "authentication_failed")
    assert row_of(cli(server, "list").stdout, read_only_id)[2] == "revoked"
    again = cli(server, "revoke", read_only_id)  # as the API does: nothing changes
    assert again.stdout == revoked.stdout
    unknown = cli(server, "revoke", "key_0000000000000000", check=False)
    assert unknown.returncode == 1 and "No API key 'key_0000000000000000'" in unknown.stderr
    with server.client(secret) as client:  # the account's other key is untouched
        assert client.get("/models").status_code == 200


# --- the key is never echoed -------------------------------------------------------------


def test_key_never_appears_in_responses_or_server_output(
    fresh_server: Callable[..., Server],
) -> None:
    running = fresh_server()
    secret = running.new_key(name="secret")
    unknown, live = random_key(), random_key("mmx_live_")
    training = (
        b'{"messages": [{"role": "user", "content": "Hi"}, '
        b'{"role": "assistant", "content": "Hello"}]}\n'
    )
    responses = []
    with running.client(secret) as client:
        responses += [
            client.get("/models"),
            client.get("/models/no-such-model"),
            client.get("/nowhere"),
            client.delete("/models"),
            client.post("/chat/completions", json=CHAT),
            client.post("/chat/completions", json={**CHAT, "stream": True}),
            client.post("/chat/completions", json={**CHAT, "messages": []}),
            client.post("/chat/completions", json={**CHAT, "model": "no-such-model"}),
            client.post(
                "/chat/completions",
                content=b"{not json",
                headers={"Content-Type": "application/json"},
            ),
            client.post(
                "/chat/completions",
                json={**CHAT, "messages": [{"role": "user", "content": "sandbox:server_error"}]},
            ),
            client.post(
                "/files",
                data={"purpose": "fine-tune"},
                files={"file": ("train.jsonl", training, "application/jsonl")},
            ),
        ]
        for _ in range(2):
            responses.append(
                client.post("/video/generations", json=VIDEO, headers={"Idempotency-Key": "once"})
            )
        assert responses[-1].headers.get("Idempotent-Replayed") == "true"
    for bad in (unknown, live, secret + "x"):
        with running.client(bad) as client:
            responses.append(client.get("/models"))
    with running.client() as client:
        responses.append(client.get("/models", headers={"Authorization": "Basic " + secret}))
        responses.append(client.get("/models", headers={"Authorization": secret}))
    for response in responses:
        assert_no_secret(response, secret, secret.removeprefix("mmx_test_"), unknown, live)
    running.stop()
    output = (running.data_dir / "server.log").read_text(errors="replace")
    assert "Data dir:" in output  # the server's output is all there
    for each in (secret, secret.removeprefix("mmx_test_"), unknown, live):
        assert each not in output
