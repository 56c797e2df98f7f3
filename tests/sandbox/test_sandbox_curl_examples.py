"""The published API overview's four curl examples, run with the real `curl` against a sandbox.

The commands are copied verbatim from the overview (the product's prose description of the
API; a copy sits beside the repository in some checkouts, at `OVERVIEW`). Only the host is
changed, and output options are appended so the test can read the status, the headers and
the body.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import httpx
import pytest

from minimax_sandbox.testing import Server, conforms

OVERVIEW = Path(__file__).resolve().parents[3] / "shared" / "seeds" / "000_7472c01cf1791de5.txt"
HOST = "https://api.minimax.gr.com"

# Verbatim from the overview.
EXAMPLES = {
    "chat.completions.create": """curl https://api.minimax.gr.com/v1/chat/completions -H "Authorization: Bearer $MINIMAX_API_KEY" -H "Content-Type: application/json" -d '{"model":"minimax-chat-v2","messages":[{"role":"user","content":"Explain REST APIs in one paragraph."}]}'""",  # noqa: E501
    "embeddings.create": """curl https://api.minimax.gr.com/v1/embeddings -H "Authorization: Bearer $MINIMAX_API_KEY" -H "Content-Type: application/json" -d '{"model":"minimax-embed-v1","input":["MiniMax provides powerful AI tools for developers."]}'""",  # noqa: E501
    "models.list": 'curl https://api.minimax.gr.com/v1/models -H "Authorization: Bearer $MINIMAX_API_KEY"',  # noqa: E501
    "video.generations.create": """curl https://api.minimax.gr.com/v1/video/generations -H "Authorization: Bearer $MINIMAX_API_KEY" -H "Content-Type: application/json" -d '{"prompt":"A golden retriever running through a field of sunflowers at golden hour","duration":5}'""",  # noqa: E501
}
EXPECTED_STATUS = {"video.generations.create": 202}


def test_the_examples_are_the_overviews() -> None:
    """When the overview is at hand, every command here appears in it word for word."""
    if not OVERVIEW.exists():
        pytest.skip(f"the overview is not beside the repository ({OVERVIEW})")
    text = OVERVIEW.read_text(encoding="utf-8")
    for command in EXAMPLES.values():
        assert command in text, command


def parse_headers(raw: str) -> tuple[int, list[tuple[str, str]]]:
    """The status and headers of the last response in a `curl -D` dump."""
    blocks = [block for block in raw.replace("\r\n", "\n").split("\n\n") if block.strip()]
    status_line, *lines = blocks[-1].split("\n")
    headers = [
        (name.strip(), value.strip())
        for name, _, value in (line.partition(":") for line in lines)
        if name.strip()
    ]
    return int(status_line.split()[1]), headers


@pytest.mark.skipif(shutil.which("curl") is None, reason="the curl binary is not installed")
@pytest.mark.parametrize("op", sorted(EXAMPLES))
def test_a_curl_example_works_against_the_sandbox(server: Server, tmp_path: Path, op: str) -> None:
    sandbox_host = f"http://127.0.0.1:{server.port}"
    command = EXAMPLES[op].replace(HOST, sandbox_host)
    assert command.count(sandbox_host) == 1
    body_file, header_file = tmp_path / "body", tmp_path / "headers"
    full = f"{command} -sS -o '{body_file}' -D '{header_file}' -w '%{{http_code}}'"
    env = {**os.environ, "MINIMAX_API_KEY": server.new_key(name="curl")}
    for proxy in ("http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"):
        env.pop(proxy, None)  # the sandbox is on loopback
    done = subprocess.run(["sh", "-c", full], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr

    status, headers = parse_headers(header_file.read_text(encoding="latin-1"))
    assert done.stdout == str(status)
    assert status == EXPECTED_STATUS.get(op, 200), body_file.read_text()
    method = "GET" if op == "models.list" else "POST"
    response = httpx.Response(
        status,
        headers=headers,
        content=body_file.read_bytes(),
        request=httpx.Request(method, sandbox_host),
    )
    body = conforms(response, op)
    assert body["data"]
    if op == "video.generations.create":
        assert body["data"]["status"] == "queued" and body["data"]["duration"] == 5
        assert body["data"]["model"] == "minimax-video-v1"
    if op == "chat.completions.create":
        assert body["meta"]["model"] == "minimax-chat-v2"
        assert body["data"]["choices"][0]["message"]["content"]
