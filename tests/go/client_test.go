package minimax_test

import (
	"context"
	"encoding/json"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	minimax "github.com/minimax/minimax-go"
)

func TestTheBriefsCall(t *testing.T) {
	srv, rec := serve(t, func(w http.ResponseWriter, r *http.Request, n int) {
		w.Header().Set("X-RateLimit-Limit", "600")
		w.Header().Set("X-RateLimit-Remaining", "599")
		w.Header().Set("X-RateLimit-Reset", "1767225600")
		w.Header().Set("Idempotent-Replayed", "true")
		ok(w, map[string]any{"id": "chatcmpl_1"})
	})
	client := minimax.NewClient(testKey, minimax.WithBaseURL(srv.URL+"/v1/"))
	resp, err := client.Chat.Completions(context.Background(), &minimax.ChatCompletionRequest{
		Model:    "minimax-chat-v2",
		Messages: []minimax.Message{{Role: "user", Content: "Hello"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if resp.Data.ID != "chatcmpl_1" || resp.RequestID != "req_ok123456" || resp.Meta.RequestID != "req_ok123456" || !resp.Replayed {
		t.Errorf("got %+v", resp)
	}
	want := minimax.RateLimit{Limit: 600, Remaining: 599, Reset: time.Unix(1767225600, 0)}
	if !resp.RateLimit.Reset.Equal(want.Reset) || resp.RateLimit.Limit != 600 || resp.RateLimit.Remaining != 599 {
		t.Errorf("RateLimit = %+v, want %+v", resp.RateLimit, want)
	}
	if resp.Header.Get("X-Request-Id") != "req_ok123456" {
		t.Error("Header is not the response's")
	}

	sent := rec.all()[0]
	if sent.method != "POST" || sent.path != "/v1/chat/completions" {
		t.Errorf("sent %s %s", sent.method, sent.path)
	}
	for name, want := range map[string]string{
		"Authorization": "Bearer " + testKey,
		"Content-Type":  "application/json",
		"Accept":        "application/json",
	} {
		if got := sent.header.Get(name); got != want {
			t.Errorf("%s: %q, want %q", name, got, want)
		}
	}
	if ua := sent.header.Get("User-Agent"); !regexp.MustCompile(`^minimax-go/\S+ go/go\S+$`).MatchString(ua) {
		t.Errorf("User-Agent %q", ua)
	}
	var body map[string]any
	if err := json.Unmarshal(sent.body, &body); err != nil || body["model"] != "minimax-chat-v2" {
		t.Errorf("body %s", sent.body)
	}
}

func TestMissingRateLimitHeadersAreZero(t *testing.T) {
	srv, _ := serve(t, func(w http.ResponseWriter, r *http.Request, n int) { ok(w, map[string]any{}) })
	resp, err := newClient(t, srv.URL).Chat.Completions(context.Background(), chatRequest())
	if err != nil {
		t.Fatal(err)
	}
	if resp.RateLimit != (minimax.RateLimit{}) || resp.Replayed {
		t.Errorf("RateLimit %+v, Replayed %v", resp.RateLimit, resp.Replayed)
	}
}

func TestKeyAndBaseURLFromTheEnvironment(t *testing.T) {
	srv, rec := serve(t, func(w http.ResponseWriter, r *http.Request, n int) { ok(w, map[string]any{}) })
	t.Setenv(minimax.APIKeyEnv, testKey)
	t.Setenv(minimax.BaseURLEnv, srv.URL+"/v1")
	if _, err := minimax.NewClient("").Chat.Completions(context.Background(), chatRequest()); err != nil {
		t.Fatal(err)
	}
	sent := rec.all()[0]
	if sent.header.Get("Authorization") != "Bearer "+testKey || sent.path != "/v1/chat/completions" {
		t.Errorf("sent %s with %q", sent.path, sent.header.Get("Authorization"))
	}
}

func TestHeadersOptionalFieldsAndExtraBody(t *testing.T) {
	srv, rec := serve(t, func(w http.ResponseWriter, r *http.Request, n int) { ok(w, map[string]any{}) })
	client := newClient(t, srv.URL, minimax.WithHeader("X-Team", "a"), minimax.WithHeader("X-Trace", "client"))
	req := chatRequest()
	req.Temperature = minimax.Float(0)
	req.MaxTokens = minimax.Int(256)
	_, err := client.Chat.Completions(context.Background(), req,
		minimax.WithRequestHeader("X-Trace", "call"),
		minimax.WithExtraBody(map[string]any{"top_k": 5, "model": "minimax-chat-v3"}))
	if err != nil {
		t.Fatal(err)
	}
	sent := rec.all()[0]
	if sent.header.Get("X-Team") != "a" || sent.header.Get("X-Trace") != "call" {
		t.Errorf("headers %v", sent.header)
	}
	var body map[string]any
	_ = json.Unmarshal(sent.body, &body)
	for name, want := range map[string]any{"temperature": 0.0, "max_tokens": 256.0, "top_k": 5.0, "model": "minimax-chat-v3"} {
		if body[name] != want {
			t.Errorf("body[%q] = %v, want %v in %s", name, body[name], want, sent.body)
		}
	}
	if _, found := body["stream"]; found {
		t.Errorf("an unset optional field was sent: %s", sent.body)
	}
}

func TestPathParametersAreEscaped(t *testing.T) {
	srv, rec := serve(t, func(w http.ResponseWriter, r *http.Request, n int) {
		ok(w, map[string]any{"id": "a/b?c", "status": "queued"})
	})
	if _, err := newClient(t, srv.URL).Video.Generations.Retrieve(context.Background(), "a/b?c"); err != nil {
		t.Fatal(err)
	}
	if sent := rec.all()[0]; sent.path != "/video/generations/a/b?c" || sent.query != "" {
		t.Errorf("sent path %q query %q", sent.path, sent.query)
	}
}

func TestPointerHelpers(t *testing.T) {
	if *minimax.Float(0.2) != 0.2 || *minimax.Int(3) != 3 || *minimax.String("s") != "s" || !*minimax.Bool(true) {
		t.Error("a helper does not point at its value")
	}
	if strings.TrimSpace(minimax.DefaultBaseURL) == "" {
		t.Error("no DefaultBaseURL")
	}
}
