"""Builds the whole chat completion from the chunks of a stream.

Concatenating the deltas gives the message a non-streamed call returns (see
`ChatCompletionDelta` in the spec): content pieces join in order, and each tool call arrives
whole in one delta, identified by its `index`.
"""

from __future__ import annotations

from .models import (
    AssistantMessage,
    ChatCompletion,
    ChatCompletionChoice,
    ChatCompletionChunk,
    FinishReason,
    ToolCall,
    ToolCallFunction,
)
from .types import UNSET


class ChatCompletionAccumulator:
    """Collects the chunks of a streamed chat completion.

    accumulator = ChatCompletionAccumulator()
    with client.chat.completions.create(..., stream=True) as stream:
        for chunk in stream:
            print(accumulator.add(chunk).choices[0].delta.content or "", end="")
    completion = accumulator.completion()
    """

    def __init__(self) -> None:
        self._first: ChatCompletionChunk | None = None
        self._content: list[str] = []
        self._tool_calls: dict[int, ToolCall] = {}
        self._finish_reason: FinishReason | None = None

    def add(self, chunk: ChatCompletionChunk) -> ChatCompletionChunk:
        """Take in one chunk; returns it, for use inside a loop."""
        self._first = self._first or chunk
        for choice in chunk.choices:
            delta = choice.delta
            if isinstance(delta.content, str):
                self._content.append(delta.content)
            if isinstance(delta.tool_calls, list):
                for call in delta.tool_calls:
                    function = ToolCallFunction(call.function.name, call.function.arguments)
                    self._tool_calls[call.index] = ToolCall(call.id, call.type_, function)
            if choice.finish_reason is not None:
                self._finish_reason = choice.finish_reason
        return chunk

    @property
    def message(self) -> AssistantMessage:
        """The assistant message so far (content is None for a message of tool calls only)."""
        tool_calls = [self._tool_calls[index] for index in sorted(self._tool_calls)]
        content = "".join(self._content) if self._content or not tool_calls else None
        return AssistantMessage("assistant", content, tool_calls=tool_calls or UNSET)

    def completion(self) -> ChatCompletion:
        """The whole completion; raises ValueError before the chunk with the finish reason."""
        if self._first is None or self._finish_reason is None:
            raise ValueError("the stream has not finished: no chunk with a finish_reason yet")
        choice = ChatCompletionChoice(0, self.message, self._finish_reason)
        first = self._first
        return ChatCompletion(first.id, "chat.completion", first.created_at, first.model, [choice])
