# Generated from openapi/minimax.yaml by generator/ — do not edit.
"""The exceptions the client raises: every one is an `APIError`, so one `except` catches them all.

    APIError
    ├── ConfigurationError          a missing or malformed setting (the API key)
    ├── CircuitOpenError            the circuit breaker fails the call fast
    ├── WaitTimeoutError            `wait()` ran out of time; the task may still finish
    ├── APIConnectionError          the API was not reached (a closed client included)
    │   └── APITimeoutError         the call's timeout ran out
    ├── APIResponseValidationError  a body this version cannot read
    └── APIStatusError              an error status, or an `error` frame in a stream
        └── one class per status, and one per error code beneath it

`MiniMaxError` is another name for `APIError`.

`APIStatusError` has one subclass per HTTP status the API uses and, under those, one per
`error.code` of the spec's `ErrorCode` (under the class of its status). An error is raised as
the class of its code; a code this version does not know is raised as the class of its status.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from ._constants import REQUEST_ID_HEADER, RETRY_AFTER_HEADER
from ._redaction import redact
from .models import FineTune, VideoGeneration


class APIError(Exception):
    """The base of every exception this package raises: what went wrong, and what the API said
    about it, as far as it said anything."""

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        details: Mapping[str, Any] | None = None,
        request_id: str | None = None,
        status_code: int | None = None,
    ) -> None:
        self.message = redact(message)
        super().__init__(self.message)
        self.code = code
        self.details: dict[str, Any] = dict(details or {})
        self.request_id = request_id
        self.status_code = status_code

    def _facts(self) -> list[tuple[str, str, object]]:
        return [
            (label, name, value)
            for label, name, value in (
                ("status", "status_code", self.status_code),
                ("code", "code", self.code),
                ("request id", "request_id", self.request_id),
            )
            if value is not None
        ]

    def __str__(self) -> str:
        facts = [f"{label} {value}" for label, _, value in self._facts()]
        return f"{self.message} ({', '.join(facts)})" if facts else self.message

    def __repr__(self) -> str:
        fields = [repr(self.message)] + [f"{name}={value!r}" for _, name, value in self._facts()]
        return f"{type(self).__name__}({', '.join(fields)})"


MiniMaxError = APIError  # the root's earlier name


class ConfigurationError(APIError):
    """The client was made with a missing or malformed setting, such as the API key."""


class CircuitOpenError(APIError):
    """The circuit breaker is open: calls fail at once until a trial call is let through."""

    def __init__(self, retry_after: float) -> None:
        super().__init__(
            f"the circuit breaker is open after repeated failures; a trial call is let "
            f"through in {retry_after:.1f}s"
        )
        self.retry_after = retry_after


class WaitTimeoutError(APIError):
    """A task did not reach a final status within the time given to `wait`."""

    def __init__(self, message: str, last: FineTune | VideoGeneration) -> None:
        super().__init__(message)
        self.last = last  # the task as last seen


class APIConnectionError(APIError):
    """The API could not be reached, or the connection broke (a stream cut short included)."""


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class APIResponseValidationError(APIError):
    """The API answered with a body this version of the client cannot read."""


class APIStatusError(APIError):
    """The API answered with an error: an error status, or an `error` frame in a stream."""

    status_code: int

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        status_code: int,
        code: str | None = None,
        details: Mapping[str, Any] | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(
            message, code=code, details=details, request_id=request_id, status_code=status_code
        )
        self.response = response


class BadRequestError(APIStatusError):
    """HTTP 400."""


class AuthenticationError(APIStatusError):
    """HTTP 401."""


class PermissionDeniedError(APIStatusError):
    """HTTP 403. `permission_denied`: Use a key whose scope and models allow the call, or a fresh download URL."""


class NotFoundError(APIStatusError):
    """HTTP 404. `not_found`: Check the id; resources belong to the account that created them."""


class MethodNotAllowedError(APIStatusError):
    """HTTP 405. `method_not_allowed`: Use a method from the `Allow` header."""


class ConflictError(APIStatusError):
    """HTTP 409."""


class PayloadTooLargeError(APIStatusError):
    """HTTP 413. `payload_too_large`: Send a smaller body or file."""


class UnsupportedMediaTypeError(APIStatusError):
    """HTTP 415. `unsupported_media_type`: Send the content type the operation takes."""


class UnprocessableEntityError(APIStatusError):
    """HTTP 422."""


class RateLimitError(APIStatusError):
    """HTTP 429: wait `retry_after` seconds before calling again."""

    @property
    def retry_after(self) -> float | None:
        """The seconds the API asked to wait (its Retry-After header), if it said."""
        value = self.response.headers.get(RETRY_AFTER_HEADER)
        try:
            return float(value) if value is not None else None
        except ValueError:
            return None


class InternalServerError(APIStatusError):
    """HTTP 500."""


class InvalidRequestError(BadRequestError):
    """`invalid_request`: Fix the field named in `details.field`."""


class AuthenticationFailedError(AuthenticationError):
    """`authentication_failed`: Check the key, its prefix and that it is not revoked."""


class ModelNotFoundError(NotFoundError):
    """`model_not_found`: Pick a model from `GET /models`."""


class IdempotencyKeyInUseError(ConflictError):
    """`idempotency_key_in_use`: Wait for the first request with this key, then retry."""


class TaskNotReadyError(ConflictError):
    """`task_not_ready`: Wait until the task has succeeded."""


class KeyLimitReachedError(ConflictError):
    """`key_limit_reached`: Revoke a key the account no longer uses, then create the new one."""


class KeyRevokedError(ConflictError):
    """`key_revoked`: Create a new key; a revoked key cannot be rotated or restored."""


class IdempotencyKeyReusedError(UnprocessableEntityError):
    """`idempotency_key_reused`: Use a new `Idempotency-Key` for a different request."""


class RateLimitExceededError(RateLimitError):
    """`rate_limit_exceeded`: Wait `Retry-After` seconds, then back off exponentially with jitter."""


class ServerError(InternalServerError):
    """`server_error`: Retry with the same `Idempotency-Key`; quote the request id if it persists."""


# The HTTP status of each error code, as the spec gives it.
ERROR_CODE_STATUS: dict[str, int] = {
    "invalid_request": 400,
    "authentication_failed": 401,
    "permission_denied": 403,
    "not_found": 404,
    "model_not_found": 404,
    "method_not_allowed": 405,
    "idempotency_key_in_use": 409,
    "task_not_ready": 409,
    "key_limit_reached": 409,
    "key_revoked": 409,
    "payload_too_large": 413,
    "unsupported_media_type": 415,
    "idempotency_key_reused": 422,
    "rate_limit_exceeded": 429,
    "server_error": 500,
}
ERROR_CODE_CLASSES: dict[str, type[APIStatusError]] = {
    "invalid_request": InvalidRequestError,
    "authentication_failed": AuthenticationFailedError,
    "permission_denied": PermissionDeniedError,
    "not_found": NotFoundError,
    "model_not_found": ModelNotFoundError,
    "method_not_allowed": MethodNotAllowedError,
    "idempotency_key_in_use": IdempotencyKeyInUseError,
    "task_not_ready": TaskNotReadyError,
    "key_limit_reached": KeyLimitReachedError,
    "key_revoked": KeyRevokedError,
    "payload_too_large": PayloadTooLargeError,
    "unsupported_media_type": UnsupportedMediaTypeError,
    "idempotency_key_reused": IdempotencyKeyReusedError,
    "rate_limit_exceeded": RateLimitExceededError,
    "server_error": ServerError,
}
STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    405: MethodNotAllowedError,
    409: ConflictError,
    413: PayloadTooLargeError,
    415: UnsupportedMediaTypeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    500: InternalServerError,
}


def make_status_error(
    response: httpx.Response, body: object, *, in_stream: bool = False
) -> APIStatusError:
    """The exception for an error envelope `body` (read leniently: a proxy may send anything).

    An `error` frame comes in a stream whose response was a 200; its status is its code's.
    """
    envelope = body if isinstance(body, Mapping) else {}
    error = envelope.get("error")
    error = error if isinstance(error, Mapping) else {}
    meta = envelope.get("meta")
    meta = meta if isinstance(meta, Mapping) else {}
    code = error.get("code") if isinstance(error.get("code"), str) else None
    status = response.status_code
    if in_stream:
        status = ERROR_CODE_STATUS.get(code or "", 500)
    error_class = ERROR_CODE_CLASSES.get(code or "") or STATUS_CLASSES.get(status)
    if error_class is None:
        error_class = InternalServerError if status >= 500 else APIStatusError
    details = error.get("details")
    request_id = meta.get("request_id") or response.headers.get(REQUEST_ID_HEADER)
    return error_class(
        str(error.get("message") or f"the API answered HTTP {status}"),
        response=response,
        status_code=status,
        code=code,
        details=details if isinstance(details, Mapping) else None,
        request_id=request_id if isinstance(request_id, str) else None,
    )
