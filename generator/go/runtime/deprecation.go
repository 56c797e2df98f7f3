package minimax

import (
	"fmt"
	"log"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
)

// DeprecationNotice says that a model a call named is deprecated, as the API's response said
// in its Deprecation, Sunset and Link headers. Set what a client does with it by
// WithDeprecationHandler.
type DeprecationNotice struct {
	Model string
	// Since is when the model was deprecated; zero if the header could not be read.
	Since time.Time
	// Sunset is when calls naming the model stop working; zero if the API gave none.
	Sunset time.Time
	// MigrationGuide is the URL of the guide to moving off the model; "" if the API gave none.
	MigrationGuide string
}

// String is the notice for a person: "the model '…' is deprecated since …; …".
func (n DeprecationNotice) String() string {
	text := fmt.Sprintf("minimax: the model '%s' is deprecated", n.Model)
	if !n.Since.IsZero() {
		text += " since " + n.Since.Format(time.DateOnly)
	}
	if !n.Sunset.IsZero() {
		text += "; calls naming it stop working on " + n.Sunset.Format(time.DateOnly)
	}
	if n.MigrationGuide != "" {
		text += "; migration guide: " + n.MigrationGuide
	}
	return text
}

// logDeprecation is the default handler: the notice, once, through the standard logger.
func logDeprecation(n DeprecationNotice) { log.Print(n.String()) }

// deprecations are the models a client has reported, so that each is reported once.
type deprecations struct {
	handler  func(DeprecationNotice) // nil: ignored
	mu       sync.Mutex
	reported map[string]bool
}

func newDeprecations(s settings) *deprecations {
	handler := logDeprecation
	if s.deprecationIsSet {
		handler = s.onDeprecation
	}
	return &deprecations{handler: handler, reported: map[string]bool{}}
}

// report hands the handler a notice if header says model is deprecated, the first time only.
func (d *deprecations) report(model string, header http.Header) {
	since := header.Get(DeprecationHeader)
	if model == "" || since == "" || d.handler == nil {
		return
	}
	d.mu.Lock()
	first := !d.reported[model]
	d.reported[model] = true
	d.mu.Unlock()
	if first {
		d.handler(noticeOf(model, since, header))
	}
}

// linkTarget finds each `<target>; params` of a Link header.
var linkTarget = regexp.MustCompile(`<([^>]*)>([^,]*)`)

func noticeOf(model, since string, header http.Header) DeprecationNotice {
	n := DeprecationNotice{Model: model}
	if seconds, err := strconv.ParseInt(strings.TrimPrefix(strings.TrimSpace(since), "@"), 10, 64); err == nil {
		n.Since = time.Unix(seconds, 0).UTC()
	}
	if sunset, err := http.ParseTime(header.Get(SunsetHeader)); err == nil {
		n.Sunset = sunset.UTC()
	}
	for _, link := range linkTarget.FindAllStringSubmatch(header.Get(LinkHeader), -1) {
		for _, param := range strings.Split(link[2], ";") {
			name, value, _ := strings.Cut(strings.TrimSpace(param), "=")
			if strings.EqualFold(name, "rel") && strings.Trim(value, `"`) == DeprecationLinkRelation {
				n.MigrationGuide = link[1]
			}
		}
	}
	return n
}

// modelOr is the model a request names: model, else the API's default for the field.
func modelOr(model, fallback string) string {
	if model == "" {
		return fallback
	}
	return model
}
