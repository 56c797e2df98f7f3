// Code generated from openapi/minimax.yaml by generator/; DO NOT EDIT.

package minimax

import (
	"context"
	"errors"
	"net/http"
	"net/url"
)

// FilesService holds the operations of Files: Uploads for fine-tuning and video reference images,
// with signed download URLs.
type FilesService struct {
	t *transport
}

// Create calls `POST /files`: upload a file.
//
// Uploads one file as `multipart/form-data` with two parts, `file` and `purpose`. The whole request
// may be at most 100 MiB (104,857,600 bytes); a larger one gives `413 payload_too_large` before it
// is read.
//
// What each purpose takes, checked against the bytes themselves (not only the declared part content
// type):
//
//   - `fine-tune`: JSON Lines (`application/jsonl`), one chat example per line, `{"messages": [...]}`
//     with the same message shape as chat completions.
//   - `video-reference`: a PNG or JPEG image (`image/png`, `image/jpeg`).
//
// Anything else gives `400 invalid_request` (or `415 unsupported_media_type` when the request is
// not multipart at all).
//
// Rate limit, in requests per minute: 60 (free), 60 (pay as you go), 600 (enterprise). Key scopes
// allowed: full.
func (s *FilesService) Create(ctx context.Context, req *FileUploadRequest, opts ...RequestOption) (*Result[FileObject], error) {
	if req == nil {
		return nil, errors.New("minimax: Files.Create: req is nil")
	}
	return doJSON[FileObject](ctx, s.t, requestSpec{method: http.MethodPost, path: "/files", form: []formField{{name: "file", value: req.File}, {name: "purpose", value: req.Purpose}}, transfer: true}, opts)
}

// Retrieve calls `GET /files/{file_id}`: get a file.
//
// The file's metadata, with a freshly signed download URL valid for one hour.
//
// Rate limit, in requests per minute: 60 (free), 300 (pay as you go), 3000 (enterprise). Key scopes
// allowed: full, read_only.
func (s *FilesService) Retrieve(ctx context.Context, fileID string, opts ...RequestOption) (*Result[FileObject], error) {
	return doJSON[FileObject](ctx, s.t, requestSpec{method: http.MethodGet, path: "/files/" + url.PathEscape(fileID)}, opts)
}

// Content calls `GET /files/{file_id}/content`: download a file.
//
// The file's bytes, served with the content type detected at upload (`content_type` of the file).
// Call it with your key, or open `download_url` (which carries `expires` and `signature`) without
// one.
//
// The caller closes the Download's Body.
//
// Rate limit, in requests per minute: 60 (free), 300 (pay as you go), 3000 (enterprise). Key scopes
// allowed: full, read_only.
func (s *FilesService) Content(ctx context.Context, fileID string, params *FilesContentParams, opts ...RequestOption) (*Download, error) {
	return download(ctx, s.t, requestSpec{method: http.MethodGet, path: "/files/" + url.PathEscape(fileID) + "/content", query: params.query(), transfer: true}, opts)
}
