package main

import (
	"context"
	"fmt"
	"log"

	"__GO_MODULE__"
)

func main() {
	ctx := context.Background()
	// Up to 4 retries of a 429, a 5xx or a lost connection, with backoff and jitter.
	client := minimax.NewClient("", minimax.WithBaseURL("__BASE_URL__"), minimax.WithMaxRetries(4))

	for attempt := 1; attempt <= 2; attempt++ { // your own retry of the whole call: the same key, the same body
		resp, err := client.Chat.Completions(ctx, &minimax.ChatCompletionRequest{
			Model:    "__CHAT_MODEL__",
			Messages: []minimax.Message{minimax.UserMessage("Hello")},
		}, minimax.WithIdempotencyKey("order-4711-summary-go"))
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(attempt, resp.RequestID, resp.Replayed)
	}
}
