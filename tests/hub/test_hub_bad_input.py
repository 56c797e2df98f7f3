"""Bad input to the hub's forms and to what the hub calls: never a 5xx, never a script error,
and never a script run from a response. A key named with markup, and a chat whose message and
model hold markup, show that markup as text wherever the hub renders them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hub_support import Hub

from minimax_sandbox.testing import Server, raw_request

MARKUP = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>'
# What the page must still hold after markup was shown: the hub's two scripts, and no flag set.
UNTOUCHED = "() => [document.scripts.length, window.__pwned === undefined]"


@pytest.fixture(scope="module")
def hub(browser: Any, server: Server) -> Iterator[Hub]:
    opened = Hub.open(browser, f"http://127.0.0.1:{server.port}")
    opened.sign_in(server.admin_key)
    yield opened
    opened.close()


def status_after_send(hub: Hub) -> int:
    hub.page.evaluate("() => document.querySelector('#status')?.removeAttribute('data-status')")
    hub.page.click("#send")
    hub.page.wait_for_selector("#status[data-status]")
    return int(hub.page.get_attribute("#status", "data-status") or 0)


def test_a_key_named_with_markup_shows_it_as_text(hub: Hub) -> None:
    page = hub.page
    hub.goto("keys")
    page.fill("#create-key [name=name]", MARKUP[:64])
    page.click("#create-key button[type=submit]")
    page.wait_for_selector("#new-secret")
    hub.goto("keys")  # the list, fetched again
    cells = page.eval_on_selector_all(
        "#keys tbody td:nth-child(2)", "cells => cells.map(c => [c.textContent, c.children.length])"
    )
    assert [MARKUP[:64], 0] in cells
    assert page.evaluate(UNTOUCHED) == [2, True]
    assert hub.problems == []


def test_a_message_with_markup_is_sent_and_shown_as_text(hub: Hub, server: Server) -> None:
    """The message goes out as typed (the snippets quote it), the API's error that echoes the
    model's name is shown as text, and nothing runs."""
    page = hub.page
    hub.goto("keys")
    page.fill("#create-key [name=name]", "markup")
    page.click("#create-key button[type=submit]")
    page.wait_for_selector("#secret-box strong:has-text('markup')")
    hub.goto("playground/chat.completions.create")
    page.fill("#request textarea[name='messages[0].content']", MARKUP)
    assert status_after_send(hub) == 200
    assert page.evaluate(UNTOUCHED) == [2, True]
    page.click("#snippets button[data-language=curl]")
    assert MARKUP.replace("'", "'\\''") in (page.text_content("#snippet") or "").replace('\\"', '"')
    page.fill("#request input[name=model]", MARKUP)
    assert status_after_send(hub) in (400, 404)
    shown = page.text_content("#response-json") or ""
    assert "<script>" in shown  # the API quotes the model it did not find, and so does the hub
    assert page.eval_on_selector("#response-json", "pre => pre.children.length") == 0
    assert page.evaluate(UNTOUCHED) == [2, True]
    assert hub.problems == []


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("temperature", "hot"),
        ("temperature", "1e999"),
        ("max_tokens", "-1"),
        ("top_p", "0"),
        ("model", ""),
    ],
)
def test_bad_chat_fields_get_the_api_s_400(hub: Hub, field: str, value: str) -> None:
    page = hub.page
    hub.goto("playground/chat.completions.create")
    page.fill(f"#request input[name={field}]", value)
    assert status_after_send(hub) == 400
    assert "invalid_request" in (page.text_content("#response-json") or "")
    assert hub.problems == []


@pytest.mark.parametrize("text", ['{"model": ', "[]", '"just text"', "{}", "null"])
def test_a_raw_body_that_is_not_the_schema_gets_400(hub: Hub, text: str) -> None:
    page = hub.page
    hub.goto("playground/chat.completions.create")
    page.click("#body-mode")
    page.fill("#raw-body", text)
    assert status_after_send(hub) == 400
    assert hub.problems == []


def test_other_bad_requests_from_the_playground(hub: Hub) -> None:
    page = hub.page
    hub.goto("playground/models.retrieve")
    page.fill("#request input[name=model_id]", "../../etc/passwd")
    assert status_after_send(hub) in (400, 404)
    page.fill("#request input[name=model_id]", "minimax-chat-v2")
    page.select_option("#key", "__paste__")
    page.fill("#pasted-key", "not a key")
    assert status_after_send(hub) == 401
    hub.goto("playground/admin.activity.list")
    page.fill("#request input[name=limit]", "100000")
    assert status_after_send(hub) == 400
    assert hub.problems == []


@pytest.mark.parametrize(
    ("name", "value"), [("status", "abc"), ("limit", "0"), ("limit", "x"), ("status", "6xx")]
)
def test_bad_activity_filters_are_reported(hub: Hub, name: str, value: str) -> None:
    page = hub.page
    hub.goto("activity")
    page.fill(f"#filters input[name={name}]", value)
    page.click("#filters button[type=submit]")
    page.wait_for_selector("#page-activity .error:not(:empty)")
    assert "400 invalid_request" in (page.text_content("#page-activity .error") or "")
    assert hub.problems == []


@pytest.mark.parametrize("name", ["", "x" * 65])
def test_a_bad_key_name_is_reported(hub: Hub, name: str) -> None:
    page = hub.page
    hub.goto("keys")
    page.fill("#create-key [name=name]", name)
    page.click("#create-key button[type=submit]")
    page.wait_for_selector("#page-keys .error:not(:empty)")
    assert "400 invalid_request" in (page.text_content("#page-keys .error") or "")
    assert hub.problems == []


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/hub/../v1/models", 404),
        ("/hub/%2e%2e/%2e%2e/etc/passwd", 404),
        ("/hub/js/", 404),
        ("/hub/js/../../hub.py", 404),
        ("/hub/%00", 404),
        ("/hub/" + "a" * 4000, 404),
        ("/hub//spec.json", 404),
        ("/hub/spec.json?x=<script>", 200),
    ],
)
def test_odd_hub_paths_are_refused_or_served_never_a_5xx(
    server: Server, path: str, status: int
) -> None:
    """Only the hub's own files are served: nothing above them, whatever the path spells."""
    answered, body = raw_request(server.port, "GET", path)  # sent as written, `..` and all
    assert answered == status, body[:200]
    if status == 404:
        assert json.loads(body)["error"]["code"] == "not_found"


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH"])
def test_the_hub_takes_only_get_and_head(server: Server, method: str) -> None:
    base = f"http://127.0.0.1:{server.port}"
    response = httpx.request(method, base + "/hub/", content=b"<script>")
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, HEAD"
    head = httpx.head(base + "/hub/js/hub.js")
    assert head.status_code == 200 and head.content == b""
    length = int(head.headers["content-length"])
    assert length == len(httpx.get(base + "/hub/js/hub.js").content) > 0  # RFC 9110


def test_a_state_changing_call_from_another_site_is_refused(server: Server) -> None:
    """The CSRF guard behind the hub: the admin key in a header, and a foreign Origin refused."""
    response = httpx.post(
        f"{server.base_url}/organization/api_keys",
        json={"name": "csrf"},
        headers={
            "Authorization": f"Bearer {server.admin_key}",
            "Origin": "https://evil.example",
        },
    )
    assert response.status_code == 403
    assert "access-control-allow-origin" not in response.headers
