"""The opt-in circuit breaker: opens at a failure rate, fails fast, lets a trial call through."""

from __future__ import annotations

import httpx
import pytest
import respx
from client_support import BASE_URL, KEY

from minimax import (
    BadRequestError,
    CircuitBreaker,
    CircuitOpenError,
    InternalServerError,
    MiniMax,
)

MODELS = BASE_URL + "/models"
LISTED = httpx.Response(200, json={"data": [], "meta": {"request_id": "req_00000001"}})
FAILED = httpx.Response(
    503, json={"error": {"code": "server_error", "message": "down", "details": {}}}
)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def breaker(clock: Clock) -> CircuitBreaker:
    return CircuitBreaker(failure_rate=0.5, window=4, minimum_calls=4, cooldown=30, clock=clock)


def test_opens_at_the_failure_rate_and_recovers_after_a_good_trial() -> None:
    clock = Clock()
    circuit = breaker(clock)
    for failed in (False, True, False):
        circuit.record(failed=failed, trial=circuit.before_request())
    assert circuit.state == "closed"  # 1 of 3: too few calls to judge yet
    circuit.record(failed=True, trial=circuit.before_request())
    assert circuit.state == "open"  # 2 of 4 failed: the rate is reached
    with pytest.raises(CircuitOpenError) as caught:
        circuit.before_request()
    assert caught.value.retry_after == 30
    clock.now += 30
    assert circuit.state == "half_open"
    assert circuit.before_request() is True  # the trial
    with pytest.raises(CircuitOpenError):
        circuit.before_request()  # only one trial at a time
    circuit.record(failed=False, trial=True)
    assert circuit.state == "closed"


def test_a_failed_trial_opens_it_for_another_cooldown() -> None:
    clock = Clock()
    circuit = breaker(clock)
    for _ in range(4):
        circuit.record(failed=True, trial=circuit.before_request())
    clock.now += 31
    circuit.record(failed=True, trial=circuit.before_request())
    assert circuit.state == "open"
    clock.now += 29
    with pytest.raises(CircuitOpenError):
        circuit.before_request()


def test_old_outcomes_leave_the_window() -> None:
    circuit = breaker(Clock())
    for failed in (True, False, False, False, True, False, False):
        circuit.record(failed=failed, trial=circuit.before_request())
    assert circuit.state == "closed"  # never 2 failures among the last 4


def test_rejects_settings_that_cannot_work() -> None:
    with pytest.raises(ValueError):
        CircuitBreaker(failure_rate=0)
    with pytest.raises(ValueError):
        CircuitBreaker(window=5, minimum_calls=6)


@respx.mock
def test_the_client_fails_fast_while_open_without_reaching_the_network(
    no_sleep: list[float],
) -> None:
    clock = Clock()
    route = respx.get(MODELS).mock(return_value=FAILED)
    client = MiniMax(api_key=KEY, base_url=BASE_URL, max_retries=5, circuit_breaker=breaker(clock))
    with pytest.raises(CircuitOpenError):
        client.models.list()  # its retries fail too, and open the circuit mid-call
    assert route.call_count == 4
    with pytest.raises(CircuitOpenError):
        client.models.list()
    assert route.call_count == 4
    clock.now += 30
    route.mock(return_value=LISTED)
    assert client.models.list().data == []
    assert client.circuit_breaker is not None and client.circuit_breaker.state == "closed"


@respx.mock
def test_client_errors_do_not_count_as_failures() -> None:
    body = {"error": {"code": "invalid_request", "message": "no", "details": {}}}
    respx.get(MODELS).mock(return_value=httpx.Response(400, json=body))
    client = MiniMax(api_key=KEY, base_url=BASE_URL, circuit_breaker=breaker(Clock()))
    for _ in range(6):
        with pytest.raises(BadRequestError):
            client.models.list()
    assert client.circuit_breaker is not None and client.circuit_breaker.state == "closed"


@respx.mock
def test_without_a_breaker_failures_never_fail_fast(no_sleep: list[float]) -> None:
    respx.get(MODELS).mock(return_value=FAILED)
    client = MiniMax(api_key=KEY, base_url=BASE_URL, max_retries=0)
    for _ in range(10):
        with pytest.raises(InternalServerError):
            client.models.list()
