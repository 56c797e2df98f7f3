"""The error classes of `src/errors.ts`, read off the spec's error codes (`Api.error_codes`).

One class per HTTP status, named in `generator/sdk.yaml` (as the OpenAI and Anthropic SDKs
name them), extending the runtime's `APIError`; under it, one class per error code. A code
whose class name equals its status's is that class: `not_found` is `NotFoundError` itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.sdk_config import SdkConfig
from generator.typescript import names
from minimax_openapi.model import Api

# What the runtime's core/error-base.ts defines: the classes every client has, whatever the spec.
CORE_ERRORS = (
    "MiniMaxError",
    "ConfigurationError",
    "APIError",
    "APIConnectionError",
    "APITimeoutError",
    "APIUserAbortError",
    "CircuitOpenError",
    "WaitTimeoutError",
)


@dataclass(frozen=True)
class StatusClass:
    status: int
    name: str
    doc: str


@dataclass(frozen=True)
class CodeClass:
    code: str
    status: int
    name: str
    base: str  # its status's class, or itself when the names are equal
    advice: str  # the spec's advice to the caller


@dataclass(frozen=True)
class ErrorTree:
    statuses: list[StatusClass]
    codes: list[CodeClass]
    server_error: str | None  # the class of an unknown 5xx status: the one of 500

    @property
    def names(self) -> list[str]:
        """Every generated class, bases first."""
        return [s.name for s in self.statuses] + [c.name for c in self.codes if c.name != c.base]


def build(api: Api, sdk: SdkConfig) -> ErrorTree:
    codes = []
    for error in api.error_codes:
        name = names.pascal(error.code)
        name = name if name.endswith("Error") else name + "Error"
        codes.append(
            CodeClass(error.code, error.status, name, sdk.status_class(error.status), error.advice)
        )
    merged = {c.base: f"`{c.code}`: {c.advice}" for c in codes if c.name == c.base}
    statuses = []
    for status in sorted({e.status for e in api.error_codes}):
        name = sdk.status_class(status)
        doc = f"HTTP {status}." + (f" {merged[name]}" if name in merged else "")
        statuses.append(StatusClass(status, name, doc))
    server = next((s.name for s in statuses if s.status == 500), None)
    return ErrorTree(statuses, codes, server)
