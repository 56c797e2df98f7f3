# Generated from openapi/minimax.yaml by generator/ — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import model_repr
from ..models.task_error_code import TaskErrorCode

T = TypeVar("T", bound="TaskError")


@_attrs_define
class TaskError:
    """Why a task failed.

    Attributes:
        code (TaskErrorCode):
        message (str):
    """

    code: TaskErrorCode
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        code = self.code.value

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        code = TaskErrorCode(src_dict["code"])

        message = src_dict["message"]

        task_error = cls(
            code,
            message,
        )

        if len(src_dict) != 2:
            task_error.additional_properties = {
                key: value for key, value in src_dict.items() if key not in {"code", "message"}
            }
        return task_error

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
