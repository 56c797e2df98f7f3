package bench

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
)

var (
	fixturesPath = flag.String("fixtures", "",
		"the JSON file of canned responses that bench/go_overhead.py --write-fixtures makes")
	rotate = flag.Int("rotate", 0,
		"start the contestants' order this many places on (raw, sdk, raw-oai, openai), so that "+
			"rounds of runs can take turns going first")
)

// fixtures are the canned responses, made by bench/chat_fixtures.py from the spec's examples:
// one shape per API.
type fixtures struct {
	MiniMax shape `json:"minimax"`
	OpenAI  shape `json:"openai"`
}

// shape is one API's request, responses and the answer every contestant must get back.
type shape struct {
	Request       json.RawMessage   `json:"request"`
	StreamRequest json.RawMessage   `json:"stream_request"`
	JSON          string            `json:"json"`    // the body of a chat completion
	Frames        []string          `json:"frames"`  // the SSE body of a stream, frame by frame
	Headers       map[string]string `json:"headers"` // sent with both
	Content       string            `json:"content"` // the completion's message content
	Chunks        int               `json:"chunks"`  // the stream's items
}

func loadFixtures(path string) (*fixtures, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var f fixtures
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &f, nil
}

// route is what the server answers on one shape's path, laid out once as bytes.
type route struct {
	json         []byte
	jsonHeader   http.Header
	frames       [][]byte
	streamHeader http.Header
}

var streamed = []byte(`"stream":true`)

// newServer serves each shape on POST /<shape>/v1/chat/completions: the SSE body, one write
// and flush per frame, when the request's body asks for "stream":true, else the JSON body.
func newServer(f *fixtures) *httptest.Server {
	routes := map[string]*route{
		"/minimax/v1/chat/completions": newRoute(&f.MiniMax),
		"/openai/v1/chat/completions":  newRoute(&f.OpenAI),
	}
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rt := routes[r.URL.Path]
		body, err := io.ReadAll(r.Body)
		if rt == nil || r.Method != http.MethodPost || err != nil {
			http.NotFound(w, r)
			return
		}
		header := w.Header()
		if !bytes.Contains(body, streamed) {
			for k, v := range rt.jsonHeader {
				header[k] = v
			}
			_, _ = w.Write(rt.json)
			return
		}
		for k, v := range rt.streamHeader {
			header[k] = v
		}
		flusher := w.(http.Flusher)
		for _, frame := range rt.frames {
			if _, err := w.Write(frame); err != nil {
				return
			}
			flusher.Flush()
		}
	}))
}

func newRoute(s *shape) *route {
	rt := &route{json: []byte(s.JSON), jsonHeader: http.Header{}, streamHeader: http.Header{}}
	for k, v := range s.Headers {
		rt.jsonHeader.Set(k, v)
		rt.streamHeader.Set(k, v)
	}
	rt.jsonHeader.Set("Content-Type", "application/json")
	rt.jsonHeader.Set("Content-Length", fmt.Sprint(len(rt.json)))
	rt.streamHeader.Set("Content-Type", "text/event-stream; charset=utf-8")
	rt.streamHeader.Set("Cache-Control", "no-cache")
	for _, frame := range s.Frames {
		rt.frames = append(rt.frames, []byte(frame))
	}
	return rt
}
