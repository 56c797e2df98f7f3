package minimax_test

import (
	"bytes"
	"context"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	minimax "github.com/minimax/minimax-go"
)

// part is one part of a multipart body as the server read it.
type part struct {
	filename, contentType string
	data                  []byte
}

func parts(t *testing.T, r recorded) map[string]part {
	t.Helper()
	_, params, err := mime.ParseMediaType(r.header.Get("Content-Type"))
	if err != nil {
		t.Fatal(err)
	}
	if got := r.header.Get("Content-Length"); got != strconv.Itoa(len(r.body)) {
		t.Errorf("Content-Length %q for %d bytes", got, len(r.body))
	}
	out := map[string]part{}
	reader := multipart.NewReader(bytes.NewReader(r.body), params["boundary"])
	for {
		p, err := reader.NextPart()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		data, _ := io.ReadAll(p)
		out[p.FormName()] = part{p.FileName(), p.Header.Get("Content-Type"), data}
	}
}

// onlyReader hides every method of its reader but Read: it cannot be read twice.
type onlyReader struct{ io.Reader }

func TestUploadsSendTheSameBytesOnEveryAttempt(t *testing.T) {
	data := bytes.Repeat([]byte(`{"messages":[{"role":"user","content":"hi"}]}`+"\n"), 500)
	path := filepath.Join(t.TempDir(), "train.jsonl")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	fromPath, err := minimax.FileFromPath(path)
	if err != nil {
		t.Fatal(err)
	}
	opened, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer opened.Close()
	for name, file := range map[string]minimax.File{
		"FileFromPath":    fromPath,
		"FileFromBytes":   minimax.FileFromBytes("train.jsonl", data),
		"an *os.File":     {Reader: opened, Name: "train.jsonl"},
		"a plain Reader":  {Reader: onlyReader{bytes.NewReader(data)}, Name: "train.jsonl"},
		"a content type":  {Reader: bytes.NewReader(data), Name: "train.jsonl", ContentType: "application/jsonl"},
		"a quoted name\"": {Reader: bytes.NewReader(data), Name: `tr"ain.jsonl`},
	} {
		t.Run(name, func(t *testing.T) {
			srv, rec := serve(t, func(w http.ResponseWriter, r *http.Request, n int) {
				if n < 3 {
					fail(w, 500, "server_error", "try again")
					return
				}
				ok(w, map[string]any{"id": "file_1", "filename": "train.jsonl"})
			})
			res, err := newClient(t, srv.URL).Files.Create(context.Background(),
				&minimax.FileUploadRequest{File: file, Purpose: "fine-tune"})
			if err != nil {
				t.Fatal(err)
			}
			if res.Data.ID != "file_1" {
				t.Errorf("Data.ID = %q", res.Data.ID)
			}
			reqs := rec.all()
			if len(reqs) != 3 {
				t.Fatalf("%d attempts, want 3", len(reqs))
			}
			wantType, wantName := file.ContentType, file.Name
			if wantType == "" {
				wantType = "application/octet-stream"
			}
			for i, r := range reqs {
				got := parts(t, r)
				if !bytes.Equal(got["file"].data, data) {
					t.Errorf("attempt %d sent %d bytes of the file, want %d", i+1, len(got["file"].data), len(data))
				}
				if got["file"].filename != wantName || got["file"].contentType != wantType {
					t.Errorf("attempt %d: file part %q of type %q", i+1, got["file"].filename, got["file"].contentType)
				}
				if string(got["purpose"].data) != "fine-tune" {
					t.Errorf("attempt %d: purpose %q", i+1, got["purpose"].data)
				}
				if r.header.Get("Idempotency-Key") != reqs[0].header.Get("Idempotency-Key") {
					t.Errorf("attempt %d sent another key", i+1)
				}
			}
		})
	}
	// The *os.File was read without moving it: it can be uploaded again.
	if pos, _ := opened.Seek(0, io.SeekCurrent); pos != 0 {
		t.Errorf("the upload moved the caller's file to %d", pos)
	}
}

func TestFileFromPathRefusesWhatIsNotAFile(t *testing.T) {
	dir := t.TempDir()
	for _, path := range []string{filepath.Join(dir, "missing.png"), dir} {
		if _, err := minimax.FileFromPath(path); err == nil {
			t.Errorf("FileFromPath(%q) gave no error", path)
		}
	}
}
