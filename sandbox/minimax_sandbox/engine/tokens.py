"""The sandbox's tokenizer: words and single punctuation marks, so counts are easy to predict.

A real model uses a subword tokenizer; the sandbox only needs counts that are stable,
cheap and explainable in one line, e.g. "Hello, world" is ["Hello", ",", "world"].
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from pathlib import Path

from minimax_sandbox.engine.offload import pause

# A token is a run of word characters (letters, digits, "_"; Unicode-aware) or any one
# other non-space character. Whitespace separates tokens and is never a token itself.
TOKEN_RE = re.compile(r"\w+|[^\w\s]")

# `count` takes a long text this many characters at a time: a 100 MiB training file never
# becomes a list of all its tokens, nor one regex call that holds the GIL for a second.
_CHUNK = 1 << 14
_WORD_RE = re.compile(r"\w")

# One token together with the whitespace before it: cutting or streaming text by these
# pieces keeps the original spacing, so joining them gives back the exact text.
_PIECE_RE = re.compile(r"\s*(?:\w+|[^\w\s])")


def tokenize(text: str) -> list[str]:
    """The tokens of `text`, in order."""
    return TOKEN_RE.findall(text)


def count(text: str) -> int:
    """How many tokens `text` has; this is what usage is billed in."""
    if len(text) <= _CHUNK:  # nearly every call: one piece
        return len(TOKEN_RE.findall(text))
    return _count_pieces(text[i : i + _CHUNK] for i in range(0, len(text), _CHUNK))


def count_file(path: Path) -> int:
    """`count` of a UTF-8 text file (less a BOM), read a piece at a time."""
    with path.open(encoding="utf-8-sig") as file:
        return _count_pieces(iter(functools.partial(file.read, _CHUNK), ""))


def _count_pieces(pieces: Iterable[str]) -> int:
    """The tokens of consecutive pieces of one text. Only a run of word characters can be
    cut in two (a token of one other character cannot, whitespace is no token): such a cut
    is counted back together."""
    total, last = 0, ""
    for piece in pieces:
        total += len(TOKEN_RE.findall(piece))
        if last and _WORD_RE.match(last) and _WORD_RE.match(piece):
            total -= 1
        last = piece[-1]
        pause()
    return total


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
