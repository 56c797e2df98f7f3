package minimax

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/textproto"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// File is a file to upload, such as the File of a FileUploadRequest: its bytes, its name, and
// optionally its content type. Make one from a Reader, or with FileFromPath or FileFromBytes.
//
// A retry sends the same bytes again. A Reader that is also an io.ReaderAt and an io.Seeker (an
// *os.File, a *bytes.Reader) is read from its current position by every attempt, without
// moving it, and must stay open until the call returns; any other Reader is read into memory
// before the first attempt.
type File struct {
	Reader io.Reader
	// Name is the file name sent with the bytes; "upload" when empty.
	Name string
	// ContentType is the type the part declares; when empty, application/octet-stream, and
	// the API tells the type from the bytes.
	ContentType string

	path string // opened anew by every attempt (FileFromPath)
}

// FileFromPath is the file at path, named after it. The file is opened by each attempt of
// the upload, and closed after it.
func FileFromPath(path string) (File, error) {
	info, err := os.Stat(path)
	if err != nil {
		return File{}, err
	}
	if !info.Mode().IsRegular() {
		return File{}, fmt.Errorf("minimax: %s is not a regular file", path)
	}
	return File{Name: filepath.Base(path), path: path}, nil
}

// FileFromBytes is a file of data, named name.
func FileFromBytes(name string, data []byte) File {
	return File{Reader: bytes.NewReader(data), Name: name}
}

// piece is a stretch of a body that every attempt reads anew: bytes, a file to open, or a
// section of a reader.
type piece struct {
	data  []byte
	path  string
	at    io.ReaderAt
	start int64
	size  int64
}

// source is where the bytes of f come from, and how many there are.
func (f *File) source() (piece, error) {
	if f.path != "" {
		info, err := os.Stat(f.path)
		if err != nil {
			return piece{}, err
		}
		return piece{path: f.path, size: info.Size()}, nil
	}
	if f.Reader == nil {
		return piece{}, errors.New("minimax: a File has no Reader")
	}
	if r, ok := f.Reader.(interface {
		io.ReaderAt
		io.Seeker
	}); ok {
		start, err := r.Seek(0, io.SeekCurrent)
		if err != nil {
			return piece{}, err
		}
		end, err := r.Seek(0, io.SeekEnd)
		if err != nil {
			return piece{}, err
		}
		if _, err := r.Seek(start, io.SeekStart); err != nil {
			return piece{}, err
		}
		return piece{at: r, start: start, size: end - start}, nil
	}
	data, err := io.ReadAll(f.Reader)
	if err != nil {
		return piece{}, fmt.Errorf("minimax: reading the file to upload: %w", err)
	}
	return piece{data: data, size: int64(len(data))}, nil
}

// open is a reader of the piece's bytes from the start, and what to close after reading.
func (p piece) open() (io.Reader, io.Closer, error) {
	switch {
	case p.path != "":
		f, err := os.Open(p.path)
		if err != nil {
			return nil, nil, err
		}
		return io.NewSectionReader(f, 0, p.size), f, nil
	case p.at != nil:
		return io.NewSectionReader(p.at, p.start, p.size), nil, nil
	default:
		return bytes.NewReader(p.data), nil, nil
	}
}

// newMultipart lays out a multipart/form-data body: its framing and text fields as bytes, its
// files as pieces read anew by every attempt. So its length is known up front, and a file is
// never held in memory when it can be read again.
func newMultipart(fields []formField, extra map[string]any) (*requestBody, error) {
	var (
		pieces []piece
		buf    bytes.Buffer
	)
	w := multipart.NewWriter(&buf)
	cut := func() {
		pieces = append(pieces, piece{data: bytes.Clone(buf.Bytes()), size: int64(buf.Len())})
		buf.Reset()
	}
	add := func(name string, value any) error {
		var file *File
		switch v := value.(type) {
		case File:
			file = &v
		case *File:
			file = v
		}
		if file == nil {
			return writeField(w, name, value)
		}
		if _, err := w.CreatePart(fileHeader(name, file)); err != nil {
			return err
		}
		cut()
		p, err := file.source()
		pieces = append(pieces, p)
		return err
	}
	for _, f := range fields {
		if err := add(f.name, f.value); err != nil {
			return nil, err
		}
	}
	names := make([]string, 0, len(extra))
	for name := range extra {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if err := add(name, extra[name]); err != nil {
			return nil, err
		}
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	cut()
	var length int64
	for _, p := range pieces {
		length += p.size
	}
	return &requestBody{
		contentType: w.FormDataContentType(),
		length:      length,
		open:        func() (io.ReadCloser, error) { return openPieces(pieces) },
	}, nil
}

// writeField writes a text field: value's JSON, a JSON string unquoted; nothing for nil.
func writeField(w *multipart.Writer, name string, value any) error {
	data, err := json.Marshal(value)
	if err != nil {
		return fmt.Errorf("minimax: encoding the form field %q: %w", name, err)
	}
	if string(data) == "null" {
		return nil
	}
	text := string(data)
	var s string
	if json.Unmarshal(data, &s) == nil {
		text = s
	}
	return w.WriteField(name, text)
}

var quoteEscaper = strings.NewReplacer(`\`, `\\`, `"`, `\"`)

// fileHeader is the header of a file part, as multipart.Writer.CreateFormFile writes it but
// with the File's content type.
func fileHeader(field string, f *File) textproto.MIMEHeader {
	name, contentType := f.Name, f.ContentType
	if name == "" {
		name = "upload"
	}
	if contentType == "" {
		contentType = "application/octet-stream"
	}
	h := make(textproto.MIMEHeader)
	h.Set("Content-Disposition", fmt.Sprintf(`form-data; name="%s"; filename="%s"`,
		quoteEscaper.Replace(field), quoteEscaper.Replace(name)))
	h.Set("Content-Type", contentType)
	return h
}

// openPieces is one attempt's reader of the whole body.
func openPieces(pieces []piece) (io.ReadCloser, error) {
	readers := make([]io.Reader, 0, len(pieces))
	var files closers
	for _, p := range pieces {
		r, c, err := p.open()
		if err != nil {
			files.Close()
			return nil, err
		}
		readers = append(readers, r)
		if c != nil {
			files = append(files, c)
		}
	}
	return struct {
		io.Reader
		io.Closer
	}{io.MultiReader(readers...), files}, nil
}

// closers closes each of its files.
type closers []io.Closer

func (cs closers) Close() error {
	var errs []error
	for _, c := range cs {
		errs = append(errs, c.Close())
	}
	return errors.Join(errs...)
}
