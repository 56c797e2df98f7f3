/** What a call returns: its data, the response's `meta`, and the rate-limit headers. */

import {
  IDEMPOTENT_REPLAYED_HEADER,
  RATE_LIMIT_LIMIT_HEADER,
  RATE_LIMIT_REMAINING_HEADER,
  RATE_LIMIT_RESET_HEADER,
} from '../constants.js';
import type { Meta } from '../types.js';
import { APIError } from './error-base.js';

/** The rate-limit headers of a response; undefined where a header was missing. */
export interface RateLimit {
  /** Requests allowed in the current one-minute window. */
  readonly limit: number | undefined;
  /** Requests left in the current window, after this one. */
  readonly remaining: number | undefined;
  /** When the window ends, in UTC epoch seconds (a time, not a delay). */
  readonly reset: number | undefined;
  /** `reset` as a `Date`. */
  readonly resetAt: Date | undefined;
}

/** The result of a call: `data` (typed), `meta` and `rateLimit`, one property away. */
export interface APIResult<T> {
  readonly data: T;
  readonly meta: Meta;
  readonly rateLimit: RateLimit;
  /** `meta.request_id`: quote it when reporting a problem. */
  readonly requestId: string;
  /** True when the API replayed the stored response of an earlier call with this idempotency key. */
  readonly replayed: boolean;
  /** The raw response, its body already read (not enumerable, so logging a result stays short). */
  readonly response: Response;
}

/** The rate-limit headers of `headers`. */
export function rateLimitOf(headers: Headers): RateLimit {
  const reset = integer(headers.get(RATE_LIMIT_RESET_HEADER));
  return {
    limit: integer(headers.get(RATE_LIMIT_LIMIT_HEADER)),
    remaining: integer(headers.get(RATE_LIMIT_REMAINING_HEADER)),
    reset,
    resetAt: reset === undefined ? undefined : new Date(reset * 1000),
  };
}

/** The result of a successful JSON response whose body, `{data, meta}`, is `text`. */
export function makeResult<T>(response: Response, text: string): APIResult<T> {
  let body: { data?: unknown; meta?: unknown } | null;
  try {
    body = JSON.parse(text) as typeof body;
  } catch (error) {
    throw unreadable(response, error);
  }
  if (body === null || typeof body !== 'object' || !('data' in body) || !isMeta(body.meta)) {
    throw unreadable(response, undefined);
  }
  const result = {
    data: body.data as T,
    meta: body.meta,
    rateLimit: rateLimitOf(response.headers),
    requestId: body.meta.request_id,
    replayed: response.headers.get(IDEMPOTENT_REPLAYED_HEADER) === 'true',
  };
  return Object.defineProperty(result, 'response', { value: response }) as APIResult<T>;
}

function integer(value: string | null): number | undefined {
  const parsed = value === null || value.trim() === '' ? NaN : Number(value);
  return Number.isInteger(parsed) ? parsed : undefined;
}

function isMeta(value: unknown): value is Meta {
  return (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as { request_id?: unknown }).request_id === 'string'
  );
}

function unreadable(response: Response, cause: unknown): APIError {
  return new APIError({
    message: `the API answered HTTP ${response.status} with a body that is not a {data, meta} envelope`,
    status: response.status,
    headers: response.headers,
    cause,
  });
}
