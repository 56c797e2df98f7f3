"""The transport: builds each request, sends it with retries, turns the response into a result.

Retried: 408, 429, 5xx, a 409 `idempotency_key_in_use`, timeouts and connection errors, up to
`max_retries` times, after exponential backoff with jitter or the server's `Retry-After`.
Every POST carries an `Idempotency-Key` (the caller's, or a fresh UUID) that stays the same
across the retries of one call, so the API never does the work of one call twice.
"""

from __future__ import annotations

import asyncio
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
    RETRY_AFTER_HEADER,
    VERSION,
)
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    ConfigurationError,
    make_status_error,
)
from ._redaction import redact, redact_key
from ._response import APIResult, RateLimit
from ._serialization import given_text, to_jsonable
from ._streaming import AsyncStream, Stream
from ._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from .models import Meta

log = logging.getLogger(PACKAGE_NAME)

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

USER_AGENT = f"{PROJECT_NAME}/{VERSION} python/{platform.python_version()}"
_RETRIED_STATUSES = frozenset({408, 429})  # and every 5xx


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

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, api_key={redact_key(self.api_key)!r})"

    def _idempotency_key(self, options: RequestOptions) -> str | None:
        """A POST's key: the caller's if given, else a fresh one for this call and its retries."""
        given = {**options.headers, **(options.extra_headers or {})}
        if any(name.lower() == IDEMPOTENCY_KEY_HEADER.lower() for name in given):
            return None
        return str(uuid.uuid4()) if options.method.lower() == "post" else None

    def _build_request(
        self, http: httpx.Client | httpx.AsyncClient, options: RequestOptions, key: str | None
    ) -> httpx.Request:
        headers = {
            "Authorization": f"Bearer {self.api_key}",
            "Accept": "application/json",
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
            timeout=self._timeout(options),
        )

    def _timeout(self, options: RequestOptions) -> httpx.Timeout:
        """The call's own timeout, else the client's, else the operation's default."""
        timeout = options.timeout
        if isinstance(timeout, NotGiven):
            timeout = self.timeout
        if isinstance(timeout, NotGiven):
            timeout = options.default_timeout
        if isinstance(timeout, httpx.Timeout):
            return timeout
        return httpx.Timeout(
            timeout, connect=CONNECT_TIMEOUT if timeout is None else min(timeout, CONNECT_TIMEOUT)
        )

    def _retry_delay(self, retry: int, response: httpx.Response | None) -> float | None:
        """Seconds to wait before retry number `retry` (from 1), or None to stop retrying."""
        if retry > self.max_retries:
            return None
        asked = _retry_after(response) if response is not None else None
        if asked is not None:
            return asked if asked <= MAX_RETRY_AFTER else None
        backoff = min(INITIAL_RETRY_DELAY * 2.0 ** (retry - 1), MAX_RETRY_DELAY)
        return backoff * (1 - 0.25 * random.random())

    def _failed_delay(self, retry: int, response: httpx.Response) -> float | None:
        """How long to wait before retrying an error response, or None if it is final."""
        if response.status_code in _RETRIED_STATUSES or response.status_code >= 500:
            return self._retry_delay(retry, response)
        if response.status_code == 409 and _error_code(response) == IDEMPOTENCY_CONFLICT_CODE:
            return self._retry_delay(retry, response)
        return None

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
    def _log_retry(request: httpx.Request, delay: float, retry: int, reason: object) -> None:
        log.info(
            "retrying %s %s in %.2fs (retry %d) after %s",
            request.method,
            redact(str(request.url)),
            delay,
            retry,
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
        retry = 0
        while True:
            retry += 1
            request = self._build_request(self._http, options, key)
            trial = self._before_request()
            started = time.monotonic()
            try:
                response = self._http.send(request, stream=stream)
            except httpx.TransportError as exc:
                self._after_request(failed=True, trial=trial)
                delay = self._retry_delay(retry, None)
                if delay is None:
                    raise self._connection_error(exc) from exc
                self._log_retry(request, delay, retry, exc)
                time.sleep(delay)
                continue
            except BaseException:  # cancelled or interrupted: free the breaker's trial slot
                self._after_request(failed=True, trial=trial)
                raise
            self._after_request(failed=response.status_code >= 500, trial=trial)
            self._log_response(request, response, started)
            if response.is_success:
                return response
            if stream:
                response.read()
            delay = self._failed_delay(retry, response)
            if delay is None:
                raise self._status_error(response)
            self._log_retry(request, delay, retry, f"HTTP {response.status_code}")
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
        response = self._send(options, stream=True)
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
        retry = 0
        while True:
            retry += 1
            request = self._build_request(self._http, options, key)
            trial = self._before_request()
            started = time.monotonic()
            try:
                response = await self._http.send(request, stream=stream)
            except httpx.TransportError as exc:
                self._after_request(failed=True, trial=trial)
                delay = self._retry_delay(retry, None)
                if delay is None:
                    raise self._connection_error(exc) from exc
                self._log_retry(request, delay, retry, exc)
                await asyncio.sleep(delay)
                continue
            except BaseException:  # cancelled or interrupted: free the breaker's trial slot
                self._after_request(failed=True, trial=trial)
                raise
            self._after_request(failed=response.status_code >= 500, trial=trial)
            self._log_response(request, response, started)
            if response.is_success:
                return response
            if stream:
                await response.aread()
            delay = self._failed_delay(retry, response)
            if delay is None:
                raise self._status_error(response)
            self._log_retry(request, delay, retry, f"HTTP {response.status_code}")
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
        response = await self._send(options, stream=True)
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
