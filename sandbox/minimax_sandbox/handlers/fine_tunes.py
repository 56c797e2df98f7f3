"""/v1/fine-tunes: jobs that train over time and then add a model to the account."""

from __future__ import annotations

import sqlite3
import time
from typing import Any

import orjson

from minimax_sandbox import tasks
from minimax_sandbox.call import Call, Reply
from minimax_sandbox.clock import iso
from minimax_sandbox.engine import offload, tokens
from minimax_sandbox.errors import not_found
from minimax_sandbox.handlers.common import find_file, require_model
from minimax_sandbox.ids import new_id
from minimax_sandbox.settings import Settings
from minimax_sandbox.store import cached_rows_changed

KIND = "fine_tune"


async def create(call: Call) -> Reply:
    body = call.body
    model = require_model(call, body["model"], "fine_tuning")
    training = find_file(call, body["training_file"], "training_file", "fine-tune")
    defaults = call.endpoint.defaults["hyperparameters"]  # the spec's, per field
    hyperparameters = {**defaults, **body.get("hyperparameters", {})}
    # Off the event loop: a training file may be 100 MiB.
    path = call.sandbox.settings.files_dir / training["id"]
    counted = await offload.run(tokens.count_file, path)
    request = {
        "model": model["id"],
        "training_file": training["id"],
        "hyperparameters": hyperparameters,
        "suffix": body.get("suffix"),
        "trained_tokens": counted * hyperparameters["n_epochs"],
    }
    assert call.key is not None
    settings = call.sandbox.settings
    row = tasks.schedule(
        call.sandbox.conn,
        task_id=new_id("ft_"),
        kind=KIND,
        account=call.key.account,
        request=request,
        queue_seconds=settings.queue_seconds,
        work_seconds=settings.fine_tune_seconds,
        fail="fail" in call.triggers,
    )
    return Reply(_view(row, time.time()), status=202, model=model["id"])


async def retrieve(call: Call) -> Reply:
    job_id = call.params["fine_tune_id"]
    row = tasks.get(call.sandbox.conn, job_id, KIND, call.account)
    if row is None:
        raise not_found("fine-tuning job", job_id)
    view = _view(row, time.time())
    return Reply(view, model=view["model"])


def _view(row: sqlite3.Row, now: float) -> dict[str, Any]:
    """The job as the spec's `FineTune`."""
    request = orjson.loads(row["request"])
    state = tasks.progress(row, now)
    result = orjson.loads(row["result"]) if state.status == "succeeded" else {}
    error = None
    if state.status == "failed":
        error = {
            "code": "training_failed",
            "message": "Training diverged half-way (sandbox-fail). Start a new job.",
        }
    return {
        "id": row["id"],
        "object": "fine_tune",
        "model": request["model"],
        "training_file": request["training_file"],
        "hyperparameters": request["hyperparameters"],
        "suffix": request["suffix"],
        "status": state.status,
        "progress": state.progress,
        "fine_tuned_model": result.get("fine_tuned_model"),
        "trained_tokens": result.get("trained_tokens"),
        "created_at": iso(row["created_at"]),
        "updated_at": iso(state.updated_at),
        "completed_at": iso(state.completed_at) if state.completed_at else None,
        "error": error,
    }


def finish(
    settings: Settings, conn: sqlite3.Connection, row: sqlite3.Row
) -> tuple[str, dict[str, Any]]:
    """Register the trained model with the account (or record the triggered failure)."""
    if row["fail_at"] is not None:
        return "failed", {}
    request = orjson.loads(row["request"])
    model_id = f"ft:{request['model']}:{request['suffix'] or 'custom'}:{row['id'][3:11]}"
    conn.execute(
        "INSERT OR IGNORE INTO fine_tuned_models (id, account, base, job_id, created_at)"
        " VALUES (?, ?, ?, ?, ?)",
        (model_id, row["account"], request["model"], row["id"], time.time()),
    )
    cached_rows_changed(conn)  # before the job shows succeeded, so the model is listed
    return "succeeded", {"fine_tuned_model": model_id, "trained_tokens": request["trained_tokens"]}
