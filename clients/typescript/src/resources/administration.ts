// Generated from openapi/minimax.yaml by generator/ — do not edit.
/**
 * Administration: The account's API keys, its activity log and its usage, called with the account's
 * admin key.
 */

import type { APIPromise } from '../core/api-promise.js';
import { Resource } from '../core/resource.js';
import type { APIResult } from '../core/result.js';
import type { RequestOptions } from '../core/transport.js';
import type {
  ActivityEntry,
  ActivityPage,
  AdminActivityListParams,
  AdminUsageRetrieveParams,
  ApiKey,
  ApiKeyCreateRequest,
  ApiKeyWithSecret,
  UsageReport,
} from '../types.js';

/**
 * `client.admin.apiKeys`: The account's API keys, its activity log and its usage, called with the
 * account's admin key.
 */
export class AdminApiKeys extends Resource {
  /**
   * List API keys.
   *
   * Every key of the account, newest first, revoked ones included (with `revoked_at`), each
   * with its `hint` (the start of the key) and `last_used_at`. The secret is never listed.
   *
   * Rate limit, in requests per minute: 60 (free), 300 (pay as you go), 3000 (enterprise).
   *
   * @param options - This call's timeout (ms), retries, idempotency key, headers and abort signal.
   */
  list(options?: RequestOptions): APIPromise<APIResult<Array<ApiKey>>> {
    return this.json<Array<ApiKey>>({ method: 'GET', path: '/organization/api_keys' }, options);
  }

  /**
   * Create an API key.
   *
   * Creates an API key for the account, with a name, a scope, an optional list of allowed
   * models and a rate-limit tier. The response carries the key itself in `secret`, **this
   * once only**: the API stores a hash, so a lost key cannot be shown again (rotate it
   * instead). A retry with the same `Idempotency-Key` gets the same key and secret back
   * within 24 hours; that stored response is sealed with the admin key, never kept in
   * clear. An account holds at most 20 active keys; a 21st gives
   * `409 key_limit_reached`. Each of `models` must be a model the account can use (see
   * `GET /models`); another gives `400 invalid_request` naming it (`models[1]`). Keys made
   * in the sandbox start `mmx_test_`, in production `mmx_live_`.
   *
   * Rate limit, in requests per minute: 60 (free), 60 (pay as you go), 600 (enterprise).
   *
   * @param body - The request body, a `ApiKeyCreateRequest`.
   * @param options - This call's timeout (ms), retries, idempotency key, headers and abort signal.
   */
  create(
    body: ApiKeyCreateRequest,
    options?: RequestOptions,
  ): APIPromise<APIResult<ApiKeyWithSecret>> {
    return this.json<ApiKeyWithSecret>(
      { method: 'POST', path: '/organization/api_keys', body: { ...body }, secrets: ['secret'] },
      options,
    );
  }

  /**
   * Get an API key.
   *
   * One key of the account, without its secret. An unknown id gives `404 not_found`.
   *
   * Rate limit, in requests per minute: 60 (free), 300 (pay as you go), 3000 (enterprise).
   *
   * @param keyId - The API key's id (`key_...`), never the key itself.
   * @param options - This call's timeout (ms), retries, idempotency key, headers and abort signal.
   */
  retrieve(keyId: string, options?: RequestOptions): APIPromise<APIResult<ApiKey>> {
    return this.json<ApiKey>(
      { method: 'GET', path: `/organization/api_keys/${encodeURIComponent(keyId)}` },
      options,
    );
  }

  /**
   * Revoke an API key.
   *
   * Revokes the key at once: its next request, on any worker, gets `401
   * authentication_failed`. Revoking a revoked key changes nothing and answers the key as
   * it is. A revoked key cannot be restored; create a new one.
   *
   * Rate limit, in requests per minute: 60 (free), 60 (pay as you go), 600 (enterprise).
   *
   * @param keyId - The API key's id (`key_...`), never the key itself.
   * @param options - This call's timeout (ms), retries, idempotency key, headers and abort signal.
   */
  revoke(keyId: string, options?: RequestOptions): APIPromise<APIResult<ApiKey>> {
    return this.json<ApiKey>(
      { method: 'POST', path: `/organization/api_keys/${encodeURIComponent(keyId)}/revoke` },
      options,
    );
  }

  /**
   * Rotate an API key.
   *
   * Replaces a key with a new one of the same name, scope, models and tier, and revokes the
   * old one in the same step, so the account's key count does not change. The new key's
   * `rotated_from` names the old id, and its secret is in the response this once only.
   * Rotating a revoked key gives `409 key_revoked`.
   *
   * Rate limit, in requests per minute: 60 (free), 60 (pay as you go), 600 (enterprise).
   *
   * @param keyId - The API key's id (`key_...`), never the key itself.
   * @param options - This call's timeout (ms), retries, idempotency key, headers and abort signal.
   */
  rotate(keyId: string, options?: RequestOptions): APIPromise<APIResult<ApiKeyWithSecret>> {
    return this.json<ApiKeyWithSecret>(
      {
        method: 'POST',
        path: `/organization/api_keys/${encodeURIComponent(keyId)}/rotate`,
        secrets: ['secret'],
      },
      options,
    );
  }
}

/**
 * `client.admin.activity`: The account's API keys, its activity log and its usage, called with the
 * account's admin key.
 */
export class AdminActivity extends Resource {
  /**
   * List the activity log.
   *
   * One entry per request made to the API with this account's keys (and per request
   * refused before a key was known), newest first: when, which key, which operation, the
   * status, the latency, the model and tokens, and whether it was replayed or rate-limited.
   * Calls to the administration operations are not logged here. Entries appear within a
   * second of the response and are kept for 30 days (the sandbox keeps the newest 100,000).
   * Filter by key, status, operation and time; page with `cursor`, the
   * `next_cursor` of the previous page (any other value gives `400 invalid_request`).
   *
   * Rate limit, in requests per minute: 60 (free), 300 (pay as you go), 3000 (enterprise).
   *
   * @param params - The query parameters, a `AdminActivityListParams`.
   * @param options - This call's timeout (ms), retries, idempotency key, headers and abort signal.
   */
  list(
    params?: AdminActivityListParams,
    options?: RequestOptions,
  ): APIPromise<APIResult<ActivityPage>> {
    return this.json<ActivityPage>(
      { method: 'GET', path: '/organization/activity', query: { ...params } },
      options,
    );
  }

  /**
   * Get a request from the activity log.
   *
   * One logged request, found by the request id a user quotes. An id the log does not hold
   * (never made, not by this account, or past retention) gives `404 not_found`.
   *
   * Rate limit, in requests per minute: 60 (free), 300 (pay as you go), 3000 (enterprise).
   *
   * @param requestId - A request id, from `X-Request-Id` or `meta.request_id`.
   * @param options - This call's timeout (ms), retries, idempotency key, headers and abort signal.
   */
  retrieve(requestId: string, options?: RequestOptions): APIPromise<APIResult<ActivityEntry>> {
    return this.json<ActivityEntry>(
      { method: 'GET', path: `/organization/activity/${encodeURIComponent(requestId)}` },
      options,
    );
  }
}

/**
 * `client.admin.usage`: The account's API keys, its activity log and its usage, called with the
 * account's admin key.
 */
export class AdminUsage extends Resource {
  /**
   * Get usage per key per minute.
   *
   * Requests and tokens per key per minute, from the activity log, with the `429`s and the
   * errors (`4xx` other than `429`, and `5xx`) of each minute counted apart. Minutes without
   * a request are left out. The window defaults to the last hour and may span at most
   * 24 hours; a longer one, or a `since` after `until`, gives `400 invalid_request`.
   *
   * Rate limit, in requests per minute: 60 (free), 300 (pay as you go), 3000 (enterprise).
   *
   * @param params - The query parameters, a `AdminUsageRetrieveParams`.
   * @param options - This call's timeout (ms), retries, idempotency key, headers and abort signal.
   */
  retrieve(
    params?: AdminUsageRetrieveParams,
    options?: RequestOptions,
  ): APIPromise<APIResult<UsageReport>> {
    return this.json<UsageReport>(
      { method: 'GET', path: '/organization/usage', query: { ...params } },
      options,
    );
  }
}

/**
 * `client.admin`: The account's API keys, its activity log and its usage, called with the account's
 * admin key.
 */
export class Admin extends Resource {
  readonly apiKeys: AdminApiKeys = new AdminApiKeys(this._client);
  readonly activity: AdminActivity = new AdminActivity(this._client);
  readonly usage: AdminUsage = new AdminUsage(this._client);
}
