// Code generated from openapi/minimax.yaml by generator/; DO NOT EDIT.

package minimax

import (
	"context"
	"net/http"
	"net/url"
)

// ModelsService holds the operations of Models: The models available to your key, with their
// capabilities, pricing and deprecation status.
type ModelsService struct {
	t *transport
}

// List calls `GET /models`: list models.
//
// Every model the key's account can use: MiniMax's catalogue and the account's own fine-tuned
// models. The list is short, so it is not paginated.
//
// Rate limit, in requests per minute: 60 (free), 300 (pay as you go), 3000 (enterprise). Key scopes
// allowed: full, read_only.
func (s *ModelsService) List(ctx context.Context, opts ...RequestOption) (*Result[[]Model], error) {
	return doJSON[[]Model](ctx, s.t, requestSpec{method: http.MethodGet, path: "/models"}, opts)
}

// Retrieve calls `GET /models/{model_id}`: get a model.
//
// One model's metadata. An id that names no model gives `404 model_not_found`.
//
// Rate limit, in requests per minute: 60 (free), 300 (pay as you go), 3000 (enterprise). Key scopes
// allowed: full, read_only.
func (s *ModelsService) Retrieve(ctx context.Context, modelID string, opts ...RequestOption) (*Result[Model], error) {
	return doJSON[Model](ctx, s.t, requestSpec{method: http.MethodGet, path: "/models/" + url.PathEscape(modelID), model: modelID}, opts)
}
