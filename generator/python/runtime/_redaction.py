"""Keeps secrets (API keys, download signatures) out of logs, reprs and exception messages."""

from __future__ import annotations

import re

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
