# Generated from openapi/minimax.yaml by generator/ — do not edit.
"""`ToolParam`"""

from __future__ import annotations

from typing import TYPE_CHECKING, Union

from typing_extensions import Literal, Required, TypedDict

from .function_definition_param import FunctionDefinitionParam

if TYPE_CHECKING:
    from ..models import FunctionDefinition

__all__ = ["ToolParam"]


class ToolParam(TypedDict, total=False):
    type: Required[Literal["function"]]
    function: Required[Union[FunctionDefinitionParam, FunctionDefinition]]
