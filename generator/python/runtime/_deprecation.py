"""Deprecated models: the API's response to a request naming one carries Deprecation, Sunset
and a Link to the migration guide; the client turns that into one `DeprecationWarning` per
model, the first time a call names it."""

from __future__ import annotations

import datetime
import email.utils
import re
import threading
import warnings
from collections.abc import Mapping

from ._constants import DEPRECATION_HEADER, DEPRECATION_LINK_RELATION, LINK_HEADER, SUNSET_HEADER

# From `report` up to the caller's own line: report, _send, request_*, the resource's method.
_STACK_LEVEL = 5


class DeprecationNotices:
    """The models a client has already warned about (so each warns once per client)."""

    def __init__(self) -> None:
        self._warned: set[str] = set()
        self._lock = threading.Lock()

    def report(self, model: str | None, headers: Mapping[str, str]) -> None:
        """Warn about `model` if the response says it is deprecated and this is the first time."""
        if model is None or model in self._warned or DEPRECATION_HEADER not in headers:
            return
        with self._lock:
            if model in self._warned:
                return
            self._warned.add(model)
        warnings.warn(message(model, headers), DeprecationWarning, stacklevel=_STACK_LEVEL)


def message(model: str, headers: Mapping[str, str]) -> str:
    """'The model ... is deprecated since ...; it stops working on ...; migration guide: ...'."""
    text = f"The model {model!r} is deprecated"
    since = _date_of_epoch(headers[DEPRECATION_HEADER])
    text += f" since {since}" if since else ""
    if sunset := headers.get(SUNSET_HEADER):
        text += f"; calls naming it stop working on {_date_of_http_date(sunset)}"
    if guide := _link(headers.get(LINK_HEADER, "")):
        text += f"; migration guide: {guide}"
    return text + "."


def _date_of_epoch(value: str) -> str | None:
    """The day of an RFC 9745 date, `@<epoch seconds>`; None for anything else."""
    if not re.fullmatch(r"@-?[0-9]{1,15}", value.strip()):
        return None
    return (
        datetime.datetime.fromtimestamp(int(value.strip()[1:]), datetime.timezone.utc)
        .date()
        .isoformat()
    )


def _date_of_http_date(value: str) -> str:
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError):
        return value


def _link(value: str) -> str | None:
    """The target of the Link of the deprecation relation, among the links of `value`."""
    for target, params in re.findall(r"<([^>]*)>([^,]*)", value):
        if re.search(rf'rel="?{re.escape(DEPRECATION_LINK_RELATION)}"?(;|$|\s)', params):
            return str(target)
    return None
