"""Files and fine-tunes through a real sandbox: multipart uploads checked against their bytes,
signed download URLs, the upload size limit, and fine-tuning jobs that add a model to the
account that ran them."""

from __future__ import annotations

import hashlib
import socket
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlparse

import httpx
import pytest

from minimax_openapi.spec import shared
from minimax_sandbox.samples import jpeg, png, training_jsonl
from minimax_sandbox.testing import Server, conforms

UPLOAD_LIMIT = shared().operation_at("POST", "/files").max_body_bytes
FINAL = ("succeeded", "failed")
RANK = {"queued": 0, "processing": 1, "succeeded": 2, "failed": 2}


def high_limit_key(server: Server) -> str:
    return server.new_key(tier="enterprise", enterprise_rpm=100000)


def upload(client: httpx.Client, data: bytes, name: str, mime: str, purpose: str) -> httpx.Response:
    return client.post("/files", files={"file": (name, data, mime)}, data={"purpose": purpose})


def uploaded(client: httpx.Client, data: bytes, name: str, mime: str, purpose: str) -> dict:
    response = upload(client, data, name, mime, purpose)
    assert response.status_code == 201, response.text
    return conforms(response, "files.create")["data"]


def refused(response: httpx.Response, status: int, code: str, op: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body = conforms(response, op)
    assert body["error"]["code"] == code
    return body["error"]


def parse_time(text: str) -> float:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC).timestamp()


def anonymous_get(url: str) -> httpx.Response:
    with httpx.Client(timeout=30) as client:
        response = client.get(url)
    assert "authorization" not in response.request.headers
    return response


# --- files -------------------------------------------------------------------------------

SAMPLES = {
    "jsonl": (training_jsonl(), "support-train.jsonl", "application/jsonl", "fine-tune"),
    "png": (png(6, 5), "reference.png", "image/png", "video-reference"),
    "jpeg": (jpeg(), "reference.jpg", "image/jpeg", "video-reference"),
    "vague_png": (png(3, 3, seed=7), "image.bin", "application/octet-stream", "video-reference"),
    "ndjson": (training_jsonl(1), "data.ndjson", "application/x-ndjson", "fine-tune"),
}
DETECTED = {
    "jsonl": "application/jsonl",
    "png": "image/png",
    "jpeg": "image/jpeg",
    "vague_png": "image/png",
    "ndjson": "application/jsonl",
}


@pytest.mark.parametrize("sample", sorted(SAMPLES))
def test_an_upload_is_stored_and_served_back(
    server: Server, api: httpx.Client, sample: str
) -> None:
    data, name, mime, purpose = SAMPLES[sample]
    started = time.time()
    stored = uploaded(api, data, name, mime, purpose)
    assert stored["object"] == "file" and stored["id"].startswith("file_")
    assert stored["filename"] == name
    assert stored["purpose"] == purpose
    assert stored["content_type"] == DETECTED[sample]
    assert stored["bytes"] == len(data)
    assert stored["sha256"] == hashlib.sha256(data).hexdigest()

    response = api.get(f"/files/{stored['id']}")
    assert response.status_code == 200
    again = conforms(response, "files.retrieve")["data"]
    moving = ("download_url", "download_url_expires_at")
    assert {k: v for k, v in again.items() if k not in moving} == {
        k: v for k, v in stored.items() if k not in moving
    }
    # A freshly signed URL, valid for an hour from now.
    expires_at = parse_time(again["download_url_expires_at"])
    assert started + 3600 - 5 <= expires_at <= time.time() + 3600 + 5
    url = urlparse(again["download_url"])
    assert url.path == f"/v1/files/{stored['id']}/content"
    assert f"expires={int(expires_at)}" in url.query and "signature=" in url.query

    for link in (stored["download_url"], again["download_url"]):
        served = anonymous_get(link)
        assert served.status_code == 200, served.text
        assert served.headers["content-type"].split(";")[0] == DETECTED[sample]
        assert conforms(served, "files.content") == data

    with_key = api.get(f"/files/{stored['id']}/content")
    assert with_key.status_code == 200
    assert conforms(with_key, "files.content") == data


@pytest.mark.parametrize(
    ("name", "disposition"),
    [
        ("support-train.jsonl", 'attachment; filename="support-train.jsonl"'),
        # Not plain ASCII: RFC 8187's percent-encoded UTF-8, never raw bytes in a header.
        (
            "données d'été.jsonl",
            "attachment; filename*=utf-8''donn%C3%A9es%20d%27%C3%A9t%C3%A9.jsonl",
        ),
    ],
)
def test_a_download_is_an_attachment_with_the_files_name(
    api: httpx.Client, name: str, disposition: str
) -> None:
    """Uploaded bytes are saved under their name, never rendered in place or sniffed as
    another type than the one detected at upload (by signed URL or with the key)."""
    stored = uploaded(api, training_jsonl(), name, "application/jsonl", "fine-tune")
    assert stored["filename"] == name
    for response in (
        anonymous_get(stored["download_url"]),
        api.get(f"/files/{stored['id']}/content"),
    ):
        assert response.status_code == 200, response.text
        conforms(response, "files.content")
        assert response.headers["Content-Disposition"] == disposition
        assert response.headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("byte_range", ["bytes=0-3", "bytes=1000-2000", "bytes=abc", "lines=1-2"])
def test_a_range_request_still_gets_a_documented_answer(api: httpx.Client, byte_range: str) -> None:
    """Media players send `Range`. Whatever the sandbox does with it, the answer carries the
    headers every response has, and an error is the error envelope."""
    data = png(6, 5)
    stored = uploaded(api, data, "a.png", "image/png", "video-reference")
    for response in (
        api.get(f"/files/{stored['id']}/content", headers={"Range": byte_range}),
        httpx.get(stored["download_url"], headers={"Range": byte_range}),
    ):
        assert "x-request-id" in response.headers, (response.status_code, response.headers)
        assert "x-ratelimit-limit" in response.headers
        if response.status_code == 206:  # a partial answer: the asked-for bytes of the file
            start, end = (int(n) for n in byte_range.removeprefix("bytes=").split("-"))
            assert response.content == data[start : end + 1]
        else:
            assert conforms(response, "files.content") == data or response.status_code >= 400


def test_an_altered_file_signature_is_403(api: httpx.Client) -> None:
    stored = uploaded(api, png(), "a.png", "image/png", "video-reference")
    url = stored["download_url"]
    signature = url.rsplit("signature=", 1)[1]
    altered = url.replace(signature, signature[::-1])
    refused(anonymous_get(altered), 403, "permission_denied", "files.content")


def test_another_account_cannot_see_the_file(server: Server, api: httpx.Client) -> None:
    stored = uploaded(api, png(), "a.png", "image/png", "video-reference")
    with server.client(high_limit_key(server)) as stranger:
        for path, op in (
            (f"/files/{stored['id']}", "files.retrieve"),
            (f"/files/{stored['id']}/content", "files.content"),
        ):
            refused(stranger.get(path), 404, "not_found", op)


MISMATCHES = {
    "png_declared_jpeg": (png(), "a.jpg", "image/jpeg", "video-reference"),
    "jpeg_declared_png": (jpeg(), "a.png", "image/png", "video-reference"),
    "jsonl_as_reference": (training_jsonl(), "a.png", "image/png", "video-reference"),
    "png_as_training": (png(), "a.jsonl", "application/jsonl", "fine-tune"),
    "text_declared_png": (b"hello, world", "a.png", "image/png", "video-reference"),
    "empty": (b"", "a.jsonl", "application/jsonl", "fine-tune"),
    "not_utf8": (b'{"messages": "\xff"}\n', "a.jsonl", "application/jsonl", "fine-tune"),
}


@pytest.mark.parametrize("case", sorted(MISMATCHES))
def test_bytes_that_do_not_fit_are_refused(api: httpx.Client, case: str) -> None:
    error = refused(upload(api, *MISMATCHES[case]), 400, "invalid_request", "files.create")
    assert error["details"]["field"] == "file"


BAD_LINES = {
    2: b'{"messages": [{"role": "robot", "content": "beep"}]}',
    3: b'{"messages": [{"role": "user", "content": "unterminated"',
    4: b'{"prompt": "Hi", "completion": "Hello"}',
    5: b'["not", "an", "object"]',
}


@pytest.mark.parametrize("line", sorted(BAD_LINES))
def test_a_bad_training_line_is_named(api: httpx.Client, line: int) -> None:
    good = training_jsonl(1).rstrip(b"\n")
    data = b"\n".join([good] * (line - 1) + [BAD_LINES[line], good]) + b"\n"
    response = upload(api, data, "train.jsonl", "application/jsonl", "fine-tune")
    error = refused(response, 400, "invalid_request", "files.create")
    assert error["details"]["field"] == "file"
    assert f"line {line}" in error["message"], error["message"]
    assert f"line {line - 1}:" not in error["message"]


def test_a_missing_purpose_or_file_part_is_refused(api: httpx.Client) -> None:
    response = api.post("/files", files={"file": ("a.png", png(), "image/png")})
    assert (
        refused(response, 400, "invalid_request", "files.create")["details"]["field"] == "purpose"
    )
    response = api.post("/files", files={"purpose": (None, "video-reference")})
    assert refused(response, 400, "invalid_request", "files.create")["details"]["field"] == "file"
    response = upload(api, png(), "a.png", "image/png", "avatar")
    assert (
        refused(response, 400, "invalid_request", "files.create")["details"]["field"] == "purpose"
    )


def test_a_non_multipart_body_is_415(api: httpx.Client) -> None:
    for kwargs in (
        {"json": {"file": "x", "purpose": "fine-tune"}},
        {"content": png(), "headers": {"Content-Type": "image/png"}},
        {"content": b"purpose=fine-tune"},
    ):
        response = api.post("/files", **kwargs)
        error = refused(response, 415, "unsupported_media_type", "files.create")
        assert error["details"]["expected"] == "multipart/form-data"


def _raw_post(server: Server, key: str, declared: int, sent: bytes) -> tuple[httpx.Response, float]:
    """Send the head of a POST /files declaring `declared` body bytes but only `sent` of them,
    then read the answer: the server must answer without waiting for the rest."""
    head = (
        "POST /v1/files HTTP/1.1\r\n"
        f"Host: 127.0.0.1:{server.port}\r\n"
        f"Authorization: Bearer {key}\r\n"
        "Content-Type: multipart/form-data; boundary=sandboxboundary\r\n"
        f"Content-Length: {declared}\r\n"
        "\r\n"
    ).encode()
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        sock.sendall(head + sent)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = sock.recv(65536)
            assert chunk, f"the connection closed before an answer: {data!r}"
            data += chunk
        raw_head, _, body = data.partition(b"\r\n\r\n")
        lines = raw_head.decode("latin-1").split("\r\n")
        headers = [tuple(part.strip() for part in line.split(":", 1)) for line in lines[1:]]
        length = int({k.lower(): v for k, v in headers}.get("content-length", "0"))
        while len(body) < length:
            chunk = sock.recv(65536)
            if not chunk:
                break
            body += chunk
    elapsed = time.monotonic() - started
    request = httpx.Request("POST", f"{server.base_url}/files")
    status = int(lines[0].split()[1])
    return httpx.Response(status, headers=headers, content=body[:length], request=request), elapsed


def test_an_upload_over_the_limit_is_413_before_it_is_read(server: Server, key: str) -> None:
    assert UPLOAD_LIMIT == 100 * 1024 * 1024
    sent = (
        b'--sandboxboundary\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nfine-tune\r\n'
    )
    response, elapsed = _raw_post(server, key, UPLOAD_LIMIT + 1, sent)
    error = refused(response, 413, "payload_too_large", "files.create")
    assert error["details"]["limit_bytes"] == UPLOAD_LIMIT
    assert elapsed < 5


def test_an_upload_at_the_limit_is_not_413(server: Server, key: str) -> None:
    """The same request declaring exactly the limit is read, not refused up front (the short
    body then ends the connection, so the server never answers 413 for it)."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=0.5) as sock:
        head = (
            "POST /v1/files HTTP/1.1\r\n"
            f"Host: 127.0.0.1:{server.port}\r\n"
            f"Authorization: Bearer {key}\r\n"
            "Content-Type: multipart/form-data; boundary=sandboxboundary\r\n"
            f"Content-Length: {UPLOAD_LIMIT}\r\n\r\n"
        ).encode()
        sock.sendall(head + b"--sandboxboundary\r\n")
        try:
            answer = sock.recv(65536)
        except TimeoutError:
            answer = b""  # still waiting for the body: it was not refused by its size
    assert b" 413 " not in answer.split(b"\r\n", 1)[0]


# --- fine-tunes --------------------------------------------------------------------------


def create_job(client: httpx.Client, **body: Any) -> dict[str, Any]:
    body.setdefault("model", "minimax-chat-v2")
    response = client.post("/fine-tunes", json=body)
    assert response.status_code == 202, response.text
    job = conforms(response, "fine_tunes.create")["data"]
    assert job["status"] == "queued" and job["progress"] == 0
    assert job["fine_tuned_model"] is None and job["error"] is None
    return job


def poll_jobs(client: httpx.Client, job_ids: list[str], timeout: float = 30) -> dict[str, list]:
    history: dict[str, list[dict[str, Any]]] = {job_id: [] for job_id in job_ids}
    deadline = time.monotonic() + timeout
    while True:
        pending = [j for j, seen in history.items() if not seen or seen[-1]["status"] not in FINAL]
        if not pending:
            return history
        assert time.monotonic() < deadline, {j: history[j][-1:] for j in pending}
        for job_id in pending:
            response = client.get(f"/fine-tunes/{job_id}")
            assert response.status_code == 200, response.text
            history[job_id].append(conforms(response, "fine_tunes.retrieve")["data"])
        time.sleep(0.05)


def model_ids(client: httpx.Client) -> list[str]:
    response = client.get("/models")
    assert response.status_code == 200
    return [model["id"] for model in conforms(response, "models.list")["data"]]


@pytest.fixture(scope="module")
def trainer(server: Server) -> Iterator[httpx.Client]:
    with server.client(high_limit_key(server)) as client:
        yield client


@pytest.fixture(scope="module")
def jobs(trainer: httpx.Client) -> dict[str, list[dict[str, Any]]]:
    """A job that succeeds and one that fails, run side by side and polled to the end."""
    training = uploaded(trainer, training_jsonl(5), "train.jsonl", "application/jsonl", "fine-tune")
    hyper = {"n_epochs": 2, "learning_rate_multiplier": 0.5, "batch_size": 4}
    made = {
        "ok": create_job(
            trainer, training_file=training["id"], suffix="support", hyperparameters=hyper
        ),
        "fail": create_job(trainer, training_file=training["id"], suffix="sandbox-fail"),
    }
    history = poll_jobs(trainer, [job["id"] for job in made.values()])
    return {name: [job, *history[job["id"]]] for name, job in made.items()}


def assert_moves_forward(views: list[dict[str, Any]]) -> None:
    for before, after in zip(views, views[1:], strict=False):
        assert RANK[before["status"]] <= RANK[after["status"]], (before, after)
        assert before["progress"] <= after["progress"], (before, after)


def test_a_fine_tune_with_a_reference_image_is_refused(api: httpx.Client) -> None:
    image = uploaded(api, png(), "a.png", "image/png", "video-reference")
    response = api.post(
        "/fine-tunes", json={"model": "minimax-chat-v2", "training_file": image["id"]}
    )
    error = refused(response, 400, "invalid_request", "fine_tunes.create")
    assert error["details"]["field"] == "training_file"
    response = api.post(
        "/fine-tunes", json={"model": "minimax-chat-v2", "training_file": "file_doesnotexist0"}
    )
    error = refused(response, 400, "invalid_request", "fine_tunes.create")
    assert error["details"]["field"] == "training_file"


def test_a_fine_tune_of_a_model_that_cannot_be_tuned_is_refused(api: httpx.Client) -> None:
    training = uploaded(api, training_jsonl(), "t.jsonl", "application/jsonl", "fine-tune")
    response = api.post(
        "/fine-tunes", json={"model": "minimax-chat-v1", "training_file": training["id"]}
    )
    assert (
        refused(response, 400, "invalid_request", "fine_tunes.create")["details"]["field"]
        == "model"
    )
    response = api.post(
        "/fine-tunes", json={"model": "minimax-chat-v7", "training_file": training["id"]}
    )
    refused(response, 404, "model_not_found", "fine_tunes.create")


def test_a_job_progresses_to_succeeded(jobs: dict) -> None:
    views = jobs["ok"]
    assert_moves_forward(views)
    statuses = [view["status"] for view in views]
    assert statuses[0] == "queued" and "processing" in statuses and statuses[-1] == "succeeded"
    last = views[-1]
    assert last["progress"] == 100 and last["error"] is None and last["completed_at"]
    assert last["hyperparameters"] == {
        "n_epochs": 2,
        "learning_rate_multiplier": 0.5,
        "batch_size": 4,
    }
    assert last["suffix"] == "support"
    assert last["trained_tokens"] > 0
    assert last["fine_tuned_model"].startswith("ft:minimax-chat-v2:support:")


def test_the_fine_tuned_model_belongs_to_its_account(
    server: Server, trainer: httpx.Client, jobs: dict
) -> None:
    model_id = jobs["ok"][-1]["fine_tuned_model"]
    assert model_id in model_ids(trainer)
    response = trainer.get(f"/models/{model_id}")
    assert response.status_code == 200, response.text
    model = conforms(response, "models.retrieve")["data"]
    assert model["id"] == model_id and "chat" in model["capabilities"]
    assert model["owned_by"] != "minimax" and model["deprecation"] is None

    response = trainer.post(
        "/chat/completions",
        json={"model": model_id, "messages": [{"role": "user", "content": "How do I reset it?"}]},
    )
    assert response.status_code == 200, response.text
    body = conforms(response, "chat.completions.create")
    assert body["meta"]["model"] == body["data"]["model"] == model_id
    assert body["data"]["choices"][0]["message"]["content"]

    with server.client(high_limit_key(server)) as stranger:
        assert model_id not in model_ids(stranger)
        refused(stranger.get(f"/models/{model_id}"), 404, "model_not_found", "models.retrieve")
        response = stranger.post(
            "/chat/completions",
            json={"model": model_id, "messages": [{"role": "user", "content": "Hi"}]},
        )
        refused(response, 404, "model_not_found", "chat.completions.create")
        job_id = jobs["ok"][-1]["id"]
        refused(stranger.get(f"/fine-tunes/{job_id}"), 404, "not_found", "fine_tunes.retrieve")


def test_sandbox_fail_makes_the_job_fail(trainer: httpx.Client, jobs: dict) -> None:
    views = jobs["fail"]
    assert_moves_forward(views)
    last = views[-1]
    assert last["status"] == "failed"
    assert last["error"]["code"] == "training_failed" and last["error"]["message"]
    assert last["fine_tuned_model"] is None
    assert last["completed_at"] is not None
    assert 0 < last["progress"] < 100
    assert not any(":sandbox-fail:" in model for model in model_ids(trainer))
