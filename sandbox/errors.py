"""API errors: raised anywhere while handling a request, rendered as the spec's error envelope."""

from __future__ import annotations

from typing import Any

# The status each error code is answered with (the table in the spec's `ErrorCode`).
STATUS = {
    "invalid_request": 400,
    "authentication_failed": 401,
    "permission_denied": 403,
    "not_found": 404,
    "model_not_found": 404,
    "method_not_allowed": 405,
    "idempotency_key_in_use": 409,
    "task_not_ready": 409,
    "payload_too_large": 413,
    "unsupported_media_type": 415,
    "idempotency_key_reused": 422,
    "rate_limit_exceeded": 429,
    "server_error": 500,
}


class ApiError(Exception):
    """An error the API answers with; `headers` adds e.g. `Retry-After` or `Allow`."""

    def __init__(
        self,
        code: str,
        message: str,
        details: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.status = STATUS[code]
        self.message = message
        self.details = details or {}
        self.headers = headers or {}

    def body(self, request_id: str) -> dict[str, Any]:
        return {
            "error": {"code": self.code, "message": self.message, "details": self.details},
            "meta": {"request_id": request_id},
        }


def invalid(message: str, field: str | None = None, **details: Any) -> ApiError:
    if field is not None:
        details["field"] = field
    return ApiError("invalid_request", message, details)
