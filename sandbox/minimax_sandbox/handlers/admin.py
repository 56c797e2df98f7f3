"""The administration operations (`/organization/...`), called with the account's admin key:
its API keys (through `keys`, the functions the CLI calls too), its activity log and its usage
(through `activity`). What this process still holds in memory is written first, so a read
sees every request this process answered; the log is read in a thread, on a connection of its
own, since unpacking a backlog of staged rows takes a good part of a second."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

from minimax_sandbox import activity, keys, store
from minimax_sandbox.call import Call, Reply
from minimax_sandbox.errors import not_found


def _account(call: Call) -> str:
    assert call.key is not None  # the pipeline has checked the admin key
    return call.key.account


async def create_key(call: Call) -> Reply:
    body = call.body
    made, secret = keys.create(
        call.sandbox.conn,
        name=body["name"],
        account=_account(call),
        scope=body.get("scope", keys.DEFAULT_SCOPE),
        models=body.get("models"),
        tier=body.get("tier", keys.DEFAULT_TIER),
    )
    return Reply({**keys.retrieve(call.sandbox.conn, made.id), "secret": secret}, status=201)


def _write_last_use(call: Call) -> None:
    """The keys' `last_used_at` from this process's recent requests (not the activity log)."""
    call.sandbox.usage.flush(call.sandbox.conn)


async def list_keys(call: Call) -> Reply:
    _write_last_use(call)
    return Reply([keys.public(row) for row in keys.listing(call.sandbox.conn, _account(call))])


async def retrieve_key(call: Call) -> Reply:
    _write_last_use(call)
    return Reply(keys.retrieve(call.sandbox.conn, call.params["key_id"], _account(call)))


async def revoke_key(call: Call) -> Reply:
    _write_last_use(call)
    return Reply(keys.revoke(call.sandbox.conn, call.params["key_id"], _account(call)))


async def rotate_key(call: Call) -> Reply:
    made, secret = keys.rotate(call.sandbox.conn, call.params["key_id"], _account(call))
    return Reply({**made, "secret": secret}, status=201)


async def _read_log(call: Call, read: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """`read(conn, *args, **kwargs)` of the activity log, after this process's rows are
    written, in a thread on a connection of its own."""

    def run() -> Any:
        conn = store.connect(call.sandbox.settings.database)
        try:
            call.sandbox.activity.flush(conn)
            return read(conn, *args, **kwargs)
        finally:
            conn.close()

    return await asyncio.to_thread(run)


async def list_activity(call: Call) -> Reply:
    params = call.params
    return Reply(
        await _read_log(
            call,
            activity.page,
            _account(call),
            key_id=params.get("key_id"),
            status=params.get("status"),
            operation=params.get("operation"),
            since=params.get("since"),
            until=params.get("until"),
            limit=params["limit"],  # the spec's default when the request has none
            cursor=params.get("cursor"),
        )
    )


async def retrieve_activity(call: Call) -> Reply:
    request_id = call.params["request_id"]
    entry = await _read_log(call, activity.entry, _account(call), request_id)
    if entry is None:
        raise not_found("logged request", request_id)
    return Reply(entry)


async def usage(call: Call) -> Reply:
    params = call.params
    return Reply(
        await _read_log(
            call,
            activity.usage,
            _account(call),
            time.time(),
            key_id=params.get("key_id"),
            since=params.get("since"),
            until=params.get("until"),
        )
    )
