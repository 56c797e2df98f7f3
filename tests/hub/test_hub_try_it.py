"""The docs' "Try it", end to end: the sandbox serves the rendered reference site (`--docs`);
a click on an example's "Try it" opens the hub, which asks to sign in and then shows the
playground on that operation, filled with that example (its body, and its path and query
parameters' examples), as the spec has it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from hub_support import Hub

from generator.docs import render
from minimax_openapi.model import Operation
from minimax_openapi.spec import shared
from minimax_sandbox.testing import Server


@pytest.fixture(scope="module")
def docs_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    site = tmp_path_factory.mktemp("try-it") / "site"
    render.render(site)
    running = Server(tmp_path_factory.mktemp("try-it-sandbox"), docs=site).start()
    yield running
    running.stop()


def operation(operation_id: str) -> Operation:
    return next(op for op in shared().operations if op.id == operation_id)


def try_it(hub: Hub, operation_id: str, example: str | None) -> None:
    """On the docs page, click the "Try it" of that operation's example (None: its only one)."""
    hub.page.goto(f"{hub.base}/docs/")
    target = f"/{operation_id}" + (f"/{example}" if example else "")
    hub.page.click(f'[id="op-{operation_id}"] a.try-it[href$="{target}"]')


def shown_body(hub: Hub) -> Any:
    """The playground's body, as the JSON it would send."""
    hub.page.click("#body-mode")
    return json.loads(hub.page.input_value("#raw-body"))


def playground_shows(hub: Hub, operation_id: str) -> None:
    hub.page.wait_for_selector("#page-playground #builder .params")
    assert hub.page.input_value("#operation") == operation_id


def test_try_it_opens_the_named_example_through_sign_in(browser: Any, docs_server: Server) -> None:
    chat = operation("chat.completions.create")
    names = [e.name for e in chat.body.media.examples] if chat.body else []
    assert len(names) > 1
    chosen = names[1]  # not the first, which the playground would fill in anyway
    hub = Hub.open(browser, f"http://127.0.0.1:{docs_server.port}")
    try:
        # Not signed in: the hub asks first, then lands on the filled playground.
        try_it(hub, chat.id, chosen)
        hub.page.wait_for_selector("#sign-in")
        assert hub.page.evaluate("location.hash") == f"#playground/{chat.id}/{chosen}"
        hub.page.fill("#admin-key", docs_server.admin_key)
        hub.page.click("#sign-in button[type=submit]")
        playground_shows(hub, chat.id)
        assert hub.page.input_value("#example") == chosen
        assert shown_body(hub) == chat.body.media.examples[1].value
        hub.screenshot("try-it-chat")

        # Signed in: an operation with a path parameter (and no body) opens straight away.
        retrieve = operation("video.generations.retrieve")
        (task_id,) = retrieve.parameters_in("path")
        try_it(hub, retrieve.id, None)
        playground_shows(hub, retrieve.id)
        assert hub.page.input_value("#request input[name=task_id]") == task_id.example
        assert hub.page.is_hidden("#example")
        assert hub.page.evaluate("location.hash") == f"#playground/{retrieve.id}"

        # One with a query example: that is filled in too.
        activity = operation("admin.activity.list")
        examples = {p.name: p.example for p in activity.parameters_in("query") if p.example}
        assert examples
        try_it(hub, activity.id, None)
        playground_shows(hub, activity.id)
        for name, value in examples.items():
            assert hub.page.input_value(f"#request [name={name}]") == str(value)
        hub.screenshot("try-it-playground")
        assert hub.problems == []
    finally:
        hub.close()
