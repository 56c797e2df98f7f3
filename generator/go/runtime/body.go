package minimax

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// requestBody is a request body that every attempt sends anew, byte for byte.
type requestBody struct {
	contentType string
	length      int64
	open        func() (io.ReadCloser, error)
}

// newBody is the body of spec with the caller's extra fields, or nil for none.
func newBody(spec *requestSpec, extra map[string]any) (*requestBody, error) {
	switch {
	case spec.form != nil:
		return newMultipart(spec.form, extra)
	case spec.body != nil || len(extra) > 0:
		data, err := jsonBody(spec.body, extra)
		if err != nil {
			return nil, fmt.Errorf("minimax: encoding the request body: %w", err)
		}
		return &requestBody{
			contentType: "application/json",
			length:      int64(len(data)),
			open:        func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(data)), nil },
		}, nil
	default:
		return nil, nil
	}
}

// jsonBody is body as JSON, with extra's fields over its own.
func jsonBody(body any, extra map[string]any) ([]byte, error) {
	data, err := json.Marshal(body)
	if err != nil || len(extra) == 0 {
		return data, err
	}
	var fields map[string]json.RawMessage
	if body != nil {
		if err := json.Unmarshal(data, &fields); err != nil {
			return nil, errors.New("extra body fields need a body that is a JSON object")
		}
	}
	if fields == nil {
		fields = make(map[string]json.RawMessage, len(extra))
	}
	for name, value := range extra {
		if fields[name], err = json.Marshal(value); err != nil {
			return nil, err
		}
	}
	return json.Marshal(fields)
}
