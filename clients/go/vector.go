// Code generated from openapi/minimax.yaml by generator/; DO NOT EDIT.

package minimax

import (
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"
)

// Vector is an embedding: its values, whichever encoding the response used. A JSON array
// of numbers (`encoding_format` `float`, the default) is read as it is; a string
// (`encoding_format` `base64`) is read as base64 of little-endian float32s, 4 bytes each.
// It is a []float64, so it converts to one without a copy: []float64(v).
type Vector []float64

// UnmarshalJSON reads either encoding of an embedding.
func (v *Vector) UnmarshalJSON(data []byte) error {
	if len(data) == 0 || data[0] != '"' {
		var values []float64
		if err := json.Unmarshal(data, &values); err != nil {
			return err
		}
		*v = values
		return nil
	}
	var text string
	if err := json.Unmarshal(data, &text); err != nil {
		return err
	}
	packed, err := base64.StdEncoding.DecodeString(text)
	if err != nil {
		return fmt.Errorf("minimax: a base64 embedding: %w", err)
	}
	if len(packed)%4 != 0 {
		return fmt.Errorf("minimax: a base64 embedding of %d bytes, not a whole number of float32s", len(packed))
	}
	values := make([]float64, len(packed)/4)
	for i := range values {
		values[i] = float64(math.Float32frombits(binary.LittleEndian.Uint32(packed[4*i:])))
	}
	*v = values
	return nil
}
