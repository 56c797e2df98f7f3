package minimax

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"time"
)

// ConnectionError means no response came: the API could not be reached, or the connection
// broke, a stream cut short included. A call retries these, within its retries and budget,
// and returns the last.
type ConnectionError struct {
	// Err is the underlying error, URL signatures redacted.
	Err error
	msg string
}

// Error says what failed and why, URL signatures redacted.
func (e *ConnectionError) Error() string {
	if e.Err == nil {
		return "minimax: " + e.msg
	}
	return "minimax: " + e.msg + ": " + redact(e.Err.Error())
}

// Unwrap returns the underlying error.
func (e *ConnectionError) Unwrap() error { return e.Err }

// TimeoutError means time ran out: the call's timeout, the context's deadline, the wait for
// the next piece of a stream, or the network's own limits (connecting, say). errors.Is(err,
// context.DeadlineExceeded) holds for it.
type TimeoutError struct {
	// Timeout is the limit that ran out; 0 when it was the context's deadline or the network's.
	Timeout time.Duration
	// Err is the underlying error: context.DeadlineExceeded, or the network's timeout.
	Err error
	msg string
}

func newTimeoutError(timeout time.Duration, format string, args ...any) *TimeoutError {
	return &TimeoutError{Timeout: timeout, Err: context.DeadlineExceeded, msg: fmt.Sprintf(format, args...)}
}

// Error says which limit ran out.
func (e *TimeoutError) Error() string {
	if e.Err == nil || e.Err == context.DeadlineExceeded {
		return "minimax: " + e.msg
	}
	return "minimax: " + e.msg + ": " + redact(e.Err.Error())
}

// Unwrap returns the underlying error.
func (e *TimeoutError) Unwrap() error { return e.Err }

// Is makes every timeout a context.DeadlineExceeded, the network's included.
func (e *TimeoutError) Is(target error) bool { return target == context.DeadlineExceeded }

// ConfigError means the client cannot call the API as configured (no API key, a malformed
// one, a base URL that is not a URL): every call fails with it.
type ConfigError struct{ msg string }

// Error says what is wrong with the configuration, without quoting the key.
func (e *ConfigError) Error() string { return "minimax: " + e.msg }

// networkError is the error of a request that got no response, while the call could go on.
func networkError(err error) error {
	err = sanitize(err)
	var netErr net.Error
	if errors.As(err, &netErr) && netErr.Timeout() {
		return &TimeoutError{msg: "the request timed out", Err: err}
	}
	return &ConnectionError{msg: "could not reach the API", Err: err}
}

// sanitize is err with the URL it quotes redacted: the errors of an http.Client name the
// URL, which may carry a download signature.
func sanitize(err error) error {
	if urlErr, ok := err.(*url.Error); ok {
		clean := *urlErr
		clean.URL = redact(clean.URL)
		return &clean
	}
	return err
}
