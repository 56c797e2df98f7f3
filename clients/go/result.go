// Code generated from openapi/minimax.yaml by generator/; DO NOT EDIT.

package minimax

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Result is what a call returns: its data, the response's meta and its rate-limit headers.
type Result[T any] struct {
	Data T
	Meta Meta
	// RateLimit is the state of the caller's rate limit after this request.
	RateLimit RateLimit
	// RequestID identifies the request: quote it when reporting a problem.
	RequestID string
	// Replayed is true when the API replayed the stored response of an earlier call with the
	// same idempotency key.
	Replayed bool
	// Header is the response's header.
	Header http.Header
}

// RateLimit is what the rate-limit headers of a response say; zero where one is missing.
type RateLimit struct {
	// Limit is how many requests the current one-minute window allows.
	Limit int
	// Remaining is how many are left in it, after this one.
	Remaining int
	// Reset is when the window ends.
	Reset time.Time
}

// The rate-limit headers' keys as http.Header stores them, worked out once: h.Get would
// canonicalise (and allocate) on every call.
var (
	rateLimitLimitKey     = http.CanonicalHeaderKey(RateLimitLimitHeader)
	rateLimitRemainingKey = http.CanonicalHeaderKey(RateLimitRemainingHeader)
	rateLimitResetKey     = http.CanonicalHeaderKey(RateLimitResetHeader)
)

func rateLimitOf(h http.Header) RateLimit {
	integer := func(key string) int64 {
		values := h[key]
		if len(values) == 0 {
			return 0
		}
		n, _ := strconv.ParseInt(strings.TrimSpace(values[0]), 10, 64)
		return n
	}
	rl := RateLimit{
		Limit:     int(integer(rateLimitLimitKey)),
		Remaining: int(integer(rateLimitRemainingKey)),
	}
	if reset := integer(rateLimitResetKey); reset > 0 {
		rl.Reset = time.Unix(reset, 0)
	}
	return rl
}

// doJSON makes a call whose response is JSON, {data, meta}: the Data of its Result is T.
func doJSON[T any](ctx context.Context, t *transport, spec requestSpec, opts []RequestOption) (*Result[T], error) {
	c, cs := t.start(ctx, &spec, opts)
	defer c.end()
	resp, err := t.send(c, &spec, cs, "application/json")
	if err != nil {
		return nil, err
	}
	body := c.body(resp.Body, false)
	defer body.Close()
	data, err := io.ReadAll(body)
	if err != nil {
		return nil, err
	}
	var envelope struct {
		Data *T    `json:"data"`
		Meta *Meta `json:"meta"`
	}
	if err := json.Unmarshal(data, &envelope); err != nil || envelope.Data == nil || envelope.Meta == nil {
		e := newAPIError(resp.StatusCode, resp.Header, nil)
		e.Message = "the API answered with a body that is not a {data, meta} envelope"
		if err != nil {
			e.Message += ": " + redact(err.Error())
		}
		return nil, e
	}
	result := &Result[T]{
		Data:      *envelope.Data,
		Meta:      *envelope.Meta,
		RateLimit: rateLimitOf(resp.Header),
		RequestID: envelope.Meta.RequestID,
		Replayed:  resp.Header.Get(IdempotentReplayedHeader) == "true",
		Header:    resp.Header,
	}
	if result.RequestID == "" {
		result.RequestID = resp.Header.Get(RequestIDHeader)
	}
	return result, nil
}
