// Code generated from openapi/minimax.yaml by generator/; DO NOT EDIT.

package minimax

import (
	"context"
	"errors"
	"net/http"
	"net/url"
)

// VideoService holds the operations of Video: Asynchronous video generation from a text prompt and
// an optional reference image.
type VideoService struct {
	// Generations holds the operations of `client.Video.Generations`.
	Generations *VideoGenerationsService
}

// VideoGenerationsService holds the operations of `client.Video.Generations`.
type VideoGenerationsService struct {
	t *transport
}

// Create calls `POST /video/generations`: start a video generation.
//
// Submits an asynchronous video generation task and returns it at once, `queued`. Follow it by
// polling `GET /video/generations/{task_id}` (every few seconds, with backoff; 120 seconds covers a
// typical task) or by streaming `GET /video/generations/{task_id}/events`. When it has `succeeded`,
// `result.download_url` serves the MP4.
//
// `model` is optional and defaults to `minimax-video-v1` (the getting-started example sends no
// model). A reference image is given as the id of a file uploaded with purpose `video-reference`;
// the API never fetches images from URLs you name.
//
// Rate limit, in requests per minute: 60 (free), 120 (pay as you go), 1200 (enterprise). Key scopes
// allowed: full, video_only.
func (s *VideoGenerationsService) Create(ctx context.Context, req *VideoGenerationRequest, opts ...RequestOption) (*Result[VideoGeneration], error) {
	if req == nil {
		return nil, errors.New("minimax: Video.Generations.Create: req is nil")
	}
	return doJSON[VideoGeneration](ctx, s.t, requestSpec{method: http.MethodPost, path: "/video/generations", body: req, model: modelOr(req.Model, "minimax-video-v1")}, opts)
}

// Retrieve calls `GET /video/generations/{task_id}`: get a video generation task.
//
// The task's current status and progress. Poll with backoff (for example 1 s, doubling to at most
// 10 s); `Retry-After` is not sent while a task runs. Once `succeeded`, `result.download_url` is a
// fresh signed URL valid until `result.download_url_expires_at`.
//
// Rate limit, in requests per minute: 60 (free), 300 (pay as you go), 3000 (enterprise). Key scopes
// allowed: full, read_only, video_only.
func (s *VideoGenerationsService) Retrieve(ctx context.Context, taskID string, opts ...RequestOption) (*Result[VideoGeneration], error) {
	return doJSON[VideoGeneration](ctx, s.t, requestSpec{method: http.MethodGet, path: "/video/generations/" + url.PathEscape(taskID)}, opts)
}

// Events calls `GET /video/generations/{task_id}/events`: stream a video generation task's status.
//
// An SSE stream of the task: one `status` frame with the current state at once, then one each time
// the status or progress changes, then `done` after the task reaches `succeeded` or `failed`. A
// task that has already finished gives its final `status` frame and `done` straight away. A
// `: keep-alive` comment line is sent every 15 seconds while nothing changes.
//
// Read it with Next and Current until Next is false, then check Err; Close it when done early. Its
// items are the `status` frames.
//
// Rate limit, in requests per minute: 60 (free), 300 (pay as you go), 3000 (enterprise). Key scopes
// allowed: full, read_only, video_only.
func (s *VideoGenerationsService) Events(ctx context.Context, taskID string, opts ...RequestOption) (*Stream[VideoGeneration], error) {
	return newStream[VideoGeneration](ctx, s.t, requestSpec{method: http.MethodGet, path: "/video/generations/" + url.PathEscape(taskID) + "/events", itemEvent: "status"}, opts)
}

// Content calls `GET /video/generations/{task_id}/content`: download a generated video.
//
// The MP4 of a task that has `succeeded`. Call it with your key, or open `result.download_url`
// (which carries `expires` and `signature`) without one. A task that has not succeeded gives
// `409 task_not_ready`.
//
// The caller closes the Download's Body.
//
// Rate limit, in requests per minute: 60 (free), 300 (pay as you go), 3000 (enterprise). Key scopes
// allowed: full, read_only, video_only.
func (s *VideoGenerationsService) Content(ctx context.Context, taskID string, params *VideoGenerationsContentParams, opts ...RequestOption) (*Download, error) {
	return download(ctx, s.t, requestSpec{method: http.MethodGet, path: "/video/generations/" + url.PathEscape(taskID) + "/content", query: params.query(), transfer: true}, opts)
}

// Wait polls Retrieve until the VideoGeneration has reached a final status (TaskStatus.IsTerminal),
// and returns it then. A failed task is returned, not an error: check its Status and Error.
//
// The pause between polls starts at waitOpts.PollInterval (1 s by default) and doubles up to
// waitOpts.MaxPollInterval (10 s); the Wait lasts up to waitOpts.Timeout (120 s), or until ctx
// ends. nil waitOpts takes the defaults. When time runs out it returns the task as last seen with a
// *WaitTimeoutError (errors.Is(err, context.DeadlineExceeded) holds). opts apply to every poll.
func (s *VideoGenerationsService) Wait(ctx context.Context, taskID string, waitOpts *WaitOptions, opts ...RequestOption) (*Result[VideoGeneration], error) {
	retrieve := func(ctx context.Context) (*Result[VideoGeneration], error) {
		return s.Retrieve(ctx, taskID, opts...)
	}
	return waitFor(ctx, waitOpts, retrieve, func(v *VideoGeneration) TaskStatus { return v.Status })
}
