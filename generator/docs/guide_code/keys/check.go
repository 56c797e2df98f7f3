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

	models, err := client.Models.List(ctx) // any GET: every scope may list models
	var apiErr *minimax.APIError
	switch {
	case err == nil:
		fmt.Println("the key works;", len(models.Data), "models")
	case errors.As(err, &apiErr) && apiErr.StatusCode == 401:
		fmt.Println("the key is not valid here: check its prefix")
	case errors.As(err, &apiErr) && apiErr.StatusCode == 403:
		fmt.Println("not allowed:", apiErr.Message) // its scope or model list forbids the call
	default:
		log.Fatal(err)
	}
}
