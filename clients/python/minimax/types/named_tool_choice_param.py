# Generated from openapi/minimax.yaml by generator/ — do not edit.
"""`NamedToolChoiceParam`"""

from __future__ import annotations

from typing import TYPE_CHECKING, Union

from typing_extensions import Literal, Required, TypedDict

if TYPE_CHECKING:
    from ..models import NamedToolChoiceFunction

__all__ = ["NamedToolChoiceParam", "NamedToolChoiceFunctionParam"]


class NamedToolChoiceParam(TypedDict, total=False):
    type: Required[Literal["function"]]
    function: Required[Union[NamedToolChoiceFunctionParam, NamedToolChoiceFunction]]


class NamedToolChoiceFunctionParam(TypedDict, total=False):
    name: Required[str]
