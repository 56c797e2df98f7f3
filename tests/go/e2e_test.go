// End-to-end tests: every operation of the spec through the SDK, the way a user calls it,
// against a running target (a sandbox that tests/go/test_go_sdk.py or the contract runner
// started, or a deployment). They read MINIMAX_E2E_BASE_URL and MINIMAX_E2E_API_KEY, and are
// skipped without them; MINIMAX_E2E_SAMPLES (a folder holding train.jsonl and ref.png) and
// MINIMAX_E2E_OPERATIONS (a JSON file of [method, path, operationId]). The failure paths use
// the sandbox's triggers (sandbox:stream_error, sandbox:server_error, sandbox:rate_limit,
// sandbox:slow, sandbox-fail).

package minimax_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	minimax "github.com/minimax/minimax-go"
)

// e2eWeather is the tool of the tool-call round trip.
var e2eWeather = minimax.Tool{Function: minimax.FunctionDefinition{
	Name:        "get_weather",
	Description: "Current weather for a city.",
	Parameters: map[string]any{
		"type":       "object",
		"properties": map[string]any{"city": map[string]any{"type": "string"}},
		"required":   []string{"city"},
	},
}}

// e2eTarget is where the end-to-end tests go and what they read, from the environment.
type e2eTarget struct {
	baseURL, key string
	samples      string // a folder holding train.jsonl and ref.png
	routes       []e2eRoute
}

// e2eRoute is an operation of the spec: its method, a pattern of its path under the base
// URL, and its id.
type e2eRoute struct {
	method  string
	pattern *regexp.Regexp
	id      string
}

// e2eTargetOf reads the target from the environment, and skips t without one.
func e2eTargetOf(t *testing.T) e2eTarget {
	t.Helper()
	target := e2eTarget{baseURL: os.Getenv("MINIMAX_E2E_BASE_URL"), key: os.Getenv("MINIMAX_E2E_API_KEY")}
	if target.baseURL == "" || target.key == "" {
		t.Skip("MINIMAX_E2E_BASE_URL and MINIMAX_E2E_API_KEY are not set (tests/go/test_go_sdk.py sets them)")
	}
	target.samples = os.Getenv("MINIMAX_E2E_SAMPLES")
	operations := os.Getenv("MINIMAX_E2E_OPERATIONS")
	if target.samples == "" || operations == "" {
		t.Fatal("set MINIMAX_E2E_SAMPLES and MINIMAX_E2E_OPERATIONS beside the target")
	}
	target.routes = e2eRoutes(t, operations, target.baseURL)
	return target
}

// e2eRoutes are the operations a file the wrapper wrote lists as [method, path, id], under
// baseURL.
func e2eRoutes(t *testing.T, operations, baseURL string) []e2eRoute {
	t.Helper()
	raw, err := os.ReadFile(operations)
	if err != nil {
		t.Fatal(err)
	}
	var triples [][3]string
	if err := json.Unmarshal(raw, &triples); err != nil {
		t.Fatalf("%s: %v", operations, err)
	}
	base, err := url.Parse(baseURL)
	if err != nil {
		t.Fatal(err)
	}
	prefix := strings.TrimSuffix(base.EscapedPath(), "/")
	var routes []e2eRoute
	for _, op := range triples {
		segments := strings.Split(op[1], "/")
		for i, s := range segments {
			if strings.HasPrefix(s, "{") && strings.HasSuffix(s, "}") {
				segments[i] = "[^/]+"
			} else {
				segments[i] = regexp.QuoteMeta(s)
			}
		}
		pattern := regexp.MustCompile("^" + regexp.QuoteMeta(prefix) + strings.Join(segments, "/") + "$")
		routes = append(routes, e2eRoute{method: op[0], pattern: pattern, id: op[2]})
	}
	return routes
}

// client is a client of the target whose requests go through an e2eRecorder.
func (target e2eTarget) client(opts ...minimax.Option) (*minimax.Client, *e2eRecorder) {
	rec := &e2eRecorder{routes: target.routes, next: http.DefaultTransport, seen: map[string]bool{}}
	base := []minimax.Option{
		minimax.WithBaseURL(target.baseURL),
		minimax.WithHTTPClient(&http.Client{Transport: rec}),
	}
	return minimax.NewClient(target.key, append(base, opts...)...), rec
}

// sample is the path of a sample upload.
func (target e2eTarget) sample(name string) string { return filepath.Join(target.samples, name) }

// e2eRecorder is an http.RoundTripper that records which operations of the spec a client's
// requests reached, and the Idempotency-Key of every POST, before sending them on.
type e2eRecorder struct {
	routes []e2eRoute
	next   http.RoundTripper

	mu   sync.Mutex
	seen map[string]bool
	keys []string
}

func (rec *e2eRecorder) RoundTrip(r *http.Request) (*http.Response, error) {
	rec.mu.Lock()
	for _, route := range rec.routes {
		if r.Method == route.method && route.pattern.MatchString(r.URL.EscapedPath()) {
			rec.seen[route.id] = true
		}
	}
	if r.Method == http.MethodPost {
		rec.keys = append(rec.keys, r.Header.Get(minimax.IdempotencyKeyHeader))
	}
	rec.mu.Unlock()
	return rec.next.RoundTrip(r)
}

// missed are the operations of the spec no request reached.
func (rec *e2eRecorder) missed() []string {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	var missed []string
	for _, route := range rec.routes {
		if !rec.seen[route.id] {
			missed = append(missed, route.id)
		}
	}
	sort.Strings(missed)
	return missed
}

func (rec *e2eRecorder) idempotencyKeys() []string {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	return append([]string(nil), rec.keys...)
}

// e2eContext bounds a test, so that a target that stops answering fails it rather than hangs.
func e2eContext(t *testing.T) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

// hello is the overview's request.
func hello() *minimax.ChatCompletionRequest {
	return &minimax.ChatCompletionRequest{
		Model:    "minimax-chat-v2",
		Messages: []minimax.Message{{Role: "user", Content: "Hello"}},
	}
}

// embed is an embedding request of one input (a sandbox trigger, say).
func embed(input string) *minimax.EmbeddingRequest {
	return &minimax.EmbeddingRequest{Model: "minimax-embed-v1", Input: minimax.EmbeddingInputString(input)}
}

func TestE2EEveryOperation(t *testing.T) {
	target := e2eTargetOf(t)
	client, rec := target.client()
	ctx := e2eContext(t)

	models, err := client.Models.List(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(models.Data, func(m minimax.Model) bool { return m.ID == "minimax-chat-v2" }) {
		t.Errorf("Models.List has no minimax-chat-v2: %+v", models.Data)
	}
	if got := models.Header.Get(minimax.RequestIDHeader); got == "" || got != models.RequestID {
		t.Errorf("X-Request-Id %q, RequestID %q", got, models.RequestID)
	}
	embedder, err := client.Models.Retrieve(ctx, "minimax-embed-v1")
	if err != nil {
		t.Fatal(err)
	}
	if d := embedder.Data.EmbeddingDimension; d == nil || *d != 1536 {
		t.Errorf("minimax-embed-v1's embedding_dimension is %v, want 1536", d)
	}

	// Uploads from a path, an open file and bytes; the tasks start first so they run meanwhile.
	fromPath, err := minimax.FileFromPath(target.sample("train.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	training, err := client.Files.Create(ctx, &minimax.FileUploadRequest{File: fromPath, Purpose: minimax.FilePurposeFineTune})
	if err != nil {
		t.Fatal(err)
	}
	opened, err := os.Open(target.sample("ref.png"))
	if err != nil {
		t.Fatal(err)
	}
	defer opened.Close()
	image, err := client.Files.Create(ctx, &minimax.FileUploadRequest{
		File:    minimax.File{Reader: opened, Name: "ref.png"},
		Purpose: minimax.FilePurposeVideoReference,
	})
	if err != nil {
		t.Fatal(err)
	}
	png, err := os.ReadFile(target.sample("ref.png"))
	if err != nil {
		t.Fatal(err)
	}
	again, err := client.Files.Create(ctx, &minimax.FileUploadRequest{
		File:    minimax.FileFromBytes("copy.png", png),
		Purpose: minimax.FilePurposeVideoReference,
	})
	if err != nil {
		t.Fatal(err)
	}
	uploaded := []minimax.FileObject{training.Data, image.Data, again.Data}
	want := []struct {
		name        string
		contentType minimax.FileObjectContentType
	}{
		{"train.jsonl", minimax.FileObjectContentTypeApplicationJSONL},
		{"ref.png", minimax.FileObjectContentTypeImagePNG},
		{"copy.png", minimax.FileObjectContentTypeImagePNG},
	}
	for i, f := range uploaded {
		if f.Filename != want[i].name || f.ContentType != want[i].contentType {
			t.Errorf("upload %d is %q of %q, want %q of %q", i, f.Filename, f.ContentType, want[i].name, want[i].contentType)
		}
	}
	if image.Data.Bytes != len(png) || again.Data.SHA256 != image.Data.SHA256 {
		t.Errorf("the PNG's uploads differ: %+v, %+v (%d bytes)", image.Data, again.Data, len(png))
	}
	job, err := client.FineTunes.Create(ctx, &minimax.FineTuneRequest{
		Model: "minimax-chat-v2", TrainingFile: training.Data.ID, Suffix: "docs",
	})
	if err != nil {
		t.Fatal(err)
	}
	doomed, err := client.FineTunes.Create(ctx, &minimax.FineTuneRequest{
		Model: "minimax-chat-v2", TrainingFile: training.Data.ID, Suffix: "sandbox-fail",
	})
	if err != nil {
		t.Fatal(err)
	}
	video, err := client.Video.Generations.Create(ctx, &minimax.VideoGenerationRequest{
		Prompt: "A dog", ReferenceImageFileID: image.Data.ID, Duration: minimax.Int(1),
	})
	if err != nil {
		t.Fatal(err)
	}
	file, err := client.Files.Retrieve(ctx, image.Data.ID)
	if err != nil {
		t.Fatal(err)
	}
	if file.Data.SHA256 == "" || file.Data.ID != image.Data.ID {
		t.Errorf("Files.Retrieve: %+v", file.Data)
	}
	download, err := client.Files.Content(ctx, training.Data.ID, nil)
	if err != nil {
		t.Fatal(err)
	}
	downloaded, err := download.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	if trainingJSONL, _ := os.ReadFile(target.sample("train.jsonl")); !bytes.Equal(downloaded, trainingJSONL) {
		t.Errorf("Files.Content gave %q, want %q", downloaded, trainingJSONL)
	}
	if download.RequestID == "" {
		t.Error("Files.Content: no request id")
	}

	// The overview's call, then the same conversation streamed: the deltas add up to it.
	result, err := client.Chat.Completions(ctx, &minimax.ChatCompletionRequest{
		Model:    "minimax-chat-v2",
		Messages: []minimax.Message{{Role: "user", Content: "Hello"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	answer := result.Data.Choices[0].Message.Content
	if answer == nil || *answer == "" || result.Meta.Usage == nil || result.Meta.Usage.TotalTokens <= 0 {
		t.Fatalf("Chat.Completions: %+v, meta %+v", result.Data, result.Meta)
	}
	if result.RequestID != result.Meta.RequestID || result.RateLimit.Limit <= 0 {
		t.Errorf("RequestID %q (meta %q), RateLimit %+v", result.RequestID, result.Meta.RequestID, result.RateLimit)
	}
	stream, err := client.Chat.CompletionsStream(ctx, hello())
	if err != nil {
		t.Fatal(err)
	}
	var streamed strings.Builder
	var finish minimax.FinishReason
	for stream.Next() {
		for _, choice := range stream.Current().Choices {
			streamed.WriteString(choice.Delta.Content)
			if choice.FinishReason != nil {
				finish = *choice.FinishReason
			}
		}
	}
	if err := stream.Err(); err != nil {
		t.Fatal(err)
	}
	if err := stream.Close(); err != nil {
		t.Error(err)
	}
	if streamed.String() != *answer || finish != minimax.FinishReasonStop {
		t.Errorf("the stream says %q (%s), the plain call %q", streamed.String(), finish, *answer)
	}
	if usage := stream.Meta().Usage; usage == nil || usage.TotalTokens != result.Meta.Usage.TotalTokens {
		t.Errorf("the stream's usage is %+v, the plain call's %+v", usage, result.Meta.Usage)
	}

	// A tool call, then its result sent back with the assistant's message.
	weather := []minimax.Message{minimax.UserMessage("What is the weather in Paris?")}
	called, err := client.Chat.Completions(ctx, &minimax.ChatCompletionRequest{
		Model: "minimax-chat-v2", Messages: weather, Tools: []minimax.Tool{e2eWeather},
	})
	if err != nil {
		t.Fatal(err)
	}
	choice := called.Data.Choices[0]
	if choice.FinishReason != minimax.FinishReasonToolCalls || len(choice.Message.ToolCalls) == 0 {
		t.Fatalf("no tool call: %+v", choice)
	}
	call := choice.Message.ToolCalls[0]
	if call.Function.Name != "get_weather" || !json.Valid([]byte(call.Function.Arguments)) {
		t.Errorf("the tool call: %+v", call)
	}
	final, err := client.Chat.Completions(ctx, &minimax.ChatCompletionRequest{
		Model: "minimax-chat-v2",
		Messages: append(weather,
			choice.Message.ToMessage(),
			minimax.ToolMessage(call.ID, `{"temperature": 18}`),
		),
		Tools: []minimax.Tool{e2eWeather},
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := final.Data.Choices[0].FinishReason; got != minimax.FinishReasonStop {
		t.Errorf("after the tool's result, finish_reason %q", got)
	}

	embedded, err := client.Embeddings.Create(ctx, &minimax.EmbeddingRequest{
		Model: "minimax-embed-v1", Input: minimax.EmbeddingInputStrings{"one", "two"},
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(embedded.Data) != 2 || len(embedded.Data[0].Embedding) != 1536 || len(embedded.Data[1].Embedding) != 1536 {
		t.Errorf("Embeddings.Create gave %d vectors", len(embedded.Data))
	}
	// The base64 encoding reads back to the same values (the floats are float32s, written out).
	packed, err := client.Embeddings.Create(ctx, &minimax.EmbeddingRequest{
		Model: "minimax-embed-v1", Input: minimax.EmbeddingInputStrings{"one", "two"},
		EncodingFormat: minimax.EmbeddingEncodingFormatBase64,
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(packed.Data) != 2 {
		t.Fatalf("Embeddings.Create in base64 gave %d vectors", len(packed.Data))
	}
	for i := range packed.Data {
		got, want := packed.Data[i].Embedding, embedded.Data[i].Embedding
		if len(got) != len(want) {
			t.Fatalf("vector %d: %d values in base64, %d as floats", i, len(got), len(want))
		}
		for j := range got {
			if float32(got[j]) != float32(want[j]) {
				t.Errorf("vector %d, value %d: %v in base64, %v as floats", i, j, got[j], want[j])
				break
			}
		}
	}

	// The video task: its events to the end, Wait, Retrieve and its bytes.
	events, err := client.Video.Generations.Events(ctx, video.Data.ID)
	if err != nil {
		t.Fatal(err)
	}
	var statuses []minimax.TaskStatus
	for events.Next() {
		statuses = append(statuses, events.Current().Status)
	}
	if err := events.Err(); err != nil {
		t.Fatal(err)
	}
	events.Close()
	if len(statuses) == 0 || statuses[len(statuses)-1] != minimax.TaskStatusSucceeded || events.Meta().RequestID == "" {
		t.Errorf("Events gave %v, meta %+v", statuses, events.Meta())
	}
	waited, err := client.Video.Generations.Wait(ctx, video.Data.ID, nil)
	if err != nil {
		t.Fatal(err)
	}
	if waited.Data.Status != minimax.TaskStatusSucceeded || waited.Data.Progress != 100 {
		t.Errorf("Wait gave %s at %d%%", waited.Data.Status, waited.Data.Progress)
	}
	task, err := client.Video.Generations.Retrieve(ctx, video.Data.ID)
	if err != nil {
		t.Fatal(err)
	}
	if task.Data.Result == nil || task.Data.Result.DownloadURL == "" {
		t.Errorf("a succeeded video without a result: %+v", task.Data)
	}
	mp4, err := client.Video.Generations.Content(ctx, video.Data.ID, nil)
	if err != nil {
		t.Fatal(err)
	}
	movie, err := mp4.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	if len(movie) < 8 || string(movie[4:8]) != "ftyp" || mp4.ContentType != "video/mp4" {
		t.Errorf("Video.Generations.Content: %d bytes of %q", len(movie), mp4.ContentType)
	}

	// The fine-tunes: one succeeds, one fails, and a failed task is a result, not an error.
	tuned, err := client.FineTunes.Wait(ctx, job.Data.ID, &minimax.WaitOptions{PollInterval: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if tuned.Data.Status != minimax.TaskStatusSucceeded || tuned.Data.FineTunedModel == nil {
		t.Errorf("FineTunes.Wait: %+v", tuned.Data)
	}
	failed, err := client.FineTunes.Wait(ctx, doomed.Data.ID, &minimax.WaitOptions{PollInterval: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if failed.Data.Status != minimax.TaskStatusFailed || failed.Data.Error == nil || failed.Data.Error.Code != minimax.TaskErrorCodeTrainingFailed {
		t.Errorf("the sandbox-fail job: %+v", failed.Data)
	}
	if retrieved, err := client.FineTunes.Retrieve(ctx, job.Data.ID); err != nil || retrieved.Data.Progress != 100 {
		t.Errorf("FineTunes.Retrieve: %v, %v", retrieved, err)
	}

	// An error frame ends a stream with the *APIError of its code.
	broken, err := client.Chat.CompletionsStream(ctx, &minimax.ChatCompletionRequest{
		Model: "minimax-chat-v2", Messages: []minimax.Message{minimax.UserMessage("sandbox:stream_error")},
	})
	if err != nil {
		t.Fatal(err)
	}
	chunks := 0
	for broken.Next() {
		chunks++
	}
	broken.Close()
	var frame *minimax.APIError
	if !errors.As(broken.Err(), &frame) {
		t.Fatalf("after %d chunks the stream ended with %v, want an *APIError", chunks, broken.Err())
	}
	if frame.StatusCode != 500 || frame.Code != minimax.ErrorCodeServerError || frame.RequestID == "" ||
		!errors.Is(frame, minimax.ErrServerError) || !errors.Is(frame, minimax.ErrInternalServer) || chunks != 1 {
		t.Errorf("the error frame after %d chunks: %+v", chunks, frame)
	}

	// An unknown model: a 404 model_not_found, matched with errors.As and errors.Is.
	_, err = client.Models.Retrieve(ctx, "minimax-chat-v9")
	var notFound *minimax.APIError
	if !errors.As(err, &notFound) {
		t.Fatalf("Models.Retrieve of an unknown model: %v, want an *APIError", err)
	}
	if notFound.StatusCode != 404 || notFound.Code != minimax.ErrorCodeModelNotFound || !strings.HasPrefix(notFound.RequestID, "req_") {
		t.Errorf("the unknown model's error: %+v", notFound)
	}
	if !errors.Is(err, minimax.ErrModelNotFound) || !errors.Is(err, minimax.ErrNotFound) || !minimax.IsModelNotFound(err) ||
		errors.Is(err, minimax.ErrServerError) {
		t.Errorf("errors.Is on the unknown model's error: %v", err)
	}
	if shown := fmt.Sprintf("%v %+v %#v %v", client, client, *client, err); strings.Contains(shown, target.key) {
		t.Error("the key shows in the client or an error")
	}

	if missed := rec.missed(); len(missed) > 0 {
		t.Errorf("no request reached %v", missed)
	}
}

func TestE2EServerErrorsAreRetriedWithOneIdempotencyKey(t *testing.T) {
	client, rec := e2eTargetOf(t).client(minimax.WithMaxRetries(1))
	_, err := client.Embeddings.Create(e2eContext(t), embed("sandbox:server_error"))
	if !errors.Is(err, minimax.ErrInternalServer) || !minimax.IsServerError(err) {
		t.Fatalf("got %v, want a 500 server_error", err)
	}
	if keys := rec.idempotencyKeys(); len(keys) != 2 || keys[0] == "" || keys[0] != keys[1] {
		t.Errorf("the attempts' Idempotency-Keys: %q, want two alike", keys)
	}
}

func TestE2ERateLimitsAndTimeoutsGiveTheirErrors(t *testing.T) {
	client, _ := e2eTargetOf(t).client(minimax.WithMaxRetries(0))
	ctx := e2eContext(t)

	_, err := client.Embeddings.Create(ctx, embed("sandbox:rate_limit"))
	var limited *minimax.APIError
	if !errors.As(err, &limited) || !errors.Is(err, minimax.ErrRateLimit) || !errors.Is(err, minimax.ErrRateLimitExceeded) {
		t.Fatalf("got %v, want a 429 rate_limit_exceeded", err)
	}
	if limited.StatusCode != 429 || limited.RetryAfter != time.Second {
		t.Errorf("the 429: %+v, want RetryAfter 1s", limited)
	}

	// The call's own timeout, then the context's deadline.
	_, err = client.Embeddings.Create(ctx, embed("sandbox:slow"), minimax.WithRequestTimeout(300*time.Millisecond))
	var timeout *minimax.TimeoutError
	if !errors.As(err, &timeout) || !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("WithRequestTimeout: got %v, want a *TimeoutError", err)
	}
	short, cancel := context.WithTimeout(ctx, 300*time.Millisecond)
	defer cancel()
	_, err = client.Embeddings.Create(short, embed("sandbox:slow"))
	if !errors.As(err, &timeout) || !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("a context's deadline: got %v, want a *TimeoutError", err)
	}
}

func TestE2EAReplayedCallIsMarkedAndAnswersAsTheFirstDid(t *testing.T) {
	client, _ := e2eTargetOf(t).client()
	ctx := e2eContext(t)
	nonce := make([]byte, 8)
	if _, err := rand.Read(nonce); err != nil {
		t.Fatal(err)
	}
	key := "e2e-go-" + hex.EncodeToString(nonce)
	first, err := client.Chat.Completions(ctx, hello(), minimax.WithIdempotencyKey(key))
	if err != nil {
		t.Fatal(err)
	}
	again, err := client.Chat.Completions(ctx, hello(), minimax.WithIdempotencyKey(key))
	if err != nil {
		t.Fatal(err)
	}
	if first.Replayed || !again.Replayed || again.RequestID != first.RequestID || again.Data.ID != first.Data.ID {
		t.Errorf("first: replayed %t, %s %s; again: replayed %t, %s %s",
			first.Replayed, first.RequestID, first.Data.ID, again.Replayed, again.RequestID, again.Data.ID)
	}
}
