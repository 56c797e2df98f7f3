"""Keeps secrets (API keys, download signatures) out of logs, reprs and exception messages."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from typing import Any

import attrs

from ._constants import API_KEY_ALPHABET, API_KEY_PREFIXES

# Any run of key characters after a prefix, so that a key cut short is hidden too.
_SECRETS = re.compile(
    "(?P<prefix>" + "|".join(map(re.escape, API_KEY_PREFIXES)) + f")[{API_KEY_ALPHABET}]+"
    r"|(?P<param>signature=)[^&\s\"']+"
)


def redact(text: str) -> str:
    """`text` with every API key and URL signature replaced by its prefix and `***`."""
    return _SECRETS.sub(lambda m: (m.group("prefix") or m.group("param")) + "***", text)


def redact_key(api_key: str) -> str:
    """How a key shows in a repr: its prefix only."""
    prefix = next((p for p in API_KEY_PREFIXES if api_key.startswith(p)), "")
    return prefix + "***"


def secret_repr(value: object) -> str:
    """How a field holding a credential (`format: password` in the spec) shows in a repr."""
    return repr(redact_key(value) if isinstance(value, str) else "***")


class RedactingFilter(logging.Filter):
    """Redacts the records of a logger (httpx's logs each request's URL, signature included).

    A filter of the logger itself, so it runs before any handler, and only on records of a
    level the logger lets through.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


def install_log_filter(*names: str) -> None:
    """Add a `RedactingFilter` to each named logger, once."""
    for name in names:
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactingFilter) for f in logger.filters):
            logger.addFilter(RedactingFilter())


def redact_reprs(classes: Iterable[object]) -> None:
    """Make the repr of each generated model with a URL field redact the URL's signature."""
    for cls in classes:
        if not (isinstance(cls, type) and attrs.has(cls)):
            continue
        if not any("url" in f.name for f in attrs.fields(cls)) or hasattr(cls, "_redacted_repr"):
            continue
        plain = cls.__repr__

        def __repr__(self: Any, plain: Any = plain) -> str:
            return redact(plain(self))

        cls.__repr__ = __repr__  # type: ignore[method-assign]
        cls._redacted_repr = True  # type: ignore[attr-defined]
