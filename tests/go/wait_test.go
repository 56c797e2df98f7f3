package minimax_test

import (
	"context"
	"errors"
	"net/http"
	"testing"
	"time"

	minimax "github.com/minimax/minimax-go"
)

// taskServer answers polls with the statuses in turn, then the last one forever.
func taskServer(t *testing.T, statuses ...string) (string, *recorder) {
	t.Helper()
	srv, rec := serve(t, func(w http.ResponseWriter, r *http.Request, n int) {
		ok(w, map[string]any{"id": "vid_1", "status": statuses[min(n, len(statuses))-1]})
	})
	return srv.URL, rec
}

var quickWait = &minimax.WaitOptions{PollInterval: 5 * time.Millisecond, MaxPollInterval: 20 * time.Millisecond, Timeout: time.Second}

func TestWaitPollsUntilTheTaskIsFinal(t *testing.T) {
	for _, final := range []string{"succeeded", "failed"} {
		url, rec := taskServer(t, "queued", "processing", "processing", final)
		res, err := newClient(t, url).Video.Generations.Wait(context.Background(), "vid_1", quickWait)
		if err != nil {
			t.Fatal(err) // a failed task is a result, not an error
		}
		if string(res.Data.Status) != final || rec.count() != 4 {
			t.Errorf("status %s after %d polls, want %s after 4", res.Data.Status, rec.count(), final)
		}
	}
}

func TestWaitBacksOffBetweenPolls(t *testing.T) {
	url, rec := taskServer(t, "queued", "queued", "queued", "queued", "succeeded")
	opts := &minimax.WaitOptions{PollInterval: 20 * time.Millisecond, MaxPollInterval: 40 * time.Millisecond}
	if _, err := newClient(t, url).Video.Generations.Wait(context.Background(), "vid_1", opts); err != nil {
		t.Fatal(err)
	}
	reqs := rec.all()
	for i, pause := range []time.Duration{20, 40, 40, 40} {
		pause *= time.Millisecond
		within(t, "the pause", reqs[i+1].at.Sub(reqs[i].at), pause, pause+60*time.Millisecond)
	}
}

func TestWaitTimesOutWithTheTaskAsLastSeen(t *testing.T) {
	url, _ := taskServer(t, "processing")
	opts := &minimax.WaitOptions{PollInterval: 10 * time.Millisecond, Timeout: 80 * time.Millisecond}
	start := time.Now()
	res, err := newClient(t, url).Video.Generations.Wait(context.Background(), "vid_1", opts)
	within(t, "the wait", time.Since(start), 80*time.Millisecond, 500*time.Millisecond)
	var timeout *minimax.WaitTimeoutError
	if !errors.As(err, &timeout) || timeout.Status != "processing" || !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want a *WaitTimeoutError", err)
	}
	if res == nil || res.Data.Status != "processing" {
		t.Errorf("the task as last seen: %+v", res)
	}
}

func TestWaitEndsWithItsContext(t *testing.T) {
	url, _ := taskServer(t, "processing")
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	_, err := newClient(t, url).Video.Generations.Wait(ctx, "vid_1", quickWait)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

func TestWaitReturnsAPollsError(t *testing.T) {
	srv, _ := serve(t, func(w http.ResponseWriter, r *http.Request, n int) { fail(w, 404, "not_found", "no such task") })
	res, err := newClient(t, srv.URL).Video.Generations.Wait(context.Background(), "vid_x", quickWait)
	if res != nil || !errors.Is(err, minimax.ErrNotFound) {
		t.Fatalf("result %v, err %v", res, err)
	}
}
