package minimax_test

import (
	"context"
	"errors"
	"io"
	"net/http"
	"testing"
	"time"

	minimax "github.com/minimax/minimax-go"
)

func TestDownload(t *testing.T) {
	srv, rec := serve(t, func(w http.ResponseWriter, r *http.Request, n int) {
		w.Header().Set("Content-Type", "image/png")
		w.Header().Set("X-Request-Id", "req_dl123456")
		w.Header().Set("X-RateLimit-Remaining", "41")
		_, _ = w.Write([]byte("\x89PNG bytes"))
	})
	d, err := newClient(t, srv.URL).Files.Content(context.Background(), "file 1/x", &minimax.FilesContentParams{Signature: "abc"})
	if err != nil {
		t.Fatal(err)
	}
	data, err := d.Bytes()
	if err != nil || string(data) != "\x89PNG bytes" {
		t.Fatalf("Bytes() = %q, %v", data, err)
	}
	if d.ContentType != "image/png" || d.ContentLength != int64(len(data)) || d.RequestID != "req_dl123456" || d.RateLimit.Remaining != 41 {
		t.Errorf("got %+v", d)
	}
	sent := rec.all()[0]
	if sent.path != "/files/file 1/x/content" || sent.query != "signature=abc" || sent.header.Get("Accept") != "*/*" {
		t.Errorf("sent %s ?%s", sent.path, sent.query)
	}
}

func TestDownloadThatStallsTimesOut(t *testing.T) {
	srv, _ := serve(t, func(w http.ResponseWriter, r *http.Request, n int) {
		w.Header().Set("Content-Type", "video/mp4")
		_, _ = w.Write([]byte("first bytes"))
		w.(http.Flusher).Flush()
		<-r.Context().Done()
	})
	client := newClient(t, srv.URL, minimax.WithTimeout(100*time.Millisecond))
	d, err := client.Files.Content(context.Background(), "file_1", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Body.Close()
	data, err := io.ReadAll(d.Body)
	var timeout *minimax.TimeoutError
	if string(data) != "first bytes" || !errors.As(err, &timeout) || !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("read %q, err %v; want the first bytes then a timeout", data, err)
	}
}

func TestDownloadErrorStatus(t *testing.T) {
	srv, _ := serve(t, func(w http.ResponseWriter, r *http.Request, n int) { fail(w, 404, "not_found", "no such file") })
	d, err := newClient(t, srv.URL).Files.Content(context.Background(), "file_x", nil)
	if d != nil || !errors.Is(err, minimax.ErrNotFound) {
		t.Fatalf("download %v, err %v", d, err)
	}
}
