"""The transport: builds each request, sends it with retries, turns the response into a result.

Retried: `RETRIED_STATUSES`, 5xx, timeouts and connection errors, up to `max_retries` times,
after exponential backoff with jitter, or after the server's `Retry-After` (doubled, with
jitter, on each further retry). Every POST carries an `Idempotency-Key` (the caller's, or a
fresh UUID) that stays the same across the retries of one call, so the API never does the work
of one call twice. A 409 `idempotency_key_in_use` means an earlier attempt of the call is still
running: it is waited on and retried without counting against `max_retries`.

A timeout given in seconds is the budget of the whole call, retries and their waits included:
each attempt gets what is left of it, and a wait that would end past it is not started (the last
error is raised instead, a timeout when an attempt timed out). An `httpx.Timeout` applies to
each attempt as httpx defines it, with no budget across them.
"""

from __future__ import annotations

import asyncio
import dataclasses
import email.utils
import logging
import os
import platform
import random
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

import httpx

from . import models
from ._circuit_breaker import CircuitBreaker
from ._constants import (
    API_KEY_ENV,
    API_KEY_PREFIXES,
    BASE_URL_ENV,
    CONNECT_TIMEOUT,
    DEFAULT_BASE_URL,
    IDEMPOTENCY_CONFLICT_CODE,
    IDEMPOTENCY_KEY_HEADER,
    INITIAL_RETRY_DELAY,
    MAX_RETRY_AFTER,
    MAX_RETRY_DELAY,
    PACKAGE_NAME,
    PROJECT_NAME,
    REQUEST_ID_HEADER,
    RETRIED_STATUSES,
    RETRY_AFTER_HEADER,
    STREAM_MEDIA_TYPE,
    VERSION,
)
from ._deprecation import DeprecationNotices
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    ConfigurationError,
    make_status_error,
)
from ._redaction import install_log_filter, redact, redact_key, redact_reprs
from ._response import APIResult, RateLimit
from ._serialization import given_text, to_jsonable
from ._streaming import AsyncStream, Stream
from ._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from .models import Meta

log = logging.getLogger(PACKAGE_NAME)
# httpx logs every request's URL at INFO: a download's signature must not show there.
install_log_filter("httpx", "httpcore", PACKAGE_NAME)
redact_reprs(vars(models).values())

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

USER_AGENT = f"{PROJECT_NAME}/{VERSION} python/{platform.python_version()}"
# Waits on a 409 `idempotency_key_in_use` beside `max_retries`, when the call has no budget.
_MAX_IN_USE_WAITS = 10


class Envelope(Protocol[T_co]):
    """A generated `{data, meta}` response model."""

    @property
    def data(self) -> T_co: ...

    @property
    def meta(self) -> Meta: ...


@dataclass
class RequestOptions:
    """One call's request, as a resource method describes it."""

    method: str
    path: str
    default_timeout: float
    params: Mapping[str, str] = field(default_factory=dict)
    headers: Mapping[str, str] = field(default_factory=dict)
    json: Any = None
    form: Mapping[str, str] | None = None
    files: Mapping[str, tuple[str, bytes, str | None]] | None = None
    extra_headers: Headers | None = None
    extra_query: Query | None = None
    extra_body: Body | None = None
    timeout: Timeout | NotGiven = NOT_GIVEN
    max_retries: int | NotGiven = NOT_GIVEN
    accept: str = "application/json"  # the media type of the success response
    model: str | None = None  # the model the request names: its deprecation is reported


@dataclass
class _Attempts:
    """The state of one call's attempts: its budget, the retries it used, an earlier timeout."""

    max_retries: int
    budget: float | None  # seconds for the whole call; None for no limit
    fixed_timeout: httpx.Timeout | None  # an httpx.Timeout given for each attempt
    deadline: float | None = None  # time.monotonic() at which the budget runs out
    retries: int = 0
    in_use_waits: int = 0
    timed_out: APITimeoutError | None = None

    def timeout(self) -> httpx.Timeout:
        """The timeout of the next attempt: what is left of the budget."""
        if self.fixed_timeout is not None:
            return self.fixed_timeout
        if self.budget is None:
            return httpx.Timeout(None, connect=CONNECT_TIMEOUT)
        if self.deadline is None:  # the first attempt: the budget starts now
            self.deadline = time.monotonic() + self.budget
            left = self.budget
        else:
            left = max(self.deadline - time.monotonic(), 0.001)
        return httpx.Timeout(left, connect=min(left, CONNECT_TIMEOUT))

    def within_budget(self, delay: float | None) -> float | None:
        """`delay`, unless the wait would reach the end of the budget (None then)."""
        if delay is None or self.deadline is None:
            return delay
        return delay if time.monotonic() + delay < self.deadline else None


class BaseClient:
    """Settings, request building and retry decisions, shared by the sync and async clients."""

    def __init__(
        self,
        *,
        api_key: str | None,
        base_url: str | None,
        timeout: Timeout | NotGiven,
        max_retries: int,
        default_headers: Headers | None,
        circuit_breaker: CircuitBreaker | None,
    ) -> None:
        api_key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
        if not api_key:
            raise ConfigurationError(f"no API key: pass api_key=... or set {API_KEY_ENV}")
        if not api_key.startswith(API_KEY_PREFIXES):
            raise ConfigurationError(
                "the API key must start with "
                + " or ".join(repr(p) for p in API_KEY_PREFIXES)
                + "; check that the whole key was copied"
            )
        self.api_key = api_key
        self.base_url = (base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL).rstrip("/")
        self.timeout = timeout
        self.max_retries = max_retries
        self.default_headers = dict(default_headers or {})
        self.circuit_breaker = circuit_breaker
        self._deprecations = DeprecationNotices()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, api_key={redact_key(self.api_key)!r})"

    def _idempotency_key(self, options: RequestOptions) -> str | None:
        """A POST's key: the caller's if given, else a fresh one for this call and its retries."""
        given = {**options.headers, **(options.extra_headers or {})}
        if any(name.lower() == IDEMPOTENCY_KEY_HEADER.lower() for name in given):
            return None
        return str(uuid.uuid4()) if options.method.lower() == "post" else None

    def _attempts(self, options: RequestOptions) -> _Attempts:
        """A call's retry allowance and budget: its own, else the client's, else the default."""
        timeout = options.timeout
        if isinstance(timeout, NotGiven):
            timeout = self.timeout
        if isinstance(timeout, NotGiven):
            timeout = options.default_timeout
        max_retries = options.max_retries
        if isinstance(max_retries, NotGiven):
            max_retries = self.max_retries
        if isinstance(timeout, httpx.Timeout):
            return _Attempts(max_retries, None, timeout)
        return _Attempts(max_retries, timeout, None)

    def _check_open(self, http: httpx.Client | httpx.AsyncClient) -> None:
        if http.is_closed:
            raise APIConnectionError(
                "the client is closed (after close() or its `with` block); make a new one"
            )

    def _build_request(
        self,
        http: httpx.Client | httpx.AsyncClient,
        options: RequestOptions,
        key: str | None,
        timeout: httpx.Timeout,
    ) -> httpx.Request:
        headers = {
            "Authorization": f"Bearer {self.api_key}",
            "Accept": options.accept,
            "User-Agent": USER_AGENT,
            **self.default_headers,
            **options.headers,
        }
        if key is not None:
            headers[IDEMPOTENCY_KEY_HEADER] = key
        headers.update(options.extra_headers or {})
        params = {**options.params, **given_text(options.extra_query or {})}
        json_body, form = options.json, options.form
        if options.extra_body:
            if form is not None:
                form = {**form, **given_text(options.extra_body)}
            else:
                json_body = {**(json_body or {}), **to_jsonable(options.extra_body)}
        return http.build_request(
            options.method,
            self.base_url + options.path,
            params=params or None,
            headers=headers,
            json=json_body,
            data=form,
            files=options.files,
            timeout=timeout,
        )

    @staticmethod
    def _retry_delay(retry: int, response: httpx.Response | None) -> float:
        """Seconds to wait before retry number `retry` (from 1).

        The server's `Retry-After` as it is the first time, then doubled on each further retry
        with up to a quarter more at random, up to `MAX_RETRY_AFTER`; without one, exponential
        backoff from `INITIAL_RETRY_DELAY` up to `MAX_RETRY_DELAY`, shortened by up to a quarter.
        """
        asked = _retry_after(response) if response is not None else None
        if asked is not None:
            if retry == 1:
                return asked
            grown = max(asked, INITIAL_RETRY_DELAY) * 2.0 ** (retry - 1)
            return min(grown * (1 + 0.25 * random.random()), max(MAX_RETRY_AFTER, asked))
        backoff = min(INITIAL_RETRY_DELAY * 2.0 ** (retry - 1), MAX_RETRY_DELAY)
        return backoff * (1 - 0.25 * random.random())

    def _transport_delay(self, attempts: _Attempts, exc: httpx.TransportError) -> float | None:
        """How long to wait before retrying after a connection error or timeout, or None."""
        if isinstance(exc, httpx.TimeoutException):
            attempts.timed_out = APITimeoutError(f"the request timed out ({type(exc).__name__})")
        attempts.retries += 1
        if attempts.retries > attempts.max_retries:
            return None
        return attempts.within_budget(self._retry_delay(attempts.retries, None))

    def _failed_delay(self, attempts: _Attempts, response: httpx.Response) -> float | None:
        """How long to wait before retrying an error response, or None if it is final.

        A 409 `idempotency_key_in_use` is an earlier attempt still running on the server: it is
        waited on within the call's budget, beside `max_retries`.
        """
        asked = _retry_after(response)
        if asked is not None and asked > MAX_RETRY_AFTER:
            return None
        if response.status_code == 409 and _error_code(response) == IDEMPOTENCY_CONFLICT_CODE:
            attempts.in_use_waits += 1
            if attempts.budget is None and attempts.in_use_waits > _MAX_IN_USE_WAITS:
                return None
            if attempts.in_use_waits > 4 * _MAX_IN_USE_WAITS:
                return None
            return attempts.within_budget(self._retry_delay(attempts.in_use_waits, response))
        if response.status_code in RETRIED_STATUSES or response.status_code >= 500:
            attempts.retries += 1
            if attempts.retries > attempts.max_retries:
                return None
            return attempts.within_budget(self._retry_delay(attempts.retries, response))
        return None

    def _final_error(
        self, attempts: _Attempts, response: httpx.Response
    ) -> APIStatusError | APITimeoutError:
        """The error of a call that ends on `response`: the timeout that caused a key in use."""
        error = self._status_error(response)
        if attempts.timed_out is not None and error.code == IDEMPOTENCY_CONFLICT_CODE:
            return attempts.timed_out
        return error

    def _before_request(self) -> bool:
        return self.circuit_breaker.before_request() if self.circuit_breaker else False

    def _after_request(self, *, failed: bool, trial: bool) -> None:
        if self.circuit_breaker:
            self.circuit_breaker.record(failed=failed, trial=trial)

    @staticmethod
    def _log_response(request: httpx.Request, response: httpx.Response, started: float) -> None:
        log.debug(
            "%s %s -> %s in %.0f ms, request id %s",
            request.method,
            redact(str(request.url)),
            response.status_code,
            (time.monotonic() - started) * 1000,
            response.headers.get(REQUEST_ID_HEADER),
        )

    @staticmethod
    def _log_retry(
        request: httpx.Request, delay: float, attempts: _Attempts, reason: object
    ) -> None:
        log.info(
            "retrying %s %s in %.2fs (retry %d, %d waits on a key in use) after %s",
            request.method,
            redact(str(request.url)),
            delay,
            attempts.retries,
            attempts.in_use_waits,
            redact(str(reason)),
        )

    @staticmethod
    def _connection_error(exc: httpx.TransportError) -> APIConnectionError:
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(f"the request timed out ({type(exc).__name__})")
        return APIConnectionError(f"could not reach the API: {exc or type(exc).__name__}")

    @staticmethod
    def _status_error(response: httpx.Response) -> APIStatusError:
        try:
            body: object = response.json()
        except ValueError:
            body = None
        return make_status_error(response, body)


class SyncAPIClient(BaseClient):
    """The transport of the sync client."""

    def __init__(self, *, http_client: httpx.Client | None, **settings: Any) -> None:
        super().__init__(**settings)
        self._http = http_client or httpx.Client()
        self._owns_http = http_client is None

    def close(self) -> None:
        """Close the connections, unless the httpx client was the caller's."""
        if self._owns_http:
            self._http.close()

    def _send(self, options: RequestOptions, *, stream: bool = False) -> httpx.Response:
        """The successful response to a call, after retries; raises the call's error otherwise."""
        key = self._idempotency_key(options)
        attempts = self._attempts(options)
        while True:
            self._check_open(self._http)
            request = self._build_request(self._http, options, key, attempts.timeout())
            trial = self._before_request()
            started = time.monotonic()
            try:
                response = self._http.send(request, stream=stream)
            except httpx.TransportError as exc:
                self._after_request(failed=True, trial=trial)
                delay = self._transport_delay(attempts, exc)
                if delay is None:
                    raise self._connection_error(exc) from exc
                self._log_retry(request, delay, attempts, exc)
                time.sleep(delay)
                continue
            except BaseException:  # cancelled or interrupted: free the breaker's trial slot
                self._after_request(failed=True, trial=trial)
                raise
            self._after_request(failed=response.status_code >= 500, trial=trial)
            self._log_response(request, response, started)
            if response.is_success:
                self._deprecations.report(options.model, response.headers)
                return response
            if stream:
                response.read()
            delay = self._failed_delay(attempts, response)
            if delay is None:
                raise self._final_error(attempts, response)
            self._log_retry(request, delay, attempts, f"HTTP {response.status_code}")
            response.close()
            time.sleep(delay)

    def request_json(
        self, options: RequestOptions, from_dict: Callable[[dict[str, Any]], Envelope[T]]
    ) -> APIResult[T]:
        return _json_result(self._send(options), from_dict)

    def request_binary(self, options: RequestOptions) -> APIResult[bytes]:
        return _binary_result(self._send(options))

    def request_stream(
        self, options: RequestOptions, item_event: str, parse_item: Callable[[Any], T]
    ) -> Stream[T]:
        response = self._send(dataclasses.replace(options, accept=STREAM_MEDIA_TYPE), stream=True)
        return Stream(response, item_event=item_event, parse_item=parse_item)


class AsyncAPIClient(BaseClient):
    """The transport of the asyncio client."""

    def __init__(self, *, http_client: httpx.AsyncClient | None, **settings: Any) -> None:
        super().__init__(**settings)
        self._http = http_client or httpx.AsyncClient()
        self._owns_http = http_client is None

    async def close(self) -> None:
        """Close the connections, unless the httpx client was the caller's."""
        if self._owns_http:
            await self._http.aclose()

    async def _send(self, options: RequestOptions, *, stream: bool = False) -> httpx.Response:
        """The successful response to a call, after retries; raises the call's error otherwise."""
        key = self._idempotency_key(options)
        attempts = self._attempts(options)
        while True:
            self._check_open(self._http)
            request = self._build_request(self._http, options, key, attempts.timeout())
            trial = self._before_request()
            started = time.monotonic()
            try:
                response = await self._http.send(request, stream=stream)
            except httpx.TransportError as exc:
                self._after_request(failed=True, trial=trial)
                delay = self._transport_delay(attempts, exc)
                if delay is None:
                    raise self._connection_error(exc) from exc
                self._log_retry(request, delay, attempts, exc)
                await asyncio.sleep(delay)
                continue
            except BaseException:  # cancelled or interrupted: free the breaker's trial slot
                self._after_request(failed=True, trial=trial)
                raise
            self._after_request(failed=response.status_code >= 500, trial=trial)
            self._log_response(request, response, started)
            if response.is_success:
                self._deprecations.report(options.model, response.headers)
                return response
            if stream:
                await response.aread()
            delay = self._failed_delay(attempts, response)
            if delay is None:
                raise self._final_error(attempts, response)
            self._log_retry(request, delay, attempts, f"HTTP {response.status_code}")
            await response.aclose()
            await asyncio.sleep(delay)

    async def request_json(
        self, options: RequestOptions, from_dict: Callable[[dict[str, Any]], Envelope[T]]
    ) -> APIResult[T]:
        return _json_result(await self._send(options), from_dict)

    async def request_binary(self, options: RequestOptions) -> APIResult[bytes]:
        return _binary_result(await self._send(options))

    async def request_stream(
        self, options: RequestOptions, item_event: str, parse_item: Callable[[Any], T]
    ) -> AsyncStream[T]:
        response = await self._send(
            dataclasses.replace(options, accept=STREAM_MEDIA_TYPE), stream=True
        )
        return AsyncStream(response, item_event=item_event, parse_item=parse_item)


def _json_result(
    response: httpx.Response, from_dict: Callable[[dict[str, Any]], Envelope[T]]
) -> APIResult[T]:
    try:
        body = response.json()
        envelope = from_dict(body)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise APIResponseValidationError(
            f"unreadable response body: {exc!r}",
            status_code=response.status_code,
            request_id=response.headers.get(REQUEST_ID_HEADER),
        ) from exc
    return APIResult(
        envelope.data, envelope.meta, RateLimit.from_headers(response.headers), response
    )


def _binary_result(response: httpx.Response) -> APIResult[bytes]:
    meta = Meta(request_id=response.headers.get(REQUEST_ID_HEADER, ""))
    return APIResult(response.content, meta, RateLimit.from_headers(response.headers), response)


def _retry_after(response: httpx.Response) -> float | None:
    """The Retry-After header in seconds: a number, or an HTTP date."""
    value: str | None = response.headers.get(RETRY_AFTER_HEADER)
    if value is None:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(when.timestamp() - time.time(), 0.0)


def _error_code(response: httpx.Response) -> str | None:
    try:
        code = response.json()["error"]["code"]
    except (ValueError, KeyError, TypeError):
        return None
    return code if isinstance(code, str) else None
