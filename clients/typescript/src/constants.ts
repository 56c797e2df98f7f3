// Generated from openapi/minimax.yaml by generator/ — do not edit.
/**
 * Facts of the spec and defaults of the SDK (generator/sdk.yaml), for the runtime and for
 * callers. Times are milliseconds.
 */

export const PACKAGE_NAME = '@minimax/sdk';
/** The SDK's own version (semantic), and the spec release it was generated from (a date). */
export const VERSION = '1.0.0';
export const API_VERSION = '2026-12-02';
export const DEFAULT_BASE_URL = 'https://api.minimax.gr.com/v1';
/** The environment variables read when the client is given no API key or base URL. */
export const API_KEY_ENV = 'MINIMAX_API_KEY';
export const BASE_URL_ENV = 'MINIMAX_BASE_URL';
/** The prefixes of production, sandbox and admin keys, and the characters after them (a regex class). */
export const API_KEY_PREFIXES: readonly string[] = Object.freeze([
  'mmx_live_',
  'mmx_test_',
  'mmx_admin_',
]);
export const API_KEY_ALPHABET = 'A-Za-z0-9';

/**
 * A whole call, retries included; for a stream, the wait for its headers and then each gap
 * between frames.
 */
export const DEFAULT_TIMEOUT_MS = 30_000;
/** Uploads and downloads. */
export const TRANSFER_TIMEOUT_MS = 300_000;

/** Error statuses retried besides every 5xx (and a 409 `IDEMPOTENCY_CONFLICT_CODE`, waited out). */
export const RETRIED_STATUSES: ReadonlySet<number> = new Set([408, 429]);
export const DEFAULT_MAX_RETRIES = 2;
/** The first retry's delay, doubled on each retry up to `MAX_RETRY_DELAY_MS`, with jitter. */
export const INITIAL_RETRY_DELAY_MS = 500;
export const MAX_RETRY_DELAY_MS = 8_000;
/** A `Retry-After` longer than this is not waited out: the error goes to the caller instead. */
export const MAX_RETRY_AFTER_MS = 60_000;

/** `wait()`: how long to poll a task, how often at first, and how seldom at most. */
export const WAIT_TIMEOUT_MS = 120_000;
export const WAIT_POLL_INTERVAL_MS = 1_000;
export const WAIT_MAX_POLL_INTERVAL_MS = 10_000;

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
export const IDEMPOTENT_REPLAYED_HEADER = 'Idempotent-Replayed';
/** The 409 of a request whose key another request is still using: worth retrying. */
export const IDEMPOTENCY_CONFLICT_CODE = 'idempotency_key_in_use';
export const REQUEST_ID_HEADER = 'X-Request-Id';
export const RATE_LIMIT_LIMIT_HEADER = 'X-RateLimit-Limit';
export const RATE_LIMIT_REMAINING_HEADER = 'X-RateLimit-Remaining';
/** UTC epoch seconds at which the current rate-limit window ends. */
export const RATE_LIMIT_RESET_HEADER = 'X-RateLimit-Reset';
export const RETRY_AFTER_HEADER = 'Retry-After';
/** A response naming a deprecated model: since when, until when, and where to read how to move. */
export const DEPRECATION_HEADER = 'Deprecation';
export const SUNSET_HEADER = 'Sunset';
export const LINK_HEADER = 'Link';
export const DEPRECATION_LINK_RELATION = 'deprecation';

/** The events that end every stream: success with its meta, or an error envelope. */
export const DONE_EVENT = 'done';
export const ERROR_EVENT = 'error';
/** Task statuses after which a video generation or fine-tune never changes. */
export const TERMINAL_TASK_STATUSES: ReadonlySet<string> = new Set(['succeeded', 'failed']);

/** The HTTP status of each error code, as the spec gives it (for the `error` frames of streams). */
export const ERROR_STATUS: Readonly<Record<string, number>> = Object.freeze({
  invalid_request: 400,
  authentication_failed: 401,
  permission_denied: 403,
  not_found: 404,
  model_not_found: 404,
  method_not_allowed: 405,
  idempotency_key_in_use: 409,
  task_not_ready: 409,
  key_limit_reached: 409,
  key_revoked: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  idempotency_key_reused: 422,
  rate_limit_exceeded: 429,
  server_error: 500,
});
