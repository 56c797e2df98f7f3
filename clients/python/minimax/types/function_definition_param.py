# Generated from openapi/minimax.yaml by generator/ — do not edit.
"""`FunctionDefinitionParam`"""

from __future__ import annotations

from typing_extensions import Required, TypedDict

__all__ = ["FunctionDefinitionParam"]


class FunctionDefinitionParam(TypedDict, total=False):
    name: Required[str]
    description: str
    parameters: dict[str, object]
    """A JSON Schema (2020-12) object describing the function's arguments. The `arguments`
    of every tool call for this function validate against it. Defaults to an object with
    no properties."""
