"""The names the Go SDK gives otherwise than its rules would: every rename, in one place.

`TYPES` is keyed by the name a type would get (a component schema's, or the one made for an
inline schema from its place: `EmbeddingRequest` + `input`); `METHODS` moves an operation to
another resource and method name than its dotted id gives (`chat.completions.create` would be
`client.Chat.Completions.Create`; the brief calls it `client.Chat.Completions`).
"""

from __future__ import annotations

from collections.abc import Mapping

TYPES: Mapping[str, str] = {
    # What a user builds most: `[]minimax.Message{{Role: "user", Content: "Hello"}}`.
    "ChatMessage": "Message",
    # The discriminator of Message: `minimax.RoleUser`.
    "MessageRole": "Role",
    # `minimax.Error` would read like Go's `error` beside the runtime's `*APIError`.
    "Error": "ErrorObject",
    # The string variant of ToolChoice: `minimax.ToolChoiceModeAuto`.
    "ToolChoiceString": "ToolChoiceMode",
    # The union of EmbeddingRequest.input: `minimax.EmbeddingInputStrings{"a", "b"}`.
    "EmbeddingRequestInput": "EmbeddingInput",
}

# operation id -> (resource path, method name), both in the spec's spelling.
METHODS: Mapping[str, tuple[tuple[str, ...], str]] = {
    "chat.completions.create": (("chat",), "completions"),
}
