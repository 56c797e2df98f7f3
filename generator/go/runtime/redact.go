package minimax

import (
	"regexp"
	"strings"
)

// secrets matches what must never be shown: an API key (any run of key characters after a
// prefix, so that a key cut short is hidden too) and the signature of a download URL.
var secrets = regexp.MustCompile("(" + quoteAll(apiKeyPrefixes) + ")[" + apiKeyAlphabet + "]+" +
	`|(signature=)[^&\s"'<>]+`)

// redact is text with every API key and URL signature reduced to its prefix and "***".
func redact(text string) string {
	return secrets.ReplaceAllString(text, "${1}${2}***")
}

// redactKey is how a key shows when the client is printed: its prefix only.
func redactKey(key string) string {
	for _, prefix := range apiKeyPrefixes {
		if strings.HasPrefix(key, prefix) {
			return prefix + "***"
		}
	}
	return "***"
}

// redactJSON is a copy of a decoded JSON value with every string redacted.
func redactJSON(value any) any {
	switch v := value.(type) {
	case string:
		return redact(v)
	case []any:
		out := make([]any, len(v))
		for i, item := range v {
			out[i] = redactJSON(item)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, item := range v {
			out[k] = redactJSON(item)
		}
		return out
	default:
		return value
	}
}
