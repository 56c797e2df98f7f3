"""Sandbox test triggers: marker strings in a request body that force a failure path.

The markers are listed, with what each does, in the spec's `x-sandbox-triggers`; the sandbox
reads them from there so the docs and the server cannot disagree.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

PREFIX = "sandbox:"
# `suffix` only takes [a-z0-9-], so there the marker is spelled with a dash.
DASHED = {"sandbox-fail": "fail"}


def known(spec: dict[str, Any]) -> frozenset[str]:
    """The trigger names the spec lists, without the prefix: {"rate_limit", "slow", ...}."""
    return frozenset(t["marker"].removeprefix(PREFIX) for t in spec["x-sandbox-triggers"])


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def find(body: Any, names: frozenset[str]) -> frozenset[str]:
    """The names of the triggers whose markers appear in any string of `body`."""
    found = set()
    for text in _strings(body):
        if "sandbox" not in text:  # the common case, kept cheap
            continue
        found.update(name for name in names if PREFIX + name in text)
        found.update(name for dashed, name in DASHED.items() if dashed in text)
    return frozenset(found)
