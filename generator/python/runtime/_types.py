"""Types shared by the client's methods: the "not given" sentinel, files, extra arguments."""

from __future__ import annotations

import os

# typing's Mapping and Tuple, not collections.abc's and tuple: these aliases are evaluated at
# import, and Python 3.8 cannot subscript those.
from typing import IO, Mapping, Optional, Tuple, Union

import httpx
from typing_extensions import Literal, final


@final
class NotGiven:
    """The default of an optional argument, telling "not passed" apart from an explicit `None`.

    Omitted arguments are left out of the request, so the API applies its own defaults.
    """

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()

# A file to upload: its bytes, an open binary file, a path (str or PathLike), or (filename, content[, content type]).
FileContent = Union[IO[bytes], bytes]
FileInput = Union[
    FileContent,
    str,
    "os.PathLike[str]",
    Tuple[Optional[str], FileContent],
    Tuple[Optional[str], FileContent, Optional[str]],
]

Headers = Mapping[str, str]
Query = Mapping[str, object]
Body = Mapping[str, object]
# Seconds for every phase, an httpx.Timeout for each phase apart, or None to wait forever.
Timeout = Union[float, httpx.Timeout, None]
