// Code generated from openapi/minimax.yaml by generator/; DO NOT EDIT.

package minimax

import (
	"context"
	"errors"
	"net/http"
	"net/url"
)

// AdminService holds the operations of Administration: The account's API keys, its activity log and
// its usage, called with the account's admin key.
type AdminService struct {
	// APIKeys holds the operations of `client.Admin.APIKeys`.
	APIKeys *AdminAPIKeysService

	// Activity holds the operations of `client.Admin.Activity`.
	Activity *AdminActivityService

	// Usage holds the operations of `client.Admin.Usage`.
	Usage *AdminUsageService
}

// AdminAPIKeysService holds the operations of `client.Admin.APIKeys`.
type AdminAPIKeysService struct {
	t *transport
}

// List calls `GET /organization/api_keys`: list API keys.
//
// Every key of the account, newest first, revoked ones included (with `revoked_at`), each with its
// `hint` (the start of the key) and `last_used_at`. The secret is never listed.
//
// Rate limit, in requests per minute: 60 (free), 300 (pay as you go), 3000 (enterprise).
func (s *AdminAPIKeysService) List(ctx context.Context, opts ...RequestOption) (*Result[[]APIKey], error) {
	return doJSON[[]APIKey](ctx, s.t, requestSpec{method: http.MethodGet, path: "/organization/api_keys"}, opts)
}

// Create calls `POST /organization/api_keys`: create an API key.
//
// Creates an API key for the account, with a name, a scope, an optional list of allowed models and
// a rate-limit tier. The response carries the key itself in `secret`, **this once only**: the API
// stores a hash, so a lost key cannot be shown again (rotate it instead). A retry with the same
// `Idempotency-Key` gets the same key and secret back within 24 hours; that stored response is
// sealed with the admin key, never kept in clear. An account holds at most 20 active keys; a 21st
// gives `409 key_limit_reached`. Each of `models` must be a model the account can use (see
// `GET /models`); another gives `400 invalid_request` naming it (`models[1]`). Keys made in the
// sandbox start `mmx_test_`, in production `mmx_live_`.
//
// Rate limit, in requests per minute: 60 (free), 60 (pay as you go), 600 (enterprise).
func (s *AdminAPIKeysService) Create(ctx context.Context, req *APIKeyCreateRequest, opts ...RequestOption) (*Result[APIKeyWithSecret], error) {
	if req == nil {
		return nil, errors.New("minimax: Admin.APIKeys.Create: req is nil")
	}
	return doJSON[APIKeyWithSecret](ctx, s.t, requestSpec{method: http.MethodPost, path: "/organization/api_keys", body: req}, opts)
}

// Retrieve calls `GET /organization/api_keys/{key_id}`: get an API key.
//
// One key of the account, without its secret. An unknown id gives `404 not_found`.
//
// Rate limit, in requests per minute: 60 (free), 300 (pay as you go), 3000 (enterprise).
func (s *AdminAPIKeysService) Retrieve(ctx context.Context, keyID string, opts ...RequestOption) (*Result[APIKey], error) {
	return doJSON[APIKey](ctx, s.t, requestSpec{method: http.MethodGet, path: "/organization/api_keys/" + url.PathEscape(keyID)}, opts)
}

// Revoke calls `POST /organization/api_keys/{key_id}/revoke`: revoke an API key.
//
// Revokes the key at once: its next request, on any worker, gets `401 authentication_failed`.
// Revoking a revoked key changes nothing and answers the key as it is. A revoked key cannot be
// restored; create a new one.
//
// Rate limit, in requests per minute: 60 (free), 60 (pay as you go), 600 (enterprise).
func (s *AdminAPIKeysService) Revoke(ctx context.Context, keyID string, opts ...RequestOption) (*Result[APIKey], error) {
	return doJSON[APIKey](ctx, s.t, requestSpec{method: http.MethodPost, path: "/organization/api_keys/" + url.PathEscape(keyID) + "/revoke"}, opts)
}

// Rotate calls `POST /organization/api_keys/{key_id}/rotate`: rotate an API key.
//
// Replaces a key with a new one of the same name, scope, models and tier, and revokes the old one
// in the same step, so the account's key count does not change. The new key's `rotated_from` names
// the old id, and its secret is in the response this once only. Rotating a revoked key gives
// `409 key_revoked`.
//
// Rate limit, in requests per minute: 60 (free), 60 (pay as you go), 600 (enterprise).
func (s *AdminAPIKeysService) Rotate(ctx context.Context, keyID string, opts ...RequestOption) (*Result[APIKeyWithSecret], error) {
	return doJSON[APIKeyWithSecret](ctx, s.t, requestSpec{method: http.MethodPost, path: "/organization/api_keys/" + url.PathEscape(keyID) + "/rotate"}, opts)
}

// AdminActivityService holds the operations of `client.Admin.Activity`.
type AdminActivityService struct {
	t *transport
}

// List calls `GET /organization/activity`: list the activity log.
//
// One entry per request made to the API with this account's keys (and per request refused before a
// key was known), newest first: when, which key, which operation, the status, the latency, the
// model and tokens, and whether it was replayed or rate-limited. Calls to the administration
// operations are not logged here. Entries appear within a second of the response and are kept for
// 30 days (the sandbox keeps the newest 100,000). Filter by key, status, operation and time; page
// with `cursor`, the `next_cursor` of the previous page (any other value gives
// `400 invalid_request`).
//
// Rate limit, in requests per minute: 60 (free), 300 (pay as you go), 3000 (enterprise).
func (s *AdminActivityService) List(ctx context.Context, params *AdminActivityListParams, opts ...RequestOption) (*Result[ActivityPage], error) {
	return doJSON[ActivityPage](ctx, s.t, requestSpec{method: http.MethodGet, path: "/organization/activity", query: params.query()}, opts)
}

// Retrieve calls `GET /organization/activity/{request_id}`: get a request from the activity log.
//
// One logged request, found by the request id a user quotes. An id the log does not hold (never
// made, not by this account, or past retention) gives `404 not_found`.
//
// Rate limit, in requests per minute: 60 (free), 300 (pay as you go), 3000 (enterprise).
func (s *AdminActivityService) Retrieve(ctx context.Context, requestID string, opts ...RequestOption) (*Result[ActivityEntry], error) {
	return doJSON[ActivityEntry](ctx, s.t, requestSpec{method: http.MethodGet, path: "/organization/activity/" + url.PathEscape(requestID)}, opts)
}

// AdminUsageService holds the operations of `client.Admin.Usage`.
type AdminUsageService struct {
	t *transport
}

// Retrieve calls `GET /organization/usage`: get usage per key per minute.
//
// Requests and tokens per key per minute, from the activity log, with the `429`s and the errors
// (`4xx` other than `429`, and `5xx`) of each minute counted apart. Minutes without a request are
// left out. The window defaults to the last hour and may span at most 24 hours; a longer one, or a
// `since` after `until`, gives `400 invalid_request`.
//
// Rate limit, in requests per minute: 60 (free), 300 (pay as you go), 3000 (enterprise).
func (s *AdminUsageService) Retrieve(ctx context.Context, params *AdminUsageRetrieveParams, opts ...RequestOption) (*Result[UsageReport], error) {
	return doJSON[UsageReport](ctx, s.t, requestSpec{method: http.MethodGet, path: "/organization/usage", query: params.query()}, opts)
}
