package minimax_test

import (
	"context"
	"errors"
	"net/http"
	"sync/atomic"
	"testing"
	"time"

	minimax "github.com/minimax/minimax-go"
)

func TestCircuitBreakerOpensFailsFastThenTriesAgain(t *testing.T) {
	var healthy atomic.Bool
	srv, rec := serve(t, func(w http.ResponseWriter, r *http.Request, n int) {
		if healthy.Load() {
			ok(w, map[string]any{})
			return
		}
		fail(w, 500, "server_error", "down")
	})
	breaker := minimax.NewCircuitBreaker(minimax.CircuitBreakerConfig{Window: 4, MinimumCalls: 2, Cooldown: 100 * time.Millisecond})
	client := newClient(t, srv.URL, minimax.WithCircuitBreaker(breaker), minimax.WithMaxRetries(0))
	call := func() error {
		_, err := client.Chat.Completions(context.Background(), chatRequest())
		return err
	}
	if breaker.State() != minimax.CircuitClosed {
		t.Fatalf("a new breaker is %s", breaker.State())
	}
	_ = call()
	_ = call()
	if breaker.State() != minimax.CircuitOpen {
		t.Fatalf("after two failures the breaker is %s", breaker.State())
	}
	err := call()
	var open *minimax.CircuitOpenError
	if !errors.As(err, &open) || open.RetryAfter <= 0 || open.RetryAfter > 100*time.Millisecond {
		t.Fatalf("err = %v, want a *CircuitOpenError", err)
	}
	if rec.count() != 2 {
		t.Errorf("%d requests: the open circuit let one through", rec.count())
	}

	// After the cooldown one trial goes through; it fails, so the circuit opens again.
	time.Sleep(110 * time.Millisecond)
	if breaker.State() != minimax.CircuitHalfOpen {
		t.Fatalf("after the cooldown the breaker is %s", breaker.State())
	}
	if err := call(); !errors.Is(err, minimax.ErrServerError) {
		t.Fatalf("the trial: %v", err)
	}
	if err := call(); !errors.As(err, &open) {
		t.Fatalf("after a failed trial: %v, want the circuit open", err)
	}

	// A trial that succeeds closes it.
	healthy.Store(true)
	time.Sleep(110 * time.Millisecond)
	if err := call(); err != nil {
		t.Fatal(err)
	}
	if breaker.State() != minimax.CircuitClosed {
		t.Errorf("after a good trial the breaker is %s", breaker.State())
	}
	if err := call(); err != nil {
		t.Fatal(err)
	}
}

func TestCircuitBreakerCountsEachRetry(t *testing.T) {
	srv, rec := serve(t, func(w http.ResponseWriter, r *http.Request, n int) { fail(w, 503, "", "") })
	breaker := minimax.NewCircuitBreaker(minimax.CircuitBreakerConfig{Window: 3, MinimumCalls: 3, Cooldown: time.Minute})
	client := newClient(t, srv.URL, minimax.WithCircuitBreaker(breaker), minimax.WithMaxRetries(5))
	_, err := client.Chat.Completions(context.Background(), chatRequest())
	var open *minimax.CircuitOpenError
	if !errors.As(err, &open) || rec.count() != 3 {
		t.Fatalf("err %v after %d requests, want the circuit open after 3", err, rec.count())
	}
}

func TestCircuitBreakerIgnoresClientErrors(t *testing.T) {
	srv, _ := serve(t, func(w http.ResponseWriter, r *http.Request, n int) { fail(w, 400, "invalid_request", "no") })
	breaker := minimax.NewCircuitBreaker(minimax.CircuitBreakerConfig{Window: 2, MinimumCalls: 1})
	client := newClient(t, srv.URL, minimax.WithCircuitBreaker(breaker))
	for i := 0; i < 3; i++ {
		_, _ = client.Chat.Completions(context.Background(), chatRequest())
	}
	if breaker.State() != minimax.CircuitClosed {
		t.Errorf("4xx opened the breaker: %s", breaker.State())
	}
}

func TestCircuitBreakerRefusesAConfigOutOfRange(t *testing.T) {
	for _, cfg := range []minimax.CircuitBreakerConfig{{FailureRate: 1.5}, {FailureRate: -1}, {Window: 5, MinimumCalls: 6}} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%+v was accepted", cfg)
				}
			}()
			minimax.NewCircuitBreaker(cfg)
		}()
	}
}
