// Code generated from openapi/minimax.yaml by generator/; DO NOT EDIT.

package minimax

import (
	"net/http"
	"time"
)

// Option configures a Client; pass options to NewClient.
type Option func(*settings)

// settings are a client's options once applied.
type settings struct {
	baseURL      string
	httpClient   *http.Client
	maxRetries   int
	timeout      time.Duration // 0: each operation's default
	headers      http.Header
	breaker      *CircuitBreaker
	initialDelay time.Duration
	maxDelay     time.Duration
	// onDeprecation is called once per deprecated model; logDeprecation unless set.
	onDeprecation    func(DeprecationNotice)
	deprecationIsSet bool
}

// WithBaseURL sets the API's URL, version included, such as a sandbox's
// "http://127.0.0.1:8400/v1". By default it is $MINIMAX_BASE_URL, else DefaultBaseURL.
func WithBaseURL(url string) Option {
	return func(s *settings) { s.baseURL = url }
}

// WithHTTPClient sets the client that sends the requests: for proxies, custom transports or
// tests. By default a client whose connections time out after ConnectTimeout.
func WithHTTPClient(client *http.Client) Option {
	return func(s *settings) { s.httpClient = client }
}

// WithMaxRetries sets how many times a failed request is retried (DefaultMaxRetries by
// default; 0 turns retries off). A 409 idempotency_key_in_use is waited out apart from
// these, within the call's deadline.
func WithMaxRetries(n int) Option {
	return func(s *settings) { s.maxRetries = max(n, 0) }
}

// WithTimeout sets how long a call may take, retries and their waits included, when its
// context has no deadline. By default DefaultTimeout, and TransferTimeout for uploads and
// downloads. For a stream or a download it bounds the wait for the response, then each wait
// for more of the body.
func WithTimeout(d time.Duration) Option {
	return func(s *settings) { s.timeout = d }
}

// WithHeader sets a header sent with every request.
func WithHeader(key, value string) Option {
	return func(s *settings) { s.headers.Set(key, value) }
}

// WithCircuitBreaker makes calls fail fast while the API keeps failing. One breaker may be
// shared by several clients.
func WithCircuitBreaker(breaker *CircuitBreaker) Option {
	return func(s *settings) { s.breaker = breaker }
}

// WithRetryDelays sets the backoff between retries: the first delay, doubled on each retry
// up to maximum, with jitter (InitialRetryDelay and MaxRetryDelay by default). A Retry-After the
// API sends is honoured whatever these are. Short delays suit tests and latency-bound callers.
func WithRetryDelays(initial, maximum time.Duration) Option {
	return func(s *settings) { s.initialDelay, s.maxDelay = initial, maximum }
}

// WithDeprecationHandler sets what is done the first time a response says that the model a call
// named is deprecated: handler is called once per model and client, from the goroutine of that
// call. By default the notice is written once with the standard log package; a nil handler
// ignores deprecations.
func WithDeprecationHandler(handler func(DeprecationNotice)) Option {
	return func(s *settings) { s.onDeprecation, s.deprecationIsSet = handler, true }
}

// RequestOption configures one call; pass options as the last arguments of a method.
type RequestOption func(*callSettings)

// callSettings are a call's options once applied.
type callSettings struct {
	idempotencyKey string
	headers        http.Header
	timeout        time.Duration // 0: the client's
	maxRetries     int           // -1: the client's
	extraBody      map[string]any
}

// WithIdempotencyKey sets the Idempotency-Key of a POST; a random UUID by default. Every
// retry of the call sends the same key. Reuse a key to retry a call yourself without doing
// its work twice.
func WithIdempotencyKey(key string) RequestOption {
	return func(s *callSettings) { s.idempotencyKey = key }
}

// WithRequestHeader sets a header of this call, over the client's.
func WithRequestHeader(key, value string) RequestOption {
	return func(s *callSettings) { s.headers.Set(key, value) }
}

// WithRequestTimeout bounds this call as WithTimeout does, even when its context has a later
// deadline.
func WithRequestTimeout(d time.Duration) RequestOption {
	return func(s *callSettings) { s.timeout = d }
}

// WithRequestMaxRetries sets how many times this call's failed requests are retried.
func WithRequestMaxRetries(n int) RequestOption {
	return func(s *callSettings) { s.maxRetries = max(n, 0) }
}

// WithExtraBody adds properties to the request body beside those of its type (a field
// newer than this SDK, say); they replace properties of the same name.
func WithExtraBody(fields map[string]any) RequestOption {
	return func(s *callSettings) {
		if s.extraBody == nil {
			s.extraBody = make(map[string]any, len(fields))
		}
		for k, v := range fields {
			s.extraBody[k] = v
		}
	}
}
