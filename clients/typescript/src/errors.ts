// Generated from openapi/minimax.yaml by generator/ — do not edit.
/**
 * The errors of API responses: one class per HTTP status the API uses and, beneath those, one per
 * `error.code` of the spec. An error is thrown as the class of its code; a code this version does
 * not know is thrown as the class of its status.
 */

import { APIError, type APIErrorInit } from './core/error-base.js';

/** HTTP 400. */
export class BadRequestError extends APIError {}

/** HTTP 401. */
export class AuthenticationError extends APIError {}

/**
 * HTTP 403. `permission_denied`: Use a key whose scope and models allow the call, or a fresh
 * download URL.
 */
export class PermissionDeniedError extends APIError {}

/** HTTP 404. `not_found`: Check the id; resources belong to the account that created them. */
export class NotFoundError extends APIError {}

/** HTTP 405. `method_not_allowed`: Use a method from the `Allow` header. */
export class MethodNotAllowedError extends APIError {}

/** HTTP 409. */
export class ConflictError extends APIError {}

/** HTTP 413. `payload_too_large`: Send a smaller body or file. */
export class PayloadTooLargeError extends APIError {}

/** HTTP 415. `unsupported_media_type`: Send the content type the operation takes. */
export class UnsupportedMediaTypeError extends APIError {}

/** HTTP 422. */
export class UnprocessableEntityError extends APIError {}

/** HTTP 429. */
export class RateLimitError extends APIError {}

/** HTTP 500. */
export class InternalServerError extends APIError {}

/** `invalid_request` (HTTP 400): Fix the field named in `details.field`. */
export class InvalidRequestError extends BadRequestError {}

/** `authentication_failed` (HTTP 401): Check the key, its prefix and that it is not revoked. */
export class AuthenticationFailedError extends AuthenticationError {}

/** `model_not_found` (HTTP 404): Pick a model from `GET /models`. */
export class ModelNotFoundError extends NotFoundError {}

/** `idempotency_key_in_use` (HTTP 409): Wait for the first request with this key, then retry. */
export class IdempotencyKeyInUseError extends ConflictError {}

/** `task_not_ready` (HTTP 409): Wait until the task has succeeded. */
export class TaskNotReadyError extends ConflictError {}

/**
 * `key_limit_reached` (HTTP 409): Revoke a key the account no longer uses, then create the new one.
 */
export class KeyLimitReachedError extends ConflictError {}

/** `key_revoked` (HTTP 409): Create a new key; a revoked key cannot be rotated or restored. */
export class KeyRevokedError extends ConflictError {}

/** `idempotency_key_reused` (HTTP 422): Use a new `Idempotency-Key` for a different request. */
export class IdempotencyKeyReusedError extends UnprocessableEntityError {}

/**
 * `rate_limit_exceeded` (HTTP 429): Wait `Retry-After` seconds, then back off exponentially with
 * jitter.
 */
export class RateLimitExceededError extends RateLimitError {}

/**
 * `server_error` (HTTP 500): Retry with the same `Idempotency-Key`; quote the request id if it
 * persists.
 */
export class ServerError extends InternalServerError {}

type ErrorClass = new (init: APIErrorInit) => APIError;

const CODE_CLASSES: ReadonlyMap<string, ErrorClass> = new Map<string, ErrorClass>([
  ['invalid_request', InvalidRequestError],
  ['authentication_failed', AuthenticationFailedError],
  ['permission_denied', PermissionDeniedError],
  ['not_found', NotFoundError],
  ['model_not_found', ModelNotFoundError],
  ['method_not_allowed', MethodNotAllowedError],
  ['idempotency_key_in_use', IdempotencyKeyInUseError],
  ['task_not_ready', TaskNotReadyError],
  ['key_limit_reached', KeyLimitReachedError],
  ['key_revoked', KeyRevokedError],
  ['payload_too_large', PayloadTooLargeError],
  ['unsupported_media_type', UnsupportedMediaTypeError],
  ['idempotency_key_reused', IdempotencyKeyReusedError],
  ['rate_limit_exceeded', RateLimitExceededError],
  ['server_error', ServerError],
]);

const STATUS_CLASSES: ReadonlyMap<number, ErrorClass> = new Map<number, ErrorClass>([
  [400, BadRequestError],
  [401, AuthenticationError],
  [403, PermissionDeniedError],
  [404, NotFoundError],
  [405, MethodNotAllowedError],
  [409, ConflictError],
  [413, PayloadTooLargeError],
  [415, UnsupportedMediaTypeError],
  [422, UnprocessableEntityError],
  [429, RateLimitError],
  [500, InternalServerError],
]);

/**
 * The error for a failed call: the class of its error code, else of its HTTP status, else
 * `InternalServerError` for another 5xx, else `APIError`.
 */
export function makeStatusError(init: APIErrorInit): APIError {
  const byCode = init.code === undefined ? undefined : CODE_CLASSES.get(init.code);
  const byStatus = init.status === undefined ? undefined : STATUS_CLASSES.get(init.status);
  const fallback = init.status !== undefined && init.status >= 500 ? InternalServerError : APIError;
  const ErrorClass = byCode ?? byStatus ?? fallback;
  return new ErrorClass(init);
}
