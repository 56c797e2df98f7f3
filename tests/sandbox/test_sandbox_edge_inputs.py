"""Inputs that once slipped past the sandbox's checks: odd digits, non-ASCII signatures, JSON
too deep to read, multipart retries, a triggered 429. Each must get the spec's answer."""

from __future__ import annotations

import httpx
import pytest

from minimax_sandbox import samples
from minimax_sandbox.testing import Server, conforms


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
