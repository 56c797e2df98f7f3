"""End to end: the administration operations through `MiniMax` and `AsyncMiniMax`, called
with the account's admin key, against a sandbox of their own (or MINIMAX_E2E_BASE_URL with
MINIMAX_E2E_ADMIN_KEY and MINIMAX_E2E_API_KEY, a key of the same account)."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import TypeVar

import httpx
import pytest
from client_support import routes

from minimax import (
    AsyncMiniMax,
    AuthenticationError,
    KeyRevokedError,
    MiniMax,
    NotFoundError,
)
from minimax.models import ActivityPage, ApiKey, ApiKeyWithSecret, KeyScope
from minimax_openapi.spec import shared
from minimax_sandbox.testing import Server

API = shared()
ADMIN_ROUTES = routes(admin=True)
T = TypeVar("T")


class AdminTarget:
    def __init__(self, base_url: str, admin_key: str, api_key: str) -> None:
        self.base_url, self.admin_key, self.api_key = base_url, admin_key, api_key


@pytest.fixture(scope="module")
def admin_target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AdminTarget]:
    base_url = os.environ.get("MINIMAX_E2E_BASE_URL")
    admin_key, api_key = (
        os.environ.get("MINIMAX_E2E_ADMIN_KEY"),
        os.environ.get("MINIMAX_E2E_API_KEY"),
    )
    if base_url and admin_key and api_key:
        yield AdminTarget(base_url, admin_key, api_key)
        return
    server = Server(tmp_path_factory.mktemp("client-admin")).start()
    yield AdminTarget(server.base_url, server.admin_key, server.key)
    server.stop()


def eventually(read: Callable[[], T | None], seconds: float = 10) -> T:
    """What `read` gives once it gives something: log entries appear within a second."""
    deadline = time.monotonic() + seconds
    while (found := read()) is None:
        assert time.monotonic() < deadline, "not found in time"
        time.sleep(0.2)
    return found


def test_keys_activity_and_usage_with_the_admin_key(admin_target: AdminTarget) -> None:
    seen: set[str] = set()

    def record(request: httpx.Request) -> None:
        for method, pattern, operation_id in ADMIN_ROUTES:
            if request.method == method and pattern.match(request.url.path):
                seen.add(operation_id)

    http = httpx.Client(event_hooks={"request": [record]})
    admin = MiniMax(
        api_key=admin_target.admin_key, base_url=admin_target.base_url, http_client=http
    )
    prefix = API.keys.sandbox_prefix

    created = admin.admin.api_keys.create(name="e2e-reader", scope="read_only").data
    assert isinstance(created, ApiKeyWithSecret)
    assert created.scope == KeyScope.READ_ONLY and created.name == "e2e-reader"
    assert created.secret.startswith(prefix) and created.rotated_from is None
    assert created.secret.startswith(created.hint.removesuffix("..."))
    # The secret is a credential: its repr shows the prefix only.
    assert created.secret not in repr(created) and f"secret='{prefix}***'" in repr(created)

    listed = {k.id: k for k in admin.admin.api_keys.list().data}
    assert isinstance(listed[created.id], ApiKey)
    assert listed[created.id].hint == created.hint
    assert not hasattr(listed[created.id], "secret")
    assert "secret" not in listed[created.id].additional_properties
    assert admin.admin.api_keys.retrieve(created.id).data.hint == created.hint

    # The new key works, and its request is in the activity log by its request id.
    user = MiniMax(api_key=created.secret, base_url=admin_target.base_url, max_retries=0)
    request_id = user.models.list().meta.request_id
    entry = admin.admin.activity.retrieve(request_id).data
    assert (entry.request_id, entry.key_id, entry.operation) == (
        request_id,
        created.id,
        "models.list",
    )
    assert entry.status == 200

    def page_with_the_request() -> ActivityPage | None:
        page = admin.admin.activity.list(
            key_id=created.id, operation="models.list", status="2xx", limit=10
        ).data
        return page if any(e.request_id == request_id for e in page.entries) else None

    page = eventually(page_with_the_request)
    assert all(e.key_id == created.id for e in page.entries)

    # Rotating gives a new secret at once; the old one is refused from then on.
    rotated = admin.admin.api_keys.rotate(created.id).data
    assert rotated.rotated_from == created.id and rotated.secret != created.secret
    with pytest.raises(AuthenticationError):
        user.models.list()
    renewed = MiniMax(api_key=rotated.secret, base_url=admin_target.base_url, max_retries=0)
    assert renewed.models.list().data
    with pytest.raises(KeyRevokedError):
        admin.admin.api_keys.rotate(created.id)

    revoked = admin.admin.api_keys.revoke(rotated.id).data
    assert revoked.id == rotated.id and revoked.revoked_at is not None
    with pytest.raises(AuthenticationError):
        renewed.models.list()

    since = datetime.now(UTC) - timedelta(minutes=5)
    usage = admin.admin.usage.retrieve(since=since, key_id=created.id).data
    assert usage.bucket_seconds == 60
    # Its models.list, and the call refused once it was rotated out (a revoked key's own).
    assert [sum(b.requests for b in usage.buckets), sum(b.errors for b in usage.buckets)] == [2, 1]
    assert all(b.key_id == created.id for b in usage.buckets)
    every_key = admin.admin.usage.retrieve(since=since).data.buckets
    assert any(b.key_id == rotated.id and b.requests >= 1 for b in every_key)

    with pytest.raises(NotFoundError):
        admin.admin.api_keys.retrieve("key_" + "0" * 16)
    assert seen == {operation_id for *_, operation_id in ADMIN_ROUTES}


def test_keys_cross_neither_way(admin_target: AdminTarget) -> None:
    """An API key on an administration operation, and the admin key on a model operation,
    raise AuthenticationError; neither message shows the key."""
    user = MiniMax(api_key=admin_target.api_key, base_url=admin_target.base_url, max_retries=0)
    with pytest.raises(AuthenticationError) as refused:
        user.admin.api_keys.list()
    assert admin_target.api_key not in str(refused.value)
    admin = MiniMax(api_key=admin_target.admin_key, base_url=admin_target.base_url, max_retries=0)
    with pytest.raises(AuthenticationError) as refused:
        admin.models.list()
    assert admin_target.admin_key not in str(refused.value)
    assert admin_target.admin_key not in repr(admin)


def test_the_async_client_manages_keys(admin_target: AdminTarget) -> None:
    async def main() -> None:
        async with AsyncMiniMax(
            api_key=admin_target.admin_key, base_url=admin_target.base_url
        ) as admin:
            created = (await admin.admin.api_keys.create(name="e2e-async", models=None)).data
            assert created.secret not in repr(created)
            assert created.id in [k.id for k in (await admin.admin.api_keys.list()).data]
            revoked = (await admin.admin.api_keys.revoke(created.id)).data
            assert revoked.revoked_at is not None
            usage = (await admin.admin.usage.retrieve()).data
            assert usage.until > usage.since

    asyncio.run(main())
