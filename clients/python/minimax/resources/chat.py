# Generated from openapi/minimax.yaml by generator/ — do not edit.
"""Chat: Chat completions with system prompts, multi-turn conversations, function calling and SSE streaming."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Union, overload

from typing_extensions import Literal

from .._base_client import AsyncAPIClient, RequestOptions, SyncAPIClient
from .._constants import DEFAULT_TIMEOUT
from .._response import APIResult
from .._serialization import given_text, to_jsonable
from .._streaming import AsyncStream, Stream
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..models import ChatCompletion, ChatCompletionChunk, ChatCompletionResponse
from ..types.chat_message_param import ChatMessageParam
from ..types.tool_choice_param import ToolChoiceParam
from ..types.tool_param import ToolParam

if TYPE_CHECKING:
    from ..models import Tool

__all__ = ["ChatCompletions", "AsyncChatCompletions", "Chat", "AsyncChat"]


class ChatCompletions:
    """`completions` of Chat."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @overload
    def create(
        self,
        *,
        model: str,
        messages: Sequence[ChatMessageParam],
        tools: Sequence[Union[ToolParam, Tool]] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        max_tokens: int | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResult[ChatCompletion]: ...

    @overload
    def create(
        self,
        *,
        model: str,
        messages: Sequence[ChatMessageParam],
        tools: Sequence[Union[ToolParam, Tool]] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        max_tokens: int | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        idempotency_key: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Stream[ChatCompletionChunk]: ...

    @overload
    def create(
        self,
        *,
        model: str,
        messages: Sequence[ChatMessageParam],
        tools: Sequence[Union[ToolParam, Tool]] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        max_tokens: int | NotGiven = NOT_GIVEN,
        stream: bool,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResult[ChatCompletion] | Stream[ChatCompletionChunk]: ...

    def create(
        self,
        *,
        model: str,
        messages: Sequence[ChatMessageParam],
        tools: Sequence[Union[ToolParam, Tool]] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        max_tokens: int | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResult[ChatCompletion] | Stream[ChatCompletionChunk]:
        """Create a chat completion.

        Generates the assistant's next message for a conversation. With `tools`, the model may
        answer with `tool_calls` instead of text; run the tools, append their results as `tool`
        messages and call again. With `"stream": true` the response is `text/event-stream`
        (see *Streaming*); otherwise it is one JSON document. Both describe the same completion:
        the concatenated stream equals the non-streamed message, usage included.

        Args:
            model: A model with the `chat` capability, e.g. `minimax-chat-v2`, or a fine-tuned model.
            messages: The conversation so far, oldest first.
            tools: Functions the model may call. Names must be unique.
            tool_choice: `auto` (the default when `tools` is given): the model decides. `none`: never call a tool.
                `required`: call at least one tool. `{"type": "function", "function": {"name": ...}}`:
                call that function. Naming a function that is not in `tools` gives `400 invalid_request`.
            temperature: Sampling temperature; 0 always picks the most likely token.
            top_p: Nucleus sampling; only tokens within the top `top_p` probability mass are considered.
            max_tokens: The most tokens to generate. When the answer is cut by this limit, `finish_reason` is
                `length`. Defaults to the model's `max_output_tokens`; a value above it gives
                `400 invalid_request`.
            stream: Answer as a `text/event-stream` of `ChatCompletionStreamEvent` frames.
            idempotency_key: Makes a `POST` safe to retry: the first response for this key is stored for 24 hours and
                replayed (with `Idempotent-Replayed: true`) for a retry with the same body. See
                *Idempotency*. Ignored by `GET`.
            extra_headers: More headers to send, beside those of the spec.
            extra_query: More query parameters to send.
            extra_body: More properties to send in the body, beside those of the spec.
            timeout: Seconds for the whole call, retries included (or an `httpx.Timeout` for
                each attempt); the client's by default.
            max_retries: How often to retry this call; the client's by default.

        Rate limit, in requests per minute: 60 (free), 600 (pay as you go), 6000 (enterprise).
        Key scopes allowed: full.
        """
        options = RequestOptions(
            method="POST",
            path="/chat/completions",
            default_timeout=DEFAULT_TIMEOUT,
            headers=given_text({"Idempotency-Key": idempotency_key}),
            json=to_jsonable(
                {
                    "model": model,
                    "messages": messages,
                    "tools": tools,
                    "tool_choice": tool_choice,
                    "temperature": temperature,
                    "top_p": top_p,
                    "max_tokens": max_tokens,
                    "stream": stream,
                }
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            model=model,
        )
        if stream is True:
            return self._client.request_stream(options, "chunk", ChatCompletionChunk.from_dict)
        return self._client.request_json(options, ChatCompletionResponse.from_dict)


class Chat:
    """Chat completions with system prompts, multi-turn conversations, function calling and SSE streaming."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client
        self.completions = ChatCompletions(client)


class AsyncChatCompletions:
    """`completions` of Chat."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @overload
    async def create(
        self,
        *,
        model: str,
        messages: Sequence[ChatMessageParam],
        tools: Sequence[Union[ToolParam, Tool]] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        max_tokens: int | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResult[ChatCompletion]: ...

    @overload
    async def create(
        self,
        *,
        model: str,
        messages: Sequence[ChatMessageParam],
        tools: Sequence[Union[ToolParam, Tool]] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        max_tokens: int | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        idempotency_key: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[ChatCompletionChunk]: ...

    @overload
    async def create(
        self,
        *,
        model: str,
        messages: Sequence[ChatMessageParam],
        tools: Sequence[Union[ToolParam, Tool]] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        max_tokens: int | NotGiven = NOT_GIVEN,
        stream: bool,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResult[ChatCompletion] | AsyncStream[ChatCompletionChunk]: ...

    async def create(
        self,
        *,
        model: str,
        messages: Sequence[ChatMessageParam],
        tools: Sequence[Union[ToolParam, Tool]] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        max_tokens: int | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResult[ChatCompletion] | AsyncStream[ChatCompletionChunk]:
        """Create a chat completion.

        Generates the assistant's next message for a conversation. With `tools`, the model may
        answer with `tool_calls` instead of text; run the tools, append their results as `tool`
        messages and call again. With `"stream": true` the response is `text/event-stream`
        (see *Streaming*); otherwise it is one JSON document. Both describe the same completion:
        the concatenated stream equals the non-streamed message, usage included.

        Args:
            model: A model with the `chat` capability, e.g. `minimax-chat-v2`, or a fine-tuned model.
            messages: The conversation so far, oldest first.
            tools: Functions the model may call. Names must be unique.
            tool_choice: `auto` (the default when `tools` is given): the model decides. `none`: never call a tool.
                `required`: call at least one tool. `{"type": "function", "function": {"name": ...}}`:
                call that function. Naming a function that is not in `tools` gives `400 invalid_request`.
            temperature: Sampling temperature; 0 always picks the most likely token.
            top_p: Nucleus sampling; only tokens within the top `top_p` probability mass are considered.
            max_tokens: The most tokens to generate. When the answer is cut by this limit, `finish_reason` is
                `length`. Defaults to the model's `max_output_tokens`; a value above it gives
                `400 invalid_request`.
            stream: Answer as a `text/event-stream` of `ChatCompletionStreamEvent` frames.
            idempotency_key: Makes a `POST` safe to retry: the first response for this key is stored for 24 hours and
                replayed (with `Idempotent-Replayed: true`) for a retry with the same body. See
                *Idempotency*. Ignored by `GET`.
            extra_headers: More headers to send, beside those of the spec.
            extra_query: More query parameters to send.
            extra_body: More properties to send in the body, beside those of the spec.
            timeout: Seconds for the whole call, retries included (or an `httpx.Timeout` for
                each attempt); the client's by default.
            max_retries: How often to retry this call; the client's by default.

        Rate limit, in requests per minute: 60 (free), 600 (pay as you go), 6000 (enterprise).
        Key scopes allowed: full.
        """
        options = RequestOptions(
            method="POST",
            path="/chat/completions",
            default_timeout=DEFAULT_TIMEOUT,
            headers=given_text({"Idempotency-Key": idempotency_key}),
            json=to_jsonable(
                {
                    "model": model,
                    "messages": messages,
                    "tools": tools,
                    "tool_choice": tool_choice,
                    "temperature": temperature,
                    "top_p": top_p,
                    "max_tokens": max_tokens,
                    "stream": stream,
                }
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            model=model,
        )
        if stream is True:
            return await self._client.request_stream(
                options, "chunk", ChatCompletionChunk.from_dict
            )
        return await self._client.request_json(options, ChatCompletionResponse.from_dict)


class AsyncChat:
    """Chat completions with system prompts, multi-turn conversations, function calling and SSE streaming."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
        self.completions = AsyncChatCompletions(client)
