package main

import (
	"context"
	"errors"
	"fmt"
	"log"

	"__GO_MODULE__"
)

func main() {
	ctx := context.Background()
	client := minimax.NewClient("", minimax.WithBaseURL("__BASE_URL__")) // "" reads the key from __KEY_VARIABLE__

	_, err := client.Models.Retrieve(ctx, "no-such-model")
	var apiErr *minimax.APIError
	if !errors.Is(err, minimax.ErrNotFound) || !errors.As(err, &apiErr) {
		log.Fatalf("expected a 404, got %v", err)
	}
	fmt.Println(apiErr.StatusCode, apiErr.Code, apiErr.Message)
	fmt.Println("request", apiErr.RequestID) // quote it when reporting a problem
}
