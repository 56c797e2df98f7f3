"""/v1/files: multipart uploads checked against their bytes, with signed download URLs."""

from __future__ import annotations

import asyncio
import hashlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from starlette.datastructures import UploadFile

from minimax_sandbox import signing
from minimax_sandbox.call import Call, Download, Reply
from minimax_sandbox.clock import now_iso
from minimax_sandbox.engine import offload, sniff
from minimax_sandbox.errors import ApiError, invalid, not_found
from minimax_sandbox.ids import new_id
from minimax_sandbox.state import Sandbox

# Declared part types that say nothing about the bytes, and other names for JSON Lines.
_VAGUE = {"", "application/octet-stream"}
_ALIASES = {
    "application/x-ndjson": "application/jsonl",
    "application/json-lines": "application/jsonl",
    "text/jsonl": "application/jsonl",
}


async def create(call: Call) -> Reply:
    upload, purpose = call.body["file"], call.body["purpose"]
    if not isinstance(upload, UploadFile):
        raise invalid("'file' must be a file part (with a filename), not a plain field.", "file")
    data = await upload.read()
    try:
        # Off the event loop: checking 100 MiB of training data takes seconds.
        detected = await offload.run(sniff.detect, purpose, data, message_check(call.sandbox))
    except sniff.RejectedUpload as error:
        raise invalid(str(error), "file") from None
    declared = (upload.content_type or "").split(";")[0].strip().lower()
    if declared not in _VAGUE and _ALIASES.get(declared, declared) != detected:
        raise invalid(
            f"The file part is declared as '{declared}', but its bytes are '{detected}'.", "file"
        )
    assert call.key is not None
    file_id = new_id("file_")
    # I/O, and hashing that releases the GIL: a plain thread, not the CPU pool's turn.
    sha256 = await asyncio.to_thread(_store, data, call.sandbox.settings.files_dir / file_id)
    call.sandbox.conn.execute(
        "INSERT INTO files (id, account, filename, purpose, content_type, bytes, sha256,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            file_id,
            call.key.account,
            upload.filename or "upload",
            purpose,
            detected,
            len(data),
            sha256,
            now_iso(),
        ),
    )
    return Reply(_view(call, _file(call, file_id)), status=201)


def _store(data: bytes, path: Path) -> str:
    """Write the file (whole before it takes its name) and return its SHA-256 in hex."""
    partial = path.with_suffix(".part")
    partial.write_bytes(data)
    os.replace(partial, path)  # the row never points at a half-written file
    return hashlib.sha256(data).hexdigest()


def message_check(sandbox: Sandbox) -> Callable[[Any], list[str]]:
    """The problems of one chat message of a training file, none when it is valid."""
    spec = sandbox.chat_message

    def problems(message: Any) -> list[str]:
        try:
            spec.check(message)
        except ApiError as error:
            return [error.message]
        return []

    return problems


async def retrieve(call: Call) -> Reply:
    return Reply(_view(call, _file(call, call.params["file_id"])))


async def content(call: Call) -> Download:
    row = _file(call, call.params["file_id"])
    path = call.sandbox.settings.files_dir / row["id"]
    return Download(path, row["content_type"], row["filename"])


def _file(call: Call, file_id: str) -> sqlite3.Row:
    query = "SELECT * FROM files WHERE id = ?"
    args: tuple[str, ...] = (file_id,)
    if call.account is not None:  # None: a signed URL, which names the file itself
        query, args = query + " AND account = ?", (file_id, call.account)
    row = call.sandbox.conn.execute(query, args).fetchone()
    if row is None:
        raise not_found("file", file_id)
    assert isinstance(row, sqlite3.Row)
    return row


def _view(call: Call, row: sqlite3.Row) -> dict[str, Any]:
    url, expires_at = signing.signed_url(
        call.sandbox.secret,
        call.base_url,
        f"/v1/files/{row['id']}/content",
        call.sandbox.settings.url_ttl_seconds,
    )
    return {
        "id": row["id"],
        "object": "file",
        "filename": row["filename"],
        "purpose": row["purpose"],
        "content_type": row["content_type"],
        "bytes": row["bytes"],
        "sha256": row["sha256"],
        "created_at": row["created_at"],
        "download_url": url,
        "download_url_expires_at": expires_at,
    }
