package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"time"

	"__GO_MODULE__"
)

func main() {
	ctx := context.Background()
	client := minimax.NewClient("", minimax.WithBaseURL("__BASE_URL__"), minimax.WithMaxRetries(0))

	resp, err := client.Models.List(ctx)
	if err != nil {
		log.Fatal(err)
	}
	limit := resp.RateLimit
	fmt.Printf("%d of %d left; the window resets at %s\n", limit.Remaining, limit.Limit, limit.Reset)

	// the sandbox answers this one with a 429
	_, err = client.Embeddings.Create(ctx, &minimax.EmbeddingRequest{
		Model: "__EMBED_MODEL__",
		Input: minimax.EmbeddingInputString("__TRIGGER_RATE_LIMIT__"),
	})
	var apiErr *minimax.APIError
	if errors.As(err, &apiErr) && apiErr.StatusCode == 429 {
		fmt.Println("limited: retry after", apiErr.RetryAfter)
		time.Sleep(apiErr.RetryAfter)
	} else if err != nil {
		log.Fatal(err)
	}
}
