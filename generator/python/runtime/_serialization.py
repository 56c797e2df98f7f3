"""Turns method arguments (dicts, generated models, enums) into request bodies and parameters."""

from __future__ import annotations

import datetime
import enum
import os
import urllib.parse
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import IO, Any

from ._types import FileInput, NotGiven

_SCALARS = (str, int, float, bool, type(None))


def given(values: Mapping[str, object]) -> dict[str, Any]:
    """`values` without the arguments the caller did not pass."""
    return {name: value for name, value in values.items() if not isinstance(value, NotGiven)}


def given_text(values: Mapping[str, object]) -> dict[str, str]:
    """The passed arguments among `values`, as text (for query parameters and headers)."""
    return {name: to_text(value) for name, value in given(values).items()}


def path_segment(value: object) -> str:
    """A path parameter, escaped so that it stays one segment of the path."""
    return urllib.parse.quote(to_text(value), safe="")


def to_jsonable(value: object) -> Any:
    """`value` as plain JSON data: models become their dicts, enums their values."""
    if isinstance(value, _SCALARS):
        return value.value if isinstance(value, enum.Enum) else value
    if isinstance(value, Mapping):
        return {str(k): to_jsonable(v) for k, v in value.items() if not isinstance(v, NotGiven)}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(item) for item in value]
    to_dict = getattr(value, "to_dict", None)  # a generated attrs model
    if callable(to_dict):
        return to_jsonable(to_dict())
    if isinstance(value, enum.Enum):
        return to_jsonable(value.value)
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, Iterable) and not isinstance(value, (bytes, bytearray)):
        return [to_jsonable(item) for item in value]
    raise TypeError(f"cannot send a {type(value).__name__} as JSON")


def to_text(value: object) -> str:
    """A query, header or form value as text."""
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:  # the API reads RFC 3339, which has no local times
            raise ValueError(f"a datetime needs a timezone: {value!r}")
        return value.isoformat()
    return str(value)


def to_file(value: FileInput) -> tuple[str, bytes, str | None]:
    """(filename, content, content type) of a file argument, read into memory.

    A path (`str` or `os.PathLike`) is opened and closed here; an open file is read and left
    open, for its owner to close.

    Read once, so that a retry sends the same bytes again.
    """
    name: str | None = None
    content_type: str | None = None
    if isinstance(value, tuple) and len(value) == 3:
        name, content, content_type = value
    elif isinstance(value, tuple):
        name, content = value
    elif isinstance(value, (str, os.PathLike)):
        path = Path(value)
        return path.name, path.read_bytes(), None  # read_bytes closes the file it opened
    else:
        content = value
    if not isinstance(content, bytes):
        name = name or Path(str(getattr(content, "name", "upload"))).name
        content = _read(content)
    return name or "upload", content, content_type


def _read(stream: IO[bytes]) -> bytes:
    data = stream.read()
    if not isinstance(data, bytes):
        raise TypeError("open files to upload in binary mode ('rb')")
    return data
