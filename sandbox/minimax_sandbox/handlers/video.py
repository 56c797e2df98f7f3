"""/v1/video/generations: tasks that render a real MP4 over time, polled or streamed."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import AsyncIterator
from typing import Any

import orjson

from minimax_sandbox import signing, tasks
from minimax_sandbox.call import Call, Download, Reply, Stream, sse
from minimax_sandbox.clock import iso
from minimax_sandbox.engine import video as engine
from minimax_sandbox.errors import ApiError, not_found
from minimax_sandbox.handlers.common import find_file, require_model
from minimax_sandbox.ids import new_id
from minimax_sandbox.settings import Settings

KIND = "video"
KEEP_ALIVE_SECONDS = 15.0


async def create(call: Call) -> Reply:
    body = {**call.endpoint.defaults, **call.body}  # the spec's defaults, then what was sent
    model = require_model(call, body["model"], "video")
    reference = body.get("reference_image_file_id")
    if reference is not None:
        find_file(call, reference, "reference_image_file_id", "video-reference")
    request = {
        "model": model["id"],
        "prompt": body["prompt"],
        "reference_image_file_id": reference,
        "resolution": body["resolution"],
        "aspect_ratio": body["aspect_ratio"],
        "duration": body["duration"],
    }
    assert call.key is not None
    settings = call.sandbox.settings
    row = tasks.schedule(
        call.sandbox.conn,
        task_id=new_id("vid_"),
        kind=KIND,
        account=call.key.account,
        request=request,
        queue_seconds=settings.queue_seconds,
        work_seconds=settings.video_seconds,
        fail="fail" in call.triggers,
    )
    return Reply(_view(call, row, time.time()), status=202, model=model["id"])


async def retrieve(call: Call) -> Reply:
    row = _task(call)
    view = _view(call, row, time.time())
    return Reply(view, model=view["model"])


async def events(call: Call) -> Stream:
    row = _task(call)
    return Stream(live=_status_stream(call, row["id"]))


async def content(call: Call) -> Download:
    row = _task(call)
    status = tasks.progress(row, time.time()).status
    if status != "succeeded":
        raise ApiError(
            "task_not_ready",
            f"The task is '{status}'; its video can be downloaded once it has succeeded.",
            {"status": status},
        )
    return Download(call.sandbox.settings.videos_dir / f"{row['id']}.mp4", "video/mp4")


def _task(call: Call) -> sqlite3.Row:
    task_id = call.params["task_id"]
    row = tasks.get(call.sandbox.conn, task_id, KIND, call.account)
    if row is None:
        raise not_found("video generation task", task_id)
    return row


def _view(call: Call, row: sqlite3.Row, now: float) -> dict[str, Any]:
    """The task as the spec's `VideoGeneration`."""
    request = orjson.loads(row["request"])
    state = tasks.progress(row, now)
    result, error = None, None
    if state.status == "succeeded":
        made = orjson.loads(row["result"])
        url, expires_at = signing.signed_url(
            call.sandbox.secret,
            call.base_url,
            f"/v1/video/generations/{row['id']}/content",
            call.sandbox.settings.url_ttl_seconds,
        )
        result = {
            "download_url": url,
            "download_url_expires_at": expires_at,
            "content_type": "video/mp4",
            **made,
        }
    elif state.status == "failed":
        error = {
            "code": "generation_failed",
            "message": "The renderer failed half-way (sandbox:fail). Submit the task again.",
        }
    return {
        "id": row["id"],
        "object": "video.generation",
        **request,
        "status": state.status,
        "progress": state.progress,
        "created_at": iso(row["created_at"]),
        "updated_at": iso(state.updated_at),
        "completed_at": iso(state.completed_at) if state.completed_at else None,
        "result": result,
        "error": error,
    }


async def _status_stream(call: Call, task_id: str) -> AsyncIterator[bytes]:
    """A status frame whenever the status or progress changes, then the ending frame."""
    events = call.endpoint.events
    assert events is not None  # the operation streams
    terminal = call.sandbox.api.terminal_statuses
    last: tuple[str, int] | None = None
    quiet_since = time.monotonic()
    while True:
        row = tasks.get(call.sandbox.conn, task_id, KIND, None)
        assert row is not None
        view = _view(call, row, time.time())
        if (view["status"], view["progress"]) != last:
            last = (view["status"], view["progress"])
            quiet_since = time.monotonic()
            yield sse(events.item, view)
            if view["status"] in terminal:
                meta = {"request_id": call.request_id, "model": view["model"]}
                yield sse(events.done, {"meta": meta})
                return
        elif time.monotonic() - quiet_since > KEEP_ALIVE_SECONDS:
            quiet_since = time.monotonic()
            yield b": keep-alive\n\n"
        await asyncio.sleep(tasks.POLL_SECONDS)


def finish(
    settings: Settings, conn: sqlite3.Connection, row: sqlite3.Row
) -> tuple[str, dict[str, Any]]:
    """Render the video of a task whose time is up (or record its triggered failure)."""
    if row["fail_at"] is not None:
        return "failed", {}
    request = orjson.loads(row["request"])
    width, height = engine.DIMENSIONS[(request["resolution"], request["aspect_ratio"])]
    size = engine.render_mp4(
        settings.videos_dir / f"{row['id']}.mp4",
        prompt=request["prompt"],
        width=width,
        height=height,
        duration=request["duration"],
    )
    return "succeeded", {
        "width": width,
        "height": height,
        "duration": request["duration"],
        "frames_per_second": engine.FRAMES_PER_SECOND,
        "bytes": size,
    }
