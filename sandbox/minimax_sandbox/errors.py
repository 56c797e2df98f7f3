"""API errors: raised anywhere while handling a request, rendered as the spec's error envelope."""

from __future__ import annotations

from typing import Any

from minimax_openapi.document import resolve, shared

# The status of each error code, from the spec's `ErrorCode` (`x-http-status`).
STATUS: dict[str, int] = resolve(shared(), {"$ref": "#/components/schemas/ErrorCode"})[
    "x-http-status"
]


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
