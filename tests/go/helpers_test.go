// Package minimax_test holds the unit tests of the Go SDK: each drives the public API against
// an httptest server (or a scripted http.RoundTripper) and never sleeps for long, since
// WithRetryDelays, fractional Retry-After values and short timeouts keep every wait small. The
// end-to-end tests (e2e_test.go) run against a real target, and only when told one.
package minimax_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	minimax "github.com/minimax/minimax-go"
)

// testKey is a well-formed sandbox key; tests check that it never shows.
const testKey = "mmx_test_Sup3rS3cretKeyValue0123456789"

// newClient is a client of server's URL whose retries wait milliseconds, not seconds.
func newClient(t *testing.T, url string, opts ...minimax.Option) *minimax.Client {
	t.Helper()
	base := []minimax.Option{
		minimax.WithBaseURL(url),
		minimax.WithRetryDelays(time.Millisecond, 4*time.Millisecond),
	}
	return minimax.NewClient(testKey, append(base, opts...)...)
}

// serve starts a server that answers with handler and records every request.
func serve(t *testing.T, handler func(w http.ResponseWriter, r *http.Request, n int)) (*httptest.Server, *recorder) {
	t.Helper()
	rec := &recorder{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		n := rec.add(r, body)
		handler(w, r, n)
	}))
	t.Cleanup(srv.Close)
	return srv, rec
}

// recorder keeps the requests a server received.
type recorder struct {
	mu       sync.Mutex
	requests []recorded
}

type recorded struct {
	method, path, query string
	header              http.Header
	body                []byte
	at                  time.Time
}

// add records r and returns its number, from 1.
func (rec *recorder) add(r *http.Request, body []byte) int {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	rec.requests = append(rec.requests, recorded{
		method: r.Method, path: r.URL.Path, query: r.URL.RawQuery,
		header: r.Header.Clone(), body: body, at: time.Now(),
	})
	return len(rec.requests)
}

func (rec *recorder) all() []recorded {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	return append([]recorded(nil), rec.requests...)
}

func (rec *recorder) count() int { return len(rec.all()) }

// ok writes a {data, meta} envelope.
func ok(w http.ResponseWriter, data any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Request-Id", "req_ok123456")
	_ = json.NewEncoder(w).Encode(map[string]any{"data": data, "meta": map[string]any{"request_id": "req_ok123456"}})
}

// fail writes an error envelope with status and code.
func fail(w http.ResponseWriter, status int, code, message string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{
		"error": map[string]any{"code": code, "message": message},
		"meta":  map[string]any{"request_id": "req_err12345"},
	})
}

// chatRequest is the brief's request.
func chatRequest() *minimax.ChatCompletionRequest {
	return &minimax.ChatCompletionRequest{
		Model:    "minimax-chat-v2",
		Messages: []minimax.Message{{Role: "user", Content: "Hello"}},
	}
}

// ctxTimeout is a context ending after d.
func ctxTimeout(t *testing.T, d time.Duration) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}

// scripted is an http.RoundTripper answering every request with status, header and a body
// whose reads return pieces, one by one: it decides exactly where reads split a stream.
type scripted struct {
	status int
	header http.Header
	pieces []string
}

func (s scripted) RoundTrip(r *http.Request) (*http.Response, error) {
	if r.Body != nil {
		_ = r.Body.Close()
	}
	header := s.header.Clone()
	if header == nil {
		header = http.Header{}
	}
	return &http.Response{
		StatusCode: s.status, Header: header, Request: r, ContentLength: -1,
		Body: &pieceReader{pieces: append([]string(nil), s.pieces...)},
	}, nil
}

// pieceReader returns one piece per Read (split further only when p is too small).
type pieceReader struct{ pieces []string }

func (r *pieceReader) Read(p []byte) (int, error) {
	for len(r.pieces) > 0 && r.pieces[0] == "" {
		r.pieces = r.pieces[1:]
	}
	if len(r.pieces) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.pieces[0])
	r.pieces[0] = r.pieces[0][n:]
	return n, nil
}

func (r *pieceReader) Close() error { return nil }

// scriptedClient is a client whose every call gets the scripted response.
func scriptedClient(s scripted, opts ...minimax.Option) *minimax.Client {
	base := []minimax.Option{
		minimax.WithBaseURL("http://api.test/v1"),
		minimax.WithHTTPClient(&http.Client{Transport: s}),
		minimax.WithMaxRetries(0),
	}
	return minimax.NewClient(testKey, append(base, opts...)...)
}

// sse is a stream's text, one frame per argument pair (event, data).
func sse(frames ...string) string {
	var b strings.Builder
	for i := 0; i+1 < len(frames); i += 2 {
		fmt.Fprintf(&b, "event: %s\ndata: %s\n\n", frames[i], frames[i+1])
	}
	return b.String()
}

// within fails t unless d is in [lo, hi].
func within(t *testing.T, what string, d, lo, hi time.Duration) {
	t.Helper()
	if d < lo || d > hi {
		t.Errorf("%s took %s, want between %s and %s", what, d, lo, hi)
	}
}
