# Generated from openapi/minimax.yaml by generator/ — do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetimes import parse_datetime
from .._repr import model_repr
from ..models.task_status import TaskStatus

if TYPE_CHECKING:
    from ..models.hyperparameters import Hyperparameters
    from ..models.task_error import TaskError


T = TypeVar("T", bound="FineTune")


@_attrs_define
class FineTune:
    """A fine-tuning job.

    Attributes:
        id (str):
        object_ (Literal['fine_tune']):
        model (str):
        training_file (str):
        hyperparameters (Hyperparameters): Training settings; each has a default.
        suffix (None | str):
        status (TaskStatus): `queued` → `processing` → `succeeded` or `failed`. `succeeded` and `failed` are final.
        progress (int):
        fine_tuned_model (None | str): The new model's id, set once `succeeded`.
        trained_tokens (int | None):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        completed_at (datetime.datetime | None):
        error (None | TaskError):
    """

    id: str
    object_: Literal["fine_tune"]
    model: str
    training_file: str
    hyperparameters: Hyperparameters
    suffix: None | str
    status: TaskStatus
    progress: int
    fine_tuned_model: None | str
    trained_tokens: int | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    completed_at: datetime.datetime | None
    error: None | TaskError
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        model = self.model

        training_file = self.training_file

        hyperparameters = self.hyperparameters.to_dict()

        suffix: None | str
        suffix = self.suffix

        status = self.status.value

        progress = self.progress

        fine_tuned_model: None | str
        fine_tuned_model = self.fine_tuned_model

        trained_tokens: int | None
        trained_tokens = self.trained_tokens

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        error: dict[str, Any] | None
        if isinstance(self.error, TaskError):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "model": model,
                "training_file": training_file,
                "hyperparameters": hyperparameters,
                "suffix": suffix,
                "status": status,
                "progress": progress,
                "fine_tuned_model": fine_tuned_model,
                "trained_tokens": trained_tokens,
                "created_at": created_at,
                "updated_at": updated_at,
                "completed_at": completed_at,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        object_: Literal["fine_tune"] = src_dict["object"]
        if object_ != "fine_tune":
            raise ValueError(f"object must match const 'fine_tune', got '{object_}'")

        model = src_dict["model"]

        training_file = src_dict["training_file"]

        hyperparameters = Hyperparameters.from_dict(src_dict["hyperparameters"])

        _suffix_data = src_dict["suffix"]
        suffix: None | str
        if _suffix_data is None:
            suffix = _suffix_data
        else:

            def _parse_suffix(data: object) -> None | str:
                return cast("None | str", data)

            suffix = _parse_suffix(_suffix_data)

        status = TaskStatus(src_dict["status"])

        progress = src_dict["progress"]

        _fine_tuned_model_data = src_dict["fine_tuned_model"]
        fine_tuned_model: None | str
        if _fine_tuned_model_data is None:
            fine_tuned_model = _fine_tuned_model_data
        else:

            def _parse_fine_tuned_model(data: object) -> None | str:
                return cast("None | str", data)

            fine_tuned_model = _parse_fine_tuned_model(_fine_tuned_model_data)

        _trained_tokens_data = src_dict["trained_tokens"]
        trained_tokens: int | None
        if _trained_tokens_data is None:
            trained_tokens = _trained_tokens_data
        else:

            def _parse_trained_tokens(data: object) -> int | None:
                return cast("int | None", data)

            trained_tokens = _parse_trained_tokens(_trained_tokens_data)

        created_at = parse_datetime(src_dict["created_at"])

        updated_at = parse_datetime(src_dict["updated_at"])

        _completed_at_data = src_dict["completed_at"]
        completed_at: datetime.datetime | None
        if _completed_at_data is None:
            completed_at = _completed_at_data
        else:

            def _parse_completed_at(data: object) -> datetime.datetime | None:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    completed_at_type_0 = parse_datetime(data)

                    return completed_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast("datetime.datetime | None", data)

            completed_at = _parse_completed_at(_completed_at_data)

        _error_data = src_dict["error"]
        error: None | TaskError
        if _error_data is None:
            error = _error_data
        else:

            def _parse_error(data: object) -> None | TaskError:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    error_type_0 = TaskError.from_dict(data)

                    return error_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast("None | TaskError", data)

            error = _parse_error(_error_data)

        fine_tune = cls(
            id,
            object_,
            model,
            training_file,
            hyperparameters,
            suffix,
            status,
            progress,
            fine_tuned_model,
            trained_tokens,
            created_at,
            updated_at,
            completed_at,
            error,
        )

        if len(src_dict) != 14:
            fine_tune.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "id",
                    "object",
                    "model",
                    "training_file",
                    "hyperparameters",
                    "suffix",
                    "status",
                    "progress",
                    "fine_tuned_model",
                    "trained_tokens",
                    "created_at",
                    "updated_at",
                    "completed_at",
                    "error",
                }
            }
        return fine_tune

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
from ..models.hyperparameters import Hyperparameters  # noqa: E402
from ..models.task_error import TaskError  # noqa: E402
