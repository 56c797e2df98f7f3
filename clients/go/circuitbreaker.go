// Code generated from openapi/minimax.yaml by generator/; DO NOT EDIT.

package minimax

import (
	"fmt"
	"sync"
	"time"
)

// CircuitBreakerConfig tunes a CircuitBreaker; zero fields take the defaults.
type CircuitBreakerConfig struct {
	// FailureRate is the share of failed requests, in (0, 1], that opens the circuit; 0.5 by
	// default.
	FailureRate float64
	// Window is how many of the latest requests are remembered; 20 by default.
	Window int
	// MinimumCalls is the fewest remembered requests the failure rate is judged on, at most
	// Window; 10 by default (or Window, when that is smaller).
	MinimumCalls int
	// Cooldown is how long the circuit stays open before it lets a trial request through;
	// 30 seconds by default.
	Cooldown time.Duration
}

// CircuitState is the state of a CircuitBreaker.
type CircuitState string

// The states of a CircuitBreaker.
const (
	// CircuitClosed lets requests through.
	CircuitClosed CircuitState = "closed"
	// CircuitOpen fails them at once.
	CircuitOpen CircuitState = "open"
	// CircuitHalfOpen lets the next request through as a trial.
	CircuitHalfOpen CircuitState = "half-open"
)

// CircuitBreaker fails calls fast while the API is failing, then lets a trial call through.
//
// It remembers whether each of the latest Window requests failed. Once at least MinimumCalls
// are remembered and the share that failed reaches FailureRate, it opens: requests fail with a
// *CircuitOpenError without reaching the network. After Cooldown one trial request goes
// through; if it succeeds the circuit closes, otherwise it opens again.
//
// A failure is one the API's health is to blame for: a 5xx status, a timeout, a connection
// error. Each retry counts as a request. It is safe for concurrent use, and may be shared by
// several clients.
type CircuitBreaker struct {
	cfg          CircuitBreakerConfig
	mu           sync.Mutex
	outcomes     []bool // true for a failure, oldest first
	open         bool
	openedAt     time.Time
	trialRunning bool
}

// NewCircuitBreaker makes a closed CircuitBreaker. It panics when cfg is out of range: a
// FailureRate over 1, or a MinimumCalls over Window.
func NewCircuitBreaker(cfg CircuitBreakerConfig) *CircuitBreaker {
	if cfg.FailureRate == 0 {
		cfg.FailureRate = 0.5
	}
	if cfg.Window == 0 {
		cfg.Window = 20
	}
	if cfg.MinimumCalls == 0 {
		cfg.MinimumCalls = min(10, cfg.Window)
	}
	if cfg.Cooldown == 0 {
		cfg.Cooldown = 30 * time.Second
	}
	if !(cfg.FailureRate > 0 && cfg.FailureRate <= 1) {
		panic("minimax: CircuitBreakerConfig.FailureRate must be in (0, 1]")
	}
	if cfg.MinimumCalls < 1 || cfg.MinimumCalls > cfg.Window {
		panic("minimax: CircuitBreakerConfig.MinimumCalls must be between 1 and Window")
	}
	return &CircuitBreaker{cfg: cfg}
}

// State is the breaker's state now.
func (b *CircuitBreaker) State() CircuitState {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch {
	case !b.open:
		return CircuitClosed
	case time.Since(b.openedAt) >= b.cfg.Cooldown && !b.trialRunning:
		return CircuitHalfOpen
	default:
		return CircuitOpen
	}
}

// allow returns a *CircuitOpenError unless a request may go out, and true when it is the
// trial. A nil breaker allows everything.
func (b *CircuitBreaker) allow() (trial bool, err error) {
	if b == nil {
		return false, nil
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if !b.open {
		return false, nil
	}
	waited := time.Since(b.openedAt)
	if waited < b.cfg.Cooldown || b.trialRunning {
		return false, &CircuitOpenError{RetryAfter: max(b.cfg.Cooldown-waited, 0)}
	}
	b.trialRunning = true
	return true, nil
}

// record counts the outcome of a request that allow let through.
func (b *CircuitBreaker) record(failed, trial bool) {
	if b == nil {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	switch {
	case trial:
		b.trialRunning = false
		b.open, b.openedAt = failed, time.Now()
		b.outcomes = b.outcomes[:0]
	case !b.open: // once open, requests that started before are not counted
		b.outcomes = append(b.outcomes, failed)
		if len(b.outcomes) > b.cfg.Window {
			b.outcomes = b.outcomes[1:]
		}
		failures := 0
		for _, f := range b.outcomes {
			if f {
				failures++
			}
		}
		calls := len(b.outcomes)
		if calls >= b.cfg.MinimumCalls && float64(failures) >= b.cfg.FailureRate*float64(calls) {
			b.open, b.openedAt = true, time.Now()
		}
	}
}

// CircuitOpenError means the circuit breaker is open: the call failed without reaching the
// network.
type CircuitOpenError struct {
	// RetryAfter is how long until the breaker lets a trial call through.
	RetryAfter time.Duration
}

// Error says the circuit is open, and for how long yet.
func (e *CircuitOpenError) Error() string {
	return fmt.Sprintf("minimax: the circuit breaker is open after repeated failures; "+
		"a trial call is let through in %s", e.RetryAfter.Round(time.Millisecond))
}
