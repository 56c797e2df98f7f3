"""The headers of a response to a request naming a deprecated model (RFC 9745's Deprecation,
RFC 8594's Sunset, and a Link to the migration guide), made once per model at start from the
catalogue's `deprecation` dates, so that answering any other model costs nothing."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from email.utils import format_datetime
from typing import Any

from minimax_openapi.model import Deprecation

Headers = list[tuple[bytes, bytes]]


def _midnight(day: str) -> datetime.datetime:
    """The start of a `date` of the spec (YYYY-MM-DD), in UTC."""
    return datetime.datetime.fromisoformat(day).replace(tzinfo=datetime.UTC)


def headers_for(rules: Deprecation, deprecation: Mapping[str, Any]) -> Headers:
    """The three headers of one model's `deprecation` object (Link only with a guide)."""
    since = int(_midnight(deprecation["deprecated_at"]).timestamp())
    values = {
        rules.header: f"@{since}",
        rules.sunset_header: format_datetime(_midnight(deprecation["shutdown_at"]), usegmt=True),
    }
    if guide := deprecation.get("migration_guide"):
        values[rules.link_header] = f'<{guide}>; rel="{rules.link_relation}"; type="text/html"'
    return [(name.lower().encode(), value.encode("latin-1")) for name, value in values.items()]


def headers_by_model(
    rules: Deprecation, models: Mapping[str, Mapping[str, Any]]
) -> dict[str, Headers]:
    """Model id -> its deprecation headers, for the deprecated models of `models` only."""
    return {
        model_id: headers_for(rules, model["deprecation"])
        for model_id, model in models.items()
        if model.get("deprecation")
    }
