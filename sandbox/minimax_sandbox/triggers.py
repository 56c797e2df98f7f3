"""Sandbox test triggers: marker strings in a request body that force a failure path.

The markers, their other spellings and what each does are listed in the spec; the sandbox
takes them from its model so the docs and the server cannot disagree.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

from minimax_openapi.model import Api


class Triggers:
    """The triggers of the spec, found by any of their spellings."""

    def __init__(self, api: Api) -> None:
        # spelling -> trigger name: "sandbox:fail" and "sandbox-fail" -> "fail"
        self._names = {
            spelling: trigger.name for trigger in api.triggers for spelling in trigger.spellings
        }
        # Every spelling contains this, so a string without it is skipped at once.
        self._common = os.path.commonprefix(list(self._names))

    def find(self, body: Any, text: bytes | None = None) -> frozenset[str]:
        """The names of the triggers spelled in any string of `body`. `text`, the JSON it was
        parsed from, lets most bodies skip the walk: a spelling can only be in a string of
        the body if it is in the text, or escaped there (`\\u0073andbox`)."""
        if text is not None and self._common.encode() not in text and b"\\u" not in text:
            return frozenset()
        found: set[str] = set()
        for string in _strings(body):
            if self._common not in string:  # the common case, kept cheap
                continue
            found.update(name for spelling, name in self._names.items() if spelling in string)
        return frozenset(found)


def _strings(value: Any) -> Iterator[str]:
    """Every string in `value`, however deeply nested: a walk with a stack of its own, so no
    depth of nesting can exhaust Python's recursion limit."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            yield item
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
