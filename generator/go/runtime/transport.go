package minimax

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"runtime"
	"strings"
	"time"
)

// userAgent names this SDK and the Go that runs it in every request.
var userAgent = "minimax-go/" + Version + " go/" + runtime.Version()

// keyShape is what an API key looks like: a known prefix, then only the key's alphabet.
var keyShape = regexp.MustCompile("^(?:" + quoteAll(apiKeyPrefixes) + ")[" + apiKeyAlphabet + "]+$")

// defaultHTTPClient is shared by the clients given none, so that they share connections.
var defaultHTTPClient = &http.Client{Transport: defaultRoundTripper()}

// transport is a client's settings and its way of sending requests. The generated Client
// embeds it: its String, GoString and Format keep the key out of anything that prints the
// client.
type transport struct {
	apiKey string
	// configErr is why the client cannot call the API (no key, a malformed base URL): every
	// call fails with it, since NewClient returns no error.
	configErr    error
	baseURL      string
	http         *http.Client
	maxRetries   int
	timeout      time.Duration
	headers      http.Header
	breaker      *CircuitBreaker
	initialDelay time.Duration
	maxDelay     time.Duration
	deprecations *deprecations
}

// newTransport applies opts over the defaults and the environment.
func newTransport(key string, opts []Option) *transport {
	s := settings{
		maxRetries:   DefaultMaxRetries,
		headers:      http.Header{},
		initialDelay: InitialRetryDelay,
		maxDelay:     MaxRetryDelay,
	}
	for _, opt := range opts {
		opt(&s)
	}
	if key == "" {
		key = os.Getenv(APIKeyEnv)
	}
	if s.baseURL == "" {
		s.baseURL = os.Getenv(BaseURLEnv)
	}
	if s.baseURL == "" {
		s.baseURL = DefaultBaseURL
	}
	if s.httpClient == nil {
		s.httpClient = defaultHTTPClient
	}
	return &transport{
		apiKey:       key,
		configErr:    checkConfig(key, s.baseURL),
		baseURL:      strings.TrimRight(s.baseURL, "/"),
		http:         s.httpClient,
		maxRetries:   s.maxRetries,
		timeout:      s.timeout,
		headers:      s.headers,
		breaker:      s.breaker,
		initialDelay: s.initialDelay,
		maxDelay:     s.maxDelay,
		deprecations: newDeprecations(s),
	}
}

// checkConfig tells why key and baseURL cannot be used, without quoting the key.
func checkConfig(key, baseURL string) error {
	if key == "" {
		return &ConfigError{msg: "no API key: pass one to NewClient or set " + APIKeyEnv}
	}
	if !keyShape.MatchString(key) {
		return &ConfigError{msg: fmt.Sprintf(
			"the API key must be one of the prefixes %s followed by [%s] only; "+
				"check that the whole key was copied, without spaces or line breaks",
			strings.Join(apiKeyPrefixes, ", "), apiKeyAlphabet)}
	}
	u, err := url.Parse(baseURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return &ConfigError{msg: "the base URL is not an http(s) URL: " + redact(baseURL)}
	}
	return nil
}

// String describes the client's settings, the key reduced to its prefix.
func (t *transport) String() string {
	timeout := "default"
	if t.timeout > 0 {
		timeout = t.timeout.String()
	}
	return fmt.Sprintf("minimax.Client{BaseURL: %q, APIKey: %q, MaxRetries: %d, Timeout: %s}",
		redact(t.baseURL), redactKey(t.apiKey), t.maxRetries, timeout)
}

// GoString is String: %#v shows the settings, never the key.
func (t *transport) GoString() string { return t.String() }

// Format prints String for every verb, so that no verb (%+v, %#v, %x...) reaches the key.
func (t *transport) Format(f fmt.State, _ rune) { _, _ = io.WriteString(f, t.String()) }

// defaultRoundTripper is http.DefaultTransport with a bound on the time to connect.
func defaultRoundTripper() http.RoundTripper {
	base, ok := http.DefaultTransport.(*http.Transport)
	if !ok {
		return http.DefaultTransport
	}
	rt := base.Clone()
	rt.DialContext = (&net.Dialer{Timeout: ConnectTimeout, KeepAlive: 30 * time.Second}).DialContext
	return rt
}

func quoteAll(words []string) string {
	quoted := make([]string, len(words))
	for i, w := range words {
		quoted[i] = regexp.QuoteMeta(w)
	}
	return strings.Join(quoted, "|")
}
