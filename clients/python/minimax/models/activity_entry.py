# Generated from openapi/minimax.yaml by generator/ — do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetimes import parse_datetime
from .._repr import model_repr
from ..models.error_code import ErrorCode

if TYPE_CHECKING:
    from ..models.rate_limit_state import RateLimitState


T = TypeVar("T", bound="ActivityEntry")


@_attrs_define
class ActivityEntry:
    """One request, as the API saw it.

    Attributes:
        request_id (str):
        object_ (Literal['activity']):
        created_at (datetime.datetime): When the request arrived.
        key_id (None | str): The key that made it, a revoked one included (its requests get `401`); `null` when no key
            of the account was recognised.
        key_hint (None | str):
        operation (None | str): The `operationId` called; `null` for a path or method the API does not have.
        method (str):
        path (str): The path called, without the query string (which may hold a signature).
        status (int):
        error_code (ErrorCode | None): The `error.code` of an error response; `null` for a success.
        latency_ms (float): From the request's arrival to the response's first byte.
        model (None | str):
        prompt_tokens (int):
        completion_tokens (int):
        replayed (bool): The response was an idempotent replay (`Idempotent-Replayed: true`).
        rate_limited (bool): The response was a `429 rate_limit_exceeded`.
        request_bytes (int):
        response_bytes (int | None): The body's size; `null` for a stream, whose size is not known when it is logged.
        rate_limit (RateLimitState): The rate-limit headers the response carried.
    """

    request_id: str
    object_: Literal["activity"]
    created_at: datetime.datetime
    key_id: None | str
    key_hint: None | str
    operation: None | str
    method: str
    path: str
    status: int
    error_code: ErrorCode | None
    latency_ms: float
    model: None | str
    prompt_tokens: int
    completion_tokens: int
    replayed: bool
    rate_limited: bool
    request_bytes: int
    response_bytes: int | None
    rate_limit: RateLimitState
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        object_ = self.object_

        created_at = self.created_at.isoformat()

        key_id: None | str
        key_id = self.key_id

        key_hint: None | str
        key_hint = self.key_hint

        operation: None | str
        operation = self.operation

        method = self.method

        path = self.path

        status = self.status

        error_code: None | str
        if isinstance(self.error_code, ErrorCode):
            error_code = self.error_code.value
        else:
            error_code = self.error_code

        latency_ms = self.latency_ms

        model: None | str
        model = self.model

        prompt_tokens = self.prompt_tokens

        completion_tokens = self.completion_tokens

        replayed = self.replayed

        rate_limited = self.rate_limited

        request_bytes = self.request_bytes

        response_bytes: int | None
        response_bytes = self.response_bytes

        rate_limit = self.rate_limit.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request_id": request_id,
                "object": object_,
                "created_at": created_at,
                "key_id": key_id,
                "key_hint": key_hint,
                "operation": operation,
                "method": method,
                "path": path,
                "status": status,
                "error_code": error_code,
                "latency_ms": latency_ms,
                "model": model,
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "replayed": replayed,
                "rate_limited": rate_limited,
                "request_bytes": request_bytes,
                "response_bytes": response_bytes,
                "rate_limit": rate_limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        request_id = src_dict["request_id"]

        object_: Literal["activity"] = src_dict["object"]
        if object_ != "activity":
            raise ValueError(f"object must match const 'activity', got '{object_}'")

        created_at = parse_datetime(src_dict["created_at"])

        _key_id_data = src_dict["key_id"]
        key_id: None | str
        if _key_id_data is None:
            key_id = _key_id_data
        else:

            def _parse_key_id(data: object) -> None | str:
                return cast("None | str", data)

            key_id = _parse_key_id(_key_id_data)

        _key_hint_data = src_dict["key_hint"]
        key_hint: None | str
        if _key_hint_data is None:
            key_hint = _key_hint_data
        else:

            def _parse_key_hint(data: object) -> None | str:
                return cast("None | str", data)

            key_hint = _parse_key_hint(_key_hint_data)

        _operation_data = src_dict["operation"]
        operation: None | str
        if _operation_data is None:
            operation = _operation_data
        else:

            def _parse_operation(data: object) -> None | str:
                return cast("None | str", data)

            operation = _parse_operation(_operation_data)

        method = src_dict["method"]

        path = src_dict["path"]

        status = src_dict["status"]

        _error_code_data = src_dict["error_code"]
        error_code: ErrorCode | None
        if _error_code_data is None:
            error_code = _error_code_data
        else:

            def _parse_error_code(data: object) -> ErrorCode | None:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    error_code_type_0 = ErrorCode(data)

                    return error_code_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast("ErrorCode | None", data)

            error_code = _parse_error_code(_error_code_data)

        latency_ms = src_dict["latency_ms"]

        _model_data = src_dict["model"]
        model: None | str
        if _model_data is None:
            model = _model_data
        else:

            def _parse_model(data: object) -> None | str:
                return cast("None | str", data)

            model = _parse_model(_model_data)

        prompt_tokens = src_dict["prompt_tokens"]

        completion_tokens = src_dict["completion_tokens"]

        replayed = src_dict["replayed"]

        rate_limited = src_dict["rate_limited"]

        request_bytes = src_dict["request_bytes"]

        _response_bytes_data = src_dict["response_bytes"]
        response_bytes: int | None
        if _response_bytes_data is None:
            response_bytes = _response_bytes_data
        else:

            def _parse_response_bytes(data: object) -> int | None:
                return cast("int | None", data)

            response_bytes = _parse_response_bytes(_response_bytes_data)

        rate_limit = RateLimitState.from_dict(src_dict["rate_limit"])

        activity_entry = cls(
            request_id,
            object_,
            created_at,
            key_id,
            key_hint,
            operation,
            method,
            path,
            status,
            error_code,
            latency_ms,
            model,
            prompt_tokens,
            completion_tokens,
            replayed,
            rate_limited,
            request_bytes,
            response_bytes,
            rate_limit,
        )

        if len(src_dict) != 19:
            activity_entry.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "request_id",
                    "object",
                    "created_at",
                    "key_id",
                    "key_hint",
                    "operation",
                    "method",
                    "path",
                    "status",
                    "error_code",
                    "latency_ms",
                    "model",
                    "prompt_tokens",
                    "completion_tokens",
                    "replayed",
                    "rate_limited",
                    "request_bytes",
                    "response_bytes",
                    "rate_limit",
                }
            }
        return activity_entry

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# After the class, so that an import cycle between models finds it.
from ..models.rate_limit_state import RateLimitState  # noqa: E402
