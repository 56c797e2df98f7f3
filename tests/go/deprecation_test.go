// End to end: a call naming a deprecated model reports it once per model and client, to the
// handler of WithDeprecationHandler or, by default, through the standard logger; a call naming
// a current model reports nothing.

package minimax_test

import (
	"bytes"
	"context"
	"log"
	"os"
	"strings"
	"testing"
	"time"

	minimax "github.com/minimax/minimax-go"
)

const (
	deprecatedModel = "minimax-chat-v1"
	currentModel    = "minimax-chat-v2"
)

func chatWith(model string) *minimax.ChatCompletionRequest {
	return &minimax.ChatCompletionRequest{
		Model:    model,
		Messages: []minimax.Message{{Role: "user", Content: "Hello"}},
	}
}

func TestE2EDeprecationHandlerHearsOncePerModel(t *testing.T) {
	target := e2eTargetOf(t)
	var notices []minimax.DeprecationNotice
	client, _ := target.client(minimax.WithDeprecationHandler(func(n minimax.DeprecationNotice) {
		notices = append(notices, n)
	}))
	ctx := context.Background()
	if _, err := client.Chat.Completions(ctx, chatWith(currentModel)); err != nil {
		t.Fatal(err)
	}
	if _, err := client.Models.Retrieve(ctx, currentModel); err != nil {
		t.Fatal(err)
	}
	if len(notices) != 0 {
		t.Fatalf("a current model was reported: %v", notices)
	}
	for i := 0; i < 2; i++ {
		if _, err := client.Chat.Completions(ctx, chatWith(deprecatedModel)); err != nil {
			t.Fatal(err)
		}
	}
	stream, err := client.Chat.CompletionsStream(ctx, chatWith(deprecatedModel))
	if err != nil {
		t.Fatal(err)
	}
	for stream.Next() {
	}
	if err := stream.Err(); err != nil {
		t.Fatal(err)
	}
	model, err := client.Models.Retrieve(ctx, deprecatedModel)
	if err != nil {
		t.Fatal(err)
	}
	if len(notices) != 1 {
		t.Fatalf("want one notice, got %d: %v", len(notices), notices)
	}
	n, d := notices[0], model.Data.Deprecation
	if d == nil {
		t.Fatal("the deprecated model has no deprecation")
	}
	if n.Model != deprecatedModel || n.Since.Format(time.DateOnly) != d.DeprecatedAt ||
		n.Sunset.Format(time.DateOnly) != d.ShutdownAt || n.MigrationGuide != d.MigrationGuide {
		t.Fatalf("notice %+v does not match the model's deprecation %+v", n, *d)
	}
}

func TestE2EDeprecationIsLoggedOnceByDefault(t *testing.T) {
	target := e2eTargetOf(t)
	var logged bytes.Buffer
	log.SetOutput(&logged)
	t.Cleanup(func() { log.SetOutput(os.Stderr) })
	client, _ := target.client()
	for i := 0; i < 2; i++ {
		if _, err := client.Models.Retrieve(context.Background(), deprecatedModel); err != nil {
			t.Fatal(err)
		}
	}
	text := logged.String()
	if strings.Count(text, "is deprecated") != 1 || !strings.Contains(text, "'"+deprecatedModel+"'") {
		t.Fatalf("want the model logged once, got %q", text)
	}
}
