package minimax_test

import (
	"encoding/json"
	"testing"

	minimax "github.com/minimax/minimax-go"
)

func TestVectorReadsBothEncodings(t *testing.T) {
	// The spec's examples: the same four float32s as numbers and as base64.
	var floats, packed minimax.EmbeddingItem
	if err := json.Unmarshal([]byte(`{"index":0,"embedding":[0.0213,-0.0457,0.0118,0.0902]}`), &floats); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(`{"index":0,"embedding":"Vn2uPOwvO73KVEE8x7q4PQ=="}`), &packed); err != nil {
		t.Fatal(err)
	}
	if len(floats.Embedding) != 4 || len(packed.Embedding) != 4 {
		t.Fatalf("lengths %d and %d, want 4", len(floats.Embedding), len(packed.Embedding))
	}
	for i := range floats.Embedding {
		if float32(floats.Embedding[i]) != float32(packed.Embedding[i]) {
			t.Errorf("value %d: %v as a number, %v from base64", i, floats.Embedding[i], packed.Embedding[i])
		}
	}
	var plain []float64 = packed.Embedding // a Vector is a []float64
	if plain[1] >= 0 {
		t.Errorf("value 1 is %v, want negative", plain[1])
	}
}

func TestVectorRefusesBadBase64(t *testing.T) {
	for _, body := range []string{`{"embedding":"not base64!"}`, `{"embedding":"AAAA"}`, `{"embedding":true}`} {
		var item minimax.EmbeddingItem
		if err := json.Unmarshal([]byte(body), &item); err == nil {
			t.Errorf("%s: no error", body)
		}
	}
}
