package minimax_test

import (
	"context"
	"errors"
	"net"
	"net/http"
	"regexp"
	"testing"
	"time"

	minimax "github.com/minimax/minimax-go"
)

var uuidV4 = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)

func TestRetriesServerErrorsWithOneIdempotencyKey(t *testing.T) {
	srv, rec := serve(t, func(w http.ResponseWriter, r *http.Request, n int) {
		switch n {
		case 1:
			fail(w, 500, "server_error", "boom")
		case 2:
			w.WriteHeader(http.StatusServiceUnavailable)
		default:
			ok(w, map[string]any{"id": "chatcmpl_1"})
		}
	})
	res, err := newClient(t, srv.URL).Chat.Completions(context.Background(), chatRequest())
	if err != nil {
		t.Fatal(err)
	}
	if res.Data.ID != "chatcmpl_1" {
		t.Errorf("Data.ID = %q", res.Data.ID)
	}
	reqs := rec.all()
	if len(reqs) != 3 {
		t.Fatalf("%d requests, want 3", len(reqs))
	}
	key := reqs[0].header.Get("Idempotency-Key")
	if !uuidV4.MatchString(key) {
		t.Errorf("Idempotency-Key %q is not a UUID v4", key)
	}
	for i, r := range reqs {
		if got := r.header.Get("Idempotency-Key"); got != key {
			t.Errorf("attempt %d sent Idempotency-Key %q, want %q", i+1, got, key)
		}
		if string(r.body) != string(reqs[0].body) {
			t.Errorf("attempt %d sent another body", i+1)
		}
	}
}

func TestEachCallHasItsOwnIdempotencyKey(t *testing.T) {
	srv, rec := serve(t, func(w http.ResponseWriter, r *http.Request, n int) { ok(w, map[string]any{}) })
	client := newClient(t, srv.URL)
	for i := 0; i < 2; i++ {
		if _, err := client.Chat.Completions(context.Background(), chatRequest()); err != nil {
			t.Fatal(err)
		}
	}
	reqs := rec.all()
	if a, b := reqs[0].header.Get("Idempotency-Key"), reqs[1].header.Get("Idempotency-Key"); a == b {
		t.Errorf("two calls shared the key %q", a)
	}
}

func TestGivenIdempotencyKeyIsSentOnEveryAttempt(t *testing.T) {
	srv, rec := serve(t, func(w http.ResponseWriter, r *http.Request, n int) {
		if n < 3 {
			fail(w, 502, "", "")
			return
		}
		ok(w, map[string]any{})
	})
	_, err := newClient(t, srv.URL).Chat.Completions(context.Background(), chatRequest(),
		minimax.WithIdempotencyKey("my-key-1"))
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range rec.all() {
		if got := r.header.Get("Idempotency-Key"); got != "my-key-1" {
			t.Errorf("attempt %d: Idempotency-Key %q", i+1, got)
		}
	}
}

func TestGETSendsNoIdempotencyKey(t *testing.T) {
	srv, rec := serve(t, func(w http.ResponseWriter, r *http.Request, n int) {
		ok(w, map[string]any{"id": "vid_1", "status": "queued"})
	})
	if _, err := newClient(t, srv.URL).Video.Generations.Retrieve(context.Background(), "vid_1"); err != nil {
		t.Fatal(err)
	}
	if got := rec.all()[0].header.Get("Idempotency-Key"); got != "" {
		t.Errorf("a GET sent Idempotency-Key %q", got)
	}
}

func TestRetriesStopAtMaxRetries(t *testing.T) {
	srv, rec := serve(t, func(w http.ResponseWriter, r *http.Request, n int) { fail(w, 500, "server_error", "down") })
	for _, tc := range []struct {
		name string
		opts []minimax.Option
		call []minimax.RequestOption
		want int
	}{
		{"default", nil, nil, 1 + minimax.DefaultMaxRetries},
		{"client", []minimax.Option{minimax.WithMaxRetries(4)}, nil, 5},
		{"call", []minimax.Option{minimax.WithMaxRetries(4)}, []minimax.RequestOption{minimax.WithRequestMaxRetries(0)}, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := rec.count()
			_, err := newClient(t, srv.URL, tc.opts...).Chat.Completions(context.Background(), chatRequest(), tc.call...)
			var apiErr *minimax.APIError
			if !errors.As(err, &apiErr) || apiErr.StatusCode != 500 {
				t.Fatalf("err = %v, want an *APIError of 500", err)
			}
			if got := rec.count() - before; got != tc.want {
				t.Errorf("%d attempts, want %d", got, tc.want)
			}
		})
	}
}

func TestOtherClientErrorsAreNotRetried(t *testing.T) {
	for _, status := range []int{400, 401, 403, 404, 409, 413, 422} {
		srv, rec := serve(t, func(w http.ResponseWriter, r *http.Request, n int) { fail(w, status, "", "no") })
		_, err := newClient(t, srv.URL).Chat.Completions(context.Background(), chatRequest())
		if err == nil || rec.count() != 1 {
			t.Errorf("HTTP %d: err %v after %d attempts, want an error after 1", status, err, rec.count())
		}
	}
}

func TestBackoffDoublesUpToTheMaximum(t *testing.T) {
	srv, rec := serve(t, func(w http.ResponseWriter, r *http.Request, n int) { fail(w, 503, "", "") })
	client := newClient(t, srv.URL, minimax.WithRetryDelays(40*time.Millisecond, 80*time.Millisecond), minimax.WithMaxRetries(3))
	_, _ = client.Chat.Completions(context.Background(), chatRequest())
	reqs := rec.all()
	if len(reqs) != 4 {
		t.Fatalf("%d attempts, want 4", len(reqs))
	}
	// Jitter shortens a delay by up to a quarter; the base is 40, 80, then 80 (the maximum).
	for i, base := range []time.Duration{40, 80, 80} {
		base *= time.Millisecond
		within(t, "backoff", reqs[i+1].at.Sub(reqs[i].at), base*3/4, base+60*time.Millisecond)
	}
}

func TestRetryAfterIsHonouredAndDoubledOnRepeated429s(t *testing.T) {
	srv, rec := serve(t, func(w http.ResponseWriter, r *http.Request, n int) {
		if n <= 3 {
			w.Header().Set("Retry-After", "0.04")
			fail(w, 429, "rate_limit_exceeded", "slow down")
			return
		}
		ok(w, map[string]any{})
	})
	// The backoff alone would be a millisecond: the waits are Retry-After's.
	client := newClient(t, srv.URL, minimax.WithMaxRetries(3))
	if _, err := client.Chat.Completions(context.Background(), chatRequest()); err != nil {
		t.Fatal(err)
	}
	reqs := rec.all()
	if len(reqs) != 4 {
		t.Fatalf("%d attempts, want 4", len(reqs))
	}
	// 40 ms, then 80, then 160; jitter only lengthens them, by up to a quarter.
	for i, asked := range []time.Duration{40, 80, 160} {
		asked *= time.Millisecond
		within(t, "the wait after a 429", reqs[i+1].at.Sub(reqs[i].at), asked, asked*5/4+60*time.Millisecond)
	}
}

func TestA408FromAProxyIsRetried(t *testing.T) {
	srv, rec := serve(t, func(w http.ResponseWriter, r *http.Request, n int) {
		if n == 1 {
			w.WriteHeader(http.StatusRequestTimeout)
			return
		}
		ok(w, map[string]any{})
	})
	if _, err := newClient(t, srv.URL).Chat.Completions(context.Background(), chatRequest()); err != nil {
		t.Fatal(err)
	}
	if n := len(rec.all()); n != 2 {
		t.Fatalf("%d requests, want 2", n)
	}
}

func TestRetryAfterOnA503IsHonoured(t *testing.T) {
	srv, rec := serve(t, func(w http.ResponseWriter, r *http.Request, n int) {
		if n == 1 {
			w.Header().Set("Retry-After", "0.1")
			w.WriteHeader(503)
			return
		}
		ok(w, map[string]any{})
	})
	if _, err := newClient(t, srv.URL).Chat.Completions(context.Background(), chatRequest()); err != nil {
		t.Fatal(err)
	}
	reqs := rec.all()
	within(t, "the wait after a 503", reqs[1].at.Sub(reqs[0].at), 100*time.Millisecond, 190*time.Millisecond)
}

func TestRetryAfterOverTheMaximumIsNotWaitedOut(t *testing.T) {
	srv, rec := serve(t, func(w http.ResponseWriter, r *http.Request, n int) {
		w.Header().Set("Retry-After", "3600")
		fail(w, 429, "rate_limit_exceeded", "come back in an hour")
	})
	start := time.Now()
	_, err := newClient(t, srv.URL).Chat.Completions(context.Background(), chatRequest())
	within(t, "the call", time.Since(start), 0, time.Second)
	var apiErr *minimax.APIError
	if !errors.As(err, &apiErr) || apiErr.RetryAfter != time.Hour || !errors.Is(err, minimax.ErrRateLimitExceeded) {
		t.Fatalf("err = %#v, want a rate_limit_exceeded with RetryAfter 1h", err)
	}
	if rec.count() != 1 {
		t.Errorf("%d attempts, want 1", rec.count())
	}
}

func TestRetryAfterAsAnHTTPDate(t *testing.T) {
	srv, rec := serve(t, func(w http.ResponseWriter, r *http.Request, n int) {
		w.Header().Set("Retry-After", time.Now().Add(2*time.Hour).UTC().Format(http.TimeFormat))
		fail(w, 429, "rate_limit_exceeded", "come back later")
	})
	_, err := newClient(t, srv.URL).Chat.Completions(context.Background(), chatRequest())
	var apiErr *minimax.APIError
	if !errors.As(err, &apiErr) || apiErr.RetryAfter < time.Hour || apiErr.RetryAfter > 2*time.Hour {
		t.Fatalf("err = %v, want RetryAfter of about 2h", err)
	}
	if rec.count() != 1 {
		t.Errorf("%d attempts, want 1", rec.count())
	}
}

func TestNoRetryStartsPastTheDeadline(t *testing.T) {
	srv, rec := serve(t, func(w http.ResponseWriter, r *http.Request, n int) {
		w.Header().Set("Retry-After", "2")
		w.WriteHeader(503)
	})
	start := time.Now()
	_, err := newClient(t, srv.URL).Chat.Completions(ctxTimeout(t, 500*time.Millisecond), chatRequest())
	within(t, "the call", time.Since(start), 0, 300*time.Millisecond)
	var apiErr *minimax.APIError
	if !errors.As(err, &apiErr) || apiErr.StatusCode != 503 {
		t.Fatalf("err = %v, want the 503 at once", err)
	}
	if rec.count() != 1 {
		t.Errorf("%d attempts, want 1", rec.count())
	}
}

func TestIdempotencyKeyInUseIsWaitedOut(t *testing.T) {
	srv, rec := serve(t, func(w http.ResponseWriter, r *http.Request, n int) {
		if n <= 4 {
			fail(w, 409, "idempotency_key_in_use", "the first request with this key is still running")
			return
		}
		ok(w, map[string]any{"id": "chatcmpl_1"})
	})
	// More 409s than retries: they are waited out apart from MaxRetries.
	client := newClient(t, srv.URL, minimax.WithMaxRetries(1))
	if _, err := client.Chat.Completions(context.Background(), chatRequest()); err != nil {
		t.Fatal(err)
	}
	reqs := rec.all()
	if len(reqs) != 5 {
		t.Fatalf("%d attempts, want 5", len(reqs))
	}
	for _, r := range reqs {
		if r.header.Get("Idempotency-Key") != reqs[0].header.Get("Idempotency-Key") {
			t.Fatal("the key changed while waiting")
		}
	}
}

func TestIdempotencyKeyInUseIsNotWaitedPastTheDeadline(t *testing.T) {
	srv, rec := serve(t, func(w http.ResponseWriter, r *http.Request, n int) {
		fail(w, 409, "idempotency_key_in_use", "still running")
	})
	client := newClient(t, srv.URL, minimax.WithRetryDelays(10*time.Millisecond, 20*time.Millisecond))
	start := time.Now()
	_, err := client.Chat.Completions(ctxTimeout(t, 250*time.Millisecond), chatRequest())
	elapsed := time.Since(start)
	// The last attempt may start just before the deadline and be cut by it.
	if !errors.Is(err, minimax.ErrIdempotencyKeyInUse) && !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want idempotency_key_in_use or the deadline", err)
	}
	within(t, "the wait", elapsed, 150*time.Millisecond, 320*time.Millisecond)
	if n := rec.count(); n < 5 {
		t.Errorf("%d attempts, want the 409 retried until the deadline", n)
	}
	last := rec.all()[rec.count()-1].at
	if last.After(start.Add(250 * time.Millisecond)) {
		t.Error("an attempt started after the deadline")
	}
}

func TestOtherConflictsAreNotRetried(t *testing.T) {
	srv, rec := serve(t, func(w http.ResponseWriter, r *http.Request, n int) {
		fail(w, 409, "task_not_ready", "not yet")
	})
	_, err := newClient(t, srv.URL).Chat.Completions(context.Background(), chatRequest())
	if err == nil || rec.count() != 1 {
		t.Errorf("err %v after %d attempts, want an error after 1", err, rec.count())
	}
}

func TestConnectionErrorsAreRetried(t *testing.T) {
	srv, rec := serve(t, func(w http.ResponseWriter, r *http.Request, n int) {
		if n == 1 {
			// Drop the connection without an answer.
			conn, _, err := w.(http.Hijacker).Hijack()
			if err == nil {
				conn.Close()
			}
			return
		}
		ok(w, map[string]any{"id": "chatcmpl_2"})
	})
	res, err := newClient(t, srv.URL).Chat.Completions(context.Background(), chatRequest())
	if err != nil {
		t.Fatal(err)
	}
	if res.Data.ID != "chatcmpl_2" || rec.count() != 2 {
		t.Errorf("got %q after %d attempts", res.Data.ID, rec.count())
	}
	reqs := rec.all()
	if reqs[0].header.Get("Idempotency-Key") != reqs[1].header.Get("Idempotency-Key") {
		t.Error("the retry after a dropped connection sent another key")
	}
}

func TestUnreachableAPIIsAConnectionError(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	url := "http://" + ln.Addr().String() + "/v1"
	ln.Close()
	_, err = newClient(t, url).Chat.Completions(context.Background(), chatRequest())
	var connErr *minimax.ConnectionError
	if !errors.As(err, &connErr) || connErr.Err == nil {
		t.Fatalf("err = %v, want a *ConnectionError wrapping the cause", err)
	}
	var opErr *net.OpError
	if !errors.As(err, &opErr) {
		t.Errorf("err = %v does not wrap the *net.OpError", err)
	}
}
