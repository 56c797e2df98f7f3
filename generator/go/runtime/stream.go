package minimax

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"sync/atomic"
)

// Stream is the items of a streamed response, read in the manner of bufio.Scanner:
//
//	stream, err := client.Chat.CompletionsStream(ctx, req)
//	if err != nil { ... }
//	defer stream.Close()
//	for stream.Next() {
//		chunk := stream.Current()
//		...
//	}
//	if err := stream.Err(); err != nil { ... }
//
// The stream ends with its done frame, after which Meta holds the stream's meta (for chat, the
// usage of the whole completion). An error frame ends it with an *APIError; a stream cut short,
// with a *ConnectionError; the end of ctx, with ctx's error. Each wait for the next frame is
// bounded by the call's timeout when ctx has no deadline.
type Stream[T any] struct {
	c         *call
	body      io.ReadCloser
	header    http.Header
	events    *sseDecoder
	itemEvent string
	current   T
	meta      Meta
	err       error
	ended     bool
	closed    atomic.Bool
}

// newStream makes a call answered with server-sent events whose items, the data of
// spec.itemEvent frames, are T.
func newStream[T any](ctx context.Context, t *transport, spec requestSpec, opts []RequestOption) (*Stream[T], error) {
	c, cs := t.start(ctx, &spec, opts)
	resp, err := t.send(c, &spec, cs, "text/event-stream")
	if err != nil {
		c.end()
		return nil, err
	}
	body := c.body(resp.Body, true)
	return &Stream[T]{
		c:         c,
		body:      body,
		header:    resp.Header,
		events:    newSSEDecoder(body),
		itemEvent: spec.itemEvent,
	}, nil
}

// Next reads the next item, which Current then returns. It returns false at the end of the
// stream, when Err tells whether it ended well.
func (s *Stream[T]) Next() bool {
	for !s.ended {
		if s.closed.Load() {
			s.finish(nil)
			return false
		}
		ev, err := s.events.next()
		if err != nil {
			switch {
			case s.closed.Load():
				s.finish(nil)
			case err == io.EOF:
				s.finish(&ConnectionError{msg: "the stream ended before its " + DoneEvent + " frame", Err: io.ErrUnexpectedEOF})
			default:
				s.finish(err)
			}
			return false
		}
		switch ev.event {
		case s.itemEvent:
			var item T
			if err := json.Unmarshal(ev.data, &item); err != nil {
				s.finish(s.unreadable(ev, err))
				return false
			}
			s.current = item
			return true
		case DoneEvent:
			var done struct {
				Meta Meta `json:"meta"`
			}
			if err := json.Unmarshal(ev.data, &done); err != nil {
				s.finish(s.unreadable(ev, err))
				return false
			}
			s.meta = done.Meta
			s.finish(nil)
			return false
		case ErrorEvent:
			s.finish(s.frameError(ev.data))
			return false
		}
		// Any other event is a frame kind newer than this SDK: skipped.
	}
	return false
}

// Current is the item Next read.
func (s *Stream[T]) Current() T { return s.current }

// Err is why the stream ended, or nil when it ended with its done frame or was closed.
func (s *Stream[T]) Err() error { return s.err }

// Meta is the stream's meta, from its done frame; zero until then.
func (s *Stream[T]) Meta() Meta { return s.meta }

// RequestID identifies the request: quote it when reporting a problem.
func (s *Stream[T]) RequestID() string { return s.header.Get(RequestIDHeader) }

// RateLimit is what the rate-limit headers of the response say.
func (s *Stream[T]) RateLimit() RateLimit { return rateLimitOf(s.header) }

// Close closes the connection; Next then returns false, and Err stays nil unless the stream
// had already failed. It may be called from another goroutine, and more than once.
func (s *Stream[T]) Close() error {
	if s.closed.Swap(true) {
		return nil
	}
	return s.body.Close()
}

// finish ends the stream with err and releases the connection.
func (s *Stream[T]) finish(err error) {
	s.ended, s.err = true, err
	s.closed.Store(true)
	s.body.Close()
}

func (s *Stream[T]) unreadable(ev sseEvent, err error) *APIError {
	e := newAPIError(http.StatusOK, s.header, nil)
	e.Message = "the API sent an unreadable " + ev.event + " frame: " + redact(err.Error())
	return e
}

// frameError is the error of an error frame; its status is its code's, since the response
// was a 200.
func (s *Stream[T]) frameError(data []byte) *APIError {
	e := newAPIError(http.StatusInternalServerError, s.header, data)
	if status, ok := errorStatus[e.Code]; ok {
		e.StatusCode = status
	}
	return e
}
