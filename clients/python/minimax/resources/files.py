# Generated from openapi/minimax.yaml by generator/ — do not edit.
"""Files: Uploads for fine-tuning and video reference images, with signed download URLs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Union

from .._base_client import AsyncAPIClient, RequestOptions, SyncAPIClient
from .._constants import DEFAULT_TIMEOUT, TRANSFER_TIMEOUT
from .._response import APIResult
from .._serialization import given, given_text, path_segment, to_file
from .._types import NOT_GIVEN, Body, FileInput, Headers, NotGiven, Query, Timeout
from ..models import FileObject, FileResponse
from ..types.file_purpose_param import FilePurposeParam

if TYPE_CHECKING:
    from ..models import FilePurpose

__all__ = ["Files", "AsyncFiles"]


class Files:
    """Uploads for fine-tuning and video reference images, with signed download URLs."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        file: FileInput,
        purpose: Union[FilePurposeParam, FilePurpose],
        idempotency_key: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResult[FileObject]:
        """Upload a file.

        Uploads one file as `multipart/form-data` with two parts, `file` and `purpose`. The
        whole request may be at most 100 MiB (104,857,600 bytes); a larger
        one gives `413 payload_too_large` before it is read.

        What each purpose takes, checked against the bytes themselves (not only the declared
        part content type):

        - `fine-tune`: JSON Lines (`application/jsonl`), one chat example per line,
          `{"messages": [...]}` with the same message shape as chat completions.
        - `video-reference`: a PNG or JPEG image (`image/png`, `image/jpeg`).

        Anything else gives `400 invalid_request` (or `415 unsupported_media_type` when the
        request is not multipart at all).

        Args:
            file: The file's bytes, with a filename.
            purpose: `fine-tune`: JSON Lines training data. `video-reference`: a PNG or JPEG for video generation.
            idempotency_key: Makes a `POST` safe to retry: the first response for this key is stored for 24 hours and
                replayed (with `Idempotent-Replayed: true`) for a retry with the same body. See
                *Idempotency*. Ignored by `GET`.
            extra_headers: More headers to send, beside those of the spec.
            extra_query: More query parameters to send.
            extra_body: More properties to send in the body, beside those of the spec.
            timeout: Seconds for the whole call, retries included (or an `httpx.Timeout` for
                each attempt); the client's by default.
            max_retries: How often to retry this call; the client's by default.

        Rate limit, in requests per minute: 60 (free), 60 (pay as you go), 600 (enterprise).
        Key scopes allowed: full.
        """
        options = RequestOptions(
            method="POST",
            path="/files",
            default_timeout=TRANSFER_TIMEOUT,
            headers=given_text({"Idempotency-Key": idempotency_key}),
            form=given_text({"purpose": purpose}),
            files={name: to_file(value) for name, value in given({"file": file}).items()},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client.request_json(options, FileResponse.from_dict)

    def retrieve(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResult[FileObject]:
        """Get a file.

        The file's metadata, with a freshly signed download URL valid for one hour.

        Args:
            file_id: The file's id, as returned when it was uploaded.
            extra_headers: More headers to send, beside those of the spec.
            extra_query: More query parameters to send.
            timeout: Seconds for the whole call, retries included (or an `httpx.Timeout` for
                each attempt); the client's by default.
            max_retries: How often to retry this call; the client's by default.

        Rate limit, in requests per minute: 60 (free), 300 (pay as you go), 3000 (enterprise).
        Key scopes allowed: full, read_only.
        """
        options = RequestOptions(
            method="GET",
            path=f"/files/{path_segment(file_id)}",
            default_timeout=DEFAULT_TIMEOUT,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client.request_json(options, FileResponse.from_dict)

    def content(
        self,
        file_id: str,
        *,
        expires: int | NotGiven = NOT_GIVEN,
        signature: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResult[bytes]:
        """Download a file.

        The file's bytes, served with the content type detected at upload (`content_type` of the
        file). Call it with your key, or open `download_url` (which carries `expires` and
        `signature`) without one.

        Args:
            file_id: The file's id, as returned when it was uploaded.
            expires: Part of a signed `download_url`, the UTC epoch second after which it stops working (at
                most `253402300799`, the last second of the year 9999). Sent together with `signature`.
            signature: Part of a signed `download_url`. Sent together with `expires`; never needed with an API key.
            extra_headers: More headers to send, beside those of the spec.
            extra_query: More query parameters to send.
            timeout: Seconds for the whole call, retries included (or an `httpx.Timeout` for
                each attempt); the client's by default.
            max_retries: How often to retry this call; the client's by default.

        Rate limit, in requests per minute: 60 (free), 300 (pay as you go), 3000 (enterprise).
        Key scopes allowed: full, read_only.
        """
        options = RequestOptions(
            method="GET",
            path=f"/files/{path_segment(file_id)}/content",
            default_timeout=TRANSFER_TIMEOUT,
            params=given_text({"expires": expires, "signature": signature}),
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
            accept="application/jsonl, image/png, image/jpeg",
        )
        return self._client.request_binary(options)


class AsyncFiles:
    """Uploads for fine-tuning and video reference images, with signed download URLs."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        file: FileInput,
        purpose: Union[FilePurposeParam, FilePurpose],
        idempotency_key: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResult[FileObject]:
        """Upload a file.

        Uploads one file as `multipart/form-data` with two parts, `file` and `purpose`. The
        whole request may be at most 100 MiB (104,857,600 bytes); a larger
        one gives `413 payload_too_large` before it is read.

        What each purpose takes, checked against the bytes themselves (not only the declared
        part content type):

        - `fine-tune`: JSON Lines (`application/jsonl`), one chat example per line,
          `{"messages": [...]}` with the same message shape as chat completions.
        - `video-reference`: a PNG or JPEG image (`image/png`, `image/jpeg`).

        Anything else gives `400 invalid_request` (or `415 unsupported_media_type` when the
        request is not multipart at all).

        Args:
            file: The file's bytes, with a filename.
            purpose: `fine-tune`: JSON Lines training data. `video-reference`: a PNG or JPEG for video generation.
            idempotency_key: Makes a `POST` safe to retry: the first response for this key is stored for 24 hours and
                replayed (with `Idempotent-Replayed: true`) for a retry with the same body. See
                *Idempotency*. Ignored by `GET`.
            extra_headers: More headers to send, beside those of the spec.
            extra_query: More query parameters to send.
            extra_body: More properties to send in the body, beside those of the spec.
            timeout: Seconds for the whole call, retries included (or an `httpx.Timeout` for
                each attempt); the client's by default.
            max_retries: How often to retry this call; the client's by default.

        Rate limit, in requests per minute: 60 (free), 60 (pay as you go), 600 (enterprise).
        Key scopes allowed: full.
        """
        options = RequestOptions(
            method="POST",
            path="/files",
            default_timeout=TRANSFER_TIMEOUT,
            headers=given_text({"Idempotency-Key": idempotency_key}),
            form=given_text({"purpose": purpose}),
            files={name: to_file(value) for name, value in given({"file": file}).items()},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client.request_json(options, FileResponse.from_dict)

    async def retrieve(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResult[FileObject]:
        """Get a file.

        The file's metadata, with a freshly signed download URL valid for one hour.

        Args:
            file_id: The file's id, as returned when it was uploaded.
            extra_headers: More headers to send, beside those of the spec.
            extra_query: More query parameters to send.
            timeout: Seconds for the whole call, retries included (or an `httpx.Timeout` for
                each attempt); the client's by default.
            max_retries: How often to retry this call; the client's by default.

        Rate limit, in requests per minute: 60 (free), 300 (pay as you go), 3000 (enterprise).
        Key scopes allowed: full, read_only.
        """
        options = RequestOptions(
            method="GET",
            path=f"/files/{path_segment(file_id)}",
            default_timeout=DEFAULT_TIMEOUT,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client.request_json(options, FileResponse.from_dict)

    async def content(
        self,
        file_id: str,
        *,
        expires: int | NotGiven = NOT_GIVEN,
        signature: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResult[bytes]:
        """Download a file.

        The file's bytes, served with the content type detected at upload (`content_type` of the
        file). Call it with your key, or open `download_url` (which carries `expires` and
        `signature`) without one.

        Args:
            file_id: The file's id, as returned when it was uploaded.
            expires: Part of a signed `download_url`, the UTC epoch second after which it stops working (at
                most `253402300799`, the last second of the year 9999). Sent together with `signature`.
            signature: Part of a signed `download_url`. Sent together with `expires`; never needed with an API key.
            extra_headers: More headers to send, beside those of the spec.
            extra_query: More query parameters to send.
            timeout: Seconds for the whole call, retries included (or an `httpx.Timeout` for
                each attempt); the client's by default.
            max_retries: How often to retry this call; the client's by default.

        Rate limit, in requests per minute: 60 (free), 300 (pay as you go), 3000 (enterprise).
        Key scopes allowed: full, read_only.
        """
        options = RequestOptions(
            method="GET",
            path=f"/files/{path_segment(file_id)}/content",
            default_timeout=TRANSFER_TIMEOUT,
            params=given_text({"expires": expires, "signature": signature}),
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
            accept="application/jsonl, image/png, image/jpeg",
        )
        return await self._client.request_binary(options)
