"""Every URL the sandbox writes starts with its configured public URL (`--public-url`, by
default the address it is bound to), never with the request's Host header: a client naming
another host gets no URL pointing there, and a stored idempotent replay holds no such URL."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from minimax_sandbox import samples
from minimax_sandbox import settings as sandbox_settings
from minimax_sandbox.testing import Server, conforms

EVIL = "evil.example:666"
PUBLIC = "https://sandbox.example.test/behind/a/proxy"


def upload(client: httpx.Client, **headers: str) -> httpx.Response:
    return client.post(
        "/files",
        files={"file": ("ref.png", samples.png(), "image/png")},
        data={"purpose": "video-reference"},
        headers=headers,
    )


def test_a_host_header_never_reaches_a_download_url(server: Server) -> None:
    """By default the public URL is the address the server is bound to."""
    log = (server.data_dir / "server.log").read_text()
    assert f"MiniMax sandbox: http://127.0.0.1:{server.port}/v1" in log
    own = f"http://127.0.0.1:{server.port}/v1/files/"
    with server.client(server.new_key()) as client:
        response = upload(client, Host=EVIL)
        data = conforms(response, "files.create")["data"]
        assert data["download_url"].startswith(own), data["download_url"]
        again = client.get(f"/files/{data['id']}", headers={"Host": EVIL})
        assert conforms(again, "files.retrieve")["data"]["download_url"].startswith(own)
        fetched = httpx.get(data["download_url"], timeout=30)  # and the URL works as given
        assert fetched.status_code == 200
        assert fetched.content == samples.png()


def test_a_stored_replay_holds_the_public_url_not_the_first_callers_host(server: Server) -> None:
    own = f"http://127.0.0.1:{server.port}/v1/files/"
    idem = str(uuid.uuid4())
    with server.client(server.new_key()) as client:
        first = upload(client, **{"Host": EVIL, "Idempotency-Key": idem})
        assert first.status_code == 201, first.text
        replay = upload(client, **{"Host": "other.example", "Idempotency-Key": idem})
        assert replay.headers["Idempotent-Replayed"] == "true"
        assert replay.content == first.content
        assert conforms(replay, "files.create")["data"]["download_url"].startswith(own)


def test_urls_start_with_the_configured_public_url(
    fresh_server: Callable[..., Server],
) -> None:
    running = fresh_server(public_url=PUBLIC + "/")  # a trailing slash is dropped
    log = (running.data_dir / "server.log").read_text()
    assert f"MiniMax sandbox: {PUBLIC}/v1" in log
    with running.client(running.new_key()) as client:
        file = conforms(upload(client, Host=EVIL), "files.create")["data"]
        assert file["download_url"].startswith(PUBLIC + "/v1/files/" + file["id"] + "/content?")
        task = client.post(
            "/video/generations",
            json={"prompt": "a fox", "duration": 1, "resolution": "480p"},
            headers={"Host": EVIL},
        )
        assert task.status_code == 202, task.text
        task_id = task.json()["data"]["id"]
        deadline = time.monotonic() + 30
        while (view := client.get(f"/video/generations/{task_id}").json()["data"])[
            "status"
        ] != "succeeded":
            assert time.monotonic() < deadline, view
            time.sleep(0.1)
        url = view["result"]["download_url"]
        assert url.startswith(f"{PUBLIC}/v1/video/generations/{task_id}/content?"), url
        # Signed for the API's own path: a proxy that strips its prefix forwards a valid URL.
        for signed in (file["download_url"], url):
            parts = urlsplit(signed)
            path = parts.path.removeprefix(urlsplit(PUBLIC).path)
            forwarded = httpx.get(f"http://127.0.0.1:{running.port}{path}?{parts.query}")
            assert forwarded.status_code == 200, forwarded.text


@pytest.mark.parametrize(
    "value",
    [
        "ftp://sandbox.example",
        "sandbox.example:8400",
        "http://",
        "http://host:port",
        "http://host/?q=1",
        "http://host/#top",
        "http://user@host",
        "http://host/v1",
        "http://ho st",
    ],
)
def test_a_public_url_that_is_not_one_is_refused(value: str, tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        sandbox_settings.public_url(value)
    with pytest.raises(ValueError):
        sandbox_settings.Settings(data_dir=tmp_path, public_url=value)


def test_serve_refuses_a_public_url_that_is_not_one() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "minimax_sandbox", "serve", "--public-url", "ftp://x.example"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2, done.stderr
    assert "--public-url" in done.stderr


def test_the_public_url_reaches_worker_processes_through_the_environment(tmp_path: Path) -> None:
    settings = sandbox_settings.Settings(data_dir=tmp_path, public_url=PUBLIC, header_timeout=2.0)
    env = settings.to_env()
    assert env["MINIMAX_SANDBOX_PUBLIC_URL"] == PUBLIC
    from_env = subprocess.run(
        [
            sys.executable,
            "-c",
            "from minimax_sandbox.settings import Settings; s = Settings.from_env();"
            " print(s.public_url, s.header_timeout)",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **env},
    )
    assert from_env.stdout.split() == [PUBLIC, "2.0"], from_env.stderr
