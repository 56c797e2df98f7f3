"""Check that an uploaded file's bytes are what its purpose takes, and name their type.

`detect` looks at the bytes themselves; comparing the result with the declared multipart
content type is the caller's job. Checking fine-tune data is CPU work that grows with the
file (up to the spec's 100 MiB): it parses each line with orjson, and the caller's
`validate_message` should be fast for valid messages too; the server runs it off its
event loop.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import orjson

from minimax_sandbox.engine.offload import pause

MAX_PROBLEMS = 5

_BLOCK = 1 << 20

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_JPEG_START = b"\xff\xd8\xff"
_JPEG_END = b"\xff\xd9"


class RejectedUpload(ValueError):
    """The bytes do not fit the purpose; `str(error)` says why, for a person to read."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.problems = problems if problems is not None else [message]


def detect(purpose: str, data: bytes, validate_message: Callable[[Any], list[str]]) -> str:
    """Return the content type of `data` for an upload with `purpose`, or raise RejectedUpload.

    `validate_message` checks one chat message (a parsed JSON value) and returns its errors,
    an empty list when it is valid; it is only used for `fine-tune` files.
    """
    if not data:
        raise RejectedUpload("The file is empty.")
    if purpose == "video-reference":
        return _image_type(data)
    if purpose == "fine-tune":
        _check_jsonl(data, validate_message)
        return "application/jsonl"
    raise RejectedUpload(f"Unknown purpose {purpose!r}; expected fine-tune or video-reference.")


def _image_type(data: bytes) -> str:
    # PNG: the 8-byte signature, then the IHDR chunk (13-byte length, "IHDR" type) first.
    if data.startswith(_PNG_SIGNATURE) and data[8:16] == b"\x00\x00\x00\x0dIHDR":
        if len(data) >= 8 + 8 + 13 + 4:
            return "image/png"
    # JPEG: start-of-image marker at the front, end-of-image marker at the back (some
    # writers pad the file after it with zero bytes).
    if data.startswith(_JPEG_START) and data.rstrip(b"\x00").endswith(_JPEG_END):
        if len(data) >= len(_JPEG_START) + len(_JPEG_END):
            return "image/jpeg"
    raise RejectedUpload(
        "A video-reference file must be a PNG or JPEG image; these bytes are neither."
    )


def _check_jsonl(data: bytes, validate_message: Callable[[Any], list[str]]) -> None:
    blocks = _text_blocks(data)  # all of it first: invalid UTF-8 anywhere is the answer
    problems: list[str] = []
    examples = 0
    for number, line in enumerate(_lines(blocks), start=1):
        if not line.strip():
            continue
        examples += 1
        problems.extend(_line_problems(number, line, validate_message))
        if len(problems) >= MAX_PROBLEMS:
            break
        if not examples % 64:
            pause()

    if not examples:
        raise RejectedUpload("A fine-tune file must hold at least one JSON line; this has none.")
    if problems:
        shown = problems[:MAX_PROBLEMS]
        more = (
            f" (checking stopped at {MAX_PROBLEMS} problems)"
            if len(problems) >= MAX_PROBLEMS
            else ""
        )
        raise RejectedUpload(
            'A fine-tune file must be JSON Lines, one {"messages": [...]} example per line: '
            + "; ".join(shown)
            + more,
            problems=shown,
        )


def _text_blocks(data: bytes) -> list[str]:
    """`data` decoded, a block of about _BLOCK bytes at a time, each ending at a newline (so
    never inside a character): one decode of 100 MiB would hold the GIL for tens of ms."""
    blocks: list[str] = []
    start = 0
    while start < len(data):
        newline = data.find(b"\n", start + _BLOCK)
        end = len(data) if newline < 0 else newline + 1
        try:
            blocks.append(data[start:end].decode("utf-8"))
        except UnicodeDecodeError as error:
            raise RejectedUpload(
                "A fine-tune file must be UTF-8 text;"
                f" byte {start + error.start} is not valid UTF-8."
            ) from None
        start = end
        pause()
    if blocks:
        blocks[0] = blocks[0].removeprefix("\ufeff")
    return blocks


def _lines(blocks: list[str]) -> Iterator[str]:
    """The lines of the text the blocks make up. Split on "\n" only: JSON strings may hold
    other line separators (U+2028 and so on)."""
    for index, block in enumerate(blocks):
        lines = block.split("\n")
        if index < len(blocks) - 1:
            lines.pop()  # the "" after the newline that ends the block; the next one goes on
        yield from lines
        pause()


def _line_problems(
    number: int, line: str, validate_message: Callable[[Any], list[str]]
) -> list[str]:
    where = f"line {number}"
    try:
        example = orjson.loads(line)
    except orjson.JSONDecodeError:
        example = _lenient(line)  # what json.loads reads, or how it fails, as before
    if isinstance(example, _Unreadable):
        return [f"{where}: {example.reason}"]
    if not isinstance(example, dict):
        return [f'{where}: expected a JSON object {{"messages": [...]}}, got {_kind(example)}']
    extra = sorted(set(example) - {"messages"})
    if extra:
        names = ", ".join(repr(key) for key in extra)
        return [f'{where}: unexpected key(s) {names}; an example holds only "messages"']
    if "messages" not in example:
        return [f'{where}: missing "messages"']
    messages = example["messages"]
    if not isinstance(messages, list):
        return [f'{where}: "messages" must be a list, got {_kind(messages)}']
    if not messages:
        return [f'{where}: "messages" must not be empty']
    problems: list[str] = []
    for index, message in enumerate(messages):
        for reason in validate_message(message):
            problems.append(f"{where}: messages[{index}]: {reason}")
            if len(problems) >= MAX_PROBLEMS:
                return problems
    return problems


class _Unreadable:
    def __init__(self, reason: str) -> None:
        self.reason = reason


def _lenient(line: str) -> Any:
    """The line as `json.loads` reads it: orjson is strict RFC 8259, json.loads also takes
    NaN, integers past 64 bits and lone surrogates. Only lines orjson refuses come here."""
    try:
        return json.loads(line)
    except json.JSONDecodeError as error:
        return _Unreadable(f"not valid JSON ({error.msg} at column {error.colno})")
    except (ValueError, RecursionError):  # an integer too long to convert, nesting too deep
        return _Unreadable("not JSON that can be read (too long a number or too deep a nesting)")


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    return {bool: "a boolean", int: "a number", float: "a number", str: "a string"}.get(
        type(value), "a list" if isinstance(value, list) else "an object"
    )
