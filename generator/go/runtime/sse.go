package minimax

import (
	"bufio"
	"bytes"
	"io"
	"strings"
)

// maxSSELine bounds one line of a stream: a frame is one JSON document on a data line.
const maxSSELine = 16 << 20

// sseEvent is one dispatched server-sent event, before its data is parsed.
type sseEvent struct {
	event string // "message" when the frame named none
	data  string // the data lines, joined with line feeds
}

// sseDecoder reads server-sent events as the WHATWG rules say. Lines end with CR, LF or CRLF,
// wherever the reads split them; data lines join with LF; comments and the fields that serve
// reconnection (id, retry), which an API stream does not do, are skipped; an event is
// dispatched at a blank line, and one the stream ends inside is dropped.
type sseDecoder struct {
	lines   *bufio.Scanner
	afterCR bool // the last line ended with CR: a LF that comes next belongs to it
	started bool
	event   string
	data    strings.Builder
	hasData bool
}

func newSSEDecoder(r io.Reader) *sseDecoder {
	d := &sseDecoder{lines: bufio.NewScanner(r)}
	d.lines.Buffer(make([]byte, 0, 4096), maxSSELine)
	d.lines.Split(d.splitLine)
	return d
}

// next is the next event; io.EOF at the end of the stream, or the error that ended it.
func (d *sseDecoder) next() (sseEvent, error) {
	for d.lines.Scan() {
		line := d.lines.Text()
		if !d.started {
			d.started = true
			line = strings.TrimPrefix(line, "\uFEFF")
		}
		if line == "" {
			if ev, ok := d.dispatch(); ok {
				return ev, nil
			}
			continue
		}
		d.field(line)
	}
	if err := d.lines.Err(); err != nil {
		return sseEvent{}, err
	}
	return sseEvent{}, io.EOF
}

func (d *sseDecoder) field(line string) {
	name, value, found := strings.Cut(line, ":")
	if name == "" && found {
		return // a comment
	}
	value = strings.TrimPrefix(value, " ")
	switch name {
	case "event":
		d.event = value
	case "data":
		if d.hasData {
			d.data.WriteByte('\n')
		}
		d.data.WriteString(value)
		d.hasData = true
	}
}

func (d *sseDecoder) dispatch() (sseEvent, bool) {
	ev := sseEvent{event: d.event, data: d.data.String()}
	if ev.event == "" {
		ev.event = "message"
	}
	ok := d.hasData
	d.event, d.hasData = "", false
	d.data.Reset()
	return ev, ok
}

// splitLine is a bufio.SplitFunc for lines ended by CR, LF or CRLF. A line ends as soon as its
// CR arrives, and the LF of a CRLF is then skipped when it comes, in the same read or the next.
func (d *sseDecoder) splitLine(data []byte, atEOF bool) (int, []byte, error) {
	skip := 0
	if d.afterCR && len(data) > 0 && data[0] == '\n' {
		skip = 1
	}
	rest := data[skip:]
	if i := bytes.IndexAny(rest, "\r\n"); i >= 0 {
		d.afterCR = rest[i] == '\r'
		return skip + i + 1, rest[:i], nil
	}
	if !atEOF || len(data) == 0 {
		return 0, nil, nil
	}
	if len(rest) == 0 {
		return len(data), nil, nil
	}
	return len(data), rest, nil // an unfinished last line: its event is never dispatched
}
