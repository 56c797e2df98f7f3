package main

import (
	"context"
	"fmt"
	"time"

	"__GO_MODULE__"
)

func main() {
	ctx := context.Background()
	// Open after half of at least 2 of the last 4 requests failed; try again after 30 seconds.
	breaker := minimax.NewCircuitBreaker(minimax.CircuitBreakerConfig{
		FailureRate: 0.5, Window: 4, MinimumCalls: 2, Cooldown: 30 * time.Second,
	})
	client := minimax.NewClient("", minimax.WithBaseURL("__BASE_URL__"),
		minimax.WithCircuitBreaker(breaker), minimax.WithMaxRetries(0))

	for call := 0; call < 3; call++ { // the sandbox answers these with a 500: the third fails fast
		_, err := client.Chat.Completions(ctx, &minimax.ChatCompletionRequest{
			Model:    "__CHAT_MODEL__",
			Messages: []minimax.Message{minimax.UserMessage("Hello __TRIGGER_SERVER_ERROR__")},
		})
		fmt.Println(call, err, "circuit", breaker.State())
	}
}
