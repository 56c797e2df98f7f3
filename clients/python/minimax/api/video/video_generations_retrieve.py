# Generated from openapi/minimax.yaml by generator/ — do not edit.
from __future__ import annotations

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.video_generation_response import VideoGenerationResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    task_id: str,
    *,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/video/generations/{task_id}".format(
            task_id=quote(str(task_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | VideoGenerationResponse | None:
    if response.status_code == 200:
        response_200 = VideoGenerationResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | VideoGenerationResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | VideoGenerationResponse]:
    """Get a video generation task

     The task's current status and progress. Poll with backoff (for example 1 s, doubling
    to at most 10 s); `Retry-After` is not sent while a task runs. Once `succeeded`,
    `result.download_url` is a fresh signed URL valid until `result.download_url_expires_at`.

    Args:
        task_id (str):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VideoGenerationResponse]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    task_id: str,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | VideoGenerationResponse | None:
    """Get a video generation task

     The task's current status and progress. Poll with backoff (for example 1 s, doubling
    to at most 10 s); `Retry-After` is not sent while a task runs. Once `succeeded`,
    `result.download_url` is a fresh signed URL valid until `result.download_url_expires_at`.

    Args:
        task_id (str):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VideoGenerationResponse
    """

    return sync_detailed(
        task_id=task_id,
        client=client,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | VideoGenerationResponse]:
    """Get a video generation task

     The task's current status and progress. Poll with backoff (for example 1 s, doubling
    to at most 10 s); `Retry-After` is not sent while a task runs. Once `succeeded`,
    `result.download_url` is a fresh signed URL valid until `result.download_url_expires_at`.

    Args:
        task_id (str):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VideoGenerationResponse]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_id: str,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | VideoGenerationResponse | None:
    """Get a video generation task

     The task's current status and progress. Poll with backoff (for example 1 s, doubling
    to at most 10 s); `Retry-After` is not sent while a task runs. Once `succeeded`,
    `result.download_url` is a fresh signed URL valid until `result.download_url_expires_at`.

    Args:
        task_id (str):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VideoGenerationResponse
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            client=client,
            idempotency_key=idempotency_key,
        )
    ).parsed
