# Generated from openapi/minimax.yaml by generator/ — do not edit.
"""Server-sent events: a decoder following the WHATWG rules, and iterators over a stream.

Each frame of an API stream is one event: the items (each an event of the operation's item
kind), then the done event (`DONE_EVENT`) with the stream's `meta`, or the error event
(`ERROR_EVENT`) with an error envelope, which is raised as the exception of its code. A stream
that ends before either was cut off.
"""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator
from dataclasses import dataclass
from json.scanner import make_scanner
from types import TracebackType
from typing import Any, Generic, TypeVar

import httpx

from ._constants import DONE_EVENT, ERROR_EVENT, REQUEST_ID_HEADER
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    MiniMaxError,
    make_status_error,
)
from ._response import RateLimit
from .models import Meta, StreamDone

T = TypeVar("T")

_BOM = "\ufeff"
# The C scanner `json.loads` runs: (value, where it ends). typeshed types its argument as a
# scanner; it is the decoder whose settings it reads.
_scan_json = make_scanner(json.JSONDecoder())  # type: ignore[arg-type]


def _loads(data: str) -> Any:
    """`json.loads(data)`, without its wrappers (type checks, the decoder's call, a regular
    expression for trailing whitespace) for the usual frame: one JSON value, nothing around it.
    Anything else goes to `json.loads`, which reads it or raises as it always does."""
    try:
        value, end = _scan_json(data, 0)
    except StopIteration:
        return json.loads(data)
    return value if end == len(data) else json.loads(data)


@dataclass(frozen=True)
class ServerSentEvent:
    event: str
    data: str
    id: str | None = None
    retry: int | None = None


class SSEDecoder:
    """Turns the bytes of a stream, split anywhere, into events.

    Lines end with CR, LF or CRLF (a CRLF may arrive split in two reads); `data` lines join
    with LF; comments (`:`) and unknown fields are skipped; an event is dispatched at a blank
    line, and an event the stream ends in the middle of is dropped.
    """

    def __init__(self) -> None:
        self._pending = b""  # an unfinished line
        self._after_cr = False  # the last read ended with CR: a LF opening the next one joins it
        self._first_line = True
        self._event = ""
        self._data: list[str] = []
        self._last_id: str | None = None
        self._retry: int | None = None

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """The events completed by `chunk`."""
        return [ServerSentEvent(*fields) for fields in self.fields(chunk)]

    def fields(self, chunk: bytes) -> list[tuple[str, str, str | None, int | None]]:
        """The events completed by `chunk`, as `(event, data, id, retry)` tuples: what `feed`
        returns, without building an object per event (streams read them this way).

        The complete lines of a read are decoded at once (a CR or LF never falls inside a UTF-8
        sequence) and read in one loop: per streamed chunk, this is most of the decoder's cost.
        """
        if self._after_cr and chunk.startswith(b"\n"):
            chunk = chunk[1:]
        self._after_cr = chunk.endswith(b"\r")
        data = self._pending + chunk if self._pending else chunk
        cut = max(data.rfind(b"\n"), data.rfind(b"\r")) + 1
        self._pending = data[cut:]
        if not cut:
            return []
        text = data[:cut].decode("utf-8", errors="replace")
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        if self._first_line:
            self._first_line = False
            text = text[1:] if text.startswith(_BOM) else text
        events: list[tuple[str, str, str | None, int | None]] = []
        event, lines_of_data = self._event, self._data
        lines = text.split("\n")
        lines.pop()  # the text ends with a line end: nothing follows the last one
        for line in lines:
            if not line:
                if lines_of_data:
                    events.append(
                        (event or "message", "\n".join(lines_of_data), self._last_id, self._retry)
                    )
                    lines_of_data = []
                event = ""
            elif line.startswith("data: "):  # the usual spellings first, without a partition
                lines_of_data.append(line[6:])
            elif line.startswith("event: "):
                event = line[7:]
            elif line[0] != ":":
                name, colon, value = line.partition(":")
                if colon and value[:1] == " ":
                    value = value[1:]
                if name == "data":
                    lines_of_data.append(value)
                elif name == "event":
                    event = value
                elif name == "id" and "\0" not in value:
                    self._last_id = value
                elif name == "retry" and value.isascii() and value.isdigit():
                    self._retry = int(value)
        self._event, self._data = event, lines_of_data
        return events


class _Frames(Generic[T]):
    """What the frames of one API stream mean: items, its end, or an error to raise."""

    def __init__(
        self, response: httpx.Response, item_event: str, parse_item: Callable[[Any], T]
    ) -> None:
        self.response = response
        self.item_event = item_event
        self.parse_item = parse_item
        self.meta: Meta | None = None

    def ended(self, event: str, data: str) -> bool:
        """Whether a frame other than an item ends the stream (an error frame raises)."""
        if event not in (DONE_EVENT, ERROR_EVENT):
            return False  # a frame kind newer than this client
        try:
            body = json.loads(data)
            if event == ERROR_EVENT:
                raise make_status_error(self.response, body, in_stream=True)
            self.meta = StreamDone.from_dict(body).meta
            return True
        except (ValueError, KeyError, TypeError) as exc:
            raise self.unreadable(event, exc) from exc

    def unreadable(self, event: str, exc: Exception) -> APIResponseValidationError:
        return APIResponseValidationError(
            f"unreadable {event!r} frame: {exc}", request_id=self.request_id
        )

    def ended_meta(self) -> Meta:
        if self.meta is None:
            raise MiniMaxError(
                f"the stream's meta comes with its {DONE_EVENT!r} frame, after the last item: "
                "iterate the stream to its end before reading it"
            )
        return self.meta

    @property
    def request_id(self) -> str | None:
        request_id: str | None = self.response.headers.get(REQUEST_ID_HEADER)
        return request_id

    def cut_off(self) -> APIConnectionError:
        return APIConnectionError(
            f"the stream ended before its {DONE_EVENT!r} frame", request_id=self.request_id
        )

    def broken(self, exc: httpx.TransportError) -> APIConnectionError:
        error = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
        return error(f"the stream broke: {exc}", request_id=self.request_id)


def _repr(stream: object, frames: _Frames[Any]) -> str:
    """`Stream[ChatCompletionChunk](status_code=200, request_id='req_...', closed=False)`."""
    owner = getattr(frames.parse_item, "__self__", None)
    item = owner.__name__ if isinstance(owner, type) else "Any"
    fields = [f"status_code={frames.response.status_code}", f"request_id={frames.request_id!r}"]
    if frames.meta is not None:
        fields.append("done=True")
    fields.append(f"closed={frames.response.is_closed}")
    return f"{type(stream).__name__}[{item}]({', '.join(fields)})"


class Stream(Generic[T]):
    """The items of a streamed response, in order.

    Use it in a `with` block, or call `close()`, to release the connection when stopping
    early. After the last item, `meta` holds the stream's meta (usage included, for chat);
    before that, reading it raises `MiniMaxError`.
    """

    def __init__(
        self, response: httpx.Response, *, item_event: str, parse_item: Callable[[Any], T]
    ) -> None:
        self.response = response
        self.rate_limit = RateLimit.from_headers(response.headers)
        self._frames = _Frames(response, item_event, parse_item)
        self._iterator = self._iterate()

    def __repr__(self) -> str:
        return _repr(self, self._frames)

    @property
    def meta(self) -> Meta:
        """The stream's meta, from its done frame: read the stream to its end first."""
        return self._frames.ended_meta()

    @property
    def request_id(self) -> str | None:
        return self._frames.request_id

    def __iter__(self) -> Iterator[T]:
        return self._iterator

    def __next__(self) -> T:
        return next(self._iterator)

    def _iterate(self) -> Generator[T, None, None]:
        decoder, frames, item_event = SSEDecoder(), self._frames, self._frames.item_event
        parse_item, loads = frames.parse_item, _loads
        try:
            for chunk in self.response.iter_bytes():
                for event, data, _id, _retry in decoder.fields(chunk):
                    if (
                        event == item_event
                    ):  # an item: parsed here, not in a call, since most frames are items
                        try:
                            item = parse_item(loads(data))
                        except (ValueError, KeyError, TypeError) as exc:
                            raise frames.unreadable(item_event, exc) from exc
                        yield item
                    elif frames.ended(event, data):
                        return
        except httpx.TransportError as exc:
            raise self._frames.broken(exc) from exc
        finally:
            self.response.close()
        raise self._frames.cut_off()

    def close(self) -> None:
        self._iterator.close()
        self.response.close()

    def __enter__(self) -> Stream[T]:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class AsyncStream(Generic[T]):
    """The items of a streamed response, for `async for`; see `Stream`."""

    def __init__(
        self, response: httpx.Response, *, item_event: str, parse_item: Callable[[Any], T]
    ) -> None:
        self.response = response
        self.rate_limit = RateLimit.from_headers(response.headers)
        self._frames = _Frames(response, item_event, parse_item)
        self._iterator = self._iterate()

    def __repr__(self) -> str:
        return _repr(self, self._frames)

    @property
    def meta(self) -> Meta:
        """The stream's meta, from its done frame: read the stream to its end first."""
        return self._frames.ended_meta()

    @property
    def request_id(self) -> str | None:
        return self._frames.request_id

    def __aiter__(self) -> AsyncIterator[T]:
        return self._iterator

    async def __anext__(self) -> T:
        return await self._iterator.__anext__()

    async def _iterate(self) -> AsyncGenerator[T, None]:
        decoder, frames, item_event = SSEDecoder(), self._frames, self._frames.item_event
        parse_item, loads = frames.parse_item, _loads
        try:
            async for chunk in self.response.aiter_bytes():
                for event, data, _id, _retry in decoder.fields(chunk):
                    if (
                        event == item_event
                    ):  # an item: parsed here, not in a call, since most frames are items
                        try:
                            item = parse_item(loads(data))
                        except (ValueError, KeyError, TypeError) as exc:
                            raise frames.unreadable(item_event, exc) from exc
                        yield item
                    elif frames.ended(event, data):
                        return
        except httpx.TransportError as exc:
            raise self._frames.broken(exc) from exc
        finally:
            await self.response.aclose()
        raise self._frames.cut_off()

    async def close(self) -> None:
        await self._iterator.aclose()
        await self.response.aclose()

    async def __aenter__(self) -> AsyncStream[T]:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()
