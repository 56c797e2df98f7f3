// Code generated from openapi/minimax.yaml by generator/; DO NOT EDIT.

package minimax

import (
	"context"
	"fmt"
	"time"
)

// WaitOptions bound a Wait; zero fields take the defaults.
type WaitOptions struct {
	// Timeout is how long to wait for a final status; WaitTimeout by default.
	Timeout time.Duration
	// PollInterval is the first pause between polls, doubled after each; WaitPollInterval by
	// default.
	PollInterval time.Duration
	// MaxPollInterval is the longest pause between polls; WaitMaxPollInterval by default.
	MaxPollInterval time.Duration
}

// WaitTimeoutError means a task was still running when a Wait's time ran out. The Wait returns
// the task as last seen beside it. errors.Is(err, context.DeadlineExceeded) holds for it.
type WaitTimeoutError struct {
	// Status is the task's status at the last poll.
	Status TaskStatus
	// Timeout is the time the Wait was given.
	Timeout time.Duration
}

// Error says the task's status and the time it was given.
func (e *WaitTimeoutError) Error() string {
	return fmt.Sprintf("minimax: the task is still %s after %s", e.Status, e.Timeout)
}

// Is makes a WaitTimeoutError a context.DeadlineExceeded.
func (e *WaitTimeoutError) Is(target error) bool { return target == context.DeadlineExceeded }

// waitFor polls retrieve until status says the task is final, and returns it then: a failed
// task is a result, not an error. The pause between polls doubles from opts.PollInterval to
// opts.MaxPollInterval. When time runs out (opts.Timeout, or ctx) it returns the task as last
// seen, with a *WaitTimeoutError or ctx's error; a poll's own error after its retries, alone.
func waitFor[T any](ctx context.Context, opts *WaitOptions, retrieve func(context.Context) (*Result[T], error), status func(*T) TaskStatus) (*Result[T], error) {
	o := WaitOptions{Timeout: WaitTimeout, PollInterval: WaitPollInterval, MaxPollInterval: WaitMaxPollInterval}
	if opts != nil {
		if opts.Timeout > 0 {
			o.Timeout = opts.Timeout
		}
		if opts.PollInterval > 0 {
			o.PollInterval = opts.PollInterval
		}
		if opts.MaxPollInterval > 0 {
			o.MaxPollInterval = opts.MaxPollInterval
		}
	}
	deadline := time.Now().Add(o.Timeout)
	for pause := o.PollInterval; ; pause = min(pause*2, o.MaxPollInterval) {
		result, err := retrieve(ctx)
		if err != nil {
			return nil, err
		}
		s := status(&result.Data)
		if s.IsTerminal() {
			return result, nil
		}
		left := time.Until(deadline)
		if left <= 0 {
			return result, &WaitTimeoutError{Status: s, Timeout: o.Timeout}
		}
		timer := time.NewTimer(min(pause, left))
		select {
		case <-timer.C:
		case <-ctx.Done():
			timer.Stop()
			return result, contextError(context.Cause(ctx))
		}
	}
}
