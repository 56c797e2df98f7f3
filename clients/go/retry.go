// Code generated from openapi/minimax.yaml by generator/; DO NOT EDIT.

package minimax

import (
	"errors"
	"math/rand"
	"net/http"
	"slices"
	"time"
)

// jitter is the share of a delay that is random, so that clients failing together do not
// retry together.
const jitter = 0.25

// retries counts the retries of one call, by kind.
type retries struct {
	counted     int // those maxRetries bounds
	rateLimited int // 429s, whose Retry-After doubles each time
	inUse       int // 409 idempotency_key_in_use, waited out apart from maxRetries
}

// delay is how long to wait before retrying after err, and false when err is final.
//
// Connection errors, retriedStatuses and 5xx are retried up to maxRetries times, after
// exponential backoff with jitter, or after Retry-After when the API sends one: doubled on each
// further 429, as the API advises, and not waited out at all when it is over MaxRetryAfter. A
// 409 idempotency_key_in_use means the first request with the key still runs: it is waited out
// however many retries that takes, within the call's deadline.
func (t *transport) delay(err error, n *retries, maxRetries int) (time.Duration, bool) {
	status, asked := 0, time.Duration(0)
	var apiErr *APIError
	if errors.As(err, &apiErr) {
		status, asked = apiErr.StatusCode, apiErr.RetryAfter
	}
	inUse := status == http.StatusConflict && apiErr.Code == ErrorCodeIdempotencyKeyInUse
	retryable := inUse || status == 0 || slices.Contains(retriedStatuses, status) || status >= 500
	if !retryable || (!inUse && n.counted >= maxRetries) || asked > MaxRetryAfter {
		return 0, false
	}
	retry := &n.counted
	if inUse {
		retry = &n.inUse
	}
	*retry++
	switch {
	case asked == 0:
		return t.backoff(*retry), true
	case status == http.StatusTooManyRequests:
		n.rateLimited++
		return lengthen(doubled(asked, n.rateLimited-1, MaxRetryAfter)), true
	default:
		return lengthen(asked), true
	}
}

// backoff is the delay before retry number retry (from 1): doubled each time up to the
// maximum, less a random share so that it never exceeds it.
func (t *transport) backoff(retry int) time.Duration {
	d := doubled(t.initialDelay, retry-1, t.maxDelay)
	return d - time.Duration(jitter*rand.Float64()*float64(d))
}

// doubled is d doubled n times, but at most limit.
func doubled(d time.Duration, n int, limit time.Duration) time.Duration {
	for ; n > 0 && d < limit; n-- {
		d *= 2
	}
	return min(d, limit)
}

// lengthen adds a random share to a delay the API asked for, which is the least to wait.
func lengthen(d time.Duration) time.Duration {
	return d + time.Duration(jitter*rand.Float64()*float64(d))
}
