"""The sandbox's shared state: what every request and the background worker may need."""

from __future__ import annotations

import sqlite3

from minimax_openapi.model import Api
from minimax_openapi.spec import shared
from minimax_sandbox import deprecations, keys, store
from minimax_sandbox.activity import ActivityLog
from minimax_sandbox.catalogue import MODELS
from minimax_sandbox.counters import Counters
from minimax_sandbox.endpoints import compile_endpoints
from minimax_sandbox.ratelimit import WINDOW_SECONDS, RateLimiter
from minimax_sandbox.settings import Settings
from minimax_sandbox.triggers import Triggers
from minimax_sandbox.validation import Validator


class Sandbox:
    """The model of the spec, the settings, the database, the secret, this process's lease on
    the data dir, and what is compiled from them once per process."""

    def __init__(self, settings: Settings, api: Api | None = None) -> None:
        self.settings = settings
        self.api = api if api is not None else shared()
        self.conn: sqlite3.Connection = store.open_database(settings.database)
        self.cache = store.ReadCache(self.conn)
        self.secret = store.load_secret(settings.data_dir)
        # What this process owns while it works (claims on tasks and Idempotency-Keys) names
        # this lease, so others can tell when the process has ended.
        self.lease = store.Lease(settings.data_dir)
        settings.files_dir.mkdir(parents=True, exist_ok=True)
        settings.videos_dir.mkdir(parents=True, exist_ok=True)
        counters = Counters(settings.data_dir / "ratelimit.counters", WINDOW_SECONDS)
        self.limiter = RateLimiter(self.api, counters)
        self.endpoints = compile_endpoints(self.api)
        self.deprecations = deprecations.headers_by_model(self.api.deprecation, MODELS)
        self.triggers = Triggers(self.api)
        self.chat_message = Validator(self.api, {"$ref": "#/components/schemas/ChatMessage"})
        self.default_key = keys.ensure_default_key(self.conn, self.secret)
        keys.ensure_admin_key(self.conn, self.secret)
        self.usage = keys.UsageMeter()
        self.activity = ActivityLog()

    def flush(self) -> None:
        """Write what this process holds in memory (usage counts, activity rows) now, at
        shutdown. (A read of the log writes the rows itself, off the loop: handlers/admin.)"""
        self.usage.flush(self.conn)
        self.activity.flush(self.conn)
