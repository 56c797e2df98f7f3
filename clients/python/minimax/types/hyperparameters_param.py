# Generated from openapi/minimax.yaml by generator/ — do not edit.
"""`HyperparametersParam`: Training settings; each has a default."""

from __future__ import annotations

from typing_extensions import TypedDict

__all__ = ["HyperparametersParam"]


class HyperparametersParam(TypedDict, total=False):
    """Training settings; each has a default."""

    n_epochs: int
    learning_rate_multiplier: float
    batch_size: int
