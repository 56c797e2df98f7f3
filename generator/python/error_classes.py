"""The exception tree, read off the spec's error codes (`Api.error_codes`: status and advice).

One class per HTTP status (named in `generator/sdk.yaml`, as the OpenAI and Anthropic SDKs name
them, so `except RateLimitError` reads the same everywhere) and, under it, one class per error
code. A code whose class name equals its status's is that class: `not_found` is `NotFoundError`
itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from openapi_python_client.strings import ClassName

from generator.sdk_config import SdkConfig
from minimax_openapi.model import Api


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
    description: str  # the spec's advice to the caller


@dataclass(frozen=True)
class ErrorTree:
    statuses: list[StatusClass]
    codes: list[CodeClass]


def build(api: Api, sdk: SdkConfig) -> ErrorTree:
    codes = []
    for error in api.error_codes:
        name = str(ClassName(error.code, ""))
        name = name if name.endswith("Error") else name + "Error"
        base = sdk.status_class(error.status)
        codes.append(CodeClass(error.code, error.status, name, base, error.advice))
    merged = {c.base: f"`{c.code}`: {c.description}" for c in codes if c.name == c.base}
    statuses = [
        StatusClass(s, sdk.status_class(s), merged.get(sdk.status_class(s), ""))
        for s in sorted({e.status for e in api.error_codes})
    ]
    return ErrorTree(statuses, codes)
