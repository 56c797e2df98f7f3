"""What a process killed mid-work leaves behind is cleaned up as soon as it is known to be dead,
and only what no living process owns: the temporary file of a render killed half-way, the
claim on a task it was finishing (taken over at once, not after a timeout), and the claim on
an Idempotency-Key whose request it was answering (a retry is served, not refused with 409).

The processes are really killed (SIGKILL, in the middle of the work: `crashing_app`), with
one worker and with several; the unit tests below check the leases that tell a dead owner
from a living one.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from minimax_sandbox import idempotency, store, tasks
from minimax_sandbox.errors import ApiError
from minimax_sandbox.settings import Settings
from minimax_sandbox.testing import FAST, Server, conforms

REPO = Path(__file__).resolve().parents[2]
CRASHING = "tests.sandbox.crashing_app:create_app"
VIDEO = {"prompt": "a heron", "duration": 1, "resolution": "480p", "aspect_ratio": "1:1"}
TIMINGS = {**FAST, "queue_seconds": 0.1, "video_seconds": 0.4}
# Well under the timeouts the sandbox used to wait out (60 s for a task, 120 s for a key).
PROMPTLY = 15.0


@pytest.fixture
def crashing(tmp_path: Path) -> Iterator[Any]:
    made: list[Server] = []

    def make(workers: int) -> Server:
        path = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
        server = Server(
            tmp_path / f"data{len(made)}",
            workers=workers,
            timings=dict(TIMINGS),
            app=CRASHING,
            env={"PYTHONPATH": path},
        )
        made.append(server)
        return server.start()

    yield make
    for server in made:
        if server.process is not None and server.process.poll() is not None:
            server.process = None  # died as the test meant it to
        server.stop()


def arm(server: Server, marker: str) -> None:
    (server.data_dir / marker).touch()


def died(server: Server) -> None:
    """Wait for the (single-process) server to have been killed by its own crash."""
    assert server.process is not None
    server.process.wait(timeout=60)
    server.process = None


def rows(server: Server, query: str, *args: Any) -> list[sqlite3.Row]:
    conn = store.open_database(server.data_dir / "sandbox.sqlite3")
    try:
        return conn.execute(query, args).fetchall()
    finally:
        conn.close()


def wait_for(condition: Any, what: str, timeout: float = PROMPTLY) -> float:
    started = time.monotonic()
    while not condition():
        assert time.monotonic() - started < timeout, f"{what}: still not after {timeout} s"
        time.sleep(0.05)
    return time.monotonic() - started


def succeeded(client: httpx.Client, task_id: str) -> bool:
    try:
        response = client.get(f"/video/generations/{task_id}")
    except httpx.TransportError:
        return False  # a kept-alive connection to the killed worker: the next one is new
    view = conforms(response, "video.generations.retrieve")
    assert view["data"]["status"] != "failed", view
    return bool(view["data"]["status"] == "succeeded")


@pytest.mark.parametrize("workers", [1, 2])
def test_a_render_killed_half_way_is_taken_over_at_once_and_its_file_removed(
    crashing: Any, workers: int
) -> None:
    server: Server = crashing(workers)
    videos = server.data_dir / "videos"
    arm(server, "crash-render")
    key = server.new_key()
    with server.client(key) as client:
        created = client.post("/video/generations", json=VIDEO)
        assert created.status_code == 202, created.text
        task_id = created.json()["data"]["id"]
        wait_for(lambda: not (server.data_dir / "crash-render").exists(), "the render crash")
        if workers == 1:
            died(server)
            [task] = rows(server, "SELECT state, claimed_at FROM tasks WHERE id = ?", task_id)
            assert task["state"] == "pending" and task["claimed_at"] is not None
            leftovers = list(videos.glob(".*.part"))
            assert [p.name.split(".")[1] for p in leftovers] == [task_id], leftovers
            server.start()  # the same crashing app: its one crash is spent
            # Swept before the restarted server answered its first request (the task's new
            # render may have a temporary file of its own by now).
            assert not leftovers[0].exists()
        # One worker was killed; the other (or its replacement) takes the task over at once.
        wait_for(lambda: succeeded(client, task_id), "the task to be finished again")
        assert (videos / f"{task_id}.mp4").stat().st_size > 4096
        wait_for(lambda: not list(videos.glob(".*.part")), "the killed render's file to go")


@pytest.mark.parametrize("workers", [1, 2])
def test_a_retry_of_a_request_in_flight_at_a_crash_is_served_at_once(
    crashing: Any, workers: int
) -> None:
    server: Server = crashing(workers)
    key = server.new_key(tier="enterprise", enterprise_rpm=10**6)
    idem = {"Idempotency-Key": str(uuid.uuid4())}
    body = {"model": "minimax-embed-v1", "input": "the request a crash interrupts"}
    arm(server, "crash-request")
    with server.client(key) as client:
        with pytest.raises(httpx.TransportError):
            client.post("/embeddings", json=body, headers=idem)
    claims = rows(
        server, "SELECT state FROM idempotency WHERE idempotency_key = ?", idem["Idempotency-Key"]
    )
    assert [row["state"] for row in claims] == ["in_flight"]  # what the crash left
    if workers == 1:
        died(server)
        server.start()
    # else: the other worker is alive and serving; uvicorn replaces the killed one.
    with server.client(key) as client:
        retry = client.post("/embeddings", json=body, headers=idem)
        assert retry.status_code == 200, retry.text
        assert "Idempotent-Replayed" not in retry.headers  # done now, not replayed
        conforms(retry, "embeddings.create")
        replay = client.post("/embeddings", json=body, headers=idem)
        assert replay.headers["Idempotent-Replayed"] == "true"
        assert replay.content == retry.content


# --- leases: a dead owner told from a living one -------------------------------------------


def dead_lease(data_dir: Path) -> str:
    """The id of a lease whose process was killed (SIGKILL) while holding it."""
    code = (
        "import os, signal, sys; from pathlib import Path;"
        " from minimax_sandbox.store import Lease;"
        " lease = Lease(Path(sys.argv[1])); print(lease.id, flush=True);"
        " os.kill(os.getpid(), signal.SIGKILL)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(data_dir)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == -signal.SIGKILL, done.stderr
    return done.stdout.strip()


def test_a_lease_is_alive_exactly_while_its_process_holds_it(tmp_path: Path) -> None:
    mine, other = store.Lease(tmp_path), store.Lease(tmp_path)
    dead = dead_lease(tmp_path)
    assert (tmp_path / "owners" / f"{dead}.lock").exists()  # the killed process left its file
    for checker in (mine, other):
        assert checker.alive(mine.id) and checker.alive(other.id)
        assert not checker.alive(dead)
        assert not checker.alive(None) and not checker.alive("not-an-owner")
    assert mine.others() == [other.id]
    mine.sweep()  # the dead lease's file goes; the living ones stay
    assert not (tmp_path / "owners" / f"{dead}.lock").exists()
    assert mine.alive(other.id)
    other.close()
    assert not mine.alive(other.id)
    assert mine.others() == []
    mine.close()


def test_idempotency_claims_are_taken_over_from_dead_owners_only(tmp_path: Path) -> None:
    conn = store.open_database(tmp_path / "sandbox.sqlite3")
    mine, living = store.Lease(tmp_path), store.Lease(tmp_path)
    dead = dead_lease(tmp_path)
    now = time.time()
    for idem_key, owner in (("live", living.id), ("dead", dead), ("legacy", None)):
        conn.execute(
            "INSERT INTO idempotency (key_id, idempotency_key, fingerprint, state, created_at,"
            " owner) VALUES ('key_1', ?, 'same', 'in_flight', ?, ?)",
            (idem_key, now, owner),
        )
    with pytest.raises(ApiError) as refused:
        idempotency.claim(conn, "key_1", "live", "same", now, mine)
    assert refused.value.code == "idempotency_key_in_use"
    assert idempotency.claim(conn, "key_1", "dead", "same", now, mine) is None  # taken over
    [row] = conn.execute("SELECT owner FROM idempotency WHERE idempotency_key = 'dead'")
    assert row["owner"] == mine.id
    assert idempotency.release_abandoned(conn, mine) == 1  # the legacy claim: no owner
    left = {r["idempotency_key"] for r in conn.execute("SELECT * FROM idempotency")}
    assert left == {"live", "dead"}


def schedule(conn: sqlite3.Connection, task_id: str) -> None:
    tasks.schedule(
        conn,
        task_id=task_id,
        kind="test",
        account="acct",
        request={},
        queue_seconds=0,
        work_seconds=0,
        fail=False,
    )


def test_a_task_claimed_by_a_dead_owner_is_finished_at_once_and_a_living_ones_is_not(
    tmp_path: Path,
) -> None:
    settings = Settings(data_dir=tmp_path)
    conn = store.open_database(settings.database)
    mine, living = store.Lease(tmp_path), store.Lease(tmp_path)
    dead = dead_lease(tmp_path)
    now = time.time()
    for task_id, owner in (("t_live", living.id), ("t_dead", dead), ("t_legacy", None)):
        schedule(conn, task_id)
        conn.execute(
            "UPDATE tasks SET claimed_at = ?, claimed_by = ? WHERE id = ?", (now, owner, task_id)
        )
    done: list[str] = []

    def finisher(settings: Settings, conn: sqlite3.Connection, row: sqlite3.Row) -> Any:
        done.append(row["id"])
        return "succeeded", {}

    assert tasks.finish_due(settings, conn, {"test": finisher}, mine) == 2
    assert sorted(done) == ["t_dead", "t_legacy"]
    states = dict(conn.execute("SELECT id, state FROM tasks").fetchall())
    assert states == {"t_live": "pending", "t_dead": "succeeded", "t_legacy": "succeeded"}
    living.close()  # ends without finishing: the next round takes its task
    assert tasks.finish_due(settings, conn, {"test": finisher}, mine) == 1
    assert done[-1] == "t_live"


def test_only_the_files_of_renders_no_living_process_runs_are_swept(tmp_path: Path) -> None:
    conn = store.open_database(tmp_path / "sandbox.sqlite3")
    mine, living = store.Lease(tmp_path), store.Lease(tmp_path)
    dead = dead_lease(tmp_path)
    videos = tmp_path / "videos"
    videos.mkdir()
    now = time.time()
    claims = {"t_live": living.id, "t_dead": dead, "t_done": living.id, "t_none": None}
    for task_id, owner in claims.items():
        schedule(conn, task_id)
        claimed_at = now if owner else None
        conn.execute(
            "UPDATE tasks SET claimed_at = ?, claimed_by = ? WHERE id = ?",
            (claimed_at, owner, task_id),
        )
    conn.execute("UPDATE tasks SET state = 'succeeded' WHERE id = 't_done'")

    def part(task_id: str, tag: str, age: float = 0.0) -> Path:
        path = videos / f".{task_id}.mp4.{tag}.part"
        path.write_bytes(b"half")
        os.utime(path, (now - age, now - age))
        return path

    running = part("t_live", "running")
    stale = part("t_live", "before-the-claim", age=30)  # left by an earlier, dead claimant
    gone = [part("t_dead", "a"), part("t_done", "b"), part("t_none", "c"), part("t_x", "d")]
    unrelated = videos / "t_live.mp4"  # a finished video is no temporary file
    unrelated.write_bytes(b"video")
    assert tasks.sweep_partial_files(videos, conn, mine) == 5
    assert running.exists() and unrelated.exists()
    assert not stale.exists() and not any(path.exists() for path in gone)


def test_an_older_data_dir_gains_the_owner_columns(tmp_path: Path) -> None:
    database = tmp_path / "sandbox.sqlite3"
    old = sqlite3.connect(database)
    old.executescript(
        store.SCHEMA.replace("    owner TEXT,\n", "").replace("    claimed_by TEXT,\n", "")
    )
    old.close()
    conn = store.open_database(database)
    assert "owner" in {r["name"] for r in conn.execute("PRAGMA table_info(idempotency)")}
    assert "claimed_by" in {r["name"] for r in conn.execute("PRAGMA table_info(tasks)")}
    store.open_database(database).close()  # and opening it again changes nothing
