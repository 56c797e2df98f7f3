"""Inputs that once slipped past the sandbox's checks: odd digits, non-ASCII signatures, JSON
too deep to read, multipart retries, a triggered 429. Each must get the spec's answer."""

from __future__ import annotations

import httpx
import pytest

from minimax_openapi.spec import shared
from minimax_sandbox import samples
from minimax_sandbox.testing import Server, conforms

API = shared()


@pytest.fixture
def training_file(api: httpx.Client) -> str:
    files = {"file": ("train.jsonl", samples.training_jsonl(), "application/jsonl")}
    response = api.post("/files", files=files, data={"purpose": "fine-tune"})
    return str(response.json()["data"]["id"])


@pytest.mark.parametrize(
    "query",
    ["expires=%C2%B2&signature=00ff00ff00ff00ff", "expires=--5", "expires=1&signature=%C3%A9"],
)
def test_odd_query_values_are_refused_not_crashed(
    server: Server, api: httpx.Client, training_file: str, query: str
) -> None:
    with_key = api.get(f"/files/{training_file}/content?{query}")
    without_key = httpx.get(f"{server.base_url}/files/{training_file}/content?{query}")
    for response in (with_key, without_key):
        assert 400 <= response.status_code < 500, response.text
        conforms(response, "files.content")


def _expires_bounds() -> tuple[int, int]:
    """The spec's range of `expires` on the download operations (one parameter, shared)."""
    schemas = [
        API.resolve(p.schema)
        for op in API.operations
        if op.signed_url
        for p in op.parameters
        if p.name == "expires"
    ]
    assert len(schemas) == 2 and schemas[0] == schemas[1]
    return schemas[0]["minimum"], schemas[0]["maximum"]


def test_expires_has_a_bound_in_the_spec() -> None:
    low, high = _expires_bounds()
    assert (low, high) == (0, 253402300799)  # up to the last second of the year 9999


@pytest.mark.parametrize("operation_id", ["files.content", "video.generations.content"])
def test_every_expires_the_spec_allows_is_read_as_a_number(
    server: Server, api: httpx.Client, training_file: str, operation_id: str
) -> None:
    """The server's parser takes exactly the spec's range: the largest `expires` the schema
    allows is no 400, the next one is a 400 that names the bound (not "not an integer")."""
    path = {
        "files.content": f"/files/{training_file}/content",
        "video.generations.content": "/video/generations/vid_abc/content",
    }[operation_id]
    signature = "ab" * 16
    _, high = _expires_bounds()
    for expires in (0, high):
        response = api.get(path, params={"expires": expires, "signature": signature})
        assert response.status_code in (200, 404), response.text  # no such task: 404
        conforms(response, operation_id)
        # Without a key, the URL is checked: a signature not made by the server is a 403.
        query = {"expires": expires, "signature": signature}
        anonymous = httpx.get(f"{server.base_url}{path}", params=query)
        assert anonymous.status_code == 403, anonymous.text
        conforms(anonymous, operation_id)
    # The value a deep contract run once sent, and the first one past the bound.
    for expires in (32589158477190044730, high + 1, 10**40):
        response = api.get(path, params={"expires": expires, "signature": signature})
        assert response.status_code == 400, response.text
        error = conforms(response, operation_id)["error"]
        assert error["details"]["field"] == "expires"
        assert "must be an integer" not in error["message"]


def test_a_signature_is_never_quoted_back(api: httpx.Client, training_file: str) -> None:
    response = api.get(f"/files/{training_file}/content?signature=MYSECRETsignature-zz")
    assert response.status_code == 400
    assert "MYSECRET" not in response.text


@pytest.mark.parametrize("line", [b'{"messages": ' + b"9" * 5000 + b"}", b"[" * 5000 + b"]" * 5000])
def test_unreadable_json_lines_are_a_400(api: httpx.Client, line: bytes) -> None:
    files = {"file": ("train.jsonl", line + b"\n", "application/jsonl")}
    response = api.post("/files", files=files, data={"purpose": "fine-tune"})
    assert response.status_code == 400
    assert conforms(response, "files.create")["error"]["details"]["field"] == "file"


def test_an_upload_retried_with_its_key_is_replayed(api: httpx.Client) -> None:
    # httpx draws a new multipart boundary for each request, as a retry would.
    files = {"file": ("train.jsonl", samples.training_jsonl(), "application/jsonl")}
    headers = {"Idempotency-Key": "upload-retry-1"}
    first = api.post("/files", files=files, data={"purpose": "fine-tune"}, headers=headers)
    again = api.post("/files", files=files, data={"purpose": "fine-tune"}, headers=headers)
    assert (first.status_code, again.status_code) == (201, 201)
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.json()["data"]["id"] == first.json()["data"]["id"]


def test_a_triggered_429_is_not_counted(server: Server) -> None:
    with server.client(server.new_key(tier="free")) as client:
        before = client.get("/models")
        triggered = client.post(
            "/embeddings", json={"model": "minimax-embed-v1", "input": "sandbox:rate_limit"}
        )
        after = client.get("/models")
    assert triggered.status_code == 429
    remaining = [int(r.headers["X-RateLimit-Remaining"]) for r in (before, after)]
    assert remaining[1] == remaining[0] - 1  # only `after` itself was counted


def test_integers_written_as_floats_are_integers(api: httpx.Client) -> None:
    # JSON Schema counts 5.0 as an integer, so the spec accepts it: the sandbox must too.
    chat = api.post(
        "/chat/completions",
        json={
            "model": "minimax-chat-v2",
            "max_tokens": 3.0,
            "messages": [{"role": "user", "content": "Hello"}],
        },
    )
    assert conforms(chat, "chat.completions.create")["meta"]["usage"]["completion_tokens"] <= 3
    video = api.post("/video/generations", json={"prompt": "a cat", "duration": 2.0})
    assert conforms(video, "video.generations.create")["data"]["duration"] == 2
    assert isinstance(video.json()["data"]["duration"], int)
