// Code generated from openapi/minimax.yaml by generator/; DO NOT EDIT.

package minimax

// Client is a client of the MiniMax API. Build it with NewClient; it is safe for concurrent use.
// Its services hold the operations, one per tag of the spec:
//
//	client.Chat.Completions
//	client.Chat.CompletionsStream
//	client.Embeddings.Create
//	client.Video.Generations.Create
//	client.Video.Generations.Retrieve
//	client.Video.Generations.Events
//	client.Video.Generations.Content
//	client.Video.Generations.Wait
//	client.Models.List
//	client.Models.Retrieve
//	client.Files.Create
//	client.Files.Retrieve
//	client.Files.Content
//	client.FineTunes.Create
//	client.FineTunes.Retrieve
//	client.FineTunes.Wait
//	client.Admin.APIKeys.List
//	client.Admin.APIKeys.Create
//	client.Admin.APIKeys.Retrieve
//	client.Admin.APIKeys.Revoke
//	client.Admin.APIKeys.Rotate
//	client.Admin.Activity.List
//	client.Admin.Activity.Retrieve
//	client.Admin.Usage.Retrieve
//
// The API key never appears when a Client is printed (%v, %+v, %#v) nor in its errors.
type Client struct {
	*transport

	// Chat holds the Chat operations: Chat completions with system prompts, multi-turn
	// conversations, function calling and SSE streaming.
	Chat *ChatService

	// Embeddings holds the Embeddings operations: Fixed-dimension float vectors for semantic
	// search, clustering and RAG.
	Embeddings *EmbeddingsService

	// Video holds the Video operations: Asynchronous video generation from a text prompt and an
	// optional reference image.
	Video *VideoService

	// Models holds the Models operations: The models available to your key, with their
	// capabilities, pricing and deprecation status.
	Models *ModelsService

	// Files holds the Files operations: Uploads for fine-tuning and video reference images, with
	// signed download URLs.
	Files *FilesService

	// FineTunes holds the Fine-tunes operations: Fine-tuning jobs that train a new model from an
	// uploaded file.
	FineTunes *FineTunesService

	// Admin holds the Administration operations: The account's API keys, its activity log and its
	// usage, called with the account's admin key.
	Admin *AdminService
}

// NewClient returns a client authenticating with key. An empty key falls back to $MINIMAX_API_KEY;
// the base URL is WithBaseURL's, else $MINIMAX_BASE_URL, else DefaultBaseURL. A client without a
// key is returned all the same, and every call it makes fails with a *ConfigError.
//
// Keys starting mmx_live_ reach production, mmx_test_ keys the sandbox.
func NewClient(key string, opts ...Option) *Client {
	t := newTransport(key, opts)
	return &Client{
		transport:  t,
		Chat:       &ChatService{t: t},
		Embeddings: &EmbeddingsService{t: t},
		Video:      &VideoService{Generations: &VideoGenerationsService{t: t}},
		Models:     &ModelsService{t: t},
		Files:      &FilesService{t: t},
		FineTunes:  &FineTunesService{t: t},
		Admin:      &AdminService{APIKeys: &AdminAPIKeysService{t: t}, Activity: &AdminActivityService{t: t}, Usage: &AdminUsageService{t: t}},
	}
}
