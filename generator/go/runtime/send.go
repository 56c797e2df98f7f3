package minimax

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
)

// maxErrorBody bounds what is read of an error response: an envelope is small, and a proxy's
// page says nothing more past its first bytes.
const maxErrorBody = 1 << 20

// requestSpec is one operation's request, as a generated method describes it.
type requestSpec struct {
	method    string      // http.MethodGet or http.MethodPost
	path      string      // after the base URL, path parameters escaped with url.PathEscape
	query     url.Values  // nil for none
	body      any         // a JSON body (the request struct, marshalled as it is); nil for none
	form      []formField // a multipart/form-data body instead of body
	itemEvent string      // streams: the event whose data are the items
	transfer  bool        // uploads and downloads: TransferTimeout by default
	model     string      // the model the request names, if any: its deprecation is reported
}

// formField is one field of a multipart body: a File or *File is sent as a file part; any
// other value as text, its JSON (a JSON string unquoted); a nil pointer not at all.
type formField struct {
	name  string
	value any
}

// outgoing is a request ready to send, the same for every attempt.
type outgoing struct {
	method string
	url    string
	header http.Header
	body   *requestBody // nil for none
}

// start begins a call: its settings, and its budget (the caller's deadline, else the timeout).
func (t *transport) start(ctx context.Context, spec *requestSpec, opts []RequestOption) (*call, *callSettings) {
	cs := &callSettings{headers: http.Header{}, maxRetries: -1}
	for _, opt := range opts {
		opt(cs)
	}
	timeout := cs.timeout
	if _, bounded := ctx.Deadline(); timeout <= 0 && !bounded {
		switch {
		case t.timeout > 0:
			timeout = t.timeout
		case spec.transfer:
			timeout = TransferTimeout
		default:
			timeout = DefaultTimeout
		}
	}
	return newCall(ctx, max(timeout, 0)), cs
}

// send sends the call's request, retrying as delay allows, and returns the first response
// with a 2xx status.
func (t *transport) send(c *call, spec *requestSpec, cs *callSettings, accept string) (*http.Response, error) {
	if t.configErr != nil {
		return nil, t.configErr
	}
	out, err := t.prepare(spec, cs, accept)
	if err != nil {
		return nil, err
	}
	maxRetries := t.maxRetries
	if cs.maxRetries >= 0 {
		maxRetries = cs.maxRetries
	}
	var n retries
	for {
		req, err := out.request(c.ctx)
		if err != nil {
			return nil, err
		}
		trial, err := t.breaker.allow()
		if err != nil {
			if req.Body != nil {
				req.Body.Close()
			}
			return nil, err
		}
		resp, err := t.attempt(c, req, trial)
		if err == nil {
			if resp.StatusCode >= 200 && resp.StatusCode < 300 {
				t.deprecations.report(spec.model, resp.Header)
				return resp, nil
			}
			err = statusError(c, resp)
		}
		// Once the call has ended (its deadline, the caller's cancel), nothing is retried.
		if c.ctx.Err() != nil {
			return nil, err
		}
		delay, ok := t.delay(err, &n, maxRetries)
		if !ok || !c.allows(delay) {
			return nil, err
		}
		if err := c.sleep(delay); err != nil {
			return nil, err
		}
	}
}

// prepare builds what every attempt sends: the URL, the headers (the client's and the call's
// over the SDK's) and the body.
func (t *transport) prepare(spec *requestSpec, cs *callSettings, accept string) (*outgoing, error) {
	out := &outgoing{method: spec.method, url: t.baseURL + spec.path, header: http.Header{}}
	if len(spec.query) > 0 {
		out.url += "?" + spec.query.Encode()
	}
	body, err := newBody(spec, cs.extraBody)
	if err != nil {
		return nil, err
	}
	out.body = body
	h := out.header
	h.Set("Authorization", "Bearer "+t.apiKey)
	h.Set("Accept", accept)
	h.Set("User-Agent", userAgent)
	if body != nil {
		h.Set("Content-Type", body.contentType)
	}
	for k, v := range t.headers {
		h[k] = v
	}
	for k, v := range cs.headers {
		h[k] = v
	}
	// One key for every attempt, so that the API does the work of the call once.
	if spec.method == http.MethodPost {
		key := cs.idempotencyKey
		if key == "" {
			key = h.Get(IdempotencyKeyHeader)
		}
		if key == "" {
			if key, err = newUUID(); err != nil {
				return nil, err
			}
		}
		h.Set(IdempotencyKeyHeader, key)
	}
	return out, nil
}

// request is a fresh request for one attempt, with a body that starts over.
func (out *outgoing) request(ctx context.Context) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, out.method, out.url, nil)
	if err != nil {
		return nil, &ConfigError{msg: "cannot make the request: " + redact(err.Error())}
	}
	req.Header = out.header.Clone()
	if out.body != nil {
		if req.Body, err = out.body.open(); err != nil {
			return nil, err
		}
		req.ContentLength = out.body.length
		req.GetBody = out.body.open
	}
	return req, nil
}

// attempt sends one request and returns its response, whatever its status, or why none came.
func (t *transport) attempt(c *call, req *http.Request, trial bool) (*http.Response, error) {
	resp, err := t.http.Do(req)
	if err != nil {
		if c.ctx.Err() != nil {
			err = c.err()
		} else {
			err = networkError(err)
		}
		// The caller's cancel says nothing of the API's health; but a trial must end.
		if trial || !errors.Is(err, context.Canceled) {
			t.breaker.record(true, trial)
		}
		return nil, err
	}
	t.breaker.record(resp.StatusCode >= 500, trial)
	return resp, nil
}

// statusError is the error of a response with an error status.
func statusError(c *call, resp *http.Response) error {
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxErrorBody))
	if err != nil && c.ctx.Err() != nil {
		return c.err()
	}
	// A body cut short is read as far as it came: the status still says what happened.
	return newAPIError(resp.StatusCode, resp.Header, body)
}

// newUUID is a random (version 4) UUID.
func newUUID() (string, error) {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("minimax: making an idempotency key: %w", err)
	}
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	var out [36]byte // written by hand: fmt.Sprintf costs six allocations on every POST
	hex.Encode(out[0:8], b[0:4])
	hex.Encode(out[9:13], b[4:6])
	hex.Encode(out[14:18], b[6:8])
	hex.Encode(out[19:23], b[8:10])
	hex.Encode(out[24:36], b[10:16])
	out[8], out[13], out[18], out[23] = '-', '-', '-', '-'
	return string(out[:]), nil
}
