# Generated from openapi/minimax.yaml by generator/ — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_code import ErrorCode

if TYPE_CHECKING:
    from ..models.error_details import ErrorDetails


T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """
    Attributes:
        code (ErrorCode): Each code has one HTTP status, given machine-readably in `x-http-status`.

            | code | status | what to do |
            |---|---|---|
            | `invalid_request` | 400 | Fix the field named in `details.field`. |
            | `authentication_failed` | 401 | Check the key, its prefix and that it is not revoked. |
            | `permission_denied` | 403 | Use a key whose scope and models allow the call, or a fresh download URL. |
            | `not_found` | 404 | Check the id; resources belong to the account that created them. |
            | `model_not_found` | 404 | Pick a model from `GET /models`. |
            | `method_not_allowed` | 405 | Use a method from the `Allow` header. |
            | `idempotency_key_in_use` | 409 | Wait for the first request with this key, then retry. |
            | `task_not_ready` | 409 | Wait until the task has succeeded. |
            | `payload_too_large` | 413 | Send a smaller body or file. |
            | `unsupported_media_type` | 415 | Send the content type the operation takes. |
            | `idempotency_key_reused` | 422 | Use a new `Idempotency-Key` for a different request. |
            | `rate_limit_exceeded` | 429 | Wait `Retry-After` seconds, then back off exponentially with jitter. |
            | `server_error` | 500 | Retry with the same `Idempotency-Key`; quote the request id if it persists. |
        message (str): A sentence for a person. Never contains a secret.
        details (ErrorDetails): Facts about the error, by code; `field` for `invalid_request`. May be empty.
    """

    code: ErrorCode
    message: str
    details: ErrorDetails
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code.value

        message = self.message

        details = self.details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "details": details,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_details import ErrorDetails  # noqa: PLC0415

        d = dict(src_dict)
        code = ErrorCode(d.pop("code"))

        message = d.pop("message")

        details = ErrorDetails.from_dict(d.pop("details"))

        error = cls(
            code=code,
            message=message,
            details=details,
        )

        error.additional_properties = d
        return error

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
