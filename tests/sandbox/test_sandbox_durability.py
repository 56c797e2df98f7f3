"""Durability through a real sandbox: killed mid-task (no clean shutdown) and started again on
the same data dir, it keeps its keys, files, idempotency records and running tasks."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from minimax_sandbox import store
from minimax_sandbox.engine.video import FRAMES_PER_SECOND, probe
from minimax_sandbox.testing import FAST, Server, conforms

TRAINING = (
    b'{"messages": [{"role": "user", "content": "Hi"},'
    b' {"role": "assistant", "content": "Hello"}]}\n'
    b'{"messages": [{"role": "user", "content": "Bye"},'
    b' {"role": "assistant", "content": "Bye!"}]}\n'
)
VIDEO = {
    "prompt": "a lighthouse at dusk",
    "duration": 1,
    "resolution": "480p",
    "aspect_ratio": "16:9",
}


def poll(
    client: httpx.Client,
    path: str,
    operation_id: str,
    until: Callable[[dict], bool],
    timeout: float = 30,
) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while True:
        data = conforms(client.get(path), operation_id)["data"]
        if until(data):
            return data
        assert time.monotonic() < deadline, f"{path} stayed {data['status']}"
        time.sleep(0.1)


def kill_and_restart_mid_task(running: Server, tmp_path: Path) -> None:
    default_key = running.key
    secret = running.new_key(name="durable")
    idem = {"Idempotency-Key": str(uuid.uuid4())}
    with running.client(secret) as client:
        uploaded = client.post(
            "/files",
            data={"purpose": "fine-tune"},
            files={"file": ("train.jsonl", TRAINING, "application/jsonl")},
        )
        assert uploaded.status_code == 201, uploaded.text
        file = conforms(uploaded, "files.create")["data"]
        tuning = client.post(
            "/fine-tunes",
            json={"model": "minimax-chat-v2", "training_file": file["id"], "suffix": "durable"},
        )
        assert tuning.status_code == 202, tuning.text
        job = conforms(tuning, "fine_tunes.create")["data"]
        created = client.post("/video/generations", json=VIDEO, headers=idem)
        assert created.status_code == 202, created.text
        task = conforms(created, "video.generations.create")["data"]
        before = poll(
            client,
            f"/video/generations/{task['id']}",
            "video.generations.retrieve",
            lambda data: data["status"] != "queued",
        )
        assert before["status"] == "processing"

    running.kill()  # mid-task: the video is still processing and nothing is finished
    conn = store.open_database(running.data_dir / "sandbox.sqlite3")
    try:
        states = dict(conn.execute("SELECT id, state FROM tasks").fetchall())
    finally:
        conn.close()
    assert states == {task["id"]: "pending", job["id"]: "pending"}
    running.start()
    assert running.key == default_key

    with running.client(secret) as client:
        assert conforms(client.get("/models"), "models.list")["data"]
        kept = conforms(client.get(f"/files/{file['id']}"), "files.retrieve")["data"]
        assert {k: kept[k] for k in ("id", "bytes", "sha256", "purpose")} == {
            k: file[k] for k in ("id", "bytes", "sha256", "purpose")
        }
        content = client.get(f"/files/{file['id']}/content")
        assert content.status_code == 200
        assert conforms(content, "files.content") == TRAINING

        replay = client.post("/video/generations", json=VIDEO, headers=idem)
        conforms(replay, "video.generations.create")
        assert replay.status_code == 202
        assert replay.content == created.content
        assert replay.headers["Idempotent-Replayed"] == "true"
        assert replay.headers["X-Request-Id"] == created.headers["X-Request-Id"]

        path = f"/video/generations/{task['id']}"
        done = poll(
            client,
            path,
            "video.generations.retrieve",
            lambda data: data["status"] in ("succeeded", "failed"),
        )
        assert done["status"] == "succeeded", done
        assert done["progress"] == 100 and done["error"] is None
        video = client.get(path + "/content")
        assert video.status_code == 200
        assert video.headers["content-type"].startswith("video/mp4")
        mp4 = tmp_path / f"{task['id']}.mp4"
        mp4.write_bytes(conforms(video, "video.generations.content"))
        info = probe(mp4)
        assert info["codec"] == "h264"
        assert (info["width"], info["height"]) == (854, 480)
        assert info["frames"] == VIDEO["duration"] * FRAMES_PER_SECOND
        assert done["result"]["bytes"] == len(video.content)
        # The signed URL works too, without the key.
        assert httpx.get(done["result"]["download_url"], timeout=30).content == video.content

        trained = poll(
            client,
            f"/fine-tunes/{job['id']}",
            "fine_tunes.retrieve",
            lambda data: data["status"] in ("succeeded", "failed"),
        )
        assert trained["status"] == "succeeded", trained
        model = trained["fine_tuned_model"]
        assert model and model.startswith("ft:minimax-chat-v2:durable:")
        listed = {m["id"] for m in conforms(client.get("/models"), "models.list")["data"]}
        assert model in listed
        chat = client.post(
            "/chat/completions",
            json={"model": model, "messages": [{"role": "user", "content": "Hi"}]},
        )
        assert conforms(chat, "chat.completions.create")["meta"]["model"] == model


def test_a_killed_server_restarts_with_its_state_and_finishes_its_tasks(
    fresh_server: Callable[..., Server], tmp_path: Path
) -> None:
    timings = {**FAST, "queue_seconds": 0.2, "video_seconds": 4.0, "fine_tune_seconds": 4.0}
    kill_and_restart_mid_task(fresh_server(timings=timings), tmp_path)


@pytest.mark.parametrize("workers", [2])
def test_a_killed_multi_worker_server_restarts_likewise(
    fresh_server: Callable[..., Server], tmp_path: Path, workers: int
) -> None:
    timings = {**FAST, "queue_seconds": 0.2, "video_seconds": 2.5, "fine_tune_seconds": 2.5}
    kill_and_restart_mid_task(fresh_server(timings=timings, workers=workers), tmp_path)
