// Code generated from openapi/minimax.yaml by generator/; DO NOT EDIT.

package minimax

import "errors"

// The errors of API responses. A failed call returns an *APIError (errors.As); its Code is an
// ErrorCode, and errors.Is matches it against the sentinels of its code and of its HTTP
// status:
//
//	errors.Is(err, minimax.ErrModelNotFound) // the code model_not_found
//	errors.Is(err, minimax.ErrNotFound) // any 404: not_found or model_not_found

// ErrorCode: What went wrong, machine-readably. Each code has one HTTP status and a piece of advice
// for the caller; the reference lists them.
//
// A code this version does not know is kept as it is.
type ErrorCode string

const (
	// `invalid_request` (HTTP 400): Fix the field named in `details.field`.
	ErrorCodeInvalidRequest ErrorCode = "invalid_request"
	// `authentication_failed` (HTTP 401): Check the key, its prefix and that it is not revoked.
	ErrorCodeAuthenticationFailed ErrorCode = "authentication_failed"
	// `permission_denied` (HTTP 403): Use a key whose scope and models allow the call, or a fresh
	// download URL.
	ErrorCodePermissionDenied ErrorCode = "permission_denied"
	// `not_found` (HTTP 404): Check the id; resources belong to the account that created them.
	ErrorCodeNotFound ErrorCode = "not_found"
	// `model_not_found` (HTTP 404): Pick a model from `GET /models`.
	ErrorCodeModelNotFound ErrorCode = "model_not_found"
	// `method_not_allowed` (HTTP 405): Use a method from the `Allow` header.
	ErrorCodeMethodNotAllowed ErrorCode = "method_not_allowed"
	// `idempotency_key_in_use` (HTTP 409): Wait for the first request with this key, then retry.
	ErrorCodeIdempotencyKeyInUse ErrorCode = "idempotency_key_in_use"
	// `task_not_ready` (HTTP 409): Wait until the task has succeeded.
	ErrorCodeTaskNotReady ErrorCode = "task_not_ready"
	// `key_limit_reached` (HTTP 409): Revoke a key the account no longer uses, then create the new
	// one.
	ErrorCodeKeyLimitReached ErrorCode = "key_limit_reached"
	// `key_revoked` (HTTP 409): Create a new key; a revoked key cannot be rotated or restored.
	ErrorCodeKeyRevoked ErrorCode = "key_revoked"
	// `payload_too_large` (HTTP 413): Send a smaller body or file.
	ErrorCodePayloadTooLarge ErrorCode = "payload_too_large"
	// `unsupported_media_type` (HTTP 415): Send the content type the operation takes.
	ErrorCodeUnsupportedMediaType ErrorCode = "unsupported_media_type"
	// `idempotency_key_reused` (HTTP 422): Use a new `Idempotency-Key` for a different request.
	ErrorCodeIdempotencyKeyReused ErrorCode = "idempotency_key_reused"
	// `rate_limit_exceeded` (HTTP 429): Wait `Retry-After` seconds, then back off exponentially
	// with jitter.
	ErrorCodeRateLimitExceeded ErrorCode = "rate_limit_exceeded"
	// `server_error` (HTTP 500): Retry with the same `Idempotency-Key`; quote the request id if it
	// persists.
	ErrorCodeServerError ErrorCode = "server_error"
)

// errorStatus is the HTTP status of each error code (the status of a stream's `error` frame,
// which arrives inside a 200).
var errorStatus = map[ErrorCode]int{
	ErrorCodeInvalidRequest:       400,
	ErrorCodeAuthenticationFailed: 401,
	ErrorCodePermissionDenied:     403,
	ErrorCodeNotFound:             404,
	ErrorCodeModelNotFound:        404,
	ErrorCodeMethodNotAllowed:     405,
	ErrorCodeIdempotencyKeyInUse:  409,
	ErrorCodeTaskNotReady:         409,
	ErrorCodeKeyLimitReached:      409,
	ErrorCodeKeyRevoked:           409,
	ErrorCodePayloadTooLarge:      413,
	ErrorCodeUnsupportedMediaType: 415,
	ErrorCodeIdempotencyKeyReused: 422,
	ErrorCodeRateLimitExceeded:    429,
	ErrorCodeServerError:          500,
}

// Sentinels of the HTTP statuses: each matches every *APIError of its status, whatever its code.
var (
	// ErrBadRequest matches every *APIError of HTTP 400 (BadRequestError in the other SDKs): code
	// `invalid_request`.
	ErrBadRequest = newStatusSentinel(400)
	// ErrAuthentication matches every *APIError of HTTP 401 (AuthenticationError in the other
	// SDKs): code `authentication_failed`.
	ErrAuthentication = newStatusSentinel(401)
	// ErrPermissionDenied matches every *APIError of HTTP 403 (PermissionDeniedError in the other
	// SDKs): code `permission_denied`.
	ErrPermissionDenied = newStatusSentinel(403)
	// ErrNotFound matches every *APIError of HTTP 404 (NotFoundError in the other SDKs): codes
	// `not_found`, `model_not_found`.
	ErrNotFound = newStatusSentinel(404)
	// ErrMethodNotAllowed matches every *APIError of HTTP 405 (MethodNotAllowedError in the other
	// SDKs): code `method_not_allowed`.
	ErrMethodNotAllowed = newStatusSentinel(405)
	// ErrConflict matches every *APIError of HTTP 409 (ConflictError in the other SDKs): codes
	// `idempotency_key_in_use`, `task_not_ready`, `key_limit_reached`, `key_revoked`.
	ErrConflict = newStatusSentinel(409)
	// ErrPayloadTooLarge matches every *APIError of HTTP 413 (PayloadTooLargeError in the other
	// SDKs): code `payload_too_large`.
	ErrPayloadTooLarge = newStatusSentinel(413)
	// ErrUnsupportedMediaType matches every *APIError of HTTP 415 (UnsupportedMediaTypeError in the
	// other SDKs): code `unsupported_media_type`.
	ErrUnsupportedMediaType = newStatusSentinel(415)
	// ErrUnprocessableEntity matches every *APIError of HTTP 422 (UnprocessableEntityError in the
	// other SDKs): code `idempotency_key_reused`.
	ErrUnprocessableEntity = newStatusSentinel(422)
	// ErrRateLimit matches every *APIError of HTTP 429 (RateLimitError in the other SDKs): code
	// `rate_limit_exceeded`.
	ErrRateLimit = newStatusSentinel(429)
	// ErrInternalServer matches every *APIError of HTTP 500 (InternalServerError in the other
	// SDKs): code `server_error`.
	ErrInternalServer = newStatusSentinel(500)
)

// Sentinels of the error codes: each matches every *APIError of its code.
var (
	// ErrInvalidRequest matches an *APIError of code `invalid_request` (HTTP 400): Fix the field
	// named in `details.field`.
	ErrInvalidRequest = newSentinel(ErrorCodeInvalidRequest)
	// ErrAuthenticationFailed matches an *APIError of code `authentication_failed` (HTTP 401):
	// Check the key, its prefix and that it is not revoked.
	ErrAuthenticationFailed = newSentinel(ErrorCodeAuthenticationFailed)
	// ErrModelNotFound matches an *APIError of code `model_not_found` (HTTP 404): Pick a model from
	// `GET /models`.
	ErrModelNotFound = newSentinel(ErrorCodeModelNotFound)
	// ErrIdempotencyKeyInUse matches an *APIError of code `idempotency_key_in_use` (HTTP 409): Wait
	// for the first request with this key, then retry.
	ErrIdempotencyKeyInUse = newSentinel(ErrorCodeIdempotencyKeyInUse)
	// ErrTaskNotReady matches an *APIError of code `task_not_ready` (HTTP 409): Wait until the task
	// has succeeded.
	ErrTaskNotReady = newSentinel(ErrorCodeTaskNotReady)
	// ErrKeyLimitReached matches an *APIError of code `key_limit_reached` (HTTP 409): Revoke a key
	// the account no longer uses, then create the new one.
	ErrKeyLimitReached = newSentinel(ErrorCodeKeyLimitReached)
	// ErrKeyRevoked matches an *APIError of code `key_revoked` (HTTP 409): Create a new key; a
	// revoked key cannot be rotated or restored.
	ErrKeyRevoked = newSentinel(ErrorCodeKeyRevoked)
	// ErrIdempotencyKeyReused matches an *APIError of code `idempotency_key_reused` (HTTP 422): Use
	// a new `Idempotency-Key` for a different request.
	ErrIdempotencyKeyReused = newSentinel(ErrorCodeIdempotencyKeyReused)
	// ErrRateLimitExceeded matches an *APIError of code `rate_limit_exceeded` (HTTP 429): Wait
	// `Retry-After` seconds, then back off exponentially with jitter.
	ErrRateLimitExceeded = newSentinel(ErrorCodeRateLimitExceeded)
	// ErrServerError matches an *APIError of code `server_error` (HTTP 500): Retry with the same
	// `Idempotency-Key`; quote the request id if it persists.
	ErrServerError = newSentinel(ErrorCodeServerError)
)

// IsBadRequest reports whether err is or wraps an *APIError of HTTP 400.
func IsBadRequest(err error) bool { return errors.Is(err, ErrBadRequest) }

// IsAuthentication reports whether err is or wraps an *APIError of HTTP 401.
func IsAuthentication(err error) bool { return errors.Is(err, ErrAuthentication) }

// IsPermissionDenied reports whether err is or wraps an *APIError of HTTP 403.
func IsPermissionDenied(err error) bool { return errors.Is(err, ErrPermissionDenied) }

// IsNotFound reports whether err is or wraps an *APIError of HTTP 404.
func IsNotFound(err error) bool { return errors.Is(err, ErrNotFound) }

// IsMethodNotAllowed reports whether err is or wraps an *APIError of HTTP 405.
func IsMethodNotAllowed(err error) bool { return errors.Is(err, ErrMethodNotAllowed) }

// IsConflict reports whether err is or wraps an *APIError of HTTP 409.
func IsConflict(err error) bool { return errors.Is(err, ErrConflict) }

// IsPayloadTooLarge reports whether err is or wraps an *APIError of HTTP 413.
func IsPayloadTooLarge(err error) bool { return errors.Is(err, ErrPayloadTooLarge) }

// IsUnsupportedMediaType reports whether err is or wraps an *APIError of HTTP 415.
func IsUnsupportedMediaType(err error) bool { return errors.Is(err, ErrUnsupportedMediaType) }

// IsUnprocessableEntity reports whether err is or wraps an *APIError of HTTP 422.
func IsUnprocessableEntity(err error) bool { return errors.Is(err, ErrUnprocessableEntity) }

// IsRateLimit reports whether err is or wraps an *APIError of HTTP 429.
func IsRateLimit(err error) bool { return errors.Is(err, ErrRateLimit) }

// IsInternalServer reports whether err is or wraps an *APIError of HTTP 500.
func IsInternalServer(err error) bool { return errors.Is(err, ErrInternalServer) }

// IsInvalidRequest reports whether err is or wraps an *APIError of code `invalid_request`.
func IsInvalidRequest(err error) bool { return errors.Is(err, ErrInvalidRequest) }

// IsAuthenticationFailed reports whether err is or wraps an *APIError of code
// `authentication_failed`.
func IsAuthenticationFailed(err error) bool { return errors.Is(err, ErrAuthenticationFailed) }

// IsModelNotFound reports whether err is or wraps an *APIError of code `model_not_found`.
func IsModelNotFound(err error) bool { return errors.Is(err, ErrModelNotFound) }

// IsIdempotencyKeyInUse reports whether err is or wraps an *APIError of code
// `idempotency_key_in_use`.
func IsIdempotencyKeyInUse(err error) bool { return errors.Is(err, ErrIdempotencyKeyInUse) }

// IsTaskNotReady reports whether err is or wraps an *APIError of code `task_not_ready`.
func IsTaskNotReady(err error) bool { return errors.Is(err, ErrTaskNotReady) }

// IsKeyLimitReached reports whether err is or wraps an *APIError of code `key_limit_reached`.
func IsKeyLimitReached(err error) bool { return errors.Is(err, ErrKeyLimitReached) }

// IsKeyRevoked reports whether err is or wraps an *APIError of code `key_revoked`.
func IsKeyRevoked(err error) bool { return errors.Is(err, ErrKeyRevoked) }

// IsIdempotencyKeyReused reports whether err is or wraps an *APIError of code
// `idempotency_key_reused`.
func IsIdempotencyKeyReused(err error) bool { return errors.Is(err, ErrIdempotencyKeyReused) }

// IsRateLimitExceeded reports whether err is or wraps an *APIError of code `rate_limit_exceeded`.
func IsRateLimitExceeded(err error) bool { return errors.Is(err, ErrRateLimitExceeded) }

// IsServerError reports whether err is or wraps an *APIError of code `server_error`.
func IsServerError(err error) bool { return errors.Is(err, ErrServerError) }
