# Generated from openapi/minimax.yaml by generator/ — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import model_repr
from ..models.error_code import ErrorCode

if TYPE_CHECKING:
    from ..models.error_details import ErrorDetails


T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """
    Attributes:
        code (ErrorCode): What went wrong, machine-readably. Each code has one HTTP status and a piece of advice
            for the caller; the reference lists them.
        message (str): A sentence for a person. Never contains a secret.
        details (ErrorDetails): Facts about the error, by code; `field` for `invalid_request`. May be empty.
    """

    code: ErrorCode
    message: str
    details: ErrorDetails
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

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
        code = ErrorCode(src_dict["code"])

        message = src_dict["message"]

        details = ErrorDetails.from_dict(src_dict["details"])

        error = cls(
            code,
            message,
            details,
        )

        if len(src_dict) != 3:
            error.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in {"code", "message", "details"}
            }
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


# After the class, so that an import cycle between models finds it.
from ..models.error_details import ErrorDetails  # noqa: E402
