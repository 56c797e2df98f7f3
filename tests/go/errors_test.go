package minimax_test

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"testing"

	minimax "github.com/minimax/minimax-go"
)

func TestErrorResponsesBecomeAPIErrors(t *testing.T) {
	for _, tc := range []struct {
		status   int
		code     minimax.ErrorCode
		sentinel error
	}{
		{400, minimax.ErrorCodeInvalidRequest, minimax.ErrInvalidRequest},
		{401, minimax.ErrorCodeAuthenticationFailed, minimax.ErrAuthenticationFailed},
		{404, minimax.ErrorCodeModelNotFound, minimax.ErrModelNotFound},
		{429, minimax.ErrorCodeRateLimitExceeded, minimax.ErrRateLimitExceeded},
		{500, minimax.ErrorCodeServerError, minimax.ErrServerError},
	} {
		t.Run(string(tc.code), func(t *testing.T) {
			srv, _ := serve(t, func(w http.ResponseWriter, r *http.Request, n int) {
				w.Header().Set("Content-Type", "application/json")
				w.WriteHeader(tc.status)
				_ = json.NewEncoder(w).Encode(map[string]any{
					"error": map[string]any{"code": tc.code, "message": "it failed", "details": map[string]any{"field": "model"}},
					"meta":  map[string]any{"request_id": "req_abc12345"},
				})
			})
			_, err := newClient(t, srv.URL, minimax.WithMaxRetries(0)).Chat.Completions(context.Background(), chatRequest())
			var apiErr *minimax.APIError
			if !errors.As(err, &apiErr) {
				t.Fatalf("err = %v, want an *APIError", err)
			}
			if apiErr.StatusCode != tc.status || apiErr.Code != tc.code || apiErr.Message != "it failed" ||
				apiErr.RequestID != "req_abc12345" || apiErr.Details["field"] != "model" {
				t.Errorf("got %+v", apiErr)
			}
			if !errors.Is(err, tc.sentinel) {
				t.Errorf("errors.Is(err, the %s sentinel) is false", tc.code)
			}
			if errors.Is(err, minimax.ErrModelNotFound) != (tc.code == minimax.ErrorCodeModelNotFound) {
				t.Error("the model_not_found sentinel matches another code")
			}
			for _, want := range []string{string(tc.code), "it failed", "req_abc12345"} {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("%q does not name %q", err.Error(), want)
				}
			}
		})
	}
}

func TestStatusSentinelsMatchEveryCodeOfTheirStatus(t *testing.T) {
	srv, _ := serve(t, func(w http.ResponseWriter, r *http.Request, n int) { fail(w, 404, "model_not_found", "no such model") })
	_, err := newClient(t, srv.URL).Chat.Completions(context.Background(), chatRequest())
	if !errors.Is(err, minimax.ErrNotFound) || !errors.Is(err, minimax.ErrModelNotFound) {
		t.Errorf("err = %v, want it to match both the status's sentinel and the code's", err)
	}
	if errors.Is(err, minimax.ErrRateLimit) {
		t.Error("a 404 matches the 429 sentinel")
	}
	if !minimax.IsModelNotFound(err) {
		t.Error("IsModelNotFound is false")
	}
}

func TestHTMLErrorPageIsAnAPIErrorOfItsStatus(t *testing.T) {
	srv, rec := serve(t, func(w http.ResponseWriter, r *http.Request, n int) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("X-Request-Id", "req_proxy1234")
		w.WriteHeader(http.StatusBadGateway)
		_, _ = w.Write([]byte("<html><body><h1>502 Bad Gateway</h1></body></html>"))
	})
	_, err := newClient(t, srv.URL).Chat.Completions(context.Background(), chatRequest())
	var apiErr *minimax.APIError
	if !errors.As(err, &apiErr) {
		t.Fatalf("err = %v, want an *APIError", err)
	}
	if apiErr.StatusCode != 502 || apiErr.Code != "" || apiErr.RequestID != "req_proxy1234" {
		t.Errorf("got %+v", apiErr)
	}
	if !strings.Contains(err.Error(), "502 Bad Gateway") {
		t.Errorf("%q does not name the status", err)
	}
	if rec.count() != 1+minimax.DefaultMaxRetries {
		t.Errorf("%d attempts: a 502 is retried like any 5xx", rec.count())
	}
}

func TestUnknownErrorCodeIsKept(t *testing.T) {
	srv, _ := serve(t, func(w http.ResponseWriter, r *http.Request, n int) {
		fail(w, 418, "brand_new_code", "newer than this SDK")
	})
	_, err := newClient(t, srv.URL).Chat.Completions(context.Background(), chatRequest())
	var apiErr *minimax.APIError
	if !errors.As(err, &apiErr) || apiErr.Code != "brand_new_code" || apiErr.StatusCode != 418 {
		t.Fatalf("err = %#v", err)
	}
}

func TestSuccessWithoutEnvelopeIsAnError(t *testing.T) {
	srv, _ := serve(t, func(w http.ResponseWriter, r *http.Request, n int) { _, _ = w.Write([]byte(`{"id": "chatcmpl_1"}`)) })
	_, err := newClient(t, srv.URL).Chat.Completions(context.Background(), chatRequest())
	var apiErr *minimax.APIError
	if !errors.As(err, &apiErr) || apiErr.StatusCode != 200 || !strings.Contains(err.Error(), "envelope") {
		t.Fatalf("err = %v, want an *APIError about the envelope", err)
	}
}

func TestMissingOrMalformedKeyFailsEveryCall(t *testing.T) {
	srv, rec := serve(t, func(w http.ResponseWriter, r *http.Request, n int) { ok(w, map[string]any{}) })
	t.Setenv(minimax.APIKeyEnv, "")
	for name, key := range map[string]string{
		"missing":    "",
		"no prefix":  "sk_live_abc123",
		"line break": "mmx_test_abc123\n",
		"space":      "mmx_test_abc 123",
	} {
		t.Run(name, func(t *testing.T) {
			client := minimax.NewClient(key, minimax.WithBaseURL(srv.URL))
			_, err := client.Chat.Completions(context.Background(), chatRequest())
			var configErr *minimax.ConfigError
			if !errors.As(err, &configErr) {
				t.Fatalf("err = %v, want a *ConfigError", err)
			}
			if key != "" && strings.Contains(err.Error(), strings.TrimSpace(key)) {
				t.Errorf("%q quotes the key", err)
			}
		})
	}
	if rec.count() != 0 {
		t.Errorf("%d requests went out", rec.count())
	}
}

func TestMalformedBaseURLFailsEveryCall(t *testing.T) {
	_, err := minimax.NewClient(testKey, minimax.WithBaseURL("api.minimax.example")).Chat.Completions(context.Background(), chatRequest())
	var configErr *minimax.ConfigError
	if !errors.As(err, &configErr) {
		t.Fatalf("err = %v, want a *ConfigError", err)
	}
}
