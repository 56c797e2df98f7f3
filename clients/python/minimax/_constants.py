# Generated from openapi/minimax.yaml by generator/ — do not edit.
"""Defaults of the client, and the facts of the spec that its runtime modules use."""

from __future__ import annotations

PACKAGE_NAME = "minimax"  # also the name of its logger
PROJECT_NAME = "minimax-sdk"  # the distribution, named in the User-Agent
VERSION = "1.0.0"  # the SDK's own, semantic
API_VERSION = "2026-12-02"  # the spec release it was generated from (a date)
DEFAULT_BASE_URL = "https://api.minimax.gr.com/v1"
API_KEY_ENV = "MINIMAX_API_KEY"
BASE_URL_ENV = "MINIMAX_BASE_URL"
# The prefixes of production, sandbox and admin keys, and the characters after them (a regex class).
API_KEY_PREFIXES = ("mmx_live_", "mmx_test_", "mmx_admin_")
API_KEY_ALPHABET = "A-Za-z0-9"

# Seconds. A stream's read timeout applies between frames, not to the whole stream.
DEFAULT_TIMEOUT = 30.0
# Uploads and downloads.
TRANSFER_TIMEOUT = 300.0
CONNECT_TIMEOUT = 5.0

# Error statuses retried besides every 5xx (and a 409 `IDEMPOTENCY_CONFLICT_CODE`, waited out).
RETRIED_STATUSES = frozenset([408, 429])
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
# A Retry-After longer than this is not waited out: the error goes to the caller instead.
MAX_RETRY_AFTER = 60.0

IDEMPOTENCY_KEY_HEADER = "Idempotency-Key"
IDEMPOTENT_REPLAYED_HEADER = "Idempotent-Replayed"
# The 409 of a request whose key another request is still using: worth retrying.
IDEMPOTENCY_CONFLICT_CODE = "idempotency_key_in_use"
REQUEST_ID_HEADER = "X-Request-Id"
RATE_LIMIT_LIMIT_HEADER = "X-RateLimit-Limit"
RATE_LIMIT_REMAINING_HEADER = "X-RateLimit-Remaining"
RATE_LIMIT_RESET_HEADER = "X-RateLimit-Reset"
RETRY_AFTER_HEADER = "Retry-After"
# A response naming a deprecated model: since when, until when, and where to read how to move.
DEPRECATION_HEADER = "Deprecation"
SUNSET_HEADER = "Sunset"
LINK_HEADER = "Link"
DEPRECATION_LINK_RELATION = "deprecation"

# What a streamed call asks for (its Accept header).
STREAM_MEDIA_TYPE = "text/event-stream"
# The events that end every stream: success with its meta, or an error envelope.
DONE_EVENT = "done"
ERROR_EVENT = "error"
# Task statuses after which a video generation or fine-tune never changes.
TERMINAL_TASK_STATUSES = frozenset(["succeeded", "failed"])
