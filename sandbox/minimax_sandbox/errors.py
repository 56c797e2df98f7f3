"""API errors: raised anywhere while handling a request, rendered as the spec's error envelope."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from minimax_openapi.spec import shared

# The HTTP status of each error code, as the spec gives it.
STATUS: Mapping[str, int] = shared().status_of


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


def not_found(kind: str, resource_id: str) -> ApiError:
    return ApiError(
        "not_found", f"No {kind} '{resource_id}' exists for this account.", {"id": resource_id}
    )


def invalid(message: str, field: str | None = None, **details: Any) -> ApiError:
    if field is not None:
        details["field"] = field
    return ApiError("invalid_request", message, details)
