"""The request bodies shown in the brief are accepted by the spec, and broken ones are not.

Paths are relative to the server URL https://api.minimax.gr.com/v1, so the brief's
/v1/chat/completions is /chat/completions here.
"""

from typing import Any

import pytest

from minimax_openapi.document import operations, resolve, validation_errors

Spec = dict[str, Any]

# Verbatim from the brief (../shared/seeds/000_7472c01cf1791de5.txt): the curl snippets' -d
# bodies, and the body of the SDK snippet `client.chat.completions.create(...)`.
BRIEF_BODIES = {
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
    "embeddings with 2049 inputs (the brief allows 2,048)": (
        "POST /embeddings",
        {"model": "minimax-embed-v1", "input": ["text"] * 2049},
    ),
    "video without prompt": ("POST /video/generations", {"duration": 5}),
}


def _request_schema(spec: Spec, label: str) -> Any:
    operation = next((o for o in operations(spec) if o.label == label), None)
    assert operation is not None, f"the spec has no operation {label}"
    body = resolve(spec, operation.op["requestBody"])
    return body["content"]["application/json"]["schema"]


@pytest.mark.parametrize(("label", "body"), BRIEF_BODIES.values(), ids=BRIEF_BODIES.keys())
def test_brief_body_is_valid(spec: Spec, label: str, body: dict[str, Any]) -> None:
    errors = validation_errors(spec, _request_schema(spec, label), body)
    assert errors == [], "\n".join(errors)


@pytest.mark.parametrize(("label", "body"), BAD_BODIES.values(), ids=BAD_BODIES.keys())
def test_broken_body_is_rejected(spec: Spec, label: str, body: dict[str, Any]) -> None:
    assert validation_errors(spec, _request_schema(spec, label), body) != []
