"""The sandbox's tokenizer: words and single punctuation marks, so counts are easy to predict.

A real model uses a subword tokenizer; the sandbox only needs counts that are stable,
cheap and explainable in one line, e.g. "Hello, world" is ["Hello", ",", "world"].
"""

from __future__ import annotations

import re

# A token is a run of word characters (letters, digits, "_"; Unicode-aware) or any one
# other non-space character. Whitespace separates tokens and is never a token itself.
TOKEN_RE = re.compile(r"\w+|[^\w\s]")

# One token together with the whitespace before it: cutting or streaming text by these
# pieces keeps the original spacing, so joining them gives back the exact text.
_PIECE_RE = re.compile(r"\s*(?:\w+|[^\w\s])")


def tokenize(text: str) -> list[str]:
    """The tokens of `text`, in order."""
    return TOKEN_RE.findall(text)


def count(text: str) -> int:
    """How many tokens `text` has; this is what usage is billed in."""
    return len(tokenize(text))


def pieces(text: str) -> list[str]:
    """`text` split into one piece per token, each with its leading whitespace.

    `"".join(pieces(text)) == text` always holds: whitespace after the last token is
    appended to the last piece, and a text with no tokens but some whitespace is one piece.
    """
    found = _PIECE_RE.findall(text)
    rest = text[sum(map(len, found)) :]
    if rest:
        if found:
            found[-1] += rest
        else:
            found = [rest]
    return found
