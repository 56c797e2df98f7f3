// Code generated from openapi/minimax.yaml by generator/; DO NOT EDIT.

// Package minimax is the Go SDK of the MiniMax API: chat completions, embeddings, video generation,
// models, files and fine-tunes.
//
//	client := minimax.NewClient("mmx_test_...") // or "" to read $MINIMAX_API_KEY
//	resp, err := client.Chat.Completions(ctx, &minimax.ChatCompletionRequest{
//		Model:    "minimax-chat-v2",
//		Messages: []minimax.Message{{Role: "user", Content: "Hello"}},
//	})
//	if err != nil {
//		return err
//	}
//	fmt.Println(*resp.Data.Choices[0].Message.Content, resp.RequestID)
//
// Every call takes a context.Context first and per-call RequestOptions last, and returns a
// *Result (the envelope's Data with Meta, RateLimit, RequestID and Replayed), a *Stream or a
// *Download. Failed calls return an *APIError; errors.Is(err, minimax.ErrRateLimitExceeded) and
// the other sentinels of errors.go tell the codes apart. Calls are retried with backoff
// (408, 429, 5xx, a 409 idempotency_key_in_use, connection errors) and every POST
// carries one Idempotency-Key across its retries.
//
// The package is generated from openapi/minimax.yaml by generator/go; do not edit it.
package minimax
