"""Helpers for integration tests against a real sandbox: start one on loopback (`Server`),
and check that a response is what the spec documents for its operation (`conforms`).

The project's own tests use them, and so can users' integration tests:

    from minimax_sandbox.testing import Server
    server = Server(tmp_path).start()
    ...
    server.stop()
"""

from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from minimax_openapi.conventions import REQUEST_ID_HEADER
from minimax_openapi.model import JSON, SSE
from minimax_openapi.spec import shared
from minimax_sandbox import keys, store

FAST = {
    "queue_seconds": 0.3,
    "video_seconds": 1.5,
    "fine_tune_seconds": 1.5,
    "slow_seconds": 1.0,
    "stream_interval": 0.0,
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Server:
    """A sandbox process on 127.0.0.1; stop() and start() again keep its data dir and port."""

    data_dir: Path
    workers: int = 1
    timings: dict[str, float] = field(default_factory=lambda: dict(FAST))
    port: int = field(default_factory=free_port)
    app: str = "minimax_sandbox.app:create_app"
    env: dict[str, str] = field(default_factory=dict)
    public_url: str | None = None  # --public-url; by default the server's own address
    docs: Path | None = None  # --docs: the rendered reference site to serve under /docs/
    process: subprocess.Popen[bytes] | None = None
    key: str = ""
    admin_key: str = ""  # the account's admin key, for the /organization operations

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> Server:
        """Start the server and wait until it answers; its output goes to server.log."""
        options = [f"--{name.replace('_', '-')}={value}" for name, value in self.timings.items()]
        if self.public_url is not None:
            options.append(f"--public-url={self.public_url}")
        if self.docs is not None:
            options.append(f"--docs={self.docs}")
        self.data_dir.mkdir(parents=True, exist_ok=True)
        log = self.data_dir / "server.log"
        with open(log, "ab") as output:  # a file, not a pipe nobody reads, which could fill up
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "minimax_sandbox",
                    "--data-dir",
                    str(self.data_dir),
                    "serve",
                    "--port",
                    str(self.port),
                    "--workers",
                    str(self.workers),
                    "--app",
                    self.app,
                    *options,
                ],
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                env={**os.environ, **self.env},
            )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                httpx.get(self.base_url + "/models", timeout=1)
            except httpx.TransportError:
                time.sleep(0.05)
                continue
            lines = log.read_text().splitlines()
            self.key = next(line.split()[2] for line in lines if line.startswith("Test key:"))
            self.admin_key = next(
                line.split()[2] for line in lines if line.startswith("Admin key:")
            )
            return self
        raise RuntimeError(f"the sandbox did not start; see {log}")

    def stop(self) -> None:
        if self.process is not None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
            self.process = None

    def kill(self) -> None:
        """Stop without a clean shutdown, as a crash would."""
        if self.process is not None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
            self.process = None

    def new_key(self, **options: Any) -> str:
        """A fresh key; by default its own account, so tests do not share rate limits or data."""
        options.setdefault("account", "acct_" + os.urandom(4).hex())
        options.setdefault("name", "test")
        conn = store.open_database(self.data_dir / "sandbox.sqlite3")
        try:
            return keys.create(conn, **options)[1]
        finally:
            conn.close()

    def client(self, key: str | None = None, **options: Any) -> httpx.Client:
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        return httpx.Client(base_url=self.base_url, headers=headers, timeout=30, **options)


def sse_events(text: str) -> list[dict[str, str]]:
    """A complete SSE body as {"event", "data", ...} dicts: CRLF or LF line ends, comments
    skipped, several `data:` lines joined with newlines (the WHATWG rules)."""
    events = []
    for block in text.replace("\r\n", "\n").split("\n\n"):
        event: dict[str, str] = {}
        for line in block.split("\n"):
            if not line or line.startswith(":"):
                continue
            name, _, value = line.partition(":")
            value = value.removeprefix(" ")
            event[name] = event[name] + "\n" + value if name == "data" and name in event else value
        if event:
            events.append(event)
    return events


def raw_request(port: int, method: str, path: str) -> tuple[int, bytes]:
    """Send `path` exactly as given (httpx resolves `..` segments before sending); the status
    and body of the answer."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request(method, path)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def conforms(response: httpx.Response, operation_id: str) -> Any:
    """Assert a response is one the spec documents for the operation; return its parsed body.

    Checks the status is documented, every required documented header is there, the content
    type is documented, the body (or each SSE frame) validates against its schema, and the
    request id in the body equals the X-Request-Id header.
    """
    api = shared()
    op = api.operation(operation_id)
    status = str(response.status_code)
    documented = op.response(status)
    assert documented is not None, f"{operation_id}: undocumented status {status}"
    for header in documented.headers:
        if header.required:
            assert header.name in response.headers, (
                f"{operation_id} {status}: no {header.name} header"
            )
    media_type = response.headers.get("content-type", "").split(";")[0]
    media = documented.media(media_type)
    assert media is not None, f"{operation_id} {status}: {media_type}"
    schema = media.schema
    if media_type == JSON:
        body = response.json()
        errors = api.validation_errors(schema, body)
        assert not errors, f"{operation_id} {status}: " + "\n".join(errors[:5])
        assert body["meta"]["request_id"] == response.headers[REQUEST_ID_HEADER]
        return body
    if media_type == SSE:
        events = sse_events(response.text)
        assert op.stream is not None, f"{operation_id} {status}: an undeclared stream"
        data_schema = op.stream.data_schema
        for event in events:
            assert not api.validation_errors(schema, event), event
            frame = json.loads(event["data"])
            errors = api.validation_errors(data_schema, frame)
            assert not errors, f"{event['event']} frame: " + "\n".join(errors[:5])
        return events
    return response.content
