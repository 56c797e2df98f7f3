# Generated from openapi/minimax.yaml by generator/ — do not edit.
"""`FineTunesCreateParams`: The request body of `fine_tunes.create`: create a fine-tuning job."""

from __future__ import annotations

from typing import TYPE_CHECKING, Union

from typing_extensions import Required, TypedDict

from .hyperparameters_param import HyperparametersParam

if TYPE_CHECKING:
    from ..models import Hyperparameters

__all__ = ["FineTunesCreateParams"]


class FineTunesCreateParams(TypedDict, total=False):
    model: Required[str]
    """The base model, one with the `fine_tuning` capability."""

    training_file: Required[str]
    """A file uploaded with purpose `fine-tune`."""

    hyperparameters: Union[HyperparametersParam, Hyperparameters]
    """Training settings; each has a default."""

    suffix: str
    """Part of the new model's id, `ft:<base>:<suffix>:<job>`."""
