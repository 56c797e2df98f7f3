# Generated from openapi/minimax.yaml by generator/ — do not edit.
"""`ToolChoiceParam`: `auto` (the default when `tools` is given): the model decides. `none`: never call a tool.
`required`: call at least one tool. `{"type": "function", "function": {"name": ...}}`:
call that function. Naming a function that is not in `tools` gives `400 invalid_request`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Union

from typing_extensions import Literal

from .named_tool_choice_param import NamedToolChoiceParam

if TYPE_CHECKING:
    from ..models import NamedToolChoice

__all__ = ["ToolChoiceParam"]

ToolChoiceParam = Union[
    Literal["auto", "none", "required"], NamedToolChoiceParam, "NamedToolChoice"
]
