// Code generated from openapi/minimax.yaml by generator/; DO NOT EDIT.

package minimax

import (
	"context"
	"errors"
	"net/http"
	"net/url"
)

// FineTunesService holds the operations of Fine-tunes: Fine-tuning jobs that train a new model from
// an uploaded file.
type FineTunesService struct {
	t *transport
}

// Create calls `POST /fine-tunes`: create a fine-tuning job.
//
// Starts training a new model from `model` (a base model with the `fine_tuning` capability) on
// `training_file` (a file uploaded with purpose `fine-tune`; a file with another purpose gives
// `400 invalid_request`). The job moves `queued` → `processing` → `succeeded` (or `failed`); on
// success `fine_tuned_model` names the new model, which then appears in `GET /models` for the
// account.
//
// Rate limit, in requests per minute: 60 (free), 30 (pay as you go), 300 (enterprise). Key scopes
// allowed: full.
func (s *FineTunesService) Create(ctx context.Context, req *FineTuneRequest, opts ...RequestOption) (*Result[FineTune], error) {
	if req == nil {
		return nil, errors.New("minimax: FineTunes.Create: req is nil")
	}
	return doJSON[FineTune](ctx, s.t, requestSpec{method: http.MethodPost, path: "/fine-tunes", body: req, model: req.Model}, opts)
}

// Retrieve calls `GET /fine-tunes/{fine_tune_id}`: get a fine-tuning job.
//
// The job's status and progress; `fine_tuned_model` once it has succeeded.
//
// Rate limit, in requests per minute: 60 (free), 300 (pay as you go), 3000 (enterprise). Key scopes
// allowed: full, read_only.
func (s *FineTunesService) Retrieve(ctx context.Context, fineTuneID string, opts ...RequestOption) (*Result[FineTune], error) {
	return doJSON[FineTune](ctx, s.t, requestSpec{method: http.MethodGet, path: "/fine-tunes/" + url.PathEscape(fineTuneID)}, opts)
}

// Wait polls Retrieve until the FineTune has reached a final status (TaskStatus.IsTerminal), and
// returns it then. A failed task is returned, not an error: check its Status and Error.
//
// The pause between polls starts at waitOpts.PollInterval (1 s by default) and doubles up to
// waitOpts.MaxPollInterval (10 s); the Wait lasts up to waitOpts.Timeout (120 s), or until ctx
// ends. nil waitOpts takes the defaults. When time runs out it returns the task as last seen with a
// *WaitTimeoutError (errors.Is(err, context.DeadlineExceeded) holds). opts apply to every poll.
func (s *FineTunesService) Wait(ctx context.Context, fineTuneID string, waitOpts *WaitOptions, opts ...RequestOption) (*Result[FineTune], error) {
	retrieve := func(ctx context.Context) (*Result[FineTune], error) {
		return s.Retrieve(ctx, fineTuneID, opts...)
	}
	return waitFor(ctx, waitOpts, retrieve, func(v *FineTune) TaskStatus { return v.Status })
}
