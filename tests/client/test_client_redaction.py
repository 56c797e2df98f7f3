"""Secrets stay secret: the API key and URL signatures never show in reprs, logs or errors."""

from __future__ import annotations

import logging

import attrs
import httpx
import pytest
import respx
from client_support import BASE_URL, KEY

from minimax import APIError, ConfigurationError, MiniMax, models
from minimax._redaction import redact
from minimax_openapi.model import Api

CHAT = BASE_URL + "/chat/completions"
HELLO = {"model": "minimax-chat-v2", "messages": [{"role": "user", "content": "Hi"}]}
SIGNATURE = "45c48cce2e2d7fbdea1afc51c7c6ad26"


def test_the_key_is_not_in_reprs() -> None:
    client = MiniMax(api_key=KEY, base_url=BASE_URL)
    assert KEY not in repr(client) and "mmx_test_***" in repr(client)


@respx.mock
def test_the_key_is_not_in_logs_of_calls_retries_and_failures(
    caplog: pytest.LogCaptureFixture, no_sleep: list[float]
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: ours, httpx's and httpcore's
    error = {"error": {"code": "server_error", "message": "down", "details": {}}}
    respx.post(CHAT).mock(
        side_effect=[
            httpx.Response(500, json=error, headers={"x-request-id": "req_logged01"}),
            httpx.ConnectError(f"refused, with {KEY} in the message"),
            httpx.Response(500, json=error),
        ]
    )
    client = MiniMax(api_key=KEY, base_url=BASE_URL)
    with pytest.raises(APIError) as caught:
        client.chat.completions.create(**HELLO)
    assert "req_logged01" in caplog.text  # request ids are logged at debug
    assert "retrying POST" in caplog.text
    assert KEY not in caplog.text
    assert KEY not in str(caught.value) and KEY not in repr(caught.value)


@respx.mock
def test_the_key_is_not_in_exception_messages(no_sleep: list[float]) -> None:
    respx.post(CHAT).mock(side_effect=httpx.ConnectError(f"proxy said no to Bearer {KEY}"))
    with pytest.raises(APIError) as caught:
        MiniMax(api_key=KEY, base_url=BASE_URL, max_retries=0).chat.completions.create(**HELLO)
    error = caught.value
    assert all(
        KEY not in text for text in (str(error), repr(error), error.message, *map(str, error.args))
    )
    assert "mmx_test_***" in str(error)


@pytest.mark.parametrize("key", [KEY.replace("mmx_test_", "sk_"), "mmx_prod_" + "a" * 30])
def test_a_key_of_no_known_prefix_is_refused_without_echoing_it(key: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        MiniMax(api_key=key)
    assert key not in str(caught.value) and "mmx_live_" in str(caught.value)


def test_signatures_and_keys_are_redacted_from_text() -> None:
    url = f"https://api.minimax.gr.com/v1/files/file_1/content?expires=1796030400&signature={SIGNATURE}"
    assert SIGNATURE not in redact(url) and "expires=1796030400" in redact(url)
    assert redact(f"key={KEY}, other=mmx_live_{'b' * 24}") == "key=mmx_test_***, other=mmx_live_***"


def test_fields_the_spec_marks_secret_show_their_prefix_only(api: Api) -> None:
    """Every property marked `format: password` (a new key's `secret`) is cut in reprs."""
    assert api.secret_properties
    for schema, names in api.secret_properties.items():
        fields = {f.name: f for f in attrs.fields(getattr(models, schema))}
        for name in names:
            assert callable(fields[name].repr), f"{schema}.{name}"
            assert fields[name].repr(KEY) == "'mmx_test_***'"
            assert fields[name].repr("no-known-prefix") == "'***'"
    success = api.operation("admin.api_keys.create").success
    assert success is not None
    example = success.contents[0].examples[0].value["data"]
    created = models.ApiKeyWithSecret.from_dict(example)
    assert created.secret == example["secret"]  # the value itself is whole
    assert example["secret"] not in repr(created) and "secret='mmx_test_***'" in repr(created)
    assert example["secret"] not in repr(
        models.ApiKeyCreatedResponse.from_dict({**success.contents[0].examples[0].value})
    )
