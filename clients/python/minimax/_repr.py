# Generated from openapi/minimax.yaml by generator/ — do not edit.
"""How the generated models show themselves: attrs' repr, without `additional_properties={}`.

Every model keeps the properties the spec does not name in `additional_properties`; empty, as it
nearly always is, it only clutters a repr (and a log line), so it is shown only when it holds
something.
"""

from __future__ import annotations

import attrs


def model_repr(model: attrs.AttrsInstance) -> str:
    """`Name(field=value, ...)` as attrs writes it, honouring each field's `repr` setting."""
    parts = []
    for field in attrs.fields(type(model)):
        if not field.repr:
            continue
        value = getattr(model, field.name)
        if field.name == "additional_properties" and not value:
            continue
        shown = field.repr(value) if callable(field.repr) else repr(value)
        parts.append(f"{field.name}={shown}")
    return f"{type(model).__qualname__}({', '.join(parts)})"
