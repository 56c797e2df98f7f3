"""`serve --docs DIR`: the rendered reference site under /docs/, each file with a strict
Content-Security-Policy; nothing outside DIR, and no site at all without the option."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import httpx

from minimax_sandbox.testing import Server, raw_request


def _site(folder: Path) -> Path:
    site = folder / "site"
    site.mkdir()
    (site / "index.html").write_text("<!doctype html><title>docs</title>")
    (site / "site.js").write_text("'use strict';\n")
    (folder / "secret.css").write_text("not for the web")  # a type the site serves
    return site


def test_the_site_is_served_under_docs(fresh_server: Callable[..., Server], tmp_path: Path) -> None:
    server = fresh_server(docs=_site(tmp_path))
    root = f"http://127.0.0.1:{server.port}"
    moved = httpx.get(root + "/docs")
    assert moved.status_code == 308 and moved.headers["location"] == "/docs/"
    page = httpx.get(root + "/docs/")
    assert page.status_code == 200 and page.text == "<!doctype html><title>docs</title>"
    assert page.headers["content-type"] == "text/html; charset=utf-8"
    policy = page.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "default-src 'none'" in policy
    assert "unsafe-inline" not in policy
    script = httpx.get(root + "/docs/site.js")
    assert script.headers["content-type"].startswith("text/javascript")
    head = httpx.head(root + "/docs/")
    assert head.status_code == 200 and head.content == b""
    assert head.headers["content-length"] == page.headers["content-length"]  # RFC 9110
    (tmp_path / "site" / "loop.css").symlink_to("loop.css")  # resolving it: RuntimeError
    odd = ("/docs/%00", "/docs/" + "a" * 300 + ".html", "/docs/loop.css")  # no file to serve
    outside = ("/docs/../secret.css", "/docs/%2e%2e/secret.css", "/docs/sub/../../secret.css")
    for path in (*outside, "/docs/missing.css", *odd):
        status, body = raw_request(server.port, "GET", path)  # sent as written
        assert status == 404, path
        assert json.loads(body)["error"]["code"] == "not_found"
    assert httpx.post(root + "/docs/").json()["error"]["code"] == "not_found"


def test_no_site_without_the_option(server: Server) -> None:
    answer = httpx.get(f"http://127.0.0.1:{server.port}/docs/")
    assert answer.status_code == 404
    assert answer.json()["error"]["code"] == "not_found"
