"""The models every sandbox account can use. Shapes follow the spec's `Model` schema (a test
validates each entry against it); fine-tuned models are added per account as jobs succeed."""

from __future__ import annotations

from typing import Any

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
