"""The exception tree, read off the spec's `ErrorCode` enum and its `x-http-status` map.

One class per HTTP status (named as the OpenAI and Anthropic SDKs name them, so `except
RateLimitError` reads the same everywhere) and, under it, one class per error code. A code whose
class name equals its status's is that class: `not_found` is `NotFoundError` itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from openapi_python_client.strings import ClassName

from generator.python.param_types import GeneratorError

STATUS_CLASSES = {
    400: "BadRequestError",
    401: "AuthenticationError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    405: "MethodNotAllowedError",
    409: "ConflictError",
    413: "PayloadTooLargeError",
    415: "UnsupportedMediaTypeError",
    422: "UnprocessableEntityError",
    429: "RateLimitError",
    500: "InternalServerError",
}


@dataclass(frozen=True)
class StatusClass:
    status: int
    name: str
    description: str  # what to do, when one error code is this class itself


@dataclass(frozen=True)
class CodeClass:
    code: str
    status: int
    name: str
    base: str  # its status class, or itself when the names are equal
    description: str


@dataclass(frozen=True)
class ErrorTree:
    statuses: list[StatusClass]
    codes: list[CodeClass]


def build(spec: dict[str, Any]) -> ErrorTree:
    schema = spec["components"]["schemas"]["ErrorCode"]
    status_of: dict[str, int] = schema["x-http-status"]
    missing = [code for code in schema["enum"] if code not in status_of]
    if missing:
        raise GeneratorError(f"ErrorCode: no x-http-status for {missing}")
    unnamed = sorted({s for s in status_of.values() if s not in STATUS_CLASSES})
    if unnamed:
        raise GeneratorError(f"name the exception class of status {unnamed} in STATUS_CLASSES")
    hints = _table_hints(schema.get("description", ""))
    codes = []
    for code in schema["enum"]:
        status = status_of[code]
        name = str(ClassName(code, ""))
        name = name if name.endswith("Error") else name + "Error"
        codes.append(CodeClass(code, status, name, STATUS_CLASSES[status], hints.get(code, "")))
    merged = {c.base: f"`{c.code}`: {c.description}" for c in codes if c.name == c.base}
    statuses = [
        StatusClass(s, STATUS_CLASSES[s], merged.get(STATUS_CLASSES[s], ""))
        for s in sorted(set(status_of.values()))
    ]
    return ErrorTree(statuses, codes)


def _table_hints(description: str) -> dict[str, str]:
    """`what to do` per code, from the markdown table in ErrorCode's description."""
    hints = {}
    for line in description.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[0].startswith("`"):
            hints[cells[0].strip("`")] = cells[2]
    return hints
