package minimax_test

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"testing"

	minimax "github.com/minimax/minimax-go"
)

const secretSignature = "s1gnatureS3cretValue"

// shows fails t when text holds the key or the signature.
func shows(t *testing.T, what, text string) {
	t.Helper()
	for _, secret := range []string{testKey, testKey[len("mmx_test_") : len("mmx_test_")+8], secretSignature} {
		if strings.Contains(text, secret) {
			t.Errorf("%s shows a secret: %s", what, text)
		}
	}
}

func TestPrintingTheClientHidesTheKey(t *testing.T) {
	client := minimax.NewClient(testKey, minimax.WithBaseURL("https://api.example/v1?signature="+secretSignature))
	for _, format := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x"} {
		for _, value := range []any{client, *client} {
			text := fmt.Sprintf(format, value)
			shows(t, format, text)
			if format == "%v" && !strings.Contains(text, "mmx_test_***") {
				t.Errorf("%%v shows %s, want the key's prefix", text)
			}
		}
	}
	shows(t, "String", client.String())
	shows(t, "GoString", client.GoString())
}

func TestErrorsHideTheKeyTheServerEchoes(t *testing.T) {
	srv, _ := serve(t, func(w http.ResponseWriter, r *http.Request, n int) {
		auth := r.Header.Get("Authorization")
		fail(w, 400, "invalid_request", "bad header "+auth+" and URL https://x/v1/files/f/content?expires=1&signature="+secretSignature)
	})
	_, err := newClient(t, srv.URL).Chat.Completions(context.Background(), chatRequest())
	if err == nil {
		t.Fatal("no error")
	}
	for _, format := range []string{"%v", "%+v", "%#v"} {
		shows(t, format, fmt.Sprintf(format, err))
	}
	var apiErr *minimax.APIError
	if errors.As(err, &apiErr) && !strings.Contains(apiErr.Message, "mmx_test_***") {
		t.Errorf("Message %q does not show the key's prefix", apiErr.Message)
	}
}

func TestConnectionErrorsHideTheURLSignature(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	url := "http://" + ln.Addr().String() + "/v1"
	ln.Close()
	_, err = newClient(t, url).Files.Content(context.Background(), "file_1",
		&minimax.FilesContentParams{Signature: secretSignature})
	if err == nil {
		t.Fatal("no error")
	}
	for e := err; e != nil; e = errors.Unwrap(e) {
		for _, format := range []string{"%v", "%+v"} {
			shows(t, format+" of "+fmt.Sprintf("%T", e), fmt.Sprintf(format, e))
		}
	}
	if !strings.Contains(err.Error(), "signature=***") {
		t.Errorf("%q does not show where the signature was", err)
	}
}

func TestANewKeysSecretNeverPrints(t *testing.T) {
	key := minimax.APIKeyWithSecret{ID: "key_1", Hint: "mmx_test_K3y...", Secret: testKey}
	result := minimax.Result[minimax.APIKeyWithSecret]{Data: key}
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x"} {
		for _, value := range []any{key, &key, result, &result} {
			text := fmt.Sprintf(verb, value)
			shows(t, verb, text)
			if !strings.Contains(text, "mmx_test_***") {
				t.Errorf("%s of %T: %s", verb, value, text)
			}
		}
	}
	if key.Secret != testKey {
		t.Error("printing changed the secret itself")
	}
}
