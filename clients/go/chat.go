// Code generated from openapi/minimax.yaml by generator/; DO NOT EDIT.

package minimax

import (
	"context"
	"errors"
	"net/http"
)

// ChatService holds the operations of Chat: Chat completions with system prompts, multi-turn
// conversations, function calling and SSE streaming.
type ChatService struct {
	t *transport
}

// Completions calls `POST /chat/completions`: create a chat completion.
//
// Generates the assistant's next message for a conversation. With `tools`, the model may answer
// with `tool_calls` instead of text; run the tools, append their results as `tool` messages and
// call again. With `"stream": true` the response is `text/event-stream` (see *Streaming*);
// otherwise it is one JSON document. Both describe the same completion: the concatenated stream
// equals the non-streamed message, usage included.
//
// Rate limit, in requests per minute: 60 (free), 600 (pay as you go), 6000 (enterprise). Key scopes
// allowed: full.
func (s *ChatService) Completions(ctx context.Context, req *ChatCompletionRequest, opts ...RequestOption) (*Result[ChatCompletion], error) {
	if req == nil {
		return nil, errors.New("minimax: Chat.Completions: req is nil")
	}
	return doJSON[ChatCompletion](ctx, s.t, requestSpec{method: http.MethodPost, path: "/chat/completions", body: req, model: req.Model}, opts)
}

// CompletionsStream calls `POST /chat/completions` with `stream: true`: Completions, answered as a
// stream of ChatCompletionChunk (the `chunk` frames).
//
// Read it with Next and Current until Next is false, then check Err; Close it when done early. Meta
// holds the `done` frame's meta (usage) once the stream has ended.
//
// Rate limit, in requests per minute: 60 (free), 600 (pay as you go), 6000 (enterprise). Key scopes
// allowed: full.
func (s *ChatService) CompletionsStream(ctx context.Context, req *ChatCompletionRequest, opts ...RequestOption) (*Stream[ChatCompletionChunk], error) {
	if req == nil {
		return nil, errors.New("minimax: Chat.CompletionsStream: req is nil")
	}
	return newStream[ChatCompletionChunk](ctx, s.t, requestSpec{method: http.MethodPost, path: "/chat/completions", body: streamingChatCompletionRequest{ChatCompletionRequest: req, Stream: true}, itemEvent: "chunk", model: req.Model}, opts)
}

// streamingChatCompletionRequest sends a ChatCompletionRequest with `stream: true`.
type streamingChatCompletionRequest struct {
	*ChatCompletionRequest
	Stream bool `json:"stream"`
}
