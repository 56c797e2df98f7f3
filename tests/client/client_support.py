"""What the client's tests share: where the generated client is, and a mock base URL and key.

`make setup` installs `clients/python` editable, so the tests exercise the generated tree
itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from minimax_openapi.spec import shared

ROOT = Path(__file__).resolve().parents[2]
CLIENT_PROJECT = ROOT / "clients" / "python"

BASE_URL = "https://api.test/v1"
KEY = "mmx_test_" + "K3y" * 10  # valid in form; the tests check it never shows anywhere

# A chat completion as the API sends it, for tests that serve canned responses.
COMPLETION = {
    "data": {
        "id": "chatcmpl_1",
        "object": "chat.completion",
        "created_at": "2026-11-28T09:30:00Z",
        "model": "minimax-chat-v2",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": "Hello"},
                "finish_reason": "stop",
            }
        ],
    },
    "meta": {"request_id": "req_00000001", "model": "minimax-chat-v2"},
}


@dataclass(frozen=True)
class Target:
    """Where the end-to-end tests send the client (see the `target` fixture)."""

    base_url: str
    key: str


def routes(admin: bool) -> list[tuple[str, re.Pattern[str], str]]:
    """(method, path pattern, operation id) of the administration operations, or of the others
    (the admin key alone takes the first: test_client_admin.py calls them)."""
    return [
        (o.method, re.compile("^/v1" + re.sub(r"\{[^}]+\}", "[^/]+", o.path) + "$"), o.id)
        for o in shared().operations
        if o.admin == admin
    ]
