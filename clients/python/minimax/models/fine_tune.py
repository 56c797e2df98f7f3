# Generated from openapi/minimax.yaml by generator/ — do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        d = dict(src_dict)
        id = d.pop("id")

        object_ = cast("Literal['fine_tune']", d.pop("object"))
        if object_ != "fine_tune":
            raise ValueError(f"object must match const 'fine_tune', got '{object_}'")

        model = d.pop("model")

        training_file = d.pop("training_file")

        hyperparameters = Hyperparameters.from_dict(d.pop("hyperparameters"))

        def _parse_suffix(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        suffix = _parse_suffix(d.pop("suffix"))

        status = TaskStatus(d.pop("status"))

        progress = d.pop("progress")

        def _parse_fine_tuned_model(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        fine_tuned_model = _parse_fine_tuned_model(d.pop("fine_tuned_model"))

        def _parse_trained_tokens(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        trained_tokens = _parse_trained_tokens(d.pop("trained_tokens"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at").replace("Z", "+00:00"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at").replace("Z", "+00:00"))

        def _parse_completed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data.replace("Z", "+00:00"))

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | None", data)

        completed_at = _parse_completed_at(d.pop("completed_at"))

        def _parse_error(data: object) -> None | TaskError:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = TaskError.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | TaskError", data)

        error = _parse_error(d.pop("error"))

        fine_tune = cls(
            id=id,
            object_=object_,
            model=model,
            training_file=training_file,
            hyperparameters=hyperparameters,
            suffix=suffix,
            status=status,
            progress=progress,
            fine_tuned_model=fine_tuned_model,
            trained_tokens=trained_tokens,
            created_at=created_at,
            updated_at=updated_at,
            completed_at=completed_at,
            error=error,
        )

        fine_tune.additional_properties = d
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
