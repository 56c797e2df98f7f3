"""Idempotency keys through a real sandbox: replays, reuse, keys in flight, concurrent
retries creating one resource, per-key scoping, and what is not stored."""

from __future__ import annotations

import secrets
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import httpx

from minimax_sandbox import store
from minimax_sandbox.testing import Server, conforms

CHAT = {"model": "minimax-chat-v2", "messages": [{"role": "user", "content": "Hello there"}]}
VIDEO = {"prompt": "a paper boat on a pond", "duration": 1, "resolution": "480p"}


def chat_saying(text: str, **extra: object) -> dict:
    return {**CHAT, "messages": [{"role": "user", "content": text}], **extra}


def new_account(server: Server) -> tuple[str, str]:
    account = "acct_" + secrets.token_hex(4)
    return account, server.new_key(account=account)


def rows(server: Server, table: str, account: str) -> int:
    conn = store.open_database(server.data_dir / "sandbox.sqlite3")
    try:
        (count,) = conn.execute(
            f"SELECT count(*) FROM {table} WHERE account = ?", (account,)
        ).fetchone()
    finally:
        conn.close()
    return int(count)


def idem(key: str) -> dict[str, str]:
    return {"Idempotency-Key": key}


def assert_replay_of(replay: httpx.Response, original: httpx.Response) -> None:
    assert replay.status_code == original.status_code
    assert replay.content == original.content
    assert replay.headers["Idempotent-Replayed"] == "true"
    assert replay.headers["X-Request-Id"] == original.headers["X-Request-Id"]
    assert "Idempotent-Replayed" not in original.headers
    for name in ("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"):
        assert name in replay.headers


def test_replay_returns_the_stored_response_and_does_no_work(server: Server) -> None:
    account, secret = new_account(server)
    key = str(uuid.uuid4())
    with server.client(secret) as client:
        first = client.post("/video/generations", json=VIDEO, headers=idem(key))
        assert first.status_code == 202, first.text
        task = conforms(first, "video.generations.create")["data"]
        time.sleep(0.4)  # the task moves on; the replay still shows the stored answer
        again = client.post("/video/generations", json=VIDEO, headers=idem(key))
        conforms(again, "video.generations.create")
        assert_replay_of(again, first)
        assert again.json()["data"]["id"] == task["id"]
    assert rows(server, "tasks", account) == 1


def test_file_upload_replay_stores_one_file(server: Server) -> None:
    account, secret = new_account(server)
    training = (
        b'{"messages": [{"role": "user", "content": "Hi"}, '
        b'{"role": "assistant", "content": "Hello"}]}\n'
    )
    # A fixed multipart boundary, so the retry sends the very same bytes.
    headers = {
        **idem(str(uuid.uuid4())),
        "Content-Type": "multipart/form-data; boundary=sandbox-test-boundary",
    }
    with server.client(secret) as client:
        upload = {
            "data": {"purpose": "fine-tune"},
            "files": {"file": ("train.jsonl", training, "application/jsonl")},
        }
        first = client.post("/files", headers=headers, **upload)
        assert first.status_code == 201, first.text
        conforms(first, "files.create")
        again = client.post("/files", headers=headers, **upload)
        conforms(again, "files.create")
        assert_replay_of(again, first)
    assert rows(server, "files", account) == 1


def test_same_key_with_a_different_body_is_refused(server: Server) -> None:
    _, secret = new_account(server)
    key = str(uuid.uuid4())
    with server.client(secret) as client:
        assert client.post("/video/generations", json=VIDEO, headers=idem(key)).status_code == 202
        other = client.post(
            "/video/generations", json={**VIDEO, "prompt": "a different boat"}, headers=idem(key)
        )
        assert other.status_code == 422, other.text
        body = conforms(other, "video.generations.create")
        assert body["error"]["code"] == "idempotency_key_reused"
        assert "Idempotent-Replayed" not in other.headers
        # The same key on another operation is another request too.
        elsewhere = client.post("/chat/completions", json=CHAT, headers=idem(key))
        assert elsewhere.status_code == 422
        conforms(elsewhere, "chat.completions.create")


def test_a_request_while_the_first_is_in_flight_gets_409(server: Server) -> None:
    _, secret = new_account(server)
    key = str(uuid.uuid4())
    slow = chat_saying("Take your time, sandbox:slow")
    with server.client(secret) as client, ThreadPoolExecutor(1) as pool:
        started = time.monotonic()
        pending = pool.submit(client.post, "/chat/completions", json=slow, headers=idem(key))
        time.sleep(0.4)  # the first is now held by the slow trigger (1 s here)
        meanwhile = client.post("/chat/completions", json=slow, headers=idem(key))
        assert not pending.done()
        assert meanwhile.status_code == 409, meanwhile.text
        body = conforms(meanwhile, "chat.completions.create")
        assert body["error"]["code"] == "idempotency_key_in_use"
        first = pending.result(timeout=30)
        assert first.status_code == 200
        assert time.monotonic() - started >= 1.0
        conforms(first, "chat.completions.create")
        after = client.post("/chat/completions", json=slow, headers=idem(key))
        assert_replay_of(after, first)


def assert_20_concurrent_posts_create_one_task(server: Server) -> None:
    account, secret = new_account(server)
    key = str(uuid.uuid4())
    start = threading.Barrier(20)
    limits = httpx.Limits(max_connections=20, max_keepalive_connections=20)

    # The slow trigger holds the first for a second, so the others truly overlap it.
    body = {**VIDEO, "prompt": "a paper boat on a pond, sandbox:slow"}

    def send(client: httpx.Client) -> httpx.Response:
        start.wait(timeout=30)
        return client.post("/video/generations", json=body, headers=idem(key))

    with server.client(secret, limits=limits) as client, ThreadPoolExecutor(20) as pool:
        responses = list(pool.map(send, [client] * 20))
    accepted = [r for r in responses if r.status_code == 202]
    statuses = sorted({r.status_code for r in responses})
    assert set(statuses) <= {202, 409}, statuses
    assert len({r.json()["data"]["id"] for r in accepted}) == 1
    originals = [r for r in accepted if "Idempotent-Replayed" not in r.headers]
    assert len(originals) == 1
    for response in responses:
        if response.status_code == 409:
            assert response.json()["error"]["code"] == "idempotency_key_in_use"
        elif response is not originals[0]:
            assert_replay_of(response, originals[0])
    assert rows(server, "tasks", account) == 1


def test_20_concurrent_posts_with_one_key_create_one_task(server: Server) -> None:
    assert_20_concurrent_posts_create_one_task(server)


def test_20_concurrent_posts_with_one_key_create_one_task_across_two_workers(
    fresh_server: Callable[..., Server],
) -> None:
    running = fresh_server(workers=2)
    time.sleep(0.5)  # start() returns when one worker answers; let the second come up too
    assert_20_concurrent_posts_create_one_task(running)


def test_keys_are_scoped_to_the_api_key(server: Server) -> None:
    account, first_key = new_account(server)
    second_key = server.new_key(account=account)  # same account, another API key
    key = str(uuid.uuid4())
    with server.client(first_key) as first, server.client(second_key) as second:
        one = first.post("/video/generations", json=VIDEO, headers=idem(key))
        two = second.post(
            "/video/generations", json={**VIDEO, "prompt": "another scene"}, headers=idem(key)
        )
    assert (one.status_code, two.status_code) == (202, 202)
    assert "Idempotent-Replayed" not in one.headers and "Idempotent-Replayed" not in two.headers
    assert one.json()["data"]["id"] != two.json()["data"]["id"]
    assert rows(server, "tasks", account) == 2


def test_server_errors_are_not_stored(server: Server) -> None:
    _, secret = new_account(server)
    key = str(uuid.uuid4())
    failing = chat_saying("please sandbox:server_error")
    with server.client(secret) as client:
        first = client.post("/chat/completions", json=failing, headers=idem(key))
        assert first.status_code == 500
        assert conforms(first, "chat.completions.create")["error"]["code"] == "server_error"
        again = client.post("/chat/completions", json=failing, headers=idem(key))
        assert again.status_code == 500
        conforms(again, "chat.completions.create")
        assert "Idempotent-Replayed" not in again.headers
        assert again.headers["X-Request-Id"] != first.headers["X-Request-Id"]
        # Nothing was stored, so the key is free for a request that works.
        fixed = client.post("/chat/completions", json=CHAT, headers=idem(key))
        assert fixed.status_code == 200 and "Idempotent-Replayed" not in fixed.headers


def test_schema_invalid_requests_are_not_stored(server: Server) -> None:
    _, secret = new_account(server)
    key = str(uuid.uuid4())
    with server.client(secret) as client:
        broken = client.post("/chat/completions", json={**CHAT, "messages": []}, headers=idem(key))
        assert broken.status_code == 400
        assert conforms(broken, "chat.completions.create")["error"]["code"] == "invalid_request"
        fixed = client.post("/chat/completions", json=CHAT, headers=idem(key))
        assert fixed.status_code == 200, fixed.text
        assert "Idempotent-Replayed" not in fixed.headers
        conforms(fixed, "chat.completions.create")
        assert_replay_of(client.post("/chat/completions", json=CHAT, headers=idem(key)), fixed)


def test_refusals_before_the_operation_runs_are_not_stored(server: Server) -> None:
    _, secret = new_account(server)
    with server.client(secret) as client:
        key = str(uuid.uuid4())
        limited = client.post(
            "/chat/completions", json=chat_saying("sandbox:rate_limit"), headers=idem(key)
        )
        assert limited.status_code == 429
        assert client.post("/chat/completions", json=CHAT, headers=idem(key)).status_code == 200
        key = str(uuid.uuid4())
        wrong_type = client.post(
            "/chat/completions", content=b"{}", headers={**idem(key), "Content-Type": "text/plain"}
        )
        assert wrong_type.status_code == 415
        conforms(wrong_type, "chat.completions.create")
        assert client.post("/chat/completions", json=CHAT, headers=idem(key)).status_code == 200


def test_a_403_for_a_model_outside_the_key_list_is_not_stored(server: Server) -> None:
    """The spec: 403s are given before the operation runs, so they are never stored."""
    secret = server.new_key(models=["minimax-chat-v2"])
    key = str(uuid.uuid4())
    with server.client(secret) as client:
        refused = client.post(
            "/chat/completions", json={**CHAT, "model": "minimax-chat-v1"}, headers=idem(key)
        )
        assert refused.status_code == 403
        conforms(refused, "chat.completions.create")
        fixed = client.post("/chat/completions", json=CHAT, headers=idem(key))
        assert fixed.status_code == 200, fixed.text
        assert "Idempotent-Replayed" not in fixed.headers


def test_an_invalid_idempotency_key_is_a_400_that_names_the_header(server: Server) -> None:
    _, secret = new_account(server)
    with server.client(secret) as client:
        for bad in ("k" * 256, "has space"):
            response = client.post("/chat/completions", json=CHAT, headers=idem(bad))
            assert response.status_code == 400, response.text
            error = conforms(response, "chat.completions.create")["error"]
            assert error["code"] == "invalid_request"
            assert error["details"]["field"] == "Idempotency-Key"
            assert "Idempotency-Key" in error["message"], error["message"]


def test_errors_from_the_operation_itself_are_stored(server: Server) -> None:
    _, secret = new_account(server)
    key = str(uuid.uuid4())
    with server.client(secret) as client:
        missing = client.post(
            "/chat/completions", json={**CHAT, "model": "no-such-model"}, headers=idem(key)
        )
        assert missing.status_code == 404
        assert conforms(missing, "chat.completions.create")["error"]["code"] == "model_not_found"
        again = client.post(
            "/chat/completions", json={**CHAT, "model": "no-such-model"}, headers=idem(key)
        )
        conforms(again, "chat.completions.create")
        assert_replay_of(again, missing)


def test_a_stream_replays_byte_for_byte(server: Server) -> None:
    _, secret = new_account(server)
    key = str(uuid.uuid4())
    streamed = {**CHAT, "stream": True}
    with server.client(secret) as client:
        first = client.post("/chat/completions", json=streamed, headers=idem(key))
        assert first.status_code == 200
        assert first.headers["content-type"].startswith("text/event-stream")
        events = conforms(first, "chat.completions.create")
        assert events[-1]["event"] == "done" and len(events) > 2
        again = client.post("/chat/completions", json=streamed, headers=idem(key))
        assert again.headers["content-type"].startswith("text/event-stream")
        assert conforms(again, "chat.completions.create") == events
        assert_replay_of(again, first)


def test_a_stream_ending_in_a_server_error_is_not_stored(server: Server) -> None:
    """The spec: 5xx outcomes are not stored. A stream that ends with an `error` frame for a
    server error is one, though its status is 200: a retry with the same key runs again."""
    _, secret = new_account(server)
    key = str(uuid.uuid4())
    failing = chat_saying("Hello sandbox:stream_error", stream=True)
    with server.client(secret) as client:
        first = client.post("/chat/completions", json=failing, headers=idem(key))
        assert first.status_code == 200
        events = conforms(first, "chat.completions.create")
        assert events[-1]["event"] == "error"
        again = client.post("/chat/completions", json=failing, headers=idem(key))
        assert again.status_code == 200
        assert conforms(again, "chat.completions.create")[-1]["event"] == "error"
        assert "Idempotent-Replayed" not in again.headers
        assert again.headers["X-Request-Id"] != first.headers["X-Request-Id"]
        # Nothing was stored, so the key is free for the same request without the marker.
        fixed = client.post(
            "/chat/completions", json=chat_saying("Hello", stream=True), headers=idem(key)
        )
        assert fixed.status_code == 200 and "Idempotent-Replayed" not in fixed.headers
        assert conforms(fixed, "chat.completions.create")[-1]["event"] == "done"


def test_get_ignores_a_malformed_idempotency_key(server: Server) -> None:
    """GET ignores the header, so a value a POST would refuse is no error there either."""
    _, secret = new_account(server)
    with server.client(secret) as client:
        for bad in ("k" * 256, "has space", ""):
            response = client.get("/models", headers=idem(bad))
            assert response.status_code == 200, response.text
            conforms(response, "models.list")
            assert "Idempotent-Replayed" not in response.headers


def test_get_ignores_the_idempotency_key(server: Server) -> None:
    _, secret = new_account(server)
    with server.client(secret) as client:
        one, two = (client.get("/models", headers=idem("same-key")) for _ in range(2))
    assert one.status_code == two.status_code == 200
    assert "Idempotent-Replayed" not in two.headers
    assert one.headers["X-Request-Id"] != two.headers["X-Request-Id"]
