"""The models every sandbox account can use. Shapes follow the spec's `Model` schema (a test
validates each entry against it); fine-tuned models are added per account as jobs succeed.
Keys (a key limited to some models) and the handlers both look models up here."""

from __future__ import annotations

import sqlite3
from typing import Any

from minimax_sandbox.clock import iso
from minimax_sandbox.errors import ApiError

MODELS: dict[str, dict[str, Any]] = {
    "minimax-chat-v2": {
        "id": "minimax-chat-v2",
        "object": "model",
        "owned_by": "minimax",
        "created_at": "2026-03-01T00:00:00Z",
        "capabilities": ["chat", "vision", "fine_tuning"],
        "context_window": 32768,
        "max_output_tokens": 8192,
        "embedding_dimension": None,
        "pricing": {
            "currency": "USD",
            "input_per_token": 0.000002,
            "output_per_token": 0.000006,
            "per_video_second": None,
        },
        "deprecation": None,
    },
    "minimax-chat-v1": {
        "id": "minimax-chat-v1",
        "object": "model",
        "owned_by": "minimax",
        "created_at": "2025-06-01T00:00:00Z",
        "capabilities": ["chat"],
        "context_window": 8192,
        "max_output_tokens": 4096,
        "embedding_dimension": None,
        "pricing": {
            "currency": "USD",
            "input_per_token": 0.000001,
            "output_per_token": 0.000003,
            "per_video_second": None,
        },
        "deprecation": {
            "deprecated_at": "2026-09-01",
            "shutdown_at": "2027-03-01",
            "replacement": "minimax-chat-v2",
            "migration_guide": "https://api.minimax.gr.com/docs/migrations/minimax-chat-v1",
        },
    },
    "minimax-embed-v1": {
        "id": "minimax-embed-v1",
        "object": "model",
        "owned_by": "minimax",
        "created_at": "2026-01-15T00:00:00Z",
        "capabilities": ["embeddings"],
        "context_window": 8192,
        "max_output_tokens": None,
        "embedding_dimension": 1536,
        "pricing": {
            "currency": "USD",
            "input_per_token": 0.0000001,
            "output_per_token": 0,
            "per_video_second": None,
        },
        "deprecation": None,
    },
    "minimax-video-v1": {
        "id": "minimax-video-v1",
        "object": "model",
        "owned_by": "minimax",
        "created_at": "2026-05-20T00:00:00Z",
        "capabilities": ["video"],
        "context_window": 2048,
        "max_output_tokens": None,
        "embedding_dimension": None,
        "pricing": {
            "currency": "USD",
            "input_per_token": 0,
            "output_per_token": 0,
            "per_video_second": 0.05,
        },
        "deprecation": None,
    },
}


def models_of(conn: sqlite3.Connection, account: str) -> dict[str, dict[str, Any]]:
    """The catalogue and the account's fine-tuned models, by id."""
    rows = conn.execute(
        "SELECT * FROM fine_tuned_models WHERE account = ? ORDER BY created_at, id", (account,)
    ).fetchall()
    return {**MODELS, **{row["id"]: fine_tuned_model(row) for row in rows}}


def fine_tuned_model(row: sqlite3.Row) -> dict[str, Any]:
    """A fine-tuned model: its base's metadata, owned by the account, for chat only."""
    return {
        **MODELS[row["base"]],
        "id": row["id"],
        "owned_by": row["account"],
        "created_at": iso(row["created_at"]),
        "capabilities": ["chat"],
        "deprecation": None,
    }


def model_not_found(model_id: str) -> ApiError:
    return ApiError(
        "model_not_found",
        f"The model '{model_id}' does not exist. List models with GET /v1/models.",
        {"model": model_id},
    )
