package bench

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"runtime"

	"github.com/minimax/minimax-go"
	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
)

// apiKey is a well-formed test key: the SDK checks the shape of its key.
const apiKey = "mmx_test_0bench0bench0bench0bench0"

// contestant makes one call and returns what it got: the completion's content, or the number
// of items of the stream.
type contestant func(ctx context.Context) (any, error)

// contestants are the four contestants of each kind of call, in the order they are run.
type contestants struct {
	names  []string
	chat   map[string]contestant
	stream map[string]contestant
	want   map[string][2]any // the content and the chunk count each must return
}

func newContestants(f *fixtures, origin string) (*contestants, error) {
	mmURL, oaiURL := origin+"/minimax/v1", origin+"/openai/v1"
	mm, err := newRaw(&f.MiniMax, mmURL)
	if err != nil {
		return nil, err
	}
	oai, err := newRaw(&f.OpenAI, oaiURL)
	if err != nil {
		return nil, err
	}

	client := minimax.NewClient(apiKey, minimax.WithBaseURL(mmURL))
	var sdkRequest minimax.ChatCompletionRequest
	if err := json.Unmarshal(f.MiniMax.Request, &sdkRequest); err != nil {
		return nil, fmt.Errorf("the MiniMax request as a ChatCompletionRequest: %w", err)
	}

	openaiClient := openai.NewClient(option.WithAPIKey("sk-bench"), option.WithBaseURL(oaiURL))
	openaiParams, err := openAIParams(f.OpenAI.Request)
	if err != nil {
		return nil, err
	}

	order := []string{"raw", "sdk", "raw-oai", "openai"}
	names := make([]string, len(order))
	for i := range order {
		names[i] = order[((i+*rotate)%len(order)+len(order))%len(order)]
	}
	c := &contestants{
		names: names,
		chat: map[string]contestant{
			"raw": func(ctx context.Context) (any, error) {
				var out rawCompletion
				if err := mm.call(ctx, &mm.request, &out); err != nil {
					return nil, err
				}
				return out.Data.Choices[0].Message.Content, nil
			},
			"sdk": func(ctx context.Context) (any, error) {
				resp, err := client.Chat.Completions(ctx, &sdkRequest)
				if err != nil {
					return nil, err
				}
				return *resp.Data.Choices[0].Message.Content, nil
			},
			"raw-oai": func(ctx context.Context) (any, error) {
				var out rawOpenAICompletion
				if err := oai.call(ctx, &oai.request, &out); err != nil {
					return nil, err
				}
				return out.Choices[0].Message.Content, nil
			},
			"openai": func(ctx context.Context) (any, error) {
				resp, err := openaiClient.Chat.Completions.New(ctx, openaiParams)
				if err != nil {
					return nil, err
				}
				return resp.Choices[0].Message.Content, nil
			},
		},
		stream: map[string]contestant{
			"raw": func(ctx context.Context) (any, error) {
				return mm.stream(ctx, miniMaxFrame)
			},
			"sdk": func(ctx context.Context) (any, error) {
				stream, err := client.Chat.CompletionsStream(ctx, &sdkRequest)
				if err != nil {
					return nil, err
				}
				defer stream.Close()
				chunks := 0
				for stream.Next() {
					if stream.Current().Choices != nil {
						chunks++
					}
				}
				return chunks, stream.Err()
			},
			"raw-oai": func(ctx context.Context) (any, error) {
				return oai.stream(ctx, openAIFrame)
			},
			"openai": func(ctx context.Context) (any, error) {
				stream := openaiClient.Chat.Completions.NewStreaming(ctx, openaiParams)
				defer stream.Close()
				chunks := 0
				for stream.Next() {
					if stream.Current().Choices != nil {
						chunks++
					}
				}
				return chunks, stream.Err()
			},
		},
		want: map[string][2]any{
			"raw":     {f.MiniMax.Content, f.MiniMax.Chunks},
			"sdk":     {f.MiniMax.Content, f.MiniMax.Chunks},
			"raw-oai": {f.OpenAI.Content, f.OpenAI.Chunks},
			"openai":  {f.OpenAI.Content, f.OpenAI.Chunks},
		},
	}
	return c, nil
}

// openAIParams is the request in openai-go's terms: its model and its messages.
func openAIParams(request json.RawMessage) (openai.ChatCompletionNewParams, error) {
	var r rawRequest
	if err := json.Unmarshal(request, &r); err != nil {
		return openai.ChatCompletionNewParams{}, err
	}
	params := openai.ChatCompletionNewParams{Model: r.Model}
	for _, m := range r.Messages {
		switch m.Role {
		case "system":
			params.Messages = append(params.Messages, openai.SystemMessage(m.Content))
		case "user":
			params.Messages = append(params.Messages, openai.UserMessage(m.Content))
		case "assistant":
			params.Messages = append(params.Messages, openai.AssistantMessage(m.Content))
		default:
			return params, fmt.Errorf("the request's %q message has no openai-go equivalent here", m.Role)
		}
	}
	return params, nil
}

// raw is the hand-written client: net/http and encoding/json, sending what the SDK sends (its
// headers and a fresh Idempotency-Key), without timeouts or retries.
type raw struct {
	http          *http.Client
	url           string
	request       rawRequest
	streamRequest rawRequest
}

var userAgent = "minimax-go/" + minimax.Version + " go/" + runtime.Version()

func newRaw(s *shape, baseURL string) (*raw, error) {
	r := &raw{
		http: &http.Client{Transport: http.DefaultTransport.(*http.Transport).Clone()},
		url:  baseURL + "/chat/completions",
	}
	if err := json.Unmarshal(s.Request, &r.request); err != nil {
		return nil, err
	}
	if err := json.Unmarshal(s.StreamRequest, &r.streamRequest); err != nil {
		return nil, err
	}
	return r, nil
}

func (r *raw) post(ctx context.Context, request *rawRequest, accept string) (*http.Response, error) {
	body, err := json.Marshal(request)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, r.url, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+apiKey)
	req.Header.Set("Accept", accept)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", userAgent)
	req.Header.Set("Idempotency-Key", newUUID())
	resp, err := r.http.Do(req)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		resp.Body.Close()
		return nil, fmt.Errorf("HTTP %d", resp.StatusCode)
	}
	return resp, nil
}

// call posts request and decodes the JSON response into out.
func (r *raw) call(ctx context.Context, request *rawRequest, out any) error {
	resp, err := r.post(ctx, request, "application/json")
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	return json.Unmarshal(data, out)
}

// Frames a hand parser's onFrame tells apart.
const (
	frameSkip = iota // a frame that is not an item, such as an unknown event
	frameItem        // an item with choices
	frameDone        // the last frame
)

// stream posts the stream request and reads its SSE body by hand, to its end: frames end at a
// blank line; onFrame(event, data) classifies each. It returns the number of items.
func (r *raw) stream(ctx context.Context, onFrame func(event, data []byte) (int, error)) (int, error) {
	resp, err := r.post(ctx, &r.streamRequest, "text/event-stream")
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	lines := bufio.NewReader(resp.Body)
	var long, event, data []byte // long: a line longer than the reader's buffer
	items, finished := 0, false
	for {
		line, err := lines.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			long = append(long, line...)
			continue
		}
		if len(long) > 0 {
			line, long = append(long, line...), long[:0]
		}
		if err != nil {
			if err == io.EOF && len(line) == 0 {
				if !finished {
					return items, errors.New("the stream ended before its last frame")
				}
				return items, nil
			}
			return items, err
		}
		line = bytes.TrimRight(line, "\r\n")
		switch {
		case len(line) == 0:
			kind, err := onFrame(event, data)
			if err != nil {
				return items, err
			}
			switch kind {
			case frameItem:
				items++
			case frameDone:
				finished = true
			}
			event, data = event[:0], data[:0]
		case bytes.HasPrefix(line, []byte("event:")):
			event = append(event[:0], bytes.TrimSpace(line[6:])...)
		case bytes.HasPrefix(line, []byte("data:")):
			data = append(data[:0], bytes.TrimSpace(line[5:])...)
		}
	}
}

func miniMaxFrame(event, data []byte) (int, error) {
	switch string(event) {
	case "chunk":
		var chunk rawChunk
		if err := json.Unmarshal(data, &chunk); err != nil {
			return 0, err
		}
		if chunk.Choices != nil {
			return frameItem, nil
		}
	case "done":
		var done rawDone
		if err := json.Unmarshal(data, &done); err != nil {
			return 0, err
		}
		if done.Meta != nil {
			return frameDone, nil
		}
	case "error":
		return 0, errors.New(string(data))
	}
	return frameSkip, nil
}

func openAIFrame(_, data []byte) (int, error) {
	if string(data) == "[DONE]" {
		return frameDone, nil
	}
	var chunk rawOpenAIChunk
	if err := json.Unmarshal(data, &chunk); err != nil {
		return 0, err
	}
	if chunk.Choices != nil {
		return frameItem, nil
	}
	return frameSkip, nil
}

// newUUID is a random (version 4) UUID.
func newUUID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	var s [36]byte
	hex.Encode(s[0:8], b[0:4])
	s[8] = '-'
	hex.Encode(s[9:13], b[4:6])
	s[13] = '-'
	hex.Encode(s[14:18], b[6:8])
	s[18] = '-'
	hex.Encode(s[19:23], b[8:10])
	s[23] = '-'
	hex.Encode(s[24:], b[10:])
	return string(s[:])
}

// The raw contestants' types: every field of the bytes they decode, as a hand-written client
// would declare them.

type rawRequest struct {
	Model    string       `json:"model"`
	Messages []rawMessage `json:"messages"`
	Stream   bool         `json:"stream,omitempty"`
}

type rawMessage struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

type rawUsage struct {
	PromptTokens     int `json:"prompt_tokens"`
	CompletionTokens int `json:"completion_tokens"`
	TotalTokens      int `json:"total_tokens"`
}

type rawMeta struct {
	RequestID string    `json:"request_id"`
	Model     string    `json:"model"`
	Usage     *rawUsage `json:"usage"`
}

type rawCompletion struct {
	Data struct {
		ID        string `json:"id"`
		Object    string `json:"object"`
		CreatedAt string `json:"created_at"`
		Model     string `json:"model"`
		Choices   []struct {
			Index        int        `json:"index"`
			Message      rawMessage `json:"message"`
			FinishReason string     `json:"finish_reason"`
		} `json:"choices"`
	} `json:"data"`
	Meta rawMeta `json:"meta"`
}

type rawDelta struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

type rawChunk struct {
	ID        string `json:"id"`
	Object    string `json:"object"`
	CreatedAt string `json:"created_at"`
	Model     string `json:"model"`
	Choices   []struct {
		Index        int      `json:"index"`
		Delta        rawDelta `json:"delta"`
		FinishReason *string  `json:"finish_reason"`
	} `json:"choices"`
}

type rawDone struct {
	Meta *rawMeta `json:"meta"`
}

type rawOpenAICompletion struct {
	ID      string `json:"id"`
	Object  string `json:"object"`
	Created int64  `json:"created"`
	Model   string `json:"model"`
	Choices []struct {
		Index   int `json:"index"`
		Message struct {
			Role        string            `json:"role"`
			Content     string            `json:"content"`
			Refusal     *string           `json:"refusal"`
			Annotations []json.RawMessage `json:"annotations"`
		} `json:"message"`
		Logprobs     json.RawMessage `json:"logprobs"`
		FinishReason string          `json:"finish_reason"`
	} `json:"choices"`
	Usage             rawUsage `json:"usage"`
	ServiceTier       string   `json:"service_tier"`
	SystemFingerprint *string  `json:"system_fingerprint"`
}

type rawOpenAIChunk struct {
	ID                string  `json:"id"`
	Object            string  `json:"object"`
	Created           int64   `json:"created"`
	Model             string  `json:"model"`
	ServiceTier       string  `json:"service_tier"`
	SystemFingerprint *string `json:"system_fingerprint"`
	Choices           []struct {
		Index        int             `json:"index"`
		Delta        rawDelta        `json:"delta"`
		FinishReason *string         `json:"finish_reason"`
		Logprobs     json.RawMessage `json:"logprobs"`
	} `json:"choices"`
}
