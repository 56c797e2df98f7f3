# Generated from openapi/minimax.yaml by generator/ — do not edit.
from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.file_response import FileResponse
from ...models.file_upload_request import FileUploadRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: FileUploadRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/files",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | FileResponse | None:
    if response.status_code == 201:
        response_201 = FileResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

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
) -> Response[ErrorResponse | FileResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: FileUploadRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | FileResponse]:
    """Upload a file

     Uploads one file as `multipart/form-data` with two parts, `file` and `purpose`. The
    whole request may be at most 100 MiB (104,857,600 bytes, `x-max-body-bytes`); a larger
    one gives `413 payload_too_large` before it is read.

    What each purpose takes, checked against the bytes themselves (not only the declared
    part content type):

    - `fine-tune`: JSON Lines (`application/jsonl`), one chat example per line,
      `{"messages": [...]}` with the same message shape as chat completions.
    - `video-reference`: a PNG or JPEG image (`image/png`, `image/jpeg`).

    Anything else gives `400 invalid_request` (or `415 unsupported_media_type` when the
    request is not multipart at all).

    Args:
        idempotency_key (str | Unset):
        body (FileUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FileResponse]
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
    body: FileUploadRequest,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | FileResponse | None:
    """Upload a file

     Uploads one file as `multipart/form-data` with two parts, `file` and `purpose`. The
    whole request may be at most 100 MiB (104,857,600 bytes, `x-max-body-bytes`); a larger
    one gives `413 payload_too_large` before it is read.

    What each purpose takes, checked against the bytes themselves (not only the declared
    part content type):

    - `fine-tune`: JSON Lines (`application/jsonl`), one chat example per line,
      `{"messages": [...]}` with the same message shape as chat completions.
    - `video-reference`: a PNG or JPEG image (`image/png`, `image/jpeg`).

    Anything else gives `400 invalid_request` (or `415 unsupported_media_type` when the
    request is not multipart at all).

    Args:
        idempotency_key (str | Unset):
        body (FileUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FileResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: FileUploadRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | FileResponse]:
    """Upload a file

     Uploads one file as `multipart/form-data` with two parts, `file` and `purpose`. The
    whole request may be at most 100 MiB (104,857,600 bytes, `x-max-body-bytes`); a larger
    one gives `413 payload_too_large` before it is read.

    What each purpose takes, checked against the bytes themselves (not only the declared
    part content type):

    - `fine-tune`: JSON Lines (`application/jsonl`), one chat example per line,
      `{"messages": [...]}` with the same message shape as chat completions.
    - `video-reference`: a PNG or JPEG image (`image/png`, `image/jpeg`).

    Anything else gives `400 invalid_request` (or `415 unsupported_media_type` when the
    request is not multipart at all).

    Args:
        idempotency_key (str | Unset):
        body (FileUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FileResponse]
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
    body: FileUploadRequest,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | FileResponse | None:
    """Upload a file

     Uploads one file as `multipart/form-data` with two parts, `file` and `purpose`. The
    whole request may be at most 100 MiB (104,857,600 bytes, `x-max-body-bytes`); a larger
    one gives `413 payload_too_large` before it is read.

    What each purpose takes, checked against the bytes themselves (not only the declared
    part content type):

    - `fine-tune`: JSON Lines (`application/jsonl`), one chat example per line,
      `{"messages": [...]}` with the same message shape as chat completions.
    - `video-reference`: a PNG or JPEG image (`image/png`, `image/jpeg`).

    Anything else gives `400 invalid_request` (or `415 unsupported_media_type` when the
    request is not multipart at all).

    Args:
        idempotency_key (str | Unset):
        body (FileUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FileResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
