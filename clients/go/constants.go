// Code generated from openapi/minimax.yaml by generator/; DO NOT EDIT.

package minimax

import "time"

// Facts of the spec and defaults of the SDK (generator/sdk.yaml), for the runtime and for callers.

const (
	// Version is the SDK's own (semantic) version; the User-Agent is
	// minimax-go/<Version> go/<runtime.Version()>.
	Version = "1.0.0"
	// APIVersion is the release of the spec this SDK was generated from (a date).
	APIVersion = "2026-12-02"
	// DefaultBaseURL is where production requests go: Production (takes `mmx_live_` keys; `mmx_test_` keys are routed to its hosted sandbox, without billing).
	DefaultBaseURL = "https://api.minimax.gr.com/v1"
	// APIKeyEnv names the environment variable read when NewClient is given no key.
	APIKeyEnv = "MINIMAX_API_KEY"
	// BaseURLEnv names the environment variable read when no WithBaseURL is given.
	BaseURLEnv = "MINIMAX_BASE_URL"
)

// apiKeyPrefixes are the prefixes of production, sandbox and admin keys.
var apiKeyPrefixes = []string{"mmx_live_", "mmx_test_", "mmx_admin_"}

// retriedStatuses are the error statuses retried besides every 5xx (and a 409
// ErrorCodeIdempotencyKeyInUse, waited out).
var retriedStatuses = []int{408, 429}

// apiKeyAlphabet is the characters after a key's prefix, as the body of a regexp class.
const apiKeyAlphabet = "A-Za-z0-9"

const (
	// DefaultTimeout bounds a whole call, retries included, when its ctx has no deadline; for a
	// stream, the wait for its first byte and then each gap between frames.
	DefaultTimeout = 30 * time.Second
	// TransferTimeout replaces DefaultTimeout for uploads and downloads.
	TransferTimeout = 300 * time.Second
	// ConnectTimeout bounds opening a connection.
	ConnectTimeout = 5 * time.Second

	// DefaultMaxRetries is how many times a failed call is retried.
	DefaultMaxRetries = 2
	// InitialRetryDelay is the first retry's delay, doubled on each retry up to MaxRetryDelay,
	// with jitter.
	InitialRetryDelay = 500 * time.Millisecond
	MaxRetryDelay     = 8 * time.Second
	// MaxRetryAfter is the longest Retry-After waited out; the error of a longer one goes to the
	// caller.
	MaxRetryAfter = 60 * time.Second

	// WaitTimeout, WaitPollInterval and WaitMaxPollInterval are the defaults of Wait: how long to
	// poll a task, how often at first, and how seldom at most.
	WaitTimeout         = 120 * time.Second
	WaitPollInterval    = 1 * time.Second
	WaitMaxPollInterval = 10 * time.Second
)

const (
	// IdempotencyKeyHeader carries the key that makes a POST safe to retry; the API keeps its
	// first response for 24 h.
	IdempotencyKeyHeader = "Idempotency-Key"
	// IdempotentReplayedHeader marks a response replayed for a key already used.
	IdempotentReplayedHeader = "Idempotent-Replayed"
	RequestIDHeader          = "X-Request-Id"
	RetryAfterHeader         = "Retry-After"
	RateLimitLimitHeader     = "X-RateLimit-Limit"
	RateLimitRemainingHeader = "X-RateLimit-Remaining"
	// RateLimitResetHeader holds the UTC epoch second at which the current window ends.
	RateLimitResetHeader = "X-RateLimit-Reset"

	// DeprecationHeader, SunsetHeader and LinkHeader are sent with a response to a call naming a
	// deprecated model: since when, until when, and (the Link of relation
	// DeprecationLinkRelation) where to read how to move off it.
	DeprecationHeader       = "Deprecation"
	SunsetHeader            = "Sunset"
	LinkHeader              = "Link"
	DeprecationLinkRelation = "deprecation"

	// DoneEvent ends a stream that succeeded (its data hold the meta); ErrorEvent ends one that
	// failed after it started (its data hold an error envelope).
	DoneEvent  = "done"
	ErrorEvent = "error"
)
