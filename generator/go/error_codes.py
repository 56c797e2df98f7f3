"""The error codes of `errors.go`, read off the spec's model (`Api.error_codes`), and their
sentinels.

Every code is an `ErrorCode` constant (`ErrorCodeModelNotFound`) with the spec's advice as its
doc comment, and a sentinel error usable with `errors.Is` (`ErrModelNotFound`, the runtime's
`newSentinel`), with an `Is<Code>(err)` helper. Each HTTP status the codes use has a sentinel
too (the runtime's `newStatusSentinel`), named after its error class in `generator/sdk.yaml`
(`NotFoundError` -> `ErrNotFound`, as the other SDKs' classes), matching every code of that
status; a code whose sentinel would take its status's name (`not_found`) is that status's
sentinel, as `not_found` is `NotFoundError` itself in TypeScript.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.go import names
from generator.output import GeneratorError
from generator.sdk_config import SdkConfig
from minimax_openapi.model import Api


@dataclass(frozen=True)
class Code:
    code: str
    status: int
    constant: str  # ErrorCodeModelNotFound
    sentinel: str  # ErrModelNotFound, or its status's when the names agree
    helper: str  # IsModelNotFound
    advice: str
    own_sentinel: bool  # False when the status's sentinel stands for it


@dataclass(frozen=True)
class Status:
    status: int
    class_name: str  # sdk.yaml's: NotFoundError
    sentinel: str  # ErrNotFound
    helper: str  # IsNotFound
    codes: tuple[str, ...]


@dataclass(frozen=True)
class ErrorCodes:
    type_name: str  # ErrorCode
    doc: str
    codes: list[Code]
    statuses: list[Status]

    @property
    def example(self) -> tuple[Code, Status]:
        """A code with a sentinel of its own under a status of several codes, for the docs."""
        for status in self.statuses:
            own = [c for c in self.codes if c.status == status.status and c.own_sentinel]
            if len(status.codes) > 1 and own:
                return own[0], status
        code = next(c for c in self.codes if c.own_sentinel)
        return code, next(s for s in self.statuses if s.status == code.status)

    @property
    def exported(self) -> list[str]:
        out = [self.type_name]
        out += [c.constant for c in self.codes]
        out += [s.sentinel for s in self.statuses] + [s.helper for s in self.statuses]
        out += [c.sentinel for c in self.codes if c.own_sentinel]
        out += [c.helper for c in self.codes if c.own_sentinel]
        return out


def build(api: Api, sdk: SdkConfig) -> ErrorCodes:
    if api.error_code_schema is None or not api.error_codes:
        raise GeneratorError("the spec declares no error codes")
    type_name = names.pascal(api.error_code_schema)
    doc = str(api.schemas[api.error_code_schema].get("description", ""))
    statuses = []
    status_sentinel: dict[int, str] = {}
    for status in sorted({e.status for e in api.error_codes}):
        class_name = sdk.status_class(status)
        stem = class_name.removesuffix("Error") or class_name
        sentinel = "Err" + stem
        status_sentinel[status] = sentinel
        statuses.append(
            Status(
                status,
                class_name,
                sentinel,
                "Is" + stem,
                tuple(e.code for e in api.error_codes if e.status == status),
            )
        )
    codes = []
    for error in api.error_codes:
        stem = names.pascal(error.code)
        sentinel = "Err" + stem
        own = status_sentinel.get(error.status) != sentinel
        codes.append(
            Code(
                code=error.code,
                status=error.status,
                constant=type_name + stem,
                sentinel=sentinel,
                helper="Is" + stem,
                advice=error.advice,
                own_sentinel=own,
            )
        )
    taken = [c.sentinel for c in codes if c.own_sentinel] + [s.sentinel for s in statuses]
    clashes = sorted({n for n in taken if taken.count(n) > 1})
    if clashes:
        raise GeneratorError(f"two sentinels would be named alike: {clashes}")
    return ErrorCodes(type_name, doc, codes, statuses)
