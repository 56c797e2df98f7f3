"""Rate limits through a real sandbox: the headers on every response, the three tiers, the
429, and exact counting under concurrency (one worker and two)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from minimax_openapi.spec import shared
from minimax_sandbox.testing import Server, conforms

API = shared()

CHAT = {"model": "minimax-chat-v2", "messages": [{"role": "user", "content": "Hello there"}]}
ERROR_RESPONSE = {"$ref": "#/components/schemas/ErrorResponse"}


def rate_headers(response: httpx.Response) -> dict[str, int]:
    """The three rate-limit headers as integers; Reset is an absolute UTC epoch second."""
    values = {}
    for name in ("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"):
        assert name in response.headers, f"no {name} on a {response.status_code}"
        assert response.headers[name].isdigit(), f"{name}: {response.headers[name]!r}"
        values[name.removeprefix("X-RateLimit-").lower()] = int(response.headers[name])
    assert 0 <= values["remaining"] <= values["limit"]
    assert time.time() - 1 <= values["reset"] <= time.time() + 61
    return values


def assert_rate_limited(response: httpx.Response, operation_id: str, limit: int) -> None:
    assert response.status_code == 429, response.text
    body = conforms(response, operation_id)
    assert body["error"]["code"] == "rate_limit_exceeded"
    values = rate_headers(response)
    assert (values["limit"], values["remaining"]) == (limit, 0)
    retry_after = response.headers["Retry-After"]
    assert retry_after.isdigit() and 1 <= int(retry_after) <= 60
    # Retry-After is the wait until the window ends, which Reset gives as a time.
    assert abs(int(retry_after) - (values["reset"] - time.time())) <= 2


# --- the headers -------------------------------------------------------------------------

CASES: dict[str, tuple[dict, str, str, object, int, str | None]] = {
    # name: (key options or None, method, path, JSON body, status, operation id)
    "success": ({}, "GET", "/models", None, 200, "models.list"),
    "stream": (
        {},
        "POST",
        "/chat/completions",
        {**CHAT, "stream": True},
        200,
        "chat.completions.create",
    ),
    "invalid body": (
        {},
        "POST",
        "/chat/completions",
        {"model": "x"},
        400,
        "chat.completions.create",
    ),
    "no key": (None, "GET", "/models", None, 401, "models.list"),
    "scope": ({"scope": "video_only"}, "GET", "/models", None, 403, "models.list"),
    "unknown model": ({}, "GET", "/models/no-such-model", None, 404, "models.retrieve"),
    "unknown route": ({}, "GET", "/no-such-route", None, 404, None),
    "wrong method": ({}, "DELETE", "/models", None, 405, None),
    "server error": (
        {},
        "POST",
        "/chat/completions",
        {**CHAT, "messages": [{"role": "user", "content": "sandbox:server_error"}]},
        500,
        "chat.completions.create",
    ),
    "rate limit trigger": (
        {},
        "POST",
        "/chat/completions",
        {**CHAT, "messages": [{"role": "user", "content": "sandbox:rate_limit"}]},
        429,
        "chat.completions.create",
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_every_response_carries_rate_limit_headers(server: Server, case: str) -> None:
    options, method, path, body, status, operation_id = CASES[case]
    secret = server.new_key(**options) if options is not None else None
    with server.client(secret) as client:
        response = client.request(method, path, json=body)
    assert response.status_code == status, response.text
    values = rate_headers(response)
    if operation_id is not None:
        conforms(response, operation_id)
    else:  # a path or method the API does not have: still the envelope
        parsed = response.json()
        assert not API.validation_errors(ERROR_RESPONSE, parsed)
        assert parsed["meta"]["request_id"] == response.headers["X-Request-Id"]
    if status in (401, 404, 405) and operation_id in (None, "models.list"):
        # Counted against no key: a fresh, unused window of the free tier.
        assert (values["limit"], values["remaining"]) == (60, 60)
    if status == 405:
        assert "GET" in response.headers["Allow"]
    if case == "rate limit trigger":
        assert response.headers["Retry-After"] == "1"
        assert values["remaining"] == 0


def test_remaining_counts_down_and_reset_is_an_epoch_time(server: Server) -> None:
    secret = server.new_key()  # pay-as-you-go
    with server.client(secret) as client:
        started = time.time()
        seen = [rate_headers(client.get("/models")) for _ in range(5)]
        assert [v["limit"] for v in seen] == [300] * 5
        assert [v["remaining"] for v in seen] == [299, 298, 297, 296, 295]
        resets = {v["reset"] for v in seen}
        assert len(resets) == 1, "a fixed window keeps its end"
        (reset,) = resets
        assert started + 59 <= reset <= started + 62
        assert reset > 1_700_000_000  # seconds since the epoch, not a delay
        # Pay-as-you-go budgets are per operation, each with the spec's figure.
        other = rate_headers(client.get("/models/minimax-chat-v2"))
        assert (other["limit"], other["remaining"]) == (300, 299)
        chat = rate_headers(client.post("/chat/completions", json=CHAT))
        assert (chat["limit"], chat["remaining"]) == (600, 599)
        assert rate_headers(client.get("/models"))["remaining"] == 294


def test_free_tier_shares_one_budget_of_60(server: Server) -> None:
    secret = server.new_key(tier="free")
    remaining = []
    with server.client(secret) as client:
        for path in ["/models"] * 30 + ["/models/minimax-chat-v2"] * 30:
            response = client.get(path)
            assert response.status_code == 200, response.text
            values = rate_headers(response)
            assert values["limit"] == 60
            remaining.append(values["remaining"])
        assert remaining == list(range(59, -1, -1))
        assert_rate_limited(
            client.post("/chat/completions", json=CHAT), "chat.completions.create", 60
        )
        assert_rate_limited(client.get("/models"), "models.list", 60)
        assert_rate_limited(client.get("/models/minimax-chat-v1"), "models.retrieve", 60)


def test_pay_as_you_go_limits_each_operation_by_the_spec_table(server: Server) -> None:
    limit = API.operation_at("POST", "/fine-tunes").rate_limit["pay_as_you_go"]
    assert limit == 30
    secret = server.new_key()
    with server.client(secret) as client:
        # Authenticated but invalid: the body is checked after the rate limit, so each counts.
        for used in range(1, limit + 1):
            response = client.post("/fine-tunes", json={})
            assert response.status_code == 400, response.text
            assert conforms(response, "fine_tunes.create")["error"]["code"] == "invalid_request"
            assert rate_headers(response)["remaining"] == limit - used
        assert_rate_limited(client.post("/fine-tunes", json={}), "fine_tunes.create", limit)
        assert_rate_limited(
            client.post(
                "/fine-tunes", json={"model": "minimax-chat-v2", "training_file": "file_abc"}
            ),
            "fine_tunes.create",
            limit,
        )
        # Other operations keep their own budgets.
        models = client.get("/models")
        assert models.status_code == 200
        assert rate_headers(models)["remaining"] == 299


def test_a_429_says_what_was_used_up(server: Server) -> None:
    """The free tier's budget is shared, so its 429 names no one operation; a pay-as-you-go
    429 names the operation whose budget is spent; a triggered 429 claims no requests."""
    messages = {}
    with server.client(server.new_key(tier="free")) as client:
        for _ in range(30):
            assert client.get("/models").status_code == 200
            assert client.get("/models/minimax-chat-v2").status_code == 200
        response = client.post("/chat/completions", json=CHAT)
        assert_rate_limited(response, "chat.completions.create", 60)
        messages["free"] = response.json()["error"]["message"]
    with server.client(server.new_key()) as client:
        for _ in range(30):
            client.post("/fine-tunes", json={})
        response = client.post("/fine-tunes", json={})
        assert_rate_limited(response, "fine_tunes.create", 30)
        messages["per operation"] = response.json()["error"]["message"]
        response = client.post(
            "/chat/completions",
            json={**CHAT, "messages": [{"role": "user", "content": "sandbox:rate_limit"}]},
        )
        assert response.status_code == 429
        messages["triggered"] = response.json()["error"]["message"]
    assert "60 requests" in messages["free"] and "every operation" in messages["free"]
    assert "/v1/" not in messages["free"]  # names no operation
    assert "30 requests to POST /v1/fine-tunes" in messages["per operation"]
    assert "sandbox:rate_limit" in messages["triggered"]
    assert "has made" not in messages["triggered"]
    assert "Retry in 1 second." in messages["triggered"]


def test_refusals_for_scope_are_not_counted(server: Server) -> None:
    secret = server.new_key(tier="free", scope="read_only")
    with server.client(secret) as client:
        assert rate_headers(client.get("/models"))["remaining"] == 59
        refused = client.post("/chat/completions", json=CHAT)
        assert refused.status_code == 403
        assert rate_headers(refused)["remaining"] == 59
        assert rate_headers(client.get("/models"))["remaining"] == 58


def test_refusals_for_a_model_outside_the_key_list_are_not_counted(server: Server) -> None:
    """The spec: requests refused with 401, 403 or 429 are not counted."""
    secret = server.new_key(tier="free", models=["minimax-chat-v2"])
    with server.client(secret) as client:
        assert rate_headers(client.get("/models"))["remaining"] == 59
        refused = client.post("/chat/completions", json={**CHAT, "model": "minimax-chat-v1"})
        assert refused.status_code == 403
        assert rate_headers(refused)["remaining"] == 59
        assert rate_headers(client.get("/models"))["remaining"] == 58


# --- concurrency -------------------------------------------------------------------------


def burst(server: Server, secret: str, count: int, path: str = "/models") -> list[httpx.Response]:
    """`count` requests released at once from as many threads, each on its own connection.

    (Threads over one shared client: httpx's async pool is slow with hundreds of connections.)
    """
    start = threading.Barrier(count)
    limits = httpx.Limits(max_connections=count, max_keepalive_connections=count)

    def send(client: httpx.Client) -> httpx.Response:
        start.wait(timeout=30)
        return client.get(path)

    with server.client(secret, limits=limits) as client:
        with ThreadPoolExecutor(count) as pool:
            return list(pool.map(send, [client] * count))


def assert_admits_exactly(responses: list[httpx.Response], limit: int) -> None:
    statuses = [r.status_code for r in responses]
    assert (statuses.count(200), statuses.count(429)) == (limit, len(responses) - limit)
    admitted = sorted(rate_headers(r)["remaining"] for r in responses if r.status_code == 200)
    assert admitted == list(range(limit)), "each admitted request saw its own count"
    for response in responses:
        if response.status_code == 429:
            assert response.headers["X-RateLimit-Remaining"] == "0"
            assert int(response.headers["Retry-After"]) >= 1
            assert response.json()["error"]["code"] == "rate_limit_exceeded"


def test_200_concurrent_requests_admit_exactly_60(server: Server) -> None:
    secret = server.new_key(tier="free")
    assert_admits_exactly(burst(server, secret, 200), 60)


def test_200_concurrent_requests_admit_exactly_60_across_two_workers(
    fresh_server: Callable[..., Server],
) -> None:
    running = fresh_server(workers=2)
    time.sleep(0.5)  # start() returns when one worker answers; let the second come up too
    secret = running.new_key(tier="free")
    assert_admits_exactly(burst(running, secret, 200), 60)


def test_enterprise_limit_includes_the_burst_allowance(server: Server) -> None:
    ratio = API.tier("enterprise").burst_ratio
    assert ratio == 0.5
    secret = server.new_key(tier="enterprise", enterprise_rpm=10)
    responses = burst(server, secret, 40)
    assert {r.headers["X-RateLimit-Limit"] for r in responses} == {"15"}
    assert_admits_exactly(responses, 15)
    assert_rate_limited(next(r for r in responses if r.status_code == 429), "models.list", 15)


def test_enterprise_default_limits_are_the_spec_figures_plus_burst(server: Server) -> None:
    secret = server.new_key(tier="enterprise")
    with server.client(secret) as client:
        models = rate_headers(client.get("/models"))
        fine_tunes = rate_headers(client.post("/fine-tunes", json={}))
    assert (models["limit"], models["remaining"]) == (4500, 4499)  # 3000 + 50 %
    assert (fine_tunes["limit"], fine_tunes["remaining"]) == (450, 449)  # 300 + 50 %
