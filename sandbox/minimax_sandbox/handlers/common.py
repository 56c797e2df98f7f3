"""Small helpers shared by handlers: ids, and finding models and files for an account."""

from __future__ import annotations

import sqlite3
from typing import Any

from minimax_sandbox.call import Call
from minimax_sandbox.catalogue import model_not_found, models_of
from minimax_sandbox.errors import invalid


def account_models(call: Call) -> dict[str, dict[str, Any]]:
    """The catalogue and the account's fine-tuned models (cached until the database changes)."""
    assert call.key is not None
    conn, account = call.sandbox.conn, call.key.account
    return call.sandbox.cache.get(("models", account), lambda: models_of(conn, account))


def require_model(call: Call, model_id: str, capability: str) -> dict[str, Any]:
    """The model a request names, if it exists for the account and can do the job (the
    pipeline has already refused models outside the key's list)."""
    assert call.key is not None
    model = account_models(call).get(model_id)
    if model is None:
        raise model_not_found(model_id)
    if capability not in model["capabilities"]:
        raise invalid(f"The model '{model_id}' cannot do {capability}.", "model")
    return model


def find_file(call: Call, file_id: str, field: str, purpose: str) -> sqlite3.Row:
    """A file of the caller's account named in a request body, uploaded for `purpose`."""
    row = call.sandbox.conn.execute(
        "SELECT * FROM files WHERE id = ? AND account = ?", (file_id, call.account)
    ).fetchone()
    if row is None:
        raise invalid(f"No file '{file_id}' exists for this account.", field)
    if row["purpose"] != purpose:
        raise invalid(
            f"The file '{file_id}' was uploaded for '{row['purpose']}'; this needs a file"
            f" uploaded for '{purpose}'.",
            field,
        )
    assert isinstance(row, sqlite3.Row)
    return row
