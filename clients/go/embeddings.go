// Code generated from openapi/minimax.yaml by generator/; DO NOT EDIT.

package minimax

import (
	"context"
	"errors"
	"net/http"
)

// EmbeddingsService holds the operations of Embeddings: Fixed-dimension float vectors for semantic
// search, clustering and RAG.
type EmbeddingsService struct {
	t *transport
}

// Create calls `POST /embeddings`: create embeddings.
//
// Embeds one string or a batch of 1 to 2,048 strings. Every vector has the model's fixed dimension
// (`embedding_dimension` on the model) and unit L2 norm, so a dot product is the cosine similarity.
// `data[i].index` is the position of the input it embeds.
//
// `encoding_format` chooses how each vector is written: `float` (the default) as a JSON array of
// numbers, `base64` as one string holding the vector's float32 values, little-endian, 4 bytes each,
// base64-encoded (RFC 4648, with padding). Base64 is less than half the size of the floats in JSON
// and faster to read: decode the string and read the bytes as little-endian float32s (in Python,
// `numpy.frombuffer(base64.b64decode(s), "<f4")`). Both give the same values: the numbers of the
// `float` encoding are those float32s, each written as the shortest decimal that reads back as the
// same float32.
//
// Rate limit, in requests per minute: 60 (free), 600 (pay as you go), 6000 (enterprise). Key scopes
// allowed: full.
func (s *EmbeddingsService) Create(ctx context.Context, req *EmbeddingRequest, opts ...RequestOption) (*Result[[]EmbeddingItem], error) {
	if req == nil {
		return nil, errors.New("minimax: Embeddings.Create: req is nil")
	}
	return doJSON[[]EmbeddingItem](ctx, s.t, requestSpec{method: http.MethodPost, path: "/embeddings", body: req, model: req.Model}, opts)
}
