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

	stream, err := client.Chat.CompletionsStream(ctx, &minimax.ChatCompletionRequest{
		Model:    "__CHAT_MODEL__",
		Messages: []minimax.Message{minimax.UserMessage("Hello")},
	})
	if err != nil {
		log.Fatal(err)
	}
	defer stream.Close()
	for stream.Next() {
		fmt.Print(stream.Current().Choices[0].Delta.Content)
	}
	if err := stream.Err(); err != nil {
		log.Fatal(err)
	}
	fmt.Println()
}
