"""The checked model of `minimax.yaml`: where every reader of the spec starts.

from minimax_openapi.spec import shared
api = shared()
api.operation("chat.completions.create").rate_limit["free"]
"""

from __future__ import annotations

import functools
from pathlib import Path

from minimax_openapi import document
from minimax_openapi.conventions import SpecError, violations_of
from minimax_openapi.model import Api, build

SPEC_PATH = document.SPEC_PATH


def load(path: Path | str = SPEC_PATH) -> Api:
    """The model of the spec at `path`, refused if it breaks the house conventions."""
    api = build(document.load(path))
    found = violations_of(api)
    if found:
        raise SpecError(path, found)
    return api


@functools.cache
def shared() -> Api:
    """The model of `minimax.yaml`, built and checked once per process."""
    return load()
