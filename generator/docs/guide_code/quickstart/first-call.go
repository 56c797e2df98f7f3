package main

import (
	"context"
	"fmt"
	"log"

	"__GO_MODULE__"
)

func main() {
	ctx := context.Background()
	client := minimax.NewClient("", minimax.WithBaseURL("__BASE_URL__")) // "" reads the key from __KEY_VARIABLE__

	resp, err := client.Chat.Completions(ctx, &minimax.ChatCompletionRequest{
		Model:    "__CHAT_MODEL__",
		Messages: []minimax.Message{minimax.UserMessage("Hello")},
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(*resp.Data.Choices[0].Message.Content)
	fmt.Println("request", resp.RequestID, "remaining", resp.RateLimit.Remaining)
}
