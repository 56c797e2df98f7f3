package minimax_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	minimax "github.com/minimax/minimax-go"
)

// streamLines is a chat stream in every feature of the format the decoder must handle: a
// comment, data over two lines, a field without its space, an unknown event, then done.
var streamLines = []string{
	": keep-alive",
	"event: chunk",
	`data: {"id":"c1",`,
	`data: "object":"chat.completion.chunk"}`,
	"",
	"event:chunk",
	`data:{"id":"c2"}`,
	"id: 7",
	"retry: 1000",
	"",
	": another comment",
	"event: newer_kind",
	"data: {}",
	"",
	"event: done",
	`data: {"meta":{"request_id":"req_stream123","usage":{"prompt_tokens":1,"completion_tokens":2,"total_tokens":3}}}`,
	"",
}

// readAll reads a stream to its end: the ids of its items, its meta's request id, its error.
func readAll(t *testing.T, stream *minimax.Stream[minimax.ChatCompletionChunk]) ([]string, string, error) {
	t.Helper()
	var ids []string
	for stream.Next() {
		ids = append(ids, stream.Current().ID)
	}
	return ids, stream.Meta().RequestID, stream.Err()
}

func streamOf(t *testing.T, pieces ...string) *minimax.Stream[minimax.ChatCompletionChunk] {
	t.Helper()
	header := http.Header{"Content-Type": {"text/event-stream"}}
	client := scriptedClient(scripted{status: 200, header: header, pieces: pieces})
	stream, err := client.Chat.CompletionsStream(context.Background(), chatRequest())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { stream.Close() })
	return stream
}

func TestStreamDecodesFramesSplitAtEveryByte(t *testing.T) {
	for name, eol := range map[string]string{"LF": "\n", "CRLF": "\r\n", "CR": "\r"} {
		text := strings.Join(streamLines, eol) + eol
		splits := [][]string{strings.Split(text, "")} // one byte per read
		for i := 0; i <= len(text); i++ {
			splits = append(splits, []string{text[:i], text[i:]})
		}
		for _, pieces := range splits {
			ids, requestID, err := readAll(t, streamOf(t, pieces...))
			if err != nil || fmt.Sprint(ids) != "[c1 c2]" || requestID != "req_stream123" {
				t.Fatalf("%s, reads %q: items %v, meta %q, err %v", name, pieces, ids, requestID, err)
			}
		}
	}
}

func TestStreamMetaCarriesUsage(t *testing.T) {
	stream := streamOf(t, strings.Join(streamLines, "\n")+"\n")
	if _, _, err := readAll(t, stream); err != nil {
		t.Fatal(err)
	}
	if u := stream.Meta().Usage; u == nil || u.TotalTokens != 3 {
		t.Errorf("Meta().Usage = %+v", u)
	}
}

func TestStreamSkipsALeadingByteOrderMark(t *testing.T) {
	ids, _, err := readAll(t, streamOf(t, "\uFEFF"+sse("chunk", `{"id":"c1"}`, "done", `{"meta":{"request_id":"req_1"}}`)))
	if err != nil || fmt.Sprint(ids) != "[c1]" {
		t.Fatalf("items %v, err %v", ids, err)
	}
}

func TestStreamErrorFrameIsTheAPIErrorOfItsCode(t *testing.T) {
	text := sse("chunk", `{"id":"c1"}`,
		"error", `{"error":{"code":"rate_limit_exceeded","message":"slow down"},"meta":{"request_id":"req_err98765"}}`)
	ids, _, err := readAll(t, streamOf(t, text))
	if fmt.Sprint(ids) != "[c1]" {
		t.Errorf("items %v, want the one before the error", ids)
	}
	var apiErr *minimax.APIError
	if !errors.As(err, &apiErr) {
		t.Fatalf("err = %v, want an *APIError", err)
	}
	if apiErr.StatusCode != 429 || apiErr.Code != minimax.ErrorCodeRateLimitExceeded || apiErr.RequestID != "req_err98765" {
		t.Errorf("got %+v", apiErr)
	}
	if !errors.Is(err, minimax.ErrRateLimitExceeded) || !errors.Is(err, minimax.ErrRateLimit) {
		t.Error("the error frame does not match its sentinels")
	}
}

func TestStreamCutOffIsAConnectionError(t *testing.T) {
	for name, text := range map[string]string{
		"after a frame":  sse("chunk", `{"id":"c1"}`),
		"inside a frame": sse("chunk", `{"id":"c1"}`) + "event: chunk\ndata: {\"id\":\"c2\"}\n",
		"empty":          "",
	} {
		ids, _, err := readAll(t, streamOf(t, text))
		var connErr *minimax.ConnectionError
		if !errors.As(err, &connErr) || !errors.Is(err, io.ErrUnexpectedEOF) {
			t.Errorf("%s: err = %v, want a *ConnectionError wrapping io.ErrUnexpectedEOF", name, err)
		}
		if want := map[bool]string{true: "[]", false: "[c1]"}[name == "empty"]; fmt.Sprint(ids) != want {
			t.Errorf("%s: items %v, want %s", name, ids, want)
		}
	}
}

func TestStreamUnreadableFrameIsAnError(t *testing.T) {
	_, _, err := readAll(t, streamOf(t, sse("chunk", `{"id":`)))
	var apiErr *minimax.APIError
	if !errors.As(err, &apiErr) || !strings.Contains(err.Error(), "unreadable") {
		t.Fatalf("err = %v", err)
	}
}

func TestStreamClosedByTheCallerEndsWithoutError(t *testing.T) {
	stream := streamOf(t, sse("chunk", `{"id":"c1"}`, "chunk", `{"id":"c2"}`))
	if !stream.Next() {
		t.Fatal(stream.Err())
	}
	if err := stream.Close(); err != nil {
		t.Fatal(err)
	}
	if stream.Next() || stream.Err() != nil {
		t.Errorf("after Close: Next true or Err %v", stream.Err())
	}
	if err := stream.Close(); err != nil {
		t.Errorf("a second Close: %v", err)
	}
}

// streamServer writes the frames with a flush after each, waiting gap before each, then
// ends with done, or hangs until the client leaves when hangAfter is true.
func streamServer(t *testing.T, frames int, gap time.Duration, hangAfter bool) (string, *recorder) {
	t.Helper()
	srv, rec := serve(t, func(w http.ResponseWriter, r *http.Request, n int) {
		w.Header().Set("Content-Type", "text/event-stream")
		w.Header().Set("X-Request-Id", "req_live1234")
		w.WriteHeader(200)
		flusher := w.(http.Flusher)
		flusher.Flush()
		for i := 1; i <= frames; i++ {
			select {
			case <-time.After(gap):
			case <-r.Context().Done():
				return
			}
			fmt.Fprint(w, sse("chunk", fmt.Sprintf(`{"id":"c%d"}`, i)))
			flusher.Flush()
		}
		if hangAfter {
			<-r.Context().Done()
			return
		}
		fmt.Fprint(w, sse("done", `{"meta":{"request_id":"req_live1234"}}`))
	})
	return srv.URL, rec
}

func TestStreamOverHTTP(t *testing.T) {
	url, rec := streamServer(t, 3, 0, false)
	stream, err := newClient(t, url).Chat.CompletionsStream(context.Background(), chatRequest())
	if err != nil {
		t.Fatal(err)
	}
	defer stream.Close()
	ids, requestID, err := readAll(t, stream)
	if err != nil || fmt.Sprint(ids) != "[c1 c2 c3]" || requestID != "req_live1234" || stream.RequestID() != "req_live1234" {
		t.Fatalf("items %v, meta %q, err %v", ids, requestID, err)
	}
	sent := rec.all()[0]
	var body map[string]any
	_ = json.Unmarshal(sent.body, &body)
	if sent.header.Get("Accept") != "text/event-stream" || body["stream"] != true {
		t.Errorf("sent Accept %q and body %s", sent.header.Get("Accept"), sent.body)
	}
}

func TestStreamOfATaskOverHTTP(t *testing.T) {
	srv, rec := serve(t, func(w http.ResponseWriter, r *http.Request, n int) {
		w.Header().Set("Content-Type", "text/event-stream")
		fmt.Fprint(w, sse("status", `{"id":"vid_1","status":"processing"}`, "status", `{"id":"vid_1","status":"succeeded"}`,
			"done", `{"meta":{"request_id":"req_vid12345"}}`))
	})
	stream, err := newClient(t, srv.URL).Video.Generations.Events(context.Background(), "vid_1")
	if err != nil {
		t.Fatal(err)
	}
	defer stream.Close()
	var statuses []minimax.TaskStatus
	for stream.Next() {
		statuses = append(statuses, stream.Current().Status)
	}
	if stream.Err() != nil || fmt.Sprint(statuses) != "[processing succeeded]" {
		t.Fatalf("statuses %v, err %v", statuses, stream.Err())
	}
	if got := rec.all()[0].path; got != "/video/generations/vid_1/events" {
		t.Errorf("path %q", got)
	}
}

func TestStreamRequestErrorIsReturnedAtOnce(t *testing.T) {
	srv, _ := serve(t, func(w http.ResponseWriter, r *http.Request, n int) { fail(w, 401, "authentication_failed", "bad key") })
	stream, err := newClient(t, srv.URL).Chat.CompletionsStream(context.Background(), chatRequest())
	if stream != nil || !errors.Is(err, minimax.ErrAuthenticationFailed) {
		t.Fatalf("stream %v, err %v", stream, err)
	}
}

func TestStreamCanceledMidway(t *testing.T) {
	url, _ := streamServer(t, 1, 0, true)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stream, err := newClient(t, url).Chat.CompletionsStream(ctx, chatRequest())
	if err != nil {
		t.Fatal(err)
	}
	defer stream.Close()
	if !stream.Next() {
		t.Fatal(stream.Err())
	}
	time.AfterFunc(30*time.Millisecond, cancel)
	if stream.Next() {
		t.Fatal("Next read past the cancel")
	}
	if !errors.Is(stream.Err(), context.Canceled) {
		t.Errorf("Err = %v, want context.Canceled", stream.Err())
	}
}

func TestStreamDeadlineMidway(t *testing.T) {
	url, _ := streamServer(t, 1, 0, true)
	stream, err := newClient(t, url).Chat.CompletionsStream(ctxTimeout(t, 150*time.Millisecond), chatRequest())
	if err != nil {
		t.Fatal(err)
	}
	defer stream.Close()
	ids, _, err := readAll(t, stream)
	var timeout *minimax.TimeoutError
	if fmt.Sprint(ids) != "[c1]" || !errors.As(err, &timeout) || !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("items %v, err %v; want c1 then a timeout", ids, err)
	}
}

func TestStreamTimeoutBoundsEachGapNotTheWhole(t *testing.T) {
	// Six frames 40 ms apart: 240 ms in all, against a timeout of 120 ms.
	url, _ := streamServer(t, 6, 40*time.Millisecond, false)
	client := newClient(t, url, minimax.WithTimeout(120*time.Millisecond))
	stream, err := client.Chat.CompletionsStream(context.Background(), chatRequest())
	if err != nil {
		t.Fatal(err)
	}
	defer stream.Close()
	if ids, _, err := readAll(t, stream); err != nil || len(ids) != 6 {
		t.Fatalf("items %v, err %v", ids, err)
	}
}

func TestStreamThatStallsTimesOut(t *testing.T) {
	url, _ := streamServer(t, 1, 0, true)
	client := newClient(t, url, minimax.WithTimeout(100*time.Millisecond))
	stream, err := client.Chat.CompletionsStream(context.Background(), chatRequest())
	if err != nil {
		t.Fatal(err)
	}
	defer stream.Close()
	start := time.Now()
	ids, _, err := readAll(t, stream)
	within(t, "the stall", time.Since(start), 100*time.Millisecond, time.Second)
	var timeout *minimax.TimeoutError
	if fmt.Sprint(ids) != "[c1]" || !errors.As(err, &timeout) || timeout.Timeout != 100*time.Millisecond {
		t.Fatalf("items %v, err %v; want c1 then a *TimeoutError of 100ms", ids, err)
	}
}

func TestStreamClosedFromAnotherGoroutine(t *testing.T) {
	url, _ := streamServer(t, 1, 0, true)
	stream, err := newClient(t, url).Chat.CompletionsStream(context.Background(), chatRequest())
	if err != nil {
		t.Fatal(err)
	}
	if !stream.Next() {
		t.Fatal(stream.Err())
	}
	time.AfterFunc(30*time.Millisecond, func() { stream.Close() })
	if stream.Next() || stream.Err() != nil {
		t.Errorf("after Close: Next true or Err %v", stream.Err())
	}
}
