// Code generated from openapi/minimax.yaml by generator/; DO NOT EDIT.

package minimax

import (
	"context"
	"io"
	"net/http"
)

// Download is a file the API sends: its bytes as they arrive, and what the response says of
// them. Close Body when done with it; each wait for more of it is bounded by the call's
// timeout when the context has no deadline.
type Download struct {
	Body io.ReadCloser
	// ContentType is the type of the bytes, such as "video/mp4".
	ContentType string
	// ContentLength is the number of bytes, or -1 when the response did not say.
	ContentLength int64
	// RequestID identifies the request: quote it when reporting a problem.
	RequestID string
	RateLimit RateLimit
	Header    http.Header
}

// Bytes reads the whole body and closes it.
func (d *Download) Bytes() ([]byte, error) {
	defer d.Body.Close()
	return io.ReadAll(d.Body)
}

// download makes a call answered with a file's bytes.
func download(ctx context.Context, t *transport, spec requestSpec, opts []RequestOption) (*Download, error) {
	c, cs := t.start(ctx, &spec, opts)
	resp, err := t.send(c, &spec, cs, "*/*")
	if err != nil {
		c.end()
		return nil, err
	}
	return &Download{
		Body:          c.body(resp.Body, true),
		ContentType:   resp.Header.Get("Content-Type"),
		ContentLength: resp.ContentLength,
		RequestID:     resp.Header.Get(RequestIDHeader),
		RateLimit:     rateLimitOf(resp.Header),
		Header:        resp.Header,
	}, nil
}
