"""Video generation through a real sandbox: a task's life when polled and streamed, the MP4 it
makes, signed download URLs, reference images, other accounts and the `sandbox:fail` trigger."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlparse

import httpx
import pytest

from minimax_sandbox import signing
from minimax_sandbox.engine.video import probe
from minimax_sandbox.samples import png, training_jsonl
from minimax_sandbox.testing import Server, conforms

RANK = {"queued": 0, "processing": 1, "succeeded": 2, "failed": 2}
FINAL = ("succeeded", "failed")
PROMPT = "A golden retriever running through a field of sunflowers at golden hour"
# (resolution, aspect_ratio, duration) -> the (width, height) the spec's enums mean.
SHAPES = {
    ("480p", "9:16", 2): (480, 854),
    ("480p", "16:9", 1): (854, 480),
    ("720p", "1:1", 1): (720, 720),
}


def high_limit_key(server: Server) -> str:
    return server.new_key(tier="enterprise", enterprise_rpm=100000)


def create(client: httpx.Client, **body: Any) -> dict[str, Any]:
    body.setdefault("prompt", PROMPT)
    response = client.post("/video/generations", json=body)
    assert response.status_code == 202, response.text
    task = conforms(response, "video.generations.create")["data"]
    assert task["status"] == "queued" and task["progress"] == 0
    assert task["result"] is None and task["error"] is None and task["completed_at"] is None
    return task


def retrieve(client: httpx.Client, task_id: str) -> dict[str, Any]:
    response = client.get(f"/video/generations/{task_id}")
    assert response.status_code == 200, response.text
    body = conforms(response, "video.generations.retrieve")
    assert body["meta"]["model"] == body["data"]["model"]
    return body["data"]


def poll(client: httpx.Client, task_ids: list[str], timeout: float = 30) -> dict[str, list[dict]]:
    """Every view of each task seen while polling it every 50 ms, until all are final."""
    history: dict[str, list[dict[str, Any]]] = {task_id: [] for task_id in task_ids}
    deadline = time.monotonic() + timeout
    while True:
        pending = [t for t, seen in history.items() if not seen or seen[-1]["status"] not in FINAL]
        if not pending:
            return history
        assert time.monotonic() < deadline, {t: history[t][-1:] for t in pending}
        for task_id in pending:
            history[task_id].append(retrieve(client, task_id))
        time.sleep(0.05)


def assert_moves_forward(views: list[dict[str, Any]]) -> None:
    """Status never goes back, progress never goes down, and each view is self-consistent."""
    for before, after in zip(views, views[1:], strict=False):
        assert RANK[before["status"]] <= RANK[after["status"]], (before, after)
        assert before["progress"] <= after["progress"], (before, after)
        assert before["updated_at"] <= after["updated_at"]
    for view in views:
        if view["status"] == "queued":
            assert view["progress"] == 0
        if view["status"] not in FINAL:
            assert view["result"] is None and view["error"] is None
            assert view["completed_at"] is None


def content_path(url: str) -> tuple[str, dict[str, str]]:
    parsed = urlparse(url)
    return parsed.path, {k: v[0] for k, v in parse_qs(parsed.query).items()}


def download(server: Server, path: str, **query: Any) -> httpx.Response:
    """GET a download URL of the sandbox with no Authorization header at all."""
    url = f"http://127.0.0.1:{server.port}{path}?{urlencode(query)}"
    with httpx.Client(timeout=30) as anonymous:
        response = anonymous.get(url)
    assert "authorization" not in response.request.headers
    return response


def secret(server: Server) -> bytes:
    return bytes.fromhex((server.data_dir / "secret.key").read_text().strip())


def refused(response: httpx.Response, status: int, code: str, op: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body = conforms(response, op)
    assert body["error"]["code"] == code
    return body["error"]


@pytest.fixture(scope="module")
def owner(server: Server) -> Iterator[httpx.Client]:
    with server.client(high_limit_key(server)) as client:
        yield client


@pytest.fixture(scope="module")
def finished(owner: httpx.Client) -> dict[tuple[str, str, int], list[dict[str, Any]]]:
    """One task per shape in SHAPES, polled from creation until it is final."""
    created = {
        shape: create(
            owner,
            prompt=f"{PROMPT} ({shape})",
            resolution=shape[0],
            aspect_ratio=shape[1],
            duration=shape[2],
        )
        for shape in SHAPES
    }
    history = poll(owner, [task["id"] for task in created.values()])
    return {shape: [task, *history[task["id"]]] for shape, task in created.items()}


def test_a_polled_task_goes_queued_processing_succeeded(finished: dict) -> None:
    for shape, views in finished.items():
        assert_moves_forward(views)
        statuses = [view["status"] for view in views]
        assert statuses[0] == "queued"
        assert "processing" in statuses, statuses
        assert statuses[-1] == "succeeded", views[-1]
        progress = [view["progress"] for view in views if view["status"] == "processing"]
        assert len(set(progress)) >= 2, progress  # it rises while processing
        last = views[-1]
        assert last["progress"] == 100
        assert last["completed_at"] is not None and last["error"] is None
        assert (last["resolution"], last["aspect_ratio"], last["duration"]) == shape
        assert last["model"] == "minimax-video-v1"
        assert last["reference_image_file_id"] is None


def test_the_download_url_serves_the_asked_for_mp4(
    server: Server, owner: httpx.Client, finished: dict, tmp_path: Path
) -> None:
    for shape, views in finished.items():
        result = views[-1]["result"]
        width, height = SHAPES[shape]
        assert result["content_type"] == "video/mp4"
        assert (result["width"], result["height"], result["duration"]) == (width, height, shape[2])

        path, query = content_path(result["download_url"])
        assert path == f"/v1/video/generations/{views[-1]['id']}/content"
        assert set(query) == {"expires", "signature"}
        assert int(query["expires"]) > time.time()
        response = download(server, path, **query)
        assert response.status_code == 200, response.text
        assert response.headers["content-type"].startswith("video/mp4")
        data = conforms(response, "video.generations.content")
        assert len(data) == result["bytes"]
        assert data[4:8] == b"ftyp"

        saved = tmp_path / f"{views[-1]['id']}.mp4"
        saved.write_bytes(data)
        info = probe(saved)
        assert info["codec"] == "h264"
        assert (info["width"], info["height"]) == (width, height)
        assert abs(info["duration"] - shape[2]) <= 1 / result["frames_per_second"]
        assert info["frames"] == shape[2] * result["frames_per_second"]

        # The same bytes with the key instead of a signature.
        with_key = owner.get(path.removeprefix("/v1"))
        assert with_key.status_code == 200
        assert conforms(with_key, "video.generations.content") == data


def test_a_video_downloads_as_an_attachment_named_after_its_task(
    server: Server, owner: httpx.Client, finished: dict
) -> None:
    """Saved, not played in place under a sniffed type: `Content-Disposition: attachment`
    with the task's name, and `X-Content-Type-Options: nosniff`, by signed URL or key."""
    views = next(iter(finished.values()))
    task_id = views[-1]["id"]
    path, query = content_path(views[-1]["result"]["download_url"])
    for response in (download(server, path, **query), owner.get(path.removeprefix("/v1"))):
        assert response.status_code == 200, response.text
        conforms(response, "video.generations.content")
        assert response.headers["Content-Disposition"] == f'attachment; filename="{task_id}.mp4"'
        assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_a_fresh_download_url_each_poll(
    server: Server, owner: httpx.Client, finished: dict
) -> None:
    views = finished["480p", "16:9", 1]
    again = retrieve(owner, views[-1]["id"])
    assert again["status"] == "succeeded"
    assert (
        again["result"]["download_url_expires_at"] >= views[-1]["result"]["download_url_expires_at"]
    )
    path, query = content_path(again["result"]["download_url"])
    assert download(server, path, **query).status_code == 200


def test_an_altered_signature_is_403(server: Server, finished: dict) -> None:
    views = finished["480p", "16:9", 1]
    other = finished["720p", "1:1", 1][-1]
    path, query = content_path(views[-1]["result"]["download_url"])
    flipped = query["signature"][:-1] + ("0" if query["signature"][-1] != "0" else "1")
    other_path, other_query = content_path(other["result"]["download_url"])
    attempts = [
        (path, {**query, "signature": flipped}),
        (path, {**query, "expires": str(int(query["expires"]) + 3600)}),
        (path, other_query),  # another task's signature
        (other_path, query),
        (path, {"signature": query["signature"]}),  # no expires
    ]
    for attempt_path, attempt_query in attempts:
        response = download(server, attempt_path, **attempt_query)
        error = refused(response, 403, "permission_denied", "video.generations.content")
        assert query["signature"] not in json.dumps(error)  # secrets never appear in errors


def test_an_expired_signature_is_403(server: Server, finished: dict) -> None:
    views = finished["480p", "16:9", 1]
    path, _ = content_path(views[-1]["result"]["download_url"])
    key = secret(server)
    past = int(time.time()) - 60
    response = download(server, path, expires=past, signature=signing.signature(key, path, past))
    refused(response, 403, "permission_denied", "video.generations.content")
    # The same crafting with a future expiry works, so the 403 above is for the expiry alone.
    future = int(time.time()) + 600
    response = download(
        server, path, expires=future, signature=signing.signature(key, path, future)
    )
    assert response.status_code == 200
    conforms(response, "video.generations.content")


def test_downloading_before_success_is_409(server: Server, owner: httpx.Client) -> None:
    task = create(owner, resolution="480p", aspect_ratio="1:1", duration=1)
    path = f"/v1/video/generations/{task['id']}/content"
    response = owner.get(path.removeprefix("/v1"))
    error = refused(response, 409, "task_not_ready", "video.generations.content")
    assert error["details"]["status"] in ("queued", "processing")
    future = int(time.time()) + 600
    signature = signing.signature(secret(server), path, future)
    response = download(server, path, expires=future, signature=signature)
    refused(response, 409, "task_not_ready", "video.generations.content")


def _stream(client: httpx.Client, task_id: str) -> tuple[httpx.Response, list[dict[str, Any]]]:
    response = client.get(f"/video/generations/{task_id}/events")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/event-stream")
    events = conforms(response, "video.generations.events")
    return response, [{"event": e["event"], "data": json.loads(e["data"])} for e in events]


def test_the_status_stream_follows_the_task_to_done(owner: httpx.Client) -> None:
    task = create(owner, resolution="480p", aspect_ratio="1:1", duration=1)
    started = time.monotonic()
    response, events = _stream(owner, task["id"])
    assert time.monotonic() - started >= 1.0  # it followed the task rather than ending at once
    kinds = [event["event"] for event in events]
    assert kinds[-1] == "done" and kinds.count("done") == 1, kinds
    assert set(kinds[:-1]) == {"status"}, kinds
    views = [event["data"] for event in events[:-1]]
    assert all(view["id"] == task["id"] for view in views)
    assert_moves_forward(views)
    assert views[0]["status"] in ("queued", "processing")
    assert len(views) >= 3 and "processing" in {view["status"] for view in views}
    pairs = [(view["status"], view["progress"]) for view in views]
    assert len(set(pairs)) == len(pairs), pairs  # a frame only when something changed
    assert views[-1]["status"] == "succeeded" and views[-1]["progress"] == 100
    assert views[-1]["result"]["content_type"] == "video/mp4"
    done = events[-1]["data"]["meta"]
    assert done["request_id"] == response.headers["x-request-id"]
    assert done["model"] == "minimax-video-v1"

    # A finished task: its final status and done, straight away.
    _, again = _stream(owner, task["id"])
    assert [event["event"] for event in again] == ["status", "done"]
    assert again[0]["data"]["status"] == "succeeded"


def _upload(client: httpx.Client, data: bytes, name: str, mime: str, purpose: str) -> str:
    response = client.post("/files", files={"file": (name, data, mime)}, data={"purpose": purpose})
    assert response.status_code == 201, response.text
    return conforms(response, "files.create")["data"]["id"]


def test_a_reference_image_is_given_by_file_id(server: Server, owner: httpx.Client) -> None:
    image = _upload(owner, png(8, 8), "ref.png", "image/png", "video-reference")
    task = create(
        owner,
        prompt="The same dog, now jumping into a lake",
        reference_image_file_id=image,
        resolution="480p",
        duration=1,
    )
    assert task["reference_image_file_id"] == image
    assert retrieve(owner, task["id"])["reference_image_file_id"] == image

    training = _upload(owner, training_jsonl(), "train.jsonl", "application/jsonl", "fine-tune")
    with server.client(high_limit_key(server)) as stranger:
        theirs = _upload(stranger, png(8, 8, seed=9), "theirs.png", "image/png", "video-reference")
    for file_id in (training, theirs, "file_doesnotexist0"):
        response = owner.post(
            "/video/generations", json={"prompt": PROMPT, "reference_image_file_id": file_id}
        )
        error = refused(response, 400, "invalid_request", "video.generations.create")
        assert error["details"]["field"] == "reference_image_file_id", file_id


def test_another_account_cannot_see_the_task(server: Server, finished: dict) -> None:
    task_id = finished["480p", "16:9", 1][-1]["id"]
    with server.client(high_limit_key(server)) as stranger:
        for suffix, op in (
            ("", "video.generations.retrieve"),
            ("/events", "video.generations.events"),
            ("/content", "video.generations.content"),
        ):
            response = stranger.get(f"/video/generations/{task_id}{suffix}")
            error = refused(response, 404, "not_found", op)
            assert error["details"]["id"] == task_id


def test_sandbox_fail_makes_the_task_fail(owner: httpx.Client) -> None:
    task = create(owner, prompt="A storm over the sea sandbox:fail", resolution="480p", duration=1)
    views = [task, *poll(owner, [task["id"]])[task["id"]]]
    assert_moves_forward(views)
    last = views[-1]
    assert last["status"] == "failed"
    assert last["error"]["code"] == "generation_failed" and last["error"]["message"]
    assert last["result"] is None
    assert last["completed_at"] is not None
    assert 0 < last["progress"] < 100
    path = f"/video/generations/{task['id']}/content"
    error = refused(owner.get(path), 409, "task_not_ready", "video.generations.content")
    assert error["details"]["status"] == "failed"
    _, events = _stream(owner, task["id"])
    assert [event["event"] for event in events] == ["status", "done"]
    assert events[0]["data"]["status"] == "failed"
