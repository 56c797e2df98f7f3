package minimax

import (
	"encoding/json"
	"fmt"
	"math"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// APIError is an error response of the API, or an error frame of a stream. Match it with
// errors.As, or its code with errors.Is and the Err sentinels:
//
//	if errors.Is(err, minimax.ErrModelNotFound) { ... }
//
// Secrets are redacted from every field.
type APIError struct {
	// StatusCode is the HTTP status; for an error frame of a stream, its code's status.
	StatusCode int
	// Code is the API's error code; empty when the response had none (a proxy's HTML page).
	Code ErrorCode
	// Message is the API's explanation, for a person.
	Message string
	// Details are facts about the error by code: "field" names the offending field of an
	// invalid_request.
	Details map[string]any
	// RequestID identifies the request: quote it when reporting a problem.
	RequestID string
	// RetryAfter is how long the API asked to wait before calling again; 0 when it did not say.
	RetryAfter time.Duration
}

// Error says what failed, with the status, the code and the request id to quote.
func (e *APIError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "minimax: HTTP %d", e.StatusCode)
	if e.Code != "" {
		b.WriteString(" " + string(e.Code))
	} else if text := http.StatusText(e.StatusCode); text != "" {
		b.WriteString(" " + text)
	}
	if e.Message != "" {
		b.WriteString(": " + e.Message)
	}
	if e.RequestID != "" {
		b.WriteString(" (request id " + e.RequestID + ")")
	}
	return b.String()
}

// Is reports whether target is the sentinel of e's code (such as ErrModelNotFound) or of its
// HTTP status.
func (e *APIError) Is(target error) bool {
	s, ok := target.(*sentinel)
	return ok && ((s.code != "" && s.code == e.Code) || (s.status != 0 && s.status == e.StatusCode))
}

// sentinel is the error value of an error code or of an HTTP status: the generated Err
// variables.
type sentinel struct {
	code   ErrorCode
	status int
}

func (s *sentinel) Error() string {
	if s.code != "" {
		return "minimax: " + string(s.code)
	}
	return fmt.Sprintf("minimax: HTTP %d %s", s.status, http.StatusText(s.status))
}

// newSentinel makes the value errors.Is matches every *APIError of code with.
func newSentinel(code ErrorCode) error { return &sentinel{code: code} }

// newStatusSentinel makes the value errors.Is matches every *APIError of an HTTP status with,
// whatever its code.
func newStatusSentinel(status int) error { return &sentinel{status: status} }

// newAPIError reads an error response leniently: whatever a proxy in front of the API sends,
// the status alone still tells what happened.
func newAPIError(status int, header http.Header, body []byte) *APIError {
	var envelope struct {
		Error struct {
			Code    string         `json:"code"`
			Message string         `json:"message"`
			Details map[string]any `json:"details"`
		} `json:"error"`
		Meta struct {
			RequestID string `json:"request_id"`
		} `json:"meta"`
	}
	// A body that is not the envelope leaves fields empty; that is all an error here means.
	_ = json.Unmarshal(body, &envelope)
	e := &APIError{
		StatusCode: status,
		Code:       ErrorCode(envelope.Error.Code),
		Message:    redact(envelope.Error.Message),
		RequestID:  envelope.Meta.RequestID,
		RetryAfter: retryAfter(header),
	}
	if details, ok := redactJSON(envelope.Error.Details).(map[string]any); ok && len(details) > 0 {
		e.Details = details
	}
	if e.RequestID == "" {
		e.RequestID = header.Get(RequestIDHeader)
	}
	return e
}

// maxSeconds is the longest time a Duration holds, in seconds.
const maxSeconds = float64(math.MaxInt64 / int64(time.Second))

// retryAfter reads Retry-After: seconds (fractions allowed) or an HTTP date.
func retryAfter(header http.Header) time.Duration {
	value := strings.TrimSpace(header.Get(RetryAfterHeader))
	if value == "" {
		return 0
	}
	if seconds, err := strconv.ParseFloat(value, 64); err == nil {
		if !(seconds > 0) { // negative or NaN
			return 0
		}
		return time.Duration(min(seconds, maxSeconds) * float64(time.Second))
	}
	if date, err := http.ParseTime(value); err == nil {
		return max(time.Until(date), 0)
	}
	return 0
}
