"""Error mapping: every `error.code` of the spec raises its class, with what the API said."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx
from client_support import BASE_URL, KEY
from openapi_python_client.strings import ClassName

import minimax
from minimax import APIError, APIStatusError, MiniMax
from minimax_openapi.spec import shared

CODES = [error.code for error in shared().error_codes]
STATUS_OF = dict(shared().status_of)
MODEL = BASE_URL + "/models/minimax-chat-v2"


def envelope(code: str) -> dict[str, Any]:
    return {
        "error": {"code": code, "message": f"about {code}", "details": {"field": "model"}},
        "meta": {"request_id": "req_abcdef12"},
    }


def raised(response: httpx.Response) -> APIError:
    respx.get(MODEL).mock(return_value=response)
    with pytest.raises(APIError) as caught:
        MiniMax(api_key=KEY, base_url=BASE_URL, max_retries=0).models.retrieve("minimax-chat-v2")
    return caught.value


@pytest.mark.parametrize("code", CODES)
@respx.mock
def test_every_error_code_raises_its_own_class(code: str) -> None:
    status = STATUS_OF[code]
    error = raised(httpx.Response(status, json=envelope(code)))
    name = str(ClassName(code, ""))
    assert type(error).__name__ == (name if name.endswith("Error") else name + "Error")
    assert type(error) is minimax._exceptions.ERROR_CODE_CLASSES[code]
    assert isinstance(error, minimax._exceptions.STATUS_CLASSES[status])
    assert isinstance(error, APIStatusError)
    assert error.code == code
    assert error.status_code == status
    assert error.message == f"about {code}"
    assert error.details == {"field": "model"}
    assert error.request_id == "req_abcdef12"
    assert f"about {code}" in str(error) and "req_abcdef12" in str(error)


def test_the_tree_has_a_class_for_each_code_and_nothing_else() -> None:
    assert set(minimax._exceptions.ERROR_CODE_CLASSES) == set(CODES)
    assert minimax._exceptions.ERROR_CODE_STATUS == STATUS_OF


@pytest.mark.parametrize(
    ("code", "category"),
    [
        ("authentication_failed", minimax.AuthenticationError),
        ("permission_denied", minimax.PermissionDeniedError),
        ("not_found", minimax.NotFoundError),
        ("model_not_found", minimax.NotFoundError),
        ("invalid_request", minimax.BadRequestError),
        ("idempotency_key_in_use", minimax.ConflictError),
        ("task_not_ready", minimax.ConflictError),
        ("rate_limit_exceeded", minimax.RateLimitError),
        ("server_error", minimax.InternalServerError),
    ],
)
@respx.mock
def test_errors_fall_in_the_categories_callers_catch(code: str, category: type) -> None:
    assert isinstance(raised(httpx.Response(STATUS_OF[code], json=envelope(code))), category)


@respx.mock
def test_an_unknown_code_is_raised_by_its_status() -> None:
    error = raised(httpx.Response(404, json=envelope("brand_new_code")))
    assert type(error) is minimax.NotFoundError and error.code == "brand_new_code"
    error = raised(httpx.Response(418, json=envelope("teapot")))
    assert type(error) is APIStatusError and error.status_code == 418


@respx.mock
def test_a_body_that_is_not_the_envelope_still_maps_by_status() -> None:
    error = raised(
        httpx.Response(
            502, text="<html>Bad Gateway</html>", headers={"x-request-id": "req_proxy001"}
        )
    )
    assert type(error) is minimax.InternalServerError
    assert (error.code, error.status_code, error.request_id) == (None, 502, "req_proxy001")


@respx.mock
def test_rate_limit_error_carries_retry_after() -> None:
    response = httpx.Response(
        429, json=envelope("rate_limit_exceeded"), headers={"Retry-After": "17"}
    )
    error = raised(response)
    assert isinstance(error, minimax.RateLimitError) and error.retry_after == 17.0


@respx.mock
def test_an_unreadable_success_body_is_a_validation_error() -> None:
    respx.get(MODEL).mock(return_value=httpx.Response(200, json={"data": {"id": "x"}, "meta": {}}))
    with pytest.raises(minimax.APIResponseValidationError):
        MiniMax(api_key=KEY, base_url=BASE_URL).models.retrieve("minimax-chat-v2")
