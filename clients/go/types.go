// Code generated from openapi/minimax.yaml by generator/; DO NOT EDIT.

package minimax

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"strconv"
)

// The types of the MiniMax API: one for each schema of the spec, and the query parameters of its
// operations. Optional request fields that must tell unset from zero are pointers: set them with
// Float, Int, String and Bool. Enums are named string types with a constant per value; a value
// this version does not know is kept as it is. Times are the ISO 8601 strings the API sends
// (parse them with time.Parse and time.RFC3339).

// Meta: Metadata of a response. `model` and `usage` appear when the call used a model.
type Meta struct {
	// Equal to the `X-Request-Id` header.
	RequestID string `json:"request_id"`
	// The model that served the call.
	Model string `json:"model,omitempty"`
	Usage *Usage `json:"usage,omitempty"`
}

// Usage: Tokens the call consumed, as billed.
type Usage struct {
	PromptTokens     int `json:"prompt_tokens"`
	CompletionTokens int `json:"completion_tokens"`
	// `prompt_tokens + completion_tokens`.
	TotalTokens int `json:"total_tokens"`
}

// ErrorObject is the `Error` schema of the API.
type ErrorObject struct {
	Code ErrorCode `json:"code"`
	// A sentence for a person. Never contains a secret.
	Message string `json:"message"`
	// Facts about the error, by code; `field` for `invalid_request`. May be empty.
	Details map[string]any `json:"details"`
}

// ErrorResponse: The error envelope, used by every 4xx and 5xx response and by `error` stream
// frames.
type ErrorResponse struct {
	Error ErrorObject `json:"error"`
	Meta  Meta        `json:"meta"`
}

// StreamDone: The data of the `done` frame that ends a successful stream.
type StreamDone struct {
	Meta Meta `json:"meta"`
}

// TaskStatus: `queued` → `processing` → `succeeded` or `failed`. `succeeded` and `failed` are
// final.
type TaskStatus string

const (
	TaskStatusQueued     TaskStatus = "queued"
	TaskStatusProcessing TaskStatus = "processing"
	TaskStatusSucceeded  TaskStatus = "succeeded"
	TaskStatusFailed     TaskStatus = "failed"
)

// IsTerminal reports whether the status is final (TaskStatusSucceeded or TaskStatusFailed): a task
// never changes after it.
func (s TaskStatus) IsTerminal() bool {
	switch s {
	case TaskStatusSucceeded, TaskStatusFailed:
		return true
	}
	return false
}

// TaskError: Why a task failed.
type TaskError struct {
	Code    TaskErrorCode `json:"code"`
	Message string        `json:"message"`
}

// TaskErrorCode is the `code` of a TaskError.
type TaskErrorCode string

const (
	TaskErrorCodeGenerationFailed       TaskErrorCode = "generation_failed"
	TaskErrorCodeContentPolicyViolation TaskErrorCode = "content_policy_violation"
	TaskErrorCodeInvalidTrainingFile    TaskErrorCode = "invalid_training_file"
	TaskErrorCodeTrainingFailed         TaskErrorCode = "training_failed"
)

// ChatCompletionRequest is the `ChatCompletionRequest` schema of the API.
//
// The request of client.Chat.Completions and client.Chat.CompletionsStream.
//
// Its `stream` is not a field: the method sends it (the one whose name ends in Stream asks for a
// stream).
type ChatCompletionRequest struct {
	// A model with the `chat` capability, e.g. `minimax-chat-v2`, or a fine-tuned model.
	Model string `json:"model"`
	// The conversation so far, oldest first.
	Messages []Message `json:"messages"`
	// Functions the model may call. Names must be unique.
	Tools      []Tool     `json:"tools,omitempty"`
	ToolChoice ToolChoice `json:"tool_choice,omitempty"`
	// Sampling temperature; 0 always picks the most likely token. The API's default: 1.
	Temperature *float64 `json:"temperature,omitempty"`
	// Nucleus sampling; only tokens within the top `top_p` probability mass are considered. The
	// API's default: 1.
	TopP *float64 `json:"top_p,omitempty"`
	// The most tokens to generate. When the answer is cut by this limit, `finish_reason` is
	// `length`. Defaults to the model's `max_output_tokens`; a value above it gives
	// `400 invalid_request`.
	MaxTokens *int `json:"max_tokens,omitempty"`
}

// Message: One message of the conversation, told apart by `role`.
//
// Build one with SystemMessage(), UserMessage(), ToolMessage(), with the ToMessage method of a
// response's message, or as a literal (Message{Role: "user", Content: "Hello"}). It is sent as the
// variant its Role names (SystemMessage, UserMessage, AssistantMessage, ToolMessage), with only
// that variant's properties.
type Message struct {
	Role    Role   `json:"role"`
	Content string `json:"content"`
	// Only in `assistant` messages.
	ToolCalls []ToolCall `json:"tool_calls,omitempty"`
	// Only in `tool` messages.
	ToolCallID string `json:"tool_call_id,omitempty"`
}

// MarshalJSON writes the properties of the variant its Role names, and only those; a nullable one
// is null when it is empty. Another Role writes every field that is set.
func (m Message) MarshalJSON() ([]byte, error) {
	switch m.Role {
	case RoleSystem:
		return json.Marshal(struct {
			Role    Role   `json:"role"`
			Content string `json:"content"`
		}{m.Role, m.Content})
	case RoleUser:
		return json.Marshal(struct {
			Role    Role   `json:"role"`
			Content string `json:"content"`
		}{m.Role, m.Content})
	case RoleAssistant:
		return json.Marshal(struct {
			Role      Role       `json:"role"`
			Content   *string    `json:"content"`
			ToolCalls []ToolCall `json:"tool_calls,omitempty"`
		}{m.Role, nullWhenZero(m.Content), m.ToolCalls})
	case RoleTool:
		return json.Marshal(struct {
			Role       Role   `json:"role"`
			ToolCallID string `json:"tool_call_id"`
			Content    string `json:"content"`
		}{m.Role, m.ToolCallID, m.Content})
	}
	type plain Message
	return json.Marshal(plain(m))
}

// SystemMessage builds a `system` Message: Instructions that frame the whole conversation.
func SystemMessage(content string) Message {
	return Message{Role: RoleSystem, Content: content}
}

// UserMessage builds a `user` Message.
func UserMessage(content string) Message {
	return Message{Role: RoleUser, Content: content}
}

// ToolMessage builds a `tool` Message: The result of a tool call, answering the assistant's call
// with the same id.
func ToolMessage(toolCallID string, content string) Message {
	return Message{Role: RoleTool, ToolCallID: toolCallID, Content: content}
}

// Role: The `role` of a `Message`, which tells its kind. Any other value the API sends is kept.
type Role string

const (
	RoleSystem    Role = "system"
	RoleUser      Role = "user"
	RoleAssistant Role = "assistant"
	RoleTool      Role = "tool"
)

// AssistantMessage: A message from the model. `content` is null when the model answers with
// `tool_calls` only. In a request, it replays an earlier answer.
type AssistantMessage struct {
	Role      Role       `json:"role"`
	Content   *string    `json:"content"`
	ToolCalls []ToolCall `json:"tool_calls,omitempty"`
}

// ToMessage turns the AssistantMessage of a response into a Message, to send it back as part of the
// conversation.
func (v AssistantMessage) ToMessage() Message {
	m := Message{Role: RoleAssistant, ToolCalls: v.ToolCalls}
	if v.Content != nil {
		m.Content = *v.Content
	}
	return m
}

// Tool is the `Tool` schema of the API.
type Tool struct {
	Type     string             `json:"type"`
	Function FunctionDefinition `json:"function"`
}

// MarshalJSON writes the Tool with its constant `type` ("function") when that field is left empty.
func (v Tool) MarshalJSON() ([]byte, error) {
	type plain Tool
	if v.Type == "" {
		v.Type = "function"
	}
	return json.Marshal(plain(v))
}

// FunctionDefinition is the `FunctionDefinition` schema of the API.
type FunctionDefinition struct {
	Name        string `json:"name"`
	Description string `json:"description,omitempty"`
	// A JSON Schema (2020-12) object describing the function's arguments. The `arguments` of every
	// tool call for this function validate against it. Defaults to an object with no properties.
	Parameters map[string]any `json:"parameters,omitempty"`
}

// ToolChoice: `auto` (the default when `tools` is given): the model decides. `none`: never call a
// tool. `required`: call at least one tool. `{"type": "function", "function": {"name": ...}}`: call
// that function. Naming a function that is not in `tools` gives `400 invalid_request`.
//
// It is one of ToolChoiceMode, NamedToolChoice; nil sends nothing.
type ToolChoice interface {
	isToolChoice()
}

// ToolChoiceMode is the string form of ToolChoice.
type ToolChoiceMode string

const (
	ToolChoiceModeAuto     ToolChoiceMode = "auto"
	ToolChoiceModeNone     ToolChoiceMode = "none"
	ToolChoiceModeRequired ToolChoiceMode = "required"
)

func (ToolChoiceMode) isToolChoice() {}

// NamedToolChoice is the `NamedToolChoice` schema of the API.
type NamedToolChoice struct {
	Type     string                  `json:"type"`
	Function NamedToolChoiceFunction `json:"function"`
}

// MarshalJSON writes the NamedToolChoice with its constant `type` ("function") when that field is
// left empty.
func (v NamedToolChoice) MarshalJSON() ([]byte, error) {
	type plain NamedToolChoice
	if v.Type == "" {
		v.Type = "function"
	}
	return json.Marshal(plain(v))
}

func (NamedToolChoice) isToolChoice() {}

// NamedToolChoiceFunction is the `function` of a NamedToolChoice.
type NamedToolChoiceFunction struct {
	Name string `json:"name"`
}

// ToolCall is the `ToolCall` schema of the API.
type ToolCall struct {
	// Quote it as `tool_call_id` in the `tool` message that answers this call.
	ID       string           `json:"id"`
	Type     string           `json:"type"`
	Function ToolCallFunction `json:"function"`
}

// MarshalJSON writes the ToolCall with its constant `type` ("function") when that field is left
// empty.
func (v ToolCall) MarshalJSON() ([]byte, error) {
	type plain ToolCall
	if v.Type == "" {
		v.Type = "function"
	}
	return json.Marshal(plain(v))
}

// ToolCallFunction is the `function` of a ToolCall.
type ToolCallFunction struct {
	Name string `json:"name"`
	// The arguments as a JSON document that validates against the function's `parameters`.
	Arguments string `json:"arguments"`
}

// FinishReason: `stop`: the answer is complete. `length`: cut by `max_tokens`. `tool_calls`: the
// model called tools.
type FinishReason string

const (
	FinishReasonStop      FinishReason = "stop"
	FinishReasonLength    FinishReason = "length"
	FinishReasonToolCalls FinishReason = "tool_calls"
)

// ChatCompletion is the `ChatCompletion` schema of the API.
type ChatCompletion struct {
	ID        string                 `json:"id"`
	Object    string                 `json:"object"`
	CreatedAt string                 `json:"created_at"`
	Model     string                 `json:"model"`
	Choices   []ChatCompletionChoice `json:"choices"`
}

// ChatCompletionChoice is the `ChatCompletionChoice` schema of the API.
type ChatCompletionChoice struct {
	Index        int              `json:"index"`
	Message      AssistantMessage `json:"message"`
	FinishReason FinishReason     `json:"finish_reason"`
}

// ChatCompletionResponse is the `ChatCompletionResponse` schema of the API.
//
// The JSON body of a response of client.Chat.Completions, which returns its data in a
// *Result[ChatCompletion].
type ChatCompletionResponse struct {
	Data ChatCompletion `json:"data"`
	Meta Meta           `json:"meta"`
}

// ChatCompletionChunk: The data of one `chunk` frame. All chunks of a stream share `id`,
// `created_at` and `model`. The first delta carries `role`; later ones carry `content` pieces or
// `tool_calls` pieces; the last chunk has an empty `delta` and the `finish_reason`.
type ChatCompletionChunk struct {
	ID        string                      `json:"id"`
	Object    string                      `json:"object"`
	CreatedAt string                      `json:"created_at"`
	Model     string                      `json:"model"`
	Choices   []ChatCompletionChunkChoice `json:"choices"`
}

// ChatCompletionChunkChoice is the `ChatCompletionChunkChoice` schema of the API.
type ChatCompletionChunkChoice struct {
	Index int                 `json:"index"`
	Delta ChatCompletionDelta `json:"delta"`
	// Null until the last chunk.
	FinishReason *FinishReason `json:"finish_reason"`
}

// ChatCompletionDelta: A piece of the assistant message. Concatenate `content` pieces in order. A
// tool call arrives whole in one delta (its `arguments` are never split), identified by `index`.
type ChatCompletionDelta struct {
	Role      string          `json:"role,omitempty"`
	Content   string          `json:"content,omitempty"`
	ToolCalls []ToolCallDelta `json:"tool_calls,omitempty"`
}

// ToolCallDelta is the `ToolCallDelta` schema of the API.
type ToolCallDelta struct {
	// The position of this call in the message's `tool_calls`.
	Index    int                   `json:"index"`
	ID       string                `json:"id"`
	Type     string                `json:"type"`
	Function ToolCallDeltaFunction `json:"function"`
}

// ToolCallDeltaFunction is the `function` of a ToolCallDelta.
type ToolCallDeltaFunction struct {
	Name      string `json:"name"`
	Arguments string `json:"arguments"`
}

// EmbeddingRequest is the `EmbeddingRequest` schema of the API.
//
// The request of client.Embeddings.Create.
type EmbeddingRequest struct {
	// A model with the `embeddings` capability, e.g. `minimax-embed-v1`.
	Model string `json:"model"`
	// One string, or 1 to 2,048 strings. Each string is at most 8,192 tokens; longer ones give
	// `400 invalid_request`.
	Input EmbeddingInput `json:"input"`
	// The API's default: `float`.
	EncodingFormat EmbeddingEncodingFormat `json:"encoding_format,omitempty"`
}

// EmbeddingInput: One string, or 1 to 2,048 strings. Each string is at most 8,192 tokens; longer
// ones give `400 invalid_request`.
//
// It is one of EmbeddingInputString, EmbeddingInputStrings; nil sends nothing.
type EmbeddingInput interface {
	isEmbeddingInput()
}

// EmbeddingInputString is the string form of EmbeddingInput.
type EmbeddingInputString string

func (EmbeddingInputString) isEmbeddingInput() {}

// EmbeddingInputStrings is the array form of EmbeddingInput.
type EmbeddingInputStrings []string

func (EmbeddingInputStrings) isEmbeddingInput() {}

// EmbeddingEncodingFormat: How each `embedding` of the response is written. `float` (the default):
// a JSON array of numbers. `base64`: a string, the vector's float32 values, little-endian, 4 bytes
// each, base64-encoded (RFC 4648, with padding); the same values in less than half the bytes.
type EmbeddingEncodingFormat string

const (
	EmbeddingEncodingFormatFloat  EmbeddingEncodingFormat = "float"
	EmbeddingEncodingFormatBase64 EmbeddingEncodingFormat = "base64"
)

// EmbeddingItem is the `EmbeddingItem` schema of the API.
type EmbeddingItem struct {
	// The position of the input this vector embeds.
	Index int `json:"index"`
	// The unit-length vector, of the model's `embedding_dimension` (1,536 for `minimax-embed-v1`).
	// With `encoding_format: float` (the default), an array of that many numbers. With
	// `encoding_format: base64`, a string: the same values as float32s, little-endian, 4 bytes
	// each, base64-encoded (RFC 4648, with padding), so it decodes to 4 x `embedding_dimension`
	// bytes (8,192 characters for 1,536 dimensions).
	Embedding Vector `json:"embedding"`
}

// EmbeddingResponse is the `EmbeddingResponse` schema of the API.
//
// The JSON body of a response of client.Embeddings.Create, which returns its data in a
// *Result[[]EmbeddingItem].
type EmbeddingResponse struct {
	Data []EmbeddingItem `json:"data"`
	Meta Meta            `json:"meta"`
}

// VideoGenerationRequest is the `VideoGenerationRequest` schema of the API.
//
// The request of client.Video.Generations.Create.
type VideoGenerationRequest struct {
	// What the video shows.
	Prompt string `json:"prompt"`
	// A model with the `video` capability. Defaults to `minimax-video-v1`.
	Model string `json:"model,omitempty"`
	// A PNG or JPEG uploaded with purpose `video-reference` that the video starts from.
	ReferenceImageFileID string `json:"reference_image_file_id,omitempty"`
	// The API's default: `720p`.
	Resolution VideoResolution `json:"resolution,omitempty"`
	// The API's default: `16:9`.
	AspectRatio VideoAspectRatio `json:"aspect_ratio,omitempty"`
	// Length in seconds. The API's default: 5.
	Duration *int `json:"duration,omitempty"`
}

// VideoResolution: The height of the video in pixels; the width follows from `aspect_ratio`.
type VideoResolution string

const (
	VideoResolution480p  VideoResolution = "480p"
	VideoResolution720p  VideoResolution = "720p"
	VideoResolution1080p VideoResolution = "1080p"
)

// VideoAspectRatio is the `VideoAspectRatio` schema of the API.
type VideoAspectRatio string

const (
	VideoAspectRatio16_9 VideoAspectRatio = "16:9"
	VideoAspectRatio9_16 VideoAspectRatio = "9:16"
	VideoAspectRatio1_1  VideoAspectRatio = "1:1"
)

// VideoGeneration: A video generation task.
type VideoGeneration struct {
	ID                   string           `json:"id"`
	Object               string           `json:"object"`
	Model                string           `json:"model"`
	Prompt               string           `json:"prompt"`
	ReferenceImageFileID *string          `json:"reference_image_file_id"`
	Resolution           VideoResolution  `json:"resolution"`
	AspectRatio          VideoAspectRatio `json:"aspect_ratio"`
	Duration             int              `json:"duration"`
	Status               TaskStatus       `json:"status"`
	// Percent done; 100 once `succeeded`. Never goes down.
	Progress  int    `json:"progress"`
	CreatedAt string `json:"created_at"`
	UpdatedAt string `json:"updated_at"`
	// When the task reached `succeeded` or `failed`.
	CompletedAt *string `json:"completed_at"`
	// Set once `succeeded`.
	Result *VideoResult `json:"result"`
	// Set once `failed`.
	Error *TaskError `json:"error"`
}

// VideoResult is the `VideoResult` schema of the API.
type VideoResult struct {
	// A signed URL of the MP4 that needs no API key, valid until `download_url_expires_at`.
	DownloadURL          string  `json:"download_url"`
	DownloadURLExpiresAt string  `json:"download_url_expires_at"`
	ContentType          string  `json:"content_type"`
	Width                int     `json:"width"`
	Height               int     `json:"height"`
	Duration             float64 `json:"duration"`
	FramesPerSecond      int     `json:"frames_per_second"`
	Bytes                int     `json:"bytes"`
}

// VideoGenerationResponse is the `VideoGenerationResponse` schema of the API.
//
// The JSON body of a response of client.Video.Generations.Create and
// client.Video.Generations.Retrieve, which return its data in a *Result[VideoGeneration].
type VideoGenerationResponse struct {
	Data VideoGeneration `json:"data"`
	Meta Meta            `json:"meta"`
}

// Model is the `Model` schema of the API.
type Model struct {
	ID     string `json:"id"`
	Object string `json:"object"`
	// `minimax` for the catalogue; the account's id for its fine-tuned models.
	OwnedBy      string            `json:"owned_by"`
	CreatedAt    string            `json:"created_at"`
	Capabilities []ModelCapability `json:"capabilities"`
	// The most tokens of input the model reads (prompt and output together, for chat).
	ContextWindow int `json:"context_window"`
	// The most tokens a chat completion can generate; null for models that do not generate text.
	MaxOutputTokens *int `json:"max_output_tokens"`
	// The length of every vector, for embedding models; null otherwise.
	EmbeddingDimension *int         `json:"embedding_dimension"`
	Pricing            ModelPricing `json:"pricing"`
	// Null while the model is supported.
	Deprecation *ModelDeprecation `json:"deprecation"`
}

// ModelCapability is the `ModelCapability` schema of the API.
type ModelCapability string

const (
	ModelCapabilityChat       ModelCapability = "chat"
	ModelCapabilityEmbeddings ModelCapability = "embeddings"
	ModelCapabilityVision     ModelCapability = "vision"
	ModelCapabilityVideo      ModelCapability = "video"
	ModelCapabilityFineTuning ModelCapability = "fine_tuning"
)

// ModelPricing: Prices in `currency` per token (and per second of generated video).
type ModelPricing struct {
	Currency       string   `json:"currency"`
	InputPerToken  float64  `json:"input_per_token"`
	OutputPerToken float64  `json:"output_per_token"`
	PerVideoSecond *float64 `json:"per_video_second"`
}

// ModelDeprecation: A deprecated model keeps working until `shutdown_at`; then calls naming it give
// `404 model_not_found`.
type ModelDeprecation struct {
	DeprecatedAt string `json:"deprecated_at"`
	ShutdownAt   string `json:"shutdown_at"`
	// The model to move to.
	Replacement *string `json:"replacement"`
	// How to move off the model; the URL the `Link` header of a response naming it points to.
	MigrationGuide string `json:"migration_guide,omitempty"`
}

// ModelResponse is the `ModelResponse` schema of the API.
//
// The JSON body of a response of client.Models.Retrieve, which returns its data in a
// *Result[Model].
type ModelResponse struct {
	Data Model `json:"data"`
	Meta Meta  `json:"meta"`
}

// ModelListResponse is the `ModelListResponse` schema of the API.
//
// The JSON body of a response of client.Models.List, which returns its data in a *Result[[]Model].
type ModelListResponse struct {
	Data []Model `json:"data"`
	Meta Meta    `json:"meta"`
}

// FilePurpose: `fine-tune`: JSON Lines training data. `video-reference`: a PNG or JPEG for video
// generation.
type FilePurpose string

const (
	FilePurposeFineTune       FilePurpose = "fine-tune"
	FilePurposeVideoReference FilePurpose = "video-reference"
)

// FileUploadRequest is the `FileUploadRequest` schema of the API.
//
// The request of client.Files.Create.
type FileUploadRequest struct {
	// The file's bytes, with a filename.
	File    File        `json:"file"`
	Purpose FilePurpose `json:"purpose"`
}

// FileObject is the `FileObject` schema of the API.
type FileObject struct {
	ID       string      `json:"id"`
	Object   string      `json:"object"`
	Filename string      `json:"filename"`
	Purpose  FilePurpose `json:"purpose"`
	// What the bytes are, as detected on upload.
	ContentType FileObjectContentType `json:"content_type"`
	Bytes       int                   `json:"bytes"`
	SHA256      string                `json:"sha256"`
	CreatedAt   string                `json:"created_at"`
	// A signed URL of the bytes that needs no API key, valid until `download_url_expires_at` (one
	// hour).
	DownloadURL          string `json:"download_url"`
	DownloadURLExpiresAt string `json:"download_url_expires_at"`
}

// FileObjectContentType: What the bytes are, as detected on upload.
type FileObjectContentType string

const (
	FileObjectContentTypeApplicationJSONL FileObjectContentType = "application/jsonl"
	FileObjectContentTypeImagePNG         FileObjectContentType = "image/png"
	FileObjectContentTypeImageJPEG        FileObjectContentType = "image/jpeg"
)

// FileResponse is the `FileResponse` schema of the API.
//
// The JSON body of a response of client.Files.Create and client.Files.Retrieve, which return its
// data in a *Result[FileObject].
type FileResponse struct {
	Data FileObject `json:"data"`
	Meta Meta       `json:"meta"`
}

// FineTuneRequest is the `FineTuneRequest` schema of the API.
//
// The request of client.FineTunes.Create.
type FineTuneRequest struct {
	// The base model, one with the `fine_tuning` capability.
	Model string `json:"model"`
	// A file uploaded with purpose `fine-tune`.
	TrainingFile    string           `json:"training_file"`
	Hyperparameters *Hyperparameters `json:"hyperparameters,omitempty"`
	// Part of the new model's id, `ft:<base>:<suffix>:<job>`.
	Suffix string `json:"suffix,omitempty"`
}

// Hyperparameters: Training settings; each has a default.
type Hyperparameters struct {
	// The API's default: 3.
	NEpochs *int `json:"n_epochs,omitempty"`
	// The API's default: 1.0.
	LearningRateMultiplier *float64 `json:"learning_rate_multiplier,omitempty"`
	// The API's default: 8.
	BatchSize *int `json:"batch_size,omitempty"`
}

// FineTune: A fine-tuning job.
type FineTune struct {
	ID              string          `json:"id"`
	Object          string          `json:"object"`
	Model           string          `json:"model"`
	TrainingFile    string          `json:"training_file"`
	Hyperparameters Hyperparameters `json:"hyperparameters"`
	Suffix          *string         `json:"suffix"`
	Status          TaskStatus      `json:"status"`
	Progress        int             `json:"progress"`
	// The new model's id, set once `succeeded`.
	FineTunedModel *string    `json:"fine_tuned_model"`
	TrainedTokens  *int       `json:"trained_tokens"`
	CreatedAt      string     `json:"created_at"`
	UpdatedAt      string     `json:"updated_at"`
	CompletedAt    *string    `json:"completed_at"`
	Error          *TaskError `json:"error"`
}

// FineTuneResponse is the `FineTuneResponse` schema of the API.
//
// The JSON body of a response of client.FineTunes.Create and client.FineTunes.Retrieve, which
// return its data in a *Result[FineTune].
type FineTuneResponse struct {
	Data FineTune `json:"data"`
	Meta Meta     `json:"meta"`
}

// KeyScope: What a key may call; see *Authentication*.
type KeyScope string

const (
	KeyScopeFull      KeyScope = "full"
	KeyScopeReadOnly  KeyScope = "read_only"
	KeyScopeVideoOnly KeyScope = "video_only"
)

// RateLimitTier: The rate-limit tier of a key; see *Rate limits*.
type RateLimitTier string

const (
	RateLimitTierFree       RateLimitTier = "free"
	RateLimitTierPayAsYouGo RateLimitTier = "pay_as_you_go"
	RateLimitTierEnterprise RateLimitTier = "enterprise"
)

// APIKeyCreateRequest is the `ApiKeyCreateRequest` schema of the API.
//
// The request of client.Admin.APIKeys.Create.
type APIKeyCreateRequest struct {
	// A label for people (`support-bot`); need not be unique.
	Name string `json:"name"`
	// The API's default: `full`.
	Scope KeyScope `json:"scope,omitempty"`
	// The only models the key may name; `null` (the default) for every model.
	Models []string `json:"models,omitempty"`
	// The API's default: `pay_as_you_go`.
	Tier RateLimitTier `json:"tier,omitempty"`
}

// APIKey: An API key as the account sees it later: its settings, never its secret.
type APIKey struct {
	ID     string `json:"id"`
	Object string `json:"object"`
	Name   string `json:"name"`
	// The key's prefix and first four characters, then `...`.
	Hint      string        `json:"hint"`
	Scope     KeyScope      `json:"scope"`
	Models    []string      `json:"models"`
	Tier      RateLimitTier `json:"tier"`
	CreatedAt string        `json:"created_at"`
	// The key's latest request, to within a second; `null` if never used.
	LastUsedAt *string `json:"last_used_at"`
	RevokedAt  *string `json:"revoked_at"`
	// The id of the key this one replaced, when it was made by a rotation.
	RotatedFrom *string `json:"rotated_from"`
}

// APIKeyWithSecret: A key just made, with the secret itself, shown this once only.
type APIKeyWithSecret struct {
	ID     string `json:"id"`
	Object string `json:"object"`
	Name   string `json:"name"`
	// The key's prefix and first four characters, then `...`.
	Hint      string        `json:"hint"`
	Scope     KeyScope      `json:"scope"`
	Models    []string      `json:"models"`
	Tier      RateLimitTier `json:"tier"`
	CreatedAt string        `json:"created_at"`
	// The key's latest request, to within a second; `null` if never used.
	LastUsedAt *string `json:"last_used_at"`
	RevokedAt  *string `json:"revoked_at"`
	// The id of the key this one replaced, when it was made by a rotation.
	RotatedFrom *string `json:"rotated_from"`
	// The key to send as `Authorization: Bearer <secret>`. Store it now.
	Secret string `json:"secret"`
}

// String is the APIKeyWithSecret with Secret cut to the key's prefix, so that printing or logging
// it never shows the secret.
func (v APIKeyWithSecret) String() string {
	type plain APIKeyWithSecret
	v.Secret = redactKey(v.Secret)
	return fmt.Sprintf("%+v", plain(v))
}

// GoString is String: %#v hides the secret too.
func (v APIKeyWithSecret) GoString() string { return v.String() }

// Format writes String for every verb, so that no verb shows the secret.
func (v APIKeyWithSecret) Format(f fmt.State, _ rune) { _, _ = io.WriteString(f, v.String()) }

// APIKeyResponse is the `ApiKeyResponse` schema of the API.
//
// The JSON body of a response of client.Admin.APIKeys.Retrieve and client.Admin.APIKeys.Revoke,
// which return its data in a *Result[APIKey].
type APIKeyResponse struct {
	Data APIKey `json:"data"`
	Meta Meta   `json:"meta"`
}

// APIKeyCreatedResponse is the `ApiKeyCreatedResponse` schema of the API.
//
// The JSON body of a response of client.Admin.APIKeys.Create and client.Admin.APIKeys.Rotate, which
// return its data in a *Result[APIKeyWithSecret].
type APIKeyCreatedResponse struct {
	Data APIKeyWithSecret `json:"data"`
	Meta Meta             `json:"meta"`
}

// APIKeyListResponse is the `ApiKeyListResponse` schema of the API.
//
// The JSON body of a response of client.Admin.APIKeys.List, which returns its data in a
// *Result[[]APIKey].
type APIKeyListResponse struct {
	Data []APIKey `json:"data"`
	Meta Meta     `json:"meta"`
}

// ActivityEntry: One request, as the API saw it.
type ActivityEntry struct {
	RequestID string `json:"request_id"`
	Object    string `json:"object"`
	// When the request arrived.
	CreatedAt string `json:"created_at"`
	// The key that made it, a revoked one included (its requests get `401`); `null` when no key of
	// the account was recognised.
	KeyID   *string `json:"key_id"`
	KeyHint *string `json:"key_hint"`
	// The `operationId` called; `null` for a path or method the API does not have.
	Operation *string `json:"operation"`
	Method    string  `json:"method"`
	// The path called, without the query string (which may hold a signature).
	Path   string `json:"path"`
	Status int    `json:"status"`
	// The `error.code` of an error response; `null` for a success.
	ErrorCode *ErrorCode `json:"error_code"`
	// From the request's arrival to the response's first byte.
	LatencyMs        float64 `json:"latency_ms"`
	Model            *string `json:"model"`
	PromptTokens     int     `json:"prompt_tokens"`
	CompletionTokens int     `json:"completion_tokens"`
	// The response was an idempotent replay (`Idempotent-Replayed: true`).
	Replayed bool `json:"replayed"`
	// The response was a `429 rate_limit_exceeded`.
	RateLimited  bool `json:"rate_limited"`
	RequestBytes int  `json:"request_bytes"`
	// The body's size; `null` for a stream, whose size is not known when it is logged.
	ResponseBytes *int           `json:"response_bytes"`
	RateLimit     RateLimitState `json:"rate_limit"`
}

// RateLimitState: The rate-limit headers the response carried.
type RateLimitState struct {
	Limit     int `json:"limit"`
	Remaining int `json:"remaining"`
	// UTC epoch seconds.
	Reset int `json:"reset"`
}

// ActivityPage is the `ActivityPage` schema of the API.
type ActivityPage struct {
	Object  string          `json:"object"`
	Entries []ActivityEntry `json:"entries"`
	// More entries match than this page holds.
	HasMore bool `json:"has_more"`
	// Pass as `cursor` for the next page; `null` on the last.
	NextCursor *string `json:"next_cursor"`
}

// ActivityPageResponse is the `ActivityPageResponse` schema of the API.
//
// The JSON body of a response of client.Admin.Activity.List, which returns its data in a
// *Result[ActivityPage].
type ActivityPageResponse struct {
	Data ActivityPage `json:"data"`
	Meta Meta         `json:"meta"`
}

// ActivityEntryResponse is the `ActivityEntryResponse` schema of the API.
//
// The JSON body of a response of client.Admin.Activity.Retrieve, which returns its data in a
// *Result[ActivityEntry].
type ActivityEntryResponse struct {
	Data ActivityEntry `json:"data"`
	Meta Meta          `json:"meta"`
}

// UsageBucket is the `UsageBucket` schema of the API.
type UsageBucket struct {
	// The minute's start.
	Start    string  `json:"start"`
	KeyID    *string `json:"key_id"`
	Requests int     `json:"requests"`
	// Responses with a `4xx` other than `429`, or a `5xx`.
	Errors int `json:"errors"`
	// `429` responses.
	RateLimited      int `json:"rate_limited"`
	PromptTokens     int `json:"prompt_tokens"`
	CompletionTokens int `json:"completion_tokens"`
}

// UsageReport is the `UsageReport` schema of the API.
type UsageReport struct {
	Object        string `json:"object"`
	Since         string `json:"since"`
	Until         string `json:"until"`
	BucketSeconds int    `json:"bucket_seconds"`
	// Oldest first; for each minute, one bucket per key that made a request.
	Buckets []UsageBucket `json:"buckets"`
}

// UsageResponse is the `UsageResponse` schema of the API.
//
// The JSON body of a response of client.Admin.Usage.Retrieve, which returns its data in a
// *Result[UsageReport].
type UsageResponse struct {
	Data UsageReport `json:"data"`
	Meta Meta        `json:"meta"`
}

// VideoGenerationsContentParams: The query parameters of `video.generations.content`.
type VideoGenerationsContentParams struct {
	// Part of a signed `download_url`, the UTC epoch second after which it stops working (at most
	// `253402300799`, the last second of the year 9999). Sent together with `signature`.
	Expires *int
	// Part of a signed `download_url`. Sent together with `expires`; never needed with an API key.
	Signature string
}

// query is the query string of the parameters; nil parameters give none.
func (p *VideoGenerationsContentParams) query() url.Values {
	if p == nil {
		return nil
	}
	q := url.Values{}
	if p.Expires != nil {
		q.Set("expires", strconv.Itoa(*p.Expires))
	}
	if p.Signature != "" {
		q.Set("signature", p.Signature)
	}
	return q
}

// FilesContentParams: The query parameters of `files.content`.
type FilesContentParams struct {
	// Part of a signed `download_url`, the UTC epoch second after which it stops working (at most
	// `253402300799`, the last second of the year 9999). Sent together with `signature`.
	Expires *int
	// Part of a signed `download_url`. Sent together with `expires`; never needed with an API key.
	Signature string
}

// query is the query string of the parameters; nil parameters give none.
func (p *FilesContentParams) query() url.Values {
	if p == nil {
		return nil
	}
	q := url.Values{}
	if p.Expires != nil {
		q.Set("expires", strconv.Itoa(*p.Expires))
	}
	if p.Signature != "" {
		q.Set("signature", p.Signature)
	}
	return q
}

// AdminActivityListParams: The query parameters of `admin.activity.list`.
type AdminActivityListParams struct {
	// Only requests made with this key.
	KeyID string
	// Only responses with this status (`429`) or class (`4xx`).
	Status string
	// Only calls of this operation, by its `operationId` (`chat.completions.create`).
	Operation string
	// Only requests at or after this time.
	Since string
	// Only requests before this time.
	Until string
	// Entries per page.
	Limit *int
	// The `next_cursor` of the previous page.
	Cursor string
}

// query is the query string of the parameters; nil parameters give none.
func (p *AdminActivityListParams) query() url.Values {
	if p == nil {
		return nil
	}
	q := url.Values{}
	if p.KeyID != "" {
		q.Set("key_id", p.KeyID)
	}
	if p.Status != "" {
		q.Set("status", p.Status)
	}
	if p.Operation != "" {
		q.Set("operation", p.Operation)
	}
	if p.Since != "" {
		q.Set("since", p.Since)
	}
	if p.Until != "" {
		q.Set("until", p.Until)
	}
	if p.Limit != nil {
		q.Set("limit", strconv.Itoa(*p.Limit))
	}
	if p.Cursor != "" {
		q.Set("cursor", p.Cursor)
	}
	return q
}

// AdminUsageRetrieveParams: The query parameters of `admin.usage.retrieve`.
type AdminUsageRetrieveParams struct {
	// Only this key.
	KeyID string
	// The window's start (default one hour before `until`).
	Since string
	// The window's end (default now).
	Until string
}

// query is the query string of the parameters; nil parameters give none.
func (p *AdminUsageRetrieveParams) query() url.Values {
	if p == nil {
		return nil
	}
	q := url.Values{}
	if p.KeyID != "" {
		q.Set("key_id", p.KeyID)
	}
	if p.Since != "" {
		q.Set("since", p.Since)
	}
	if p.Until != "" {
		q.Set("until", p.Until)
	}
	return q
}

// nullWhenZero is nil for the zero value (written as null), else a pointer to v.
func nullWhenZero[T comparable](v T) *T {
	var zero T
	if v == zero {
		return nil
	}
	return &v
}
