"""The request bodies shown in the published API overview are accepted by the spec, and
broken ones are not.

Paths are relative to the server URL https://api.minimax.gr.com/v1, so the overview's
/v1/chat/completions is /chat/completions here.
"""

from typing import Any

import pytest

from minimax_openapi.model import Api

# Verbatim from the overview: the curl snippets' -d bodies, and the body of the SDK snippet
# `client.chat.completions.create(...)`.
OVERVIEW_BODIES = {
    "curl chat completion": (
        "POST /chat/completions",
        {
            "model": "minimax-chat-v2",
            "messages": [{"role": "user", "content": "Explain REST APIs in one paragraph."}],
        },
    ),
    "curl embeddings": (
        "POST /embeddings",
        {
            "model": "minimax-embed-v1",
            "input": ["MiniMax provides powerful AI tools for developers."],
        },
    ),
    "curl video generation": (
        "POST /video/generations",
        {
            "prompt": "A golden retriever running through a field of sunflowers at golden hour",
            "duration": 5,
        },
    ),
    "SDK chat snippet": (
        "POST /chat/completions",
        {"model": "minimax-chat-v2", "messages": [{"role": "user", "content": "Hello"}]},
    ),
}

# Near-copies that break one documented rule each, to show the check can fail.
BAD_BODIES = {
    "chat role 'robot'": (
        "POST /chat/completions",
        {"model": "minimax-chat-v2", "messages": [{"role": "robot", "content": "Hello"}]},
    ),
    "embeddings with 2049 inputs (the overview allows 2,048)": (
        "POST /embeddings",
        {"model": "minimax-embed-v1", "input": ["text"] * 2049},
    ),
    "video without prompt": ("POST /video/generations", {"duration": 5}),
}


def _request_schema(api: Api, label: str) -> Any:
    method, path = label.split(" ", 1)
    body = api.operation_at(method, path).body
    assert body is not None, f"{label} takes no body"
    return body.media.schema


@pytest.mark.parametrize(("label", "body"), OVERVIEW_BODIES.values(), ids=OVERVIEW_BODIES.keys())
def test_overview_body_is_valid(api: Api, label: str, body: dict[str, Any]) -> None:
    errors = api.validation_errors(_request_schema(api, label), body)
    assert errors == [], "\n".join(errors)


@pytest.mark.parametrize(("label", "body"), BAD_BODIES.values(), ids=BAD_BODIES.keys())
def test_broken_body_is_rejected(api: Api, label: str, body: dict[str, Any]) -> None:
    assert api.validation_errors(_request_schema(api, label), body) != []
