# Generated from openapi/minimax.yaml by generator/ — do not edit.
"""Python client for the MiniMax API, generated from its OpenAPI document.

    from minimax import MiniMax

    client = MiniMax(api_key="mmx_test_...")
    result = client.chat.completions.create(
        model="minimax-chat-v2", messages=[{"role": "user", "content": "Hello"}]
    )
    print(result.data.choices[0].message.content, result.meta.request_id)

`minimax.models` holds the response models and `minimax.types` the request TypedDicts.
"""

from __future__ import annotations

from ._chat_accumulator import ChatCompletionAccumulator
from ._circuit_breaker import CircuitBreaker
from ._client import AsyncMiniMax, MiniMax
from ._constants import API_VERSION
from ._constants import VERSION as __version__
from ._embeddings import Embedding
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    AuthenticationFailedError,
    BadRequestError,
    CircuitOpenError,
    ConfigurationError,
    ConflictError,
    IdempotencyKeyInUseError,
    IdempotencyKeyReusedError,
    InternalServerError,
    InvalidRequestError,
    KeyLimitReachedError,
    KeyRevokedError,
    MethodNotAllowedError,
    MiniMaxError,
    ModelNotFoundError,
    NotFoundError,
    PayloadTooLargeError,
    PermissionDeniedError,
    RateLimitError,
    RateLimitExceededError,
    ServerError,
    TaskNotReadyError,
    UnprocessableEntityError,
    UnsupportedMediaTypeError,
    WaitTimeoutError,
)
from ._response import APIResult, RateLimit
from ._streaming import AsyncStream, ServerSentEvent, Stream
from ._types import NOT_GIVEN, FileInput, NotGiven, Timeout

__all__ = [
    "__version__",
    "API_VERSION",
    "MiniMax",
    "AsyncMiniMax",
    "APIResult",
    "RateLimit",
    "Stream",
    "AsyncStream",
    "ServerSentEvent",
    "ChatCompletionAccumulator",
    "CircuitBreaker",
    "Embedding",
    "NOT_GIVEN",
    "NotGiven",
    "FileInput",
    "Timeout",
    "MiniMaxError",
    "ConfigurationError",
    "CircuitOpenError",
    "WaitTimeoutError",
    "APIError",
    "APIConnectionError",
    "APITimeoutError",
    "APIResponseValidationError",
    "APIStatusError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "MethodNotAllowedError",
    "ConflictError",
    "PayloadTooLargeError",
    "UnsupportedMediaTypeError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "InvalidRequestError",
    "AuthenticationFailedError",
    "ModelNotFoundError",
    "IdempotencyKeyInUseError",
    "TaskNotReadyError",
    "KeyLimitReachedError",
    "KeyRevokedError",
    "IdempotencyKeyReusedError",
    "RateLimitExceededError",
    "ServerError",
]
