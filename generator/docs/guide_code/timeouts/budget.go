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
	// Every call of this client gets 20 seconds, its retries and the waits between them included.
	client := minimax.NewClient("", minimax.WithBaseURL("__BASE_URL__"), minimax.WithTimeout(20*time.Second))

	// One call's own budget: one second, with no retry, for an answer the sandbox delays.
	resp, err := client.Chat.Completions(ctx, &minimax.ChatCompletionRequest{
		Model:    "__CHAT_MODEL__",
		Messages: []minimax.Message{minimax.UserMessage("Hello __TRIGGER_SLOW__")},
	}, minimax.WithRequestTimeout(time.Second), minimax.WithRequestMaxRetries(0))
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		fmt.Println("no answer within a second")
	case err != nil:
		log.Fatal(err)
	default:
		fmt.Println("answered in time:", resp.RequestID)
	}
}
