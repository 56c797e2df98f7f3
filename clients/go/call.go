// Code generated from openapi/minimax.yaml by generator/; DO NOT EDIT.

package minimax

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"
)

// call is one call's time budget. Its context ends when the caller's does, when the budget
// runs out, or when the call is over; the cause tells which.
type call struct {
	ctx    context.Context
	cancel context.CancelCauseFunc
	// timeout bounds the call (a stream's or a download's wait for the response, then each
	// read); 0 when the caller's deadline alone does.
	timeout time.Duration
	// deadline is when the budget ends; no retry starts that would wait past it.
	deadline time.Time
	budget   *time.Timer
}

// newCall starts the budget of a call: timeout from now, or the deadline of parent if that
// comes first.
func newCall(parent context.Context, timeout time.Duration) *call {
	ctx, cancel := context.WithCancelCause(parent)
	c := &call{ctx: ctx, cancel: cancel, timeout: timeout}
	c.deadline, _ = parent.Deadline()
	if timeout > 0 {
		if end := time.Now().Add(timeout); c.deadline.IsZero() || end.Before(c.deadline) {
			c.deadline = end
		}
		c.budget = time.AfterFunc(timeout, func() {
			cancel(newTimeoutError(timeout, "the call took longer than its timeout of %s", timeout))
		})
	}
	return c
}

// end releases the call's timer and context; what is still reading the response fails.
func (c *call) end() {
	if c.budget != nil {
		c.budget.Stop()
	}
	c.cancel(nil)
}

// err is the error of a call whose context has ended.
func (c *call) err() error { return contextError(context.Cause(c.ctx)) }

// allows tells whether a retry after delay would start before the deadline.
func (c *call) allows(delay time.Duration) bool {
	return c.deadline.IsZero() || time.Now().Add(delay).Before(c.deadline)
}

// sleep waits d, or until the call ends.
func (c *call) sleep(d time.Duration) error {
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case <-timer.C:
		return nil
	case <-c.ctx.Done():
		return c.err()
	}
}

// readErr is the error of a failed read of the response body.
func (c *call) readErr(err error) error {
	if c.ctx.Err() != nil {
		return c.err()
	}
	return &ConnectionError{msg: "the connection broke while reading the response", Err: sanitize(err)}
}

// body wraps a response body so that its errors say what went wrong and closing it ends the
// call. With gaps, the budget stops and each read may wait up to the call's timeout instead:
// a stream or a download may last long, but not stall.
func (c *call) body(body io.ReadCloser, gaps bool) io.ReadCloser {
	gaps = gaps && c.timeout > 0
	if gaps {
		c.budget.Stop()
	}
	return &callBody{c: c, body: body, gaps: gaps}
}

type callBody struct {
	c    *call
	body io.ReadCloser
	gaps bool
	gap  *time.Timer // armed while a read waits
}

func (b *callBody) Read(p []byte) (int, error) {
	if b.gaps {
		b.startGap()
		defer b.gap.Stop()
	}
	n, err := b.body.Read(p)
	switch {
	case err == io.EOF:
		b.c.end() // all read: nothing is left to bound
	case err != nil:
		err = b.c.readErr(err)
	}
	return n, err
}

func (b *callBody) startGap() {
	if b.gap != nil {
		b.gap.Reset(b.c.timeout)
		return
	}
	timeout := b.c.timeout
	b.gap = time.AfterFunc(timeout, func() {
		b.c.cancel(newTimeoutError(timeout, "no data arrived for %s", timeout))
	})
}

// Close ends the call first, so that a read under way in another goroutine returns.
func (b *callBody) Close() error {
	b.c.end()
	return b.body.Close()
}

// contextError is the error of a call whose context ended with cause: a *TimeoutError for a
// deadline (the call's own or the caller's), else an error wrapping cause, such as
// context.Canceled.
func contextError(cause error) error {
	var timeout *TimeoutError
	switch {
	case errors.As(cause, &timeout):
		return timeout
	case errors.Is(cause, context.DeadlineExceeded):
		return &TimeoutError{msg: "the context's deadline passed", Err: cause}
	default:
		return fmt.Errorf("minimax: the call was canceled: %w", cause)
	}
}
