package minimax

import (
	"bufio"
	"bytes"
	"io"
)

// maxSSELine bounds one line of a stream: a frame is one JSON document on a data line.
const maxSSELine = 16 << 20

// sseEvent is one dispatched server-sent event, before its data is parsed. Its data is the
// decoder's own buffer, valid until the next call of next: parse it before reading on.
type sseEvent struct {
	event string // "message" when the frame named none
	data  []byte // the data lines, joined with line feeds
}

// sseDecoder reads server-sent events as the WHATWG rules say. Lines end with CR, LF or CRLF,
// wherever the reads split them; data lines join with LF; comments and the fields that serve
// reconnection (id, retry), which an API stream does not do, are skipped; an event is
// dispatched at a blank line, and one the stream ends inside is dropped.
//
// It works on the scanner's bytes and reuses its buffers from event to event, so that a frame
// costs no allocation of its own: a stream of many small frames pays only for parsing them.
type sseDecoder struct {
	lines   *bufio.Scanner
	afterCR bool // the last line ended with CR: a LF that comes next belongs to it
	started bool
	event   []byte
	data    []byte
	hasData bool
	name    string // the last event's name, reused while the names repeat
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
		line := d.lines.Bytes()
		if !d.started {
			d.started = true
			line = bytes.TrimPrefix(line, []byte("\uFEFF"))
		}
		if len(line) == 0 {
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

func (d *sseDecoder) field(line []byte) {
	name, value, found := bytes.Cut(line, []byte(":"))
	if len(name) == 0 && found {
		return // a comment
	}
	value = bytes.TrimPrefix(value, []byte(" "))
	switch string(name) {
	case "event":
		d.event = append(d.event[:0], value...)
	case "data":
		if d.hasData {
			d.data = append(d.data, '\n')
		}
		d.data = append(d.data, value...)
		d.hasData = true
	}
}

func (d *sseDecoder) dispatch() (sseEvent, bool) {
	ev := sseEvent{event: d.eventName(), data: d.data}
	ok := d.hasData
	d.event, d.data, d.hasData = d.event[:0], d.data[:0], false
	return ev, ok
}

// eventName is the name of the event being dispatched, as a string made once per run of
// events of the same name.
func (d *sseDecoder) eventName() string {
	switch {
	case len(d.event) == 0:
		return "message"
	case string(d.event) != d.name:
		d.name = string(d.event)
	}
	return d.name
}

// splitLine is a bufio.SplitFunc for lines ended by CR, LF or CRLF. A line ends as soon as its
// CR arrives, and the LF of a CRLF is then skipped when it comes, in the same read or the next.
func (d *sseDecoder) splitLine(data []byte, atEOF bool) (int, []byte, error) {
	skip := 0
	if d.afterCR && len(data) > 0 && data[0] == '\n' {
		skip = 1
	}
	rest := data[skip:]
	// The first CR or LF: the first LF, unless a CR comes before it.
	i := bytes.IndexByte(rest, '\n')
	line := rest
	if i >= 0 {
		line = rest[:i]
	}
	if cr := bytes.IndexByte(line, '\r'); cr >= 0 {
		i = cr
	}
	if i >= 0 {
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
