# Generated from openapi/minimax.yaml by generator/ — do not edit.
from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat_completion_request import ChatCompletionRequest
from ...models.chat_completion_response import ChatCompletionResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ChatCompletionRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/chat/completions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChatCompletionResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ChatCompletionResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ErrorResponse.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ErrorResponse.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChatCompletionResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ChatCompletionRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ChatCompletionResponse | ErrorResponse]:
    """Create a chat completion

     Generates the assistant's next message for a conversation. With `tools`, the model may
    answer with `tool_calls` instead of text; run the tools, append their results as `tool`
    messages and call again. With `"stream": true` the response is `text/event-stream`
    (see *Streaming*); otherwise it is one JSON document. Both describe the same completion:
    the concatenated stream equals the non-streamed message, usage included.

    Args:
        idempotency_key (str | Unset):
        body (ChatCompletionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatCompletionResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ChatCompletionRequest,
    idempotency_key: str | Unset = UNSET,
) -> ChatCompletionResponse | ErrorResponse | None:
    """Create a chat completion

     Generates the assistant's next message for a conversation. With `tools`, the model may
    answer with `tool_calls` instead of text; run the tools, append their results as `tool`
    messages and call again. With `"stream": true` the response is `text/event-stream`
    (see *Streaming*); otherwise it is one JSON document. Both describe the same completion:
    the concatenated stream equals the non-streamed message, usage included.

    Args:
        idempotency_key (str | Unset):
        body (ChatCompletionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatCompletionResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ChatCompletionRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ChatCompletionResponse | ErrorResponse]:
    """Create a chat completion

     Generates the assistant's next message for a conversation. With `tools`, the model may
    answer with `tool_calls` instead of text; run the tools, append their results as `tool`
    messages and call again. With `"stream": true` the response is `text/event-stream`
    (see *Streaming*); otherwise it is one JSON document. Both describe the same completion:
    the concatenated stream equals the non-streamed message, usage included.

    Args:
        idempotency_key (str | Unset):
        body (ChatCompletionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatCompletionResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ChatCompletionRequest,
    idempotency_key: str | Unset = UNSET,
) -> ChatCompletionResponse | ErrorResponse | None:
    """Create a chat completion

     Generates the assistant's next message for a conversation. With `tools`, the model may
    answer with `tool_calls` instead of text; run the tools, append their results as `tool`
    messages and call again. With `"stream": true` the response is `text/event-stream`
    (see *Streaming*); otherwise it is one JSON document. Both describe the same completion:
    the concatenated stream equals the non-streamed message, usage included.

    Args:
        idempotency_key (str | Unset):
        body (ChatCompletionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatCompletionResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
