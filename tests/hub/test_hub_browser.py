"""The hub in headless Chromium, as a user goes through it: sign in with the admin key; create a
read-only key; in the playground a streamed chat with it gets 403, and with a full key the
frames arrive one by one; "copy as curl" (and as Python) run in a shell give the same stream;
revoke the key and the playground gets 401; find those calls in the activity log and on the
usage chart. Screenshots of every page at 1280 and 390 px go to reports/hub/."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from hub_support import Hub

from minimax_openapi.spec import shared
from minimax_sandbox.testing import Server, sse_events

PAGES = ("keys", "activity", "usage", "playground")
# The page's video has loaded its metadata: the browser can play it.
PLAYABLE = "() => { const v = document.querySelector('#video'); return v && v.duration > 0; }"
# The activity table shows rows, every one with this status (a filter's result has arrived).
ONLY_STATUS = """status => {
  const cells = Array.from(document.querySelectorAll('#activity tbody tr td:nth-child(5)'));
  return cells.length > 0 && cells.every(cell => cell.textContent === status);
}"""


@pytest.fixture(scope="module")
def hub(browser: Any, server: Server) -> Iterator[Hub]:
    opened = Hub.open(browser, f"http://127.0.0.1:{server.port}")
    yield opened
    opened.close()


def create_key(hub: Hub, name: str, scope: str) -> dict[str, str]:
    page = hub.page
    hub.goto("keys")
    page.fill("#create-key [name=name]", name)
    page.select_option("#create-key select[name=scope]", scope)
    page.click("#create-key button[type=submit]")
    page.wait_for_selector(f"#secret-box strong:has-text('{name}')")
    secret = page.text_content("#new-secret") or ""
    row = page.locator("#keys tbody tr", has_text=name).first
    return {"id": row.get_attribute("data-key-id") or "", "secret": secret}


def send_chat(hub: Hub, key_id: str, stream: bool = True) -> str:
    """Send the playground's chat example with a remembered key; the response's status."""
    page = hub.page
    hub.goto("playground/chat.completions.create")
    page.select_option("#key", key_id)
    page.select_option("#request select[name=stream]", "true" if stream else "false")
    page.click("#send")
    page.wait_for_selector("#status[data-status]")
    return page.get_attribute("#status", "data-status") or ""


def frames_shown(hub: Hub) -> list[dict[str, Any]]:
    return hub.page.eval_on_selector_all(
        "#frames li",
        "items => items.map(li => ({event: li.dataset.event,"
        " data: JSON.parse(li.querySelector('pre').textContent)}))",
    )


def chat_text(frames: list[dict[str, Any]]) -> str:
    return "".join(
        choice["delta"].get("content") or ""
        for frame in frames
        if frame["event"] == "chunk"
        for choice in frame["data"]["choices"]
    )


def snippet(hub: Hub, language: str) -> str:
    hub.page.click(f"#snippets button[data-language={language}]")
    hub.page.wait_for_selector(f"#snippet[data-language={language}]")
    return hub.page.text_content("#snippet") or ""


def test_headers_of_every_hub_response(server: Server) -> None:
    """The strict policy, nosniff and no referrer on the page, its scripts and its errors."""
    import httpx

    base = f"http://127.0.0.1:{server.port}"
    for path in ("/hub/", "/hub/js/hub.js", "/hub/spec.json", "/hub/missing.js"):
        response = httpx.get(base + path)
        assert response.status_code == (404 if "missing" in path else 200), path
        policy = response.headers["content-security-policy"]
        assert "script-src 'self'" in policy and "default-src 'none'" in policy
        assert "unsafe-inline" not in policy
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "no-referrer"
    page = httpx.get(base + "/hub/").text
    assert "<script>" not in page and "style=" not in page  # nothing inline for the policy
    assert httpx.get(base + "/hub").headers["location"] == "/hub/"


def test_the_hub_from_sign_in_to_usage(hub: Hub, server: Server, tmp_path: Any) -> None:
    page = hub.page
    # Sign in: a wrong key is refused with the API's message; the admin key opens the hub.
    page.goto(f"{hub.base}/hub/")
    page.fill("#admin-key", "mmx_admin_" + "x" * 32)
    page.click("#sign-in button[type=submit]")
    page.wait_for_selector("#sign-in .error:not(:empty)")
    assert "401 authentication_failed" in (page.text_content("#sign-in .error") or "")
    hub.sign_in(server.admin_key)

    # Create a read-only key: its secret shown once, and it works on the API.
    read_only = create_key(hub, "hub-read-only", "read_only")
    assert read_only["secret"].startswith("mmx_test_")
    assert "read_only" in (page.text_content(f"tr[data-key-id={read_only['id']}]") or "")
    full = create_key(hub, "hub-full", "full")

    # The playground with the read-only key: a streamed chat is refused.
    assert send_chat(hub, read_only["id"]) == "403"
    assert "permission_denied" in (page.text_content("#response-json") or "")

    # With the full key the frames arrive one by one: some are shown before the stream ends.
    hub.goto("playground/chat.completions.create")
    page.select_option("#key", full["id"])
    page.select_option("#request select[name=stream]", "true")
    page.click("#send")
    page.wait_for_function(
        "() => document.querySelectorAll('#frames li').length >= 2"
        " && document.querySelector('#frames').dataset.done !== 'true'"
    )
    page.wait_for_selector("#frames[data-done=true]")
    assert page.get_attribute("#status", "data-status") == "200"
    rate_headers = page.eval_on_selector_all(
        "#response-headers tr.rate th", "cells => cells.map(c => c.textContent)"
    )
    assert {"x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset"} <= set(rate_headers)
    shown = frames_shown(hub)
    assert shown[-1]["event"] == "done" and chat_text(shown)

    # Copy as curl, run it: the same stream (the same events, the same text).
    curl = snippet(hub, "curl")
    assert full["secret"] in curl and "--data-raw" in curl
    ran = subprocess.run(["bash", "-c", curl], capture_output=True, text=True, timeout=30)
    assert ran.returncode == 0, ran.stderr
    events = [{"event": e["event"], "data": json.loads(e["data"])} for e in sse_events(ran.stdout)]
    assert [e["event"] for e in events] == [f["event"] for f in shown]
    assert chat_text(events) == chat_text(shown)

    # Copy as Python, run it with the generated client: the same text.
    program = tmp_path / "chat.py"
    program.write_text(
        snippet(hub, "python").replace("    print(item)", "    print(item.to_dict())")
    )
    ran = subprocess.run([sys.executable, str(program)], capture_output=True, text=True, timeout=60)
    assert ran.returncode == 0, ran.stderr
    assert chat_text(shown).split()[0] in ran.stdout
    assert snippet(hub, "javascript").count("client.chat.completions.create(") == 1
    assert "client.Chat.CompletionsStream(ctx, &body)" in snippet(hub, "go")

    # Revoke the full key: the playground now gets 401.
    hub.goto("keys")
    page.click(f"tr[data-key-id={full['id']}] button.danger")
    page.wait_for_selector(f"tr.revoked[data-key-id={full['id']}]")
    assert send_chat(hub, full["id"]) == "401"

    # The activity log holds those calls: the key's 200 among them, each row opening its details.
    hub.goto("activity")
    page.select_option("#filters select[name=key_id]", full["id"])
    page.click("#filters button[type=submit]")
    page.wait_for_selector("#activity tbody tr")
    statuses = page.eval_on_selector_all(
        "#activity tbody tr td:nth-child(5)", "cells => cells.map(c => c.textContent)"
    )
    assert "200" in statuses
    page.fill("#filters input[name=status]", "403")
    page.select_option("#filters select[name=key_id]", read_only["id"])
    page.click("#filters button[type=submit]")
    page.wait_for_function(ONLY_STATUS, arg="403")
    page.click("#activity tbody tr")
    page.wait_for_selector("#details:not([hidden]) dl")
    details = page.text_content("#details") or ""
    row_id = page.get_attribute("#activity tbody tr", "data-request-id") or ""
    assert row_id in details and "X-RateLimit-Remaining" in details and "bytes" in details
    # The unfiltered log has the revoked key's 401 too.
    page.fill("#filters input[name=status]", "401")
    page.select_option("#filters select[name=key_id]", "")
    page.click("#filters button[type=submit]")
    page.wait_for_function(ONLY_STATUS, arg="401")

    # The usage chart counts them: requests, the 403 and the 401 among the errors.
    hub.goto("usage")
    page.wait_for_selector("#chart-requests canvas")
    charts = page.locator("#usage-charts")
    assert int(charts.get_attribute("data-requests") or 0) >= 4
    assert int(charts.get_attribute("data-errors") or 0) >= 2
    assert full["id"] in (charts.get_attribute("data-keys") or "")
    assert int(charts.get_attribute("data-tokens") or 0) > 0
    # The window's choices run up to the spec's longest, the default chosen.
    window = page.locator("#usage-filters select[name=window]")
    offered = [int(v) for v in window.locator("option").evaluate_all("os => os.map(o => o.value)")]
    usage = shared().operation("admin.usage.retrieve").usage_window
    assert usage is not None and offered == sorted(offered) and offered[-1] == usage.max_seconds
    assert window.input_value() == str(usage.default_seconds)
    assert hub.problems == []


def refused(hub: Hub) -> str:
    """Wait for the sign-in screen a refused admin key leads to: its message, the key gone."""
    hub.page.wait_for_selector("#sign-in .error:not(:empty)")
    assert hub.page.evaluate("sessionStorage.getItem('hub.adminKey')") is None
    return hub.page.text_content("#sign-in .error") or ""


def test_a_refused_admin_key_signs_out_from_every_page(browser: Any, server: Server) -> None:
    """An admin key the API no longer takes (as after the sandbox restarted with a new one): a
    page that opens, or a button that calls the API, lands on the sign-in screen with the API's
    message; signing in again opens the page that was asked for."""
    hub = Hub.open(browser, f"http://127.0.0.1:{server.port}")
    page = hub.page
    wrong = "sessionStorage.setItem('hub.adminKey', 'mmx_admin_' + 'x'.repeat(32))"
    try:
        hub.sign_in(server.admin_key)
        for name in PAGES:
            page.evaluate(wrong)
            page.goto(f"{hub.base}/hub/#{name}")
            assert "401 authentication_failed" in refused(hub), name
            page.fill("#admin-key", server.admin_key)
            page.click("#sign-in button[type=submit]")
            page.wait_for_selector(f"#page-{name}")
        # A call from a button of a page already open: rotating a key.
        create_key(hub, "hub-refused", "full")
        page.evaluate(wrong)
        page.locator("#keys tbody tr", has_text="hub-refused").locator("text=Rotate").click()
        assert "401 authentication_failed" in refused(hub)
        assert page.locator("#page-keys").count() == 0
        assert hub.problems == []
    finally:
        hub.close()


@pytest.mark.parametrize("width", [1280, 390])
def test_screenshots_of_every_page(browser: Any, server: Server, width: int) -> None:
    """Every page renders without a script error and, on a phone, without sideways scrolling."""
    hub = Hub.open(browser, f"http://127.0.0.1:{server.port}", width=width, height=900)
    try:
        hub.page.goto(f"{hub.base}/hub/")
        hub.page.wait_for_selector("#sign-in")
        hub.screenshot(f"sign-in-{width}")
        hub.sign_in(server.admin_key)
        for name in PAGES:
            hub.goto(name)
            hub.page.wait_for_load_state("networkidle")
            if name == "playground":
                hub.page.click("#send")
                hub.page.wait_for_selector("#status[data-status]")
            if name == "activity":
                hub.page.click("#activity tbody tr")
                hub.page.wait_for_selector("#details:not([hidden]) dl")
            hub.screenshot(f"{name}-{width}")
            overflow = hub.page.evaluate("document.documentElement.scrollWidth")
            assert overflow <= width, f"{name} at {width} px scrolls sideways ({overflow} px)"
        assert hub.problems == []
    finally:
        hub.close()


def test_a_finished_video_plays_in_the_playground(browser: Any, server: Server) -> None:
    """Create a video, ask for the task until it has succeeded: its signed URL plays in the
    page; the content operation's download plays too, from a blob: URL."""
    hub = Hub.open(browser, f"http://127.0.0.1:{server.port}")
    try:
        hub.sign_in(server.admin_key)
        create_key(hub, "hub-video", "video_only")
        page = hub.page
        hub.goto("playground/video.generations.create")
        page.click("#send")
        page.wait_for_selector("#status[data-status='202']")
        task = json.loads(page.text_content("#response-json") or "")["data"]["id"]
        hub.goto("playground/video.generations.retrieve")
        page.fill("#request input[name=task_id]", task)
        for _ in range(40):
            page.click("#send")
            page.wait_for_selector("#response-json")
            if page.locator("#video").count():
                break
            page.wait_for_timeout(250)
        page.wait_for_function(PLAYABLE)
        hub.goto("playground/video.generations.content")
        page.fill("#request input[name=task_id]", task)
        page.click("#send")
        page.wait_for_selector("#status[data-status='200']")
        assert (page.get_attribute("#video", "src") or "").startswith("blob:")
        page.wait_for_function(PLAYABLE)
        assert hub.problems == []
    finally:
        hub.close()
