# Generated from openapi/minimax.yaml by generator/ — do not edit.
"""Administration: The account's API keys, its activity log and its usage, called with the account's admin key."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Optional, Union

from .._base_client import AsyncAPIClient, RequestOptions, SyncAPIClient
from .._constants import DEFAULT_TIMEOUT
from .._response import APIResult
from .._serialization import given_text, path_segment, to_jsonable
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..models import (
    ActivityEntry,
    ActivityEntryResponse,
    ActivityPage,
    ActivityPageResponse,
    ApiKey,
    ApiKeyCreatedResponse,
    ApiKeyListResponse,
    ApiKeyResponse,
    ApiKeyWithSecret,
    UsageReport,
    UsageResponse,
)
from ..types.key_scope_param import KeyScopeParam
from ..types.rate_limit_tier_param import RateLimitTierParam

if TYPE_CHECKING:
    from ..models import KeyScope, RateLimitTier

__all__ = [
    "AdminApiKeys",
    "AsyncAdminApiKeys",
    "AdminActivity",
    "AsyncAdminActivity",
    "AdminUsage",
    "AsyncAdminUsage",
    "Admin",
    "AsyncAdmin",
]


class AdminApiKeys:
    """`api_keys` of Administration."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResult[builtins.list[ApiKey]]:
        """List API keys.

        Every key of the account, newest first, revoked ones included (with `revoked_at`), each
        with its `hint` (the start of the key) and `last_used_at`. The secret is never listed.

        Args:
            extra_headers: More headers to send, beside those of the spec.
            extra_query: More query parameters to send.
            timeout: Seconds for the whole call, retries included (or an `httpx.Timeout` for
                each attempt); the client's by default.
            max_retries: How often to retry this call; the client's by default.

        Rate limit, in requests per minute: 60 (free), 300 (pay as you go), 3000 (enterprise).
        """
        options = RequestOptions(
            method="GET",
            path="/organization/api_keys",
            default_timeout=DEFAULT_TIMEOUT,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client.request_json(options, ApiKeyListResponse.from_dict)

    def create(
        self,
        *,
        name: str,
        scope: Union[KeyScopeParam, KeyScope] | NotGiven = NOT_GIVEN,
        models: Optional[Sequence[str]] | NotGiven = NOT_GIVEN,
        tier: Union[RateLimitTierParam, RateLimitTier] | NotGiven = NOT_GIVEN,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResult[ApiKeyWithSecret]:
        """Create an API key.

        Creates an API key for the account, with a name, a scope, an optional list of allowed
        models and a rate-limit tier. The response carries the key itself in `secret`, **this
        once only**: the API stores a hash, so a lost key cannot be shown again (rotate it
        instead). A retry with the same `Idempotency-Key` gets the same key and secret back
        within 24 hours; that stored response is sealed with the admin key, never kept in
        clear. An account holds at most 20 active keys; a 21st gives
        `409 key_limit_reached`. Each of `models` must be a model the account can use (see
        `GET /models`); another gives `400 invalid_request` naming it (`models[1]`). Keys made
        in the sandbox start `mmx_test_`, in production `mmx_live_`.

        Args:
            name: A label for people (`support-bot`); need not be unique.
            scope: What a key may call; see *Authentication*.
            models: The only models the key may name; `null` (the default) for every model.
            tier: The rate-limit tier of a key; see *Rate limits*.
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
        """
        options = RequestOptions(
            method="POST",
            path="/organization/api_keys",
            default_timeout=DEFAULT_TIMEOUT,
            headers=given_text({"Idempotency-Key": idempotency_key}),
            json=to_jsonable({"name": name, "scope": scope, "models": models, "tier": tier}),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client.request_json(options, ApiKeyCreatedResponse.from_dict)

    def retrieve(
        self,
        key_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResult[ApiKey]:
        """Get an API key.

        One key of the account, without its secret. An unknown id gives `404 not_found`.

        Args:
            key_id: The API key's id (`key_...`), never the key itself.
            extra_headers: More headers to send, beside those of the spec.
            extra_query: More query parameters to send.
            timeout: Seconds for the whole call, retries included (or an `httpx.Timeout` for
                each attempt); the client's by default.
            max_retries: How often to retry this call; the client's by default.

        Rate limit, in requests per minute: 60 (free), 300 (pay as you go), 3000 (enterprise).
        """
        options = RequestOptions(
            method="GET",
            path=f"/organization/api_keys/{path_segment(key_id)}",
            default_timeout=DEFAULT_TIMEOUT,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client.request_json(options, ApiKeyResponse.from_dict)

    def revoke(
        self,
        key_id: str,
        *,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResult[ApiKey]:
        """Revoke an API key.

        Revokes the key at once: its next request, on any worker, gets `401
        authentication_failed`. Revoking a revoked key changes nothing and answers the key as
        it is. A revoked key cannot be restored; create a new one.

        Args:
            key_id: The API key's id (`key_...`), never the key itself.
            idempotency_key: Makes a `POST` safe to retry: the first response for this key is stored for 24 hours and
                replayed (with `Idempotent-Replayed: true`) for a retry with the same body. See
                *Idempotency*. Ignored by `GET`.
            extra_headers: More headers to send, beside those of the spec.
            extra_query: More query parameters to send.
            timeout: Seconds for the whole call, retries included (or an `httpx.Timeout` for
                each attempt); the client's by default.
            max_retries: How often to retry this call; the client's by default.

        Rate limit, in requests per minute: 60 (free), 60 (pay as you go), 600 (enterprise).
        """
        options = RequestOptions(
            method="POST",
            path=f"/organization/api_keys/{path_segment(key_id)}/revoke",
            default_timeout=DEFAULT_TIMEOUT,
            headers=given_text({"Idempotency-Key": idempotency_key}),
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client.request_json(options, ApiKeyResponse.from_dict)

    def rotate(
        self,
        key_id: str,
        *,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResult[ApiKeyWithSecret]:
        """Rotate an API key.

        Replaces a key with a new one of the same name, scope, models and tier, and revokes the
        old one in the same step, so the account's key count does not change. The new key's
        `rotated_from` names the old id, and its secret is in the response this once only.
        Rotating a revoked key gives `409 key_revoked`.

        Args:
            key_id: The API key's id (`key_...`), never the key itself.
            idempotency_key: Makes a `POST` safe to retry: the first response for this key is stored for 24 hours and
                replayed (with `Idempotent-Replayed: true`) for a retry with the same body. See
                *Idempotency*. Ignored by `GET`.
            extra_headers: More headers to send, beside those of the spec.
            extra_query: More query parameters to send.
            timeout: Seconds for the whole call, retries included (or an `httpx.Timeout` for
                each attempt); the client's by default.
            max_retries: How often to retry this call; the client's by default.

        Rate limit, in requests per minute: 60 (free), 60 (pay as you go), 600 (enterprise).
        """
        options = RequestOptions(
            method="POST",
            path=f"/organization/api_keys/{path_segment(key_id)}/rotate",
            default_timeout=DEFAULT_TIMEOUT,
            headers=given_text({"Idempotency-Key": idempotency_key}),
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client.request_json(options, ApiKeyCreatedResponse.from_dict)


class AdminActivity:
    """`activity` of Administration."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        key_id: str | NotGiven = NOT_GIVEN,
        status: str | NotGiven = NOT_GIVEN,
        operation: str | NotGiven = NOT_GIVEN,
        since: Union[datetime, str] | NotGiven = NOT_GIVEN,
        until: Union[datetime, str] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResult[ActivityPage]:
        """List the activity log.

        One entry per request made to the API with this account's keys (and per request
        refused before a key was known), newest first: when, which key, which operation, the
        status, the latency, the model and tokens, and whether it was replayed or rate-limited.
        Calls to the administration operations are not logged here. Entries appear within a
        second of the response and are kept for 30 days (the sandbox keeps the newest 100,000).
        Filter by key, status, operation and time; page with `cursor`, the
        `next_cursor` of the previous page (any other value gives `400 invalid_request`).

        Args:
            key_id: Only requests made with this key.
            status: Only responses with this status (`429`) or class (`4xx`).
            operation: Only calls of this operation, by its `operationId` (`chat.completions.create`).
            since: Only requests at or after this time.
            until: Only requests before this time.
            limit: Entries per page.
            cursor: The `next_cursor` of the previous page.
            extra_headers: More headers to send, beside those of the spec.
            extra_query: More query parameters to send.
            timeout: Seconds for the whole call, retries included (or an `httpx.Timeout` for
                each attempt); the client's by default.
            max_retries: How often to retry this call; the client's by default.

        Rate limit, in requests per minute: 60 (free), 300 (pay as you go), 3000 (enterprise).
        """
        options = RequestOptions(
            method="GET",
            path="/organization/activity",
            default_timeout=DEFAULT_TIMEOUT,
            params=given_text(
                {
                    "key_id": key_id,
                    "status": status,
                    "operation": operation,
                    "since": since,
                    "until": until,
                    "limit": limit,
                    "cursor": cursor,
                }
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client.request_json(options, ActivityPageResponse.from_dict)

    def retrieve(
        self,
        request_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResult[ActivityEntry]:
        """Get a request from the activity log.

        One logged request, found by the request id a user quotes. An id the log does not hold
        (never made, not by this account, or past retention) gives `404 not_found`.

        Args:
            request_id: A request id, from `X-Request-Id` or `meta.request_id`.
            extra_headers: More headers to send, beside those of the spec.
            extra_query: More query parameters to send.
            timeout: Seconds for the whole call, retries included (or an `httpx.Timeout` for
                each attempt); the client's by default.
            max_retries: How often to retry this call; the client's by default.

        Rate limit, in requests per minute: 60 (free), 300 (pay as you go), 3000 (enterprise).
        """
        options = RequestOptions(
            method="GET",
            path=f"/organization/activity/{path_segment(request_id)}",
            default_timeout=DEFAULT_TIMEOUT,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client.request_json(options, ActivityEntryResponse.from_dict)


class AdminUsage:
    """`usage` of Administration."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def retrieve(
        self,
        *,
        key_id: str | NotGiven = NOT_GIVEN,
        since: Union[datetime, str] | NotGiven = NOT_GIVEN,
        until: Union[datetime, str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResult[UsageReport]:
        """Get usage per key per minute.

        Requests and tokens per key per minute, from the activity log, with the `429`s and the
        errors (`4xx` other than `429`, and `5xx`) of each minute counted apart. Minutes without
        a request are left out. The window defaults to the last hour and may span at most
        24 hours; a longer one, or a `since` after `until`, gives `400 invalid_request`.

        Args:
            key_id: Only this key.
            since: The window's start (default one hour before `until`).
            until: The window's end (default now).
            extra_headers: More headers to send, beside those of the spec.
            extra_query: More query parameters to send.
            timeout: Seconds for the whole call, retries included (or an `httpx.Timeout` for
                each attempt); the client's by default.
            max_retries: How often to retry this call; the client's by default.

        Rate limit, in requests per minute: 60 (free), 300 (pay as you go), 3000 (enterprise).
        """
        options = RequestOptions(
            method="GET",
            path="/organization/usage",
            default_timeout=DEFAULT_TIMEOUT,
            params=given_text({"key_id": key_id, "since": since, "until": until}),
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client.request_json(options, UsageResponse.from_dict)


class Admin:
    """The account's API keys, its activity log and its usage, called with the account's admin key."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client
        self.api_keys = AdminApiKeys(client)
        self.activity = AdminActivity(client)
        self.usage = AdminUsage(client)


class AsyncAdminApiKeys:
    """`api_keys` of Administration."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResult[builtins.list[ApiKey]]:
        """List API keys.

        Every key of the account, newest first, revoked ones included (with `revoked_at`), each
        with its `hint` (the start of the key) and `last_used_at`. The secret is never listed.

        Args:
            extra_headers: More headers to send, beside those of the spec.
            extra_query: More query parameters to send.
            timeout: Seconds for the whole call, retries included (or an `httpx.Timeout` for
                each attempt); the client's by default.
            max_retries: How often to retry this call; the client's by default.

        Rate limit, in requests per minute: 60 (free), 300 (pay as you go), 3000 (enterprise).
        """
        options = RequestOptions(
            method="GET",
            path="/organization/api_keys",
            default_timeout=DEFAULT_TIMEOUT,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client.request_json(options, ApiKeyListResponse.from_dict)

    async def create(
        self,
        *,
        name: str,
        scope: Union[KeyScopeParam, KeyScope] | NotGiven = NOT_GIVEN,
        models: Optional[Sequence[str]] | NotGiven = NOT_GIVEN,
        tier: Union[RateLimitTierParam, RateLimitTier] | NotGiven = NOT_GIVEN,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResult[ApiKeyWithSecret]:
        """Create an API key.

        Creates an API key for the account, with a name, a scope, an optional list of allowed
        models and a rate-limit tier. The response carries the key itself in `secret`, **this
        once only**: the API stores a hash, so a lost key cannot be shown again (rotate it
        instead). A retry with the same `Idempotency-Key` gets the same key and secret back
        within 24 hours; that stored response is sealed with the admin key, never kept in
        clear. An account holds at most 20 active keys; a 21st gives
        `409 key_limit_reached`. Each of `models` must be a model the account can use (see
        `GET /models`); another gives `400 invalid_request` naming it (`models[1]`). Keys made
        in the sandbox start `mmx_test_`, in production `mmx_live_`.

        Args:
            name: A label for people (`support-bot`); need not be unique.
            scope: What a key may call; see *Authentication*.
            models: The only models the key may name; `null` (the default) for every model.
            tier: The rate-limit tier of a key; see *Rate limits*.
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
        """
        options = RequestOptions(
            method="POST",
            path="/organization/api_keys",
            default_timeout=DEFAULT_TIMEOUT,
            headers=given_text({"Idempotency-Key": idempotency_key}),
            json=to_jsonable({"name": name, "scope": scope, "models": models, "tier": tier}),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client.request_json(options, ApiKeyCreatedResponse.from_dict)

    async def retrieve(
        self,
        key_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResult[ApiKey]:
        """Get an API key.

        One key of the account, without its secret. An unknown id gives `404 not_found`.

        Args:
            key_id: The API key's id (`key_...`), never the key itself.
            extra_headers: More headers to send, beside those of the spec.
            extra_query: More query parameters to send.
            timeout: Seconds for the whole call, retries included (or an `httpx.Timeout` for
                each attempt); the client's by default.
            max_retries: How often to retry this call; the client's by default.

        Rate limit, in requests per minute: 60 (free), 300 (pay as you go), 3000 (enterprise).
        """
        options = RequestOptions(
            method="GET",
            path=f"/organization/api_keys/{path_segment(key_id)}",
            default_timeout=DEFAULT_TIMEOUT,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client.request_json(options, ApiKeyResponse.from_dict)

    async def revoke(
        self,
        key_id: str,
        *,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResult[ApiKey]:
        """Revoke an API key.

        Revokes the key at once: its next request, on any worker, gets `401
        authentication_failed`. Revoking a revoked key changes nothing and answers the key as
        it is. A revoked key cannot be restored; create a new one.

        Args:
            key_id: The API key's id (`key_...`), never the key itself.
            idempotency_key: Makes a `POST` safe to retry: the first response for this key is stored for 24 hours and
                replayed (with `Idempotent-Replayed: true`) for a retry with the same body. See
                *Idempotency*. Ignored by `GET`.
            extra_headers: More headers to send, beside those of the spec.
            extra_query: More query parameters to send.
            timeout: Seconds for the whole call, retries included (or an `httpx.Timeout` for
                each attempt); the client's by default.
            max_retries: How often to retry this call; the client's by default.

        Rate limit, in requests per minute: 60 (free), 60 (pay as you go), 600 (enterprise).
        """
        options = RequestOptions(
            method="POST",
            path=f"/organization/api_keys/{path_segment(key_id)}/revoke",
            default_timeout=DEFAULT_TIMEOUT,
            headers=given_text({"Idempotency-Key": idempotency_key}),
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client.request_json(options, ApiKeyResponse.from_dict)

    async def rotate(
        self,
        key_id: str,
        *,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResult[ApiKeyWithSecret]:
        """Rotate an API key.

        Replaces a key with a new one of the same name, scope, models and tier, and revokes the
        old one in the same step, so the account's key count does not change. The new key's
        `rotated_from` names the old id, and its secret is in the response this once only.
        Rotating a revoked key gives `409 key_revoked`.

        Args:
            key_id: The API key's id (`key_...`), never the key itself.
            idempotency_key: Makes a `POST` safe to retry: the first response for this key is stored for 24 hours and
                replayed (with `Idempotent-Replayed: true`) for a retry with the same body. See
                *Idempotency*. Ignored by `GET`.
            extra_headers: More headers to send, beside those of the spec.
            extra_query: More query parameters to send.
            timeout: Seconds for the whole call, retries included (or an `httpx.Timeout` for
                each attempt); the client's by default.
            max_retries: How often to retry this call; the client's by default.

        Rate limit, in requests per minute: 60 (free), 60 (pay as you go), 600 (enterprise).
        """
        options = RequestOptions(
            method="POST",
            path=f"/organization/api_keys/{path_segment(key_id)}/rotate",
            default_timeout=DEFAULT_TIMEOUT,
            headers=given_text({"Idempotency-Key": idempotency_key}),
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client.request_json(options, ApiKeyCreatedResponse.from_dict)


class AsyncAdminActivity:
    """`activity` of Administration."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        key_id: str | NotGiven = NOT_GIVEN,
        status: str | NotGiven = NOT_GIVEN,
        operation: str | NotGiven = NOT_GIVEN,
        since: Union[datetime, str] | NotGiven = NOT_GIVEN,
        until: Union[datetime, str] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResult[ActivityPage]:
        """List the activity log.

        One entry per request made to the API with this account's keys (and per request
        refused before a key was known), newest first: when, which key, which operation, the
        status, the latency, the model and tokens, and whether it was replayed or rate-limited.
        Calls to the administration operations are not logged here. Entries appear within a
        second of the response and are kept for 30 days (the sandbox keeps the newest 100,000).
        Filter by key, status, operation and time; page with `cursor`, the
        `next_cursor` of the previous page (any other value gives `400 invalid_request`).

        Args:
            key_id: Only requests made with this key.
            status: Only responses with this status (`429`) or class (`4xx`).
            operation: Only calls of this operation, by its `operationId` (`chat.completions.create`).
            since: Only requests at or after this time.
            until: Only requests before this time.
            limit: Entries per page.
            cursor: The `next_cursor` of the previous page.
            extra_headers: More headers to send, beside those of the spec.
            extra_query: More query parameters to send.
            timeout: Seconds for the whole call, retries included (or an `httpx.Timeout` for
                each attempt); the client's by default.
            max_retries: How often to retry this call; the client's by default.

        Rate limit, in requests per minute: 60 (free), 300 (pay as you go), 3000 (enterprise).
        """
        options = RequestOptions(
            method="GET",
            path="/organization/activity",
            default_timeout=DEFAULT_TIMEOUT,
            params=given_text(
                {
                    "key_id": key_id,
                    "status": status,
                    "operation": operation,
                    "since": since,
                    "until": until,
                    "limit": limit,
                    "cursor": cursor,
                }
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client.request_json(options, ActivityPageResponse.from_dict)

    async def retrieve(
        self,
        request_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResult[ActivityEntry]:
        """Get a request from the activity log.

        One logged request, found by the request id a user quotes. An id the log does not hold
        (never made, not by this account, or past retention) gives `404 not_found`.

        Args:
            request_id: A request id, from `X-Request-Id` or `meta.request_id`.
            extra_headers: More headers to send, beside those of the spec.
            extra_query: More query parameters to send.
            timeout: Seconds for the whole call, retries included (or an `httpx.Timeout` for
                each attempt); the client's by default.
            max_retries: How often to retry this call; the client's by default.

        Rate limit, in requests per minute: 60 (free), 300 (pay as you go), 3000 (enterprise).
        """
        options = RequestOptions(
            method="GET",
            path=f"/organization/activity/{path_segment(request_id)}",
            default_timeout=DEFAULT_TIMEOUT,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client.request_json(options, ActivityEntryResponse.from_dict)


class AsyncAdminUsage:
    """`usage` of Administration."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def retrieve(
        self,
        *,
        key_id: str | NotGiven = NOT_GIVEN,
        since: Union[datetime, str] | NotGiven = NOT_GIVEN,
        until: Union[datetime, str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResult[UsageReport]:
        """Get usage per key per minute.

        Requests and tokens per key per minute, from the activity log, with the `429`s and the
        errors (`4xx` other than `429`, and `5xx`) of each minute counted apart. Minutes without
        a request are left out. The window defaults to the last hour and may span at most
        24 hours; a longer one, or a `since` after `until`, gives `400 invalid_request`.

        Args:
            key_id: Only this key.
            since: The window's start (default one hour before `until`).
            until: The window's end (default now).
            extra_headers: More headers to send, beside those of the spec.
            extra_query: More query parameters to send.
            timeout: Seconds for the whole call, retries included (or an `httpx.Timeout` for
                each attempt); the client's by default.
            max_retries: How often to retry this call; the client's by default.

        Rate limit, in requests per minute: 60 (free), 300 (pay as you go), 3000 (enterprise).
        """
        options = RequestOptions(
            method="GET",
            path="/organization/usage",
            default_timeout=DEFAULT_TIMEOUT,
            params=given_text({"key_id": key_id, "since": since, "until": until}),
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client.request_json(options, UsageResponse.from_dict)


class AsyncAdmin:
    """The account's API keys, its activity log and its usage, called with the account's admin key."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
        self.api_keys = AsyncAdminApiKeys(client)
        self.activity = AsyncAdminActivity(client)
        self.usage = AsyncAdminUsage(client)
