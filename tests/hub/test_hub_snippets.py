"""The hub's "copy as curl / Python / JavaScript / Go" programs run: for requests of each kind
(a JSON body with a union field and an Idempotency-Key, a stream, a path parameter, a file
upload, query parameters, an administration call), each language's snippet, rendered by the
hub's own snippets.js (under Node), runs against a sandbox and gets the answer the request
gets. The browser test shows the playground records the request these are rendered from (and
runs its curl and Python). Go builds offline (GOPROXY=off): the SDK and the standard library."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from minimax_openapi.spec import shared
from minimax_sandbox.testing import Server
from tests.docs.docs_support import (
    GOFMT,
    NODE,
    go_build,
    go_env,
    link_typescript_sdk,
    node_env,
    typescript_sdk,
)

HERE = Path(__file__).resolve().parent
STATIC = HERE.parents[1] / "sandbox" / "minimax_sandbox" / "hub" / "static"
LANGUAGES = ("curl", "python", "javascript", "go")
UPLOAD = "train.jsonl"
TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "get_weather",
            "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
        },
    }
]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    running = Server(tmp_path_factory.mktemp("snippets")).start()
    yield running
    running.stop()


def sent(server: Server, op_id: str, key: str, **given: Any) -> dict[str, Any]:
    """A request as the playground records it (playground.js, `send`)."""
    op = shared().operation(op_id)
    base = server.base_url
    path = op.path
    for name, value in zip(
        (p.name for p in op.parameters_in("path")), given.get("path", []), strict=False
    ):
        path = path.replace("{" + name + "}", value)
    query = given.get("query", {})
    url = base + path + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")
    headers = [["Authorization", f"Bearer {key}"]]
    idempotency = given.get("idempotency")
    if idempotency:
        headers.append([shared().idempotency.header, idempotency])
    body = None
    if "json" in given:
        headers.append(["Content-Type", "application/json"])
        body = {"kind": "json", "text": json.dumps(given["json"]), "value": given["json"]}
    if "parts" in given:
        body = {"kind": "multipart", "parts": given["parts"]}
    stream = op.result == "stream" or bool(given.get("json", {}).get(op.stream_flag or "-"))
    return {
        "op": {"id": op_id},
        "method": op.method,
        "url": url,
        "baseUrl": base,
        "key": key,
        "headers": headers,
        "body": body,
        "pathValues": given.get("path", []),
        "query": query,
        "idempotencyKey": idempotency,
        "idempotencyHeader": shared().idempotency.header,
        "stream": stream,
        "binary": None,
    }


def cases(server: Server, key: str, language: str) -> dict[str, tuple[dict[str, Any], str]]:
    """name -> (the request, a text its output must hold); Idempotency-Keys of their own."""
    chat = {"model": "minimax-chat-v2", "messages": [{"role": "user", "content": "Hi"}]}
    upload = shared().operation("files.create").body
    assert upload is not None
    purpose = upload.media.examples[0].value["purpose"]
    return {
        "chat": (
            sent(
                server,
                "chat.completions.create",
                key,
                json={**chat, "tools": TOOLS, "tool_choice": "auto", "temperature": 0.5},
                idempotency=f"snippet-{language}-chat",
            ),
            "chat.completion",
        ),
        "stream": (
            sent(server, "chat.completions.create", key, json={**chat, "stream": True}),
            "chat.completion.chunk",
        ),
        "model": (  # a GET with an Idempotency-Key, which its SDK methods do not take
            sent(
                server,
                "models.retrieve",
                key,
                path=["minimax-chat-v2"],
                idempotency=f"snippet-{language}-model",
            ),
            "chat",
        ),
        "upload": (
            sent(
                server,
                "files.create",
                key,
                parts=[
                    {"name": "file", "file": {"name": UPLOAD, "type": "application/jsonl"}},
                    {"name": "purpose", "value": purpose},
                ],
            ),
            UPLOAD,
        ),
        "activity": (
            sent(
                server,
                "admin.activity.list",
                server.admin_key,
                query={"limit": 3, "status": "2xx"},
            ),
            "entries",
        ),
        "new-key": (
            sent(
                server,
                "admin.api_keys.create",
                server.admin_key,
                json={"name": f"snippet-{language}", "scope": "read_only"},
                idempotency=f"snippet-{language}-key",
            ),
            f"snippet-{language}",
        ),
    }


def render(requests: list[dict[str, Any]]) -> list[dict[str, str]]:
    done = subprocess.run(
        [
            NODE,
            str(HERE / "render_snippets.mjs"),
            str(STATIC / "js" / "snippets.js"),
            str(STATIC / "sdk" / "calls.json"),
        ],
        input=json.dumps(requests),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    rendered: list[dict[str, str]] = json.loads(done.stdout)
    return rendered


def programs(server: Server, key: str, language: str) -> dict[str, tuple[str, str]]:
    """name -> (the language's snippet, a text its output must hold)."""
    made = cases(server, key, language)
    rendered = render([request for request, _ in made.values()])
    return {
        name: (snippet[language], expected)
        for (name, (_, expected)), snippet in zip(made.items(), rendered, strict=True)
    }


def run(command: list[str], folder: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(command, cwd=folder, capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, f"{command}:\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    chat = [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello"}]
    (tmp_path / UPLOAD).write_text(json.dumps({"messages": chat}) + "\n")
    return tmp_path


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_kind_of_request_runs_as_each_language_s_snippet(
    server: Server, folder: Path, language: str
) -> None:
    key = server.new_key(enterprise_rpm=100000, tier="enterprise")
    made = programs(server, key, language)
    env = {k: v for k, v in os.environ.items() if not k.startswith("MINIMAX_")}
    if language == "go":
        build = go_build(folder / "go", {name: text for name, (text, _) in made.items()})
        assert run([GOFMT, "-l", "."], build.module) == ""  # laid out as gofmt lays it out
    if language == "javascript":
        link_typescript_sdk(folder, typescript_sdk())
    for name, (text, expected) in made.items():
        if language == "curl":
            output = run(["bash", "-c", text + " --fail-with-body"], folder)
        elif language == "python":
            (folder / f"{name}.py").write_text(text)
            output = run([sys.executable, f"{name}.py"], folder, env)
        elif language == "javascript":
            (folder / f"{name}.mjs").write_text(text)
            output = run([NODE, f"{name}.mjs"], folder, node_env())
        else:
            output = run([str(build.binaries / name)], folder, go_env())
        assert expected in output, f"{language} {name}:\n{text}\n---\n{output}"
