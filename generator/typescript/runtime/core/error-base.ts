/**
 * The errors the client throws. The generated `errors.ts` adds one `APIError` subclass per HTTP
 * status and, beneath those, one per error code, and picks among them in `makeStatusError`.
 */

import { REQUEST_ID_HEADER, RETRY_AFTER_HEADER } from '../constants.js';
import { redact, redactError, redactJSON } from './redaction.js';

/** The base of every error this package throws. */
export class MiniMaxError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    // The subclass's own name in stack traces and `util.inspect`, generated classes included.
    this.name = new.target.name;
  }
}

/** The client was made with a missing or malformed setting, such as the API key. */
export class ConfigurationError extends MiniMaxError {}

/** What is known about a failed call; every field may be missing. */
export interface APIErrorInit {
  /** The API's message (a sentence for a person), or the client's own account of the failure. */
  message?: string | undefined;
  /** The HTTP status; undefined when no response came (a connection error). */
  status?: number | undefined;
  /** The API's `error.code`. */
  code?: string | undefined;
  /** The API's `error.details`. */
  details?: Record<string, unknown> | undefined;
  requestId?: string | undefined;
  headers?: Headers | undefined;
  /** The response body: the parsed error envelope, or its text when it was not JSON. */
  body?: unknown;
  cause?: unknown;
}

/**
 * A call failed. Carries what the API said about it, as far as it said anything; quote
 * `requestId` when reporting a problem. Secrets are redacted from every field.
 */
export class APIError extends MiniMaxError {
  /** The HTTP status (for an `error` frame of a stream, its code's); undefined when no response came. */
  readonly status: number | undefined;
  /** The API's error code, such as `rate_limit_exceeded`. */
  readonly code: string | undefined;
  /** Facts about the error, by code: `field` names the offending field of an `invalid_request`. */
  readonly details: Record<string, unknown>;
  readonly requestId: string | undefined;
  /** The seconds the API asked to wait before calling again (its `Retry-After` header), if it said. */
  readonly retryAfter: number | undefined;
  readonly headers: Headers | undefined;
  readonly body: unknown;

  constructor(init: APIErrorInit = {}) {
    const requestId = init.requestId ?? init.headers?.get(REQUEST_ID_HEADER) ?? undefined;
    const cause = redactError(init.cause);
    super(describe(init, requestId), cause === undefined ? undefined : { cause });
    this.status = init.status;
    this.code = init.code;
    this.details = redactJSON(init.details ?? {}) as Record<string, unknown>;
    this.requestId = requestId;
    this.retryAfter = init.headers ? retryAfterSeconds(init.headers) : undefined;
    this.headers = init.headers;
    this.body = redactJSON(init.body);
  }
}

/** The API could not be reached, or the connection broke (a stream cut short included). */
export class APIConnectionError extends APIError {}

/** The call's `timeout` ran out: while connecting, waiting, retrying or between stream frames. */
export class APITimeoutError extends APIConnectionError {}

/** The caller's `signal` aborted the call. */
export class APIUserAbortError extends APIError {
  constructor(init: APIErrorInit = {}) {
    super({ ...init, message: init.message ?? 'the call was aborted' });
  }
}

/** The circuit breaker is open: calls fail at once until a trial call is let through. */
export class CircuitOpenError extends MiniMaxError {
  /** Seconds until the breaker lets a trial call through. */
  readonly retryAfter: number;

  constructor(retryAfter: number) {
    super(
      'the circuit breaker is open after repeated failures; a trial call is let through in ' +
        `${retryAfter.toFixed(1)}s`,
    );
    this.retryAfter = retryAfter;
  }
}

/** A task did not reach a final status within the time given to `wait`. */
export class WaitTimeoutError extends MiniMaxError {
  /** The task as last seen. */
  readonly last: unknown;

  constructor(message: string, last: unknown) {
    super(message);
    this.last = last;
  }
}

/**
 * The fields of an error envelope, `{error: {code, message, details}, meta: {request_id}}`, read
 * leniently: a proxy in front of the API may answer with anything.
 */
export function readEnvelope(body: unknown): Omit<APIErrorInit, 'status' | 'headers' | 'body'> {
  const envelope = asRecord(body);
  const error = asRecord(envelope?.['error']);
  const meta = asRecord(envelope?.['meta']);
  const text = (value: unknown): string | undefined =>
    typeof value === 'string' && value !== '' ? value : undefined;
  return {
    code: text(error?.['code']),
    message: text(error?.['message']),
    details: asRecord(error?.['details']),
    requestId: text(meta?.['request_id']),
  };
}

/** The `Retry-After` header in seconds: a number, or an HTTP date. */
function retryAfterSeconds(headers: Headers): number | undefined {
  const value = headers.get(RETRY_AFTER_HEADER)?.trim();
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(seconds, 0);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max((date - Date.now()) / 1000, 0);
}

/** An error's message: what happened, then the facts to quote, `(status 404, code ..., request id ...)`. */
function describe(init: APIErrorInit, requestId: string | undefined): string {
  const text =
    init.message ??
    (init.status === undefined ? 'the call failed' : 'the API answered with an error');
  const facts = Object.entries({ status: init.status, code: init.code, 'request id': requestId })
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${name} ${value}`);
  return redact(facts.length ? `${text} (${facts.join(', ')})` : text);
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
