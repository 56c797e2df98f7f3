package minimax_test

import (
	"context"
	"errors"
	"net/http"
	"testing"
	"time"

	minimax "github.com/minimax/minimax-go"
)

// hang answers nothing until the client gives up (or two seconds pass).
func hang(w http.ResponseWriter, r *http.Request, n int) {
	select {
	case <-r.Context().Done():
	case <-time.After(2 * time.Second):
	}
}

func TestClientTimeoutBoundsACallWithoutDeadline(t *testing.T) {
	srv, _ := serve(t, hang)
	client := newClient(t, srv.URL, minimax.WithTimeout(100*time.Millisecond))
	start := time.Now()
	_, err := client.Chat.Completions(context.Background(), chatRequest())
	within(t, "the call", time.Since(start), 100*time.Millisecond, time.Second)
	var timeout *minimax.TimeoutError
	if !errors.As(err, &timeout) || timeout.Timeout != 100*time.Millisecond {
		t.Fatalf("err = %v, want a *TimeoutError of 100ms", err)
	}
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Error("errors.Is(err, context.DeadlineExceeded) is false")
	}
}

func TestContextDeadlineBoundsACall(t *testing.T) {
	srv, _ := serve(t, hang)
	// The client's longer timeout does not apply: the context has a deadline.
	client := newClient(t, srv.URL, minimax.WithTimeout(time.Minute))
	start := time.Now()
	_, err := client.Chat.Completions(ctxTimeout(t, 100*time.Millisecond), chatRequest())
	within(t, "the call", time.Since(start), 100*time.Millisecond, time.Second)
	var timeout *minimax.TimeoutError
	if !errors.As(err, &timeout) || !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want a *TimeoutError that is a context.DeadlineExceeded", err)
	}
}

func TestRequestTimeoutComesBeforeALaterDeadline(t *testing.T) {
	srv, _ := serve(t, hang)
	start := time.Now()
	_, err := newClient(t, srv.URL).Chat.Completions(ctxTimeout(t, time.Minute), chatRequest(),
		minimax.WithRequestTimeout(80*time.Millisecond))
	within(t, "the call", time.Since(start), 80*time.Millisecond, time.Second)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want a timeout", err)
	}
}

func TestCancelEndsACall(t *testing.T) {
	srv, _ := serve(t, hang)
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	_, err := newClient(t, srv.URL).Chat.Completions(ctx, chatRequest())
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	var timeout *minimax.TimeoutError
	if errors.As(err, &timeout) {
		t.Error("a cancel reads as a timeout")
	}
}

func TestCancelEndsTheWaitBeforeARetry(t *testing.T) {
	srv, rec := serve(t, func(w http.ResponseWriter, r *http.Request, n int) {
		w.Header().Set("Retry-After", "5")
		w.WriteHeader(503)
	})
	ctx, cancel := context.WithCancel(context.Background())
	start := time.Now()
	time.AfterFunc(50*time.Millisecond, cancel)
	_, err := newClient(t, srv.URL).Chat.Completions(ctx, chatRequest())
	within(t, "the call", time.Since(start), 50*time.Millisecond, time.Second)
	if !errors.Is(err, context.Canceled) || rec.count() != 1 {
		t.Fatalf("err = %v after %d attempts, want context.Canceled after 1", err, rec.count())
	}
}

func TestRetriesStayWithinTheBudget(t *testing.T) {
	srv, rec := serve(t, func(w http.ResponseWriter, r *http.Request, n int) {
		w.Header().Set("Retry-After", "0.06")
		fail(w, 500, "server_error", "down")
	})
	client := newClient(t, srv.URL, minimax.WithTimeout(100*time.Millisecond), minimax.WithMaxRetries(5))
	start := time.Now()
	_, err := client.Chat.Completions(context.Background(), chatRequest())
	// The second wait would end past the budget: the call gives up with the API's error.
	within(t, "the call", time.Since(start), 60*time.Millisecond, 130*time.Millisecond)
	if !errors.Is(err, minimax.ErrServerError) || rec.count() != 2 {
		t.Fatalf("err = %v after %d attempts, want the server_error after 2", err, rec.count())
	}
}
