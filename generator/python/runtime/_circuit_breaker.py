"""An opt-in circuit breaker: after too many failures, calls fail at once for a while."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable

from typing_extensions import Literal

from ._exceptions import CircuitOpenError


class CircuitBreaker:
    """Fails calls fast while the API is failing, then lets a trial call through.

    It remembers whether each of the last `window` requests failed. Once at least
    `minimum_calls` are remembered and the share that failed reaches `failure_rate`, it opens:
    requests raise `CircuitOpenError` without reaching the network. After `cooldown` seconds
    one trial request goes through; if it succeeds the circuit closes, otherwise it opens again.

    A failure is one the API's health is to blame for: a 5xx status, a timeout, a connection
    error. Each retry of a call counts as a request. It is safe to share between threads.

        client = MiniMax(circuit_breaker=CircuitBreaker(failure_rate=0.5, cooldown=30))
    """

    def __init__(
        self,
        *,
        failure_rate: float = 0.5,
        window: int = 20,
        minimum_calls: int = 10,
        cooldown: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not 0 < failure_rate <= 1:
            raise ValueError("failure_rate must be in (0, 1]")
        if not 1 <= minimum_calls <= window:
            raise ValueError("minimum_calls must be between 1 and window")
        self.failure_rate = failure_rate
        self.minimum_calls = minimum_calls
        self.cooldown = cooldown
        self._clock = clock
        self._outcomes: deque[bool] = deque(maxlen=window)  # True for a failure
        self._opened_at: float | None = None
        self._trial_running = False
        self._lock = threading.Lock()

    @property
    def state(self) -> Literal["closed", "open", "half_open"]:
        with self._lock:
            if self._opened_at is None:
                return "closed"
            cooled = self._clock() - self._opened_at >= self.cooldown
            return "half_open" if cooled and not self._trial_running else "open"

    def before_request(self) -> bool:
        """Raise `CircuitOpenError` unless a request may go out; True for the trial request."""
        with self._lock:
            if self._opened_at is None:
                return False
            waited = self._clock() - self._opened_at
            if waited < self.cooldown or self._trial_running:
                raise CircuitOpenError(max(self.cooldown - waited, 0.0))
            self._trial_running = True
            return True

    def record(self, *, failed: bool, trial: bool) -> None:
        """The outcome of a request let through by `before_request`."""
        with self._lock:
            if trial:
                self._trial_running = False
                self._opened_at = self._clock() if failed else None
                self._outcomes.clear()
            elif self._opened_at is None:  # not a request that started before it opened
                self._outcomes.append(failed)
                calls = len(self._outcomes)
                if calls >= self.minimum_calls and sum(self._outcomes) / calls >= self.failure_rate:
                    self._opened_at = self._clock()
