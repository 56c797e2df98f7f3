// Generated from openapi/minimax.yaml by generator/ — do not edit.
/**
 * The types of the MiniMax API: one for each schema of the spec, and the parameters of its
 * operations.
 *
 * Enums of responses are open (`'stop' | 'length' | (string & {})`): the API adds values without
 * a new version, so code must expect others. Enums of requests are closed.
 */

import type { Uploadable } from './core/uploads.js';

/** Metadata of a response. `model` and `usage` appear when the call used a model. */
export interface Meta {
  /** Equal to the `X-Request-Id` header. */
  request_id: string;
  /** The model that served the call. */
  model?: string;
  usage?: Usage;
}

/** Tokens the call consumed, as billed. */
export interface Usage {
  prompt_tokens: number;
  completion_tokens: number;
  /** `prompt_tokens + completion_tokens`. */
  total_tokens: number;
}

/**
 * What went wrong, machine-readably. Each code has one HTTP status and a piece of advice
 * for the caller; the reference lists them.
 */
export type ErrorCode =
  | 'invalid_request'
  | 'authentication_failed'
  | 'permission_denied'
  | 'not_found'
  | 'model_not_found'
  | 'method_not_allowed'
  | 'idempotency_key_in_use'
  | 'task_not_ready'
  | 'key_limit_reached'
  | 'key_revoked'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'idempotency_key_reused'
  | 'rate_limit_exceeded'
  | 'server_error'
  | (string & {});

export interface ErrorObject {
  code: ErrorCode;
  /** A sentence for a person. Never contains a secret. */
  message: string;
  /** Facts about the error, by code; `field` for `invalid_request`. May be empty. */
  details: Record<string, unknown>;
}

/** The error envelope, used by every 4xx and 5xx response and by `error` stream frames. */
export interface ErrorResponse {
  error: ErrorObject;
  meta: Meta;
}

/** The data of the `done` frame that ends a successful stream. */
export interface StreamDone {
  meta: Meta;
}

/** `queued` → `processing` → `succeeded` or `failed`. `succeeded` and `failed` are final. */
export type TaskStatus = 'queued' | 'processing' | 'succeeded' | 'failed' | (string & {});

/** Why a task failed. */
export interface TaskError {
  code:
    | 'generation_failed'
    | 'content_policy_violation'
    | 'invalid_training_file'
    | 'training_failed'
    | (string & {});
  message: string;
}

export interface ChatCompletionRequest {
  /** A model with the `chat` capability, e.g. `minimax-chat-v2`, or a fine-tuned model. */
  model: string;
  /** The conversation so far, oldest first. */
  messages: Array<ChatMessage>;
  /** Functions the model may call. Names must be unique. */
  tools?: Array<Tool>;
  tool_choice?: ToolChoice;
  /** Sampling temperature; 0 always picks the most likely token. */
  temperature?: number;
  /** Nucleus sampling; only tokens within the top `top_p` probability mass are considered. */
  top_p?: number;
  /**
   * The most tokens to generate. When the answer is cut by this limit, `finish_reason` is
   * `length`. Defaults to the model's `max_output_tokens`; a value above it gives
   * `400 invalid_request`.
   */
  max_tokens?: number;
  /** Answer as a `text/event-stream` of `ChatCompletionStreamEvent` frames. */
  stream?: boolean;
}

/** `ChatCompletionRequest` with `stream: true`: the answer is a stream of `ChatCompletionChunk`. */
export interface ChatCompletionRequestStreaming extends ChatCompletionRequest {
  /** Answer as a `text/event-stream` of `ChatCompletionStreamEvent` frames. */
  stream: true;
}

/**
 * `ChatCompletionRequest` without `stream` (or with `stream: false`): the answer is one JSON
 * document.
 */
export interface ChatCompletionRequestNonStreaming extends ChatCompletionRequest {
  /** Answer as a `text/event-stream` of `ChatCompletionStreamEvent` frames. */
  stream?: false;
}

/** One message of the conversation, told apart by `role`. */
export type ChatMessage = SystemMessage | UserMessage | AssistantMessage | ToolMessage;

/** Instructions that frame the whole conversation. */
export interface SystemMessage {
  role: 'system';
  content: string;
}

export interface UserMessage {
  role: 'user';
  content: string;
}

/**
 * A message from the model. `content` is null when the model answers with `tool_calls`
 * only. In a request, it replays an earlier answer.
 */
export interface AssistantMessage {
  role: 'assistant';
  content: string | null;
  tool_calls?: Array<ToolCall>;
}

/** The result of a tool call, answering the assistant's call with the same id. */
export interface ToolMessage {
  role: 'tool';
  tool_call_id: string;
  content: string;
}

export interface Tool {
  type: 'function';
  function: FunctionDefinition;
}

export interface FunctionDefinition {
  name: string;
  description?: string;
  /**
   * A JSON Schema (2020-12) object describing the function's arguments. The `arguments`
   * of every tool call for this function validate against it. Defaults to an object with
   * no properties.
   */
  parameters?: Record<string, unknown>;
}

/**
 * `auto` (the default when `tools` is given): the model decides. `none`: never call a tool.
 * `required`: call at least one tool. `{"type": "function", "function": {"name": ...}}`:
 * call that function. Naming a function that is not in `tools` gives `400 invalid_request`.
 */
export type ToolChoice = 'auto' | 'none' | 'required' | NamedToolChoice;

export interface NamedToolChoice {
  type: 'function';
  function: NamedToolChoice.Function;
}

export namespace NamedToolChoice {
  export interface Function {
    name: string;
  }
}

export interface ToolCall {
  /** Quote it as `tool_call_id` in the `tool` message that answers this call. */
  id: string;
  type: 'function';
  function: ToolCall.Function;
}

export namespace ToolCall {
  export interface Function {
    name: string;
    /** The arguments as a JSON document that validates against the function's `parameters`. */
    arguments: string;
  }
}

/**
 * `stop`: the answer is complete. `length`: cut by `max_tokens`. `tool_calls`: the model called
 * tools.
 */
export type FinishReason = 'stop' | 'length' | 'tool_calls' | (string & {});

export interface ChatCompletion {
  id: string;
  object: 'chat.completion';
  created_at: string;
  model: string;
  choices: Array<ChatCompletionChoice>;
}

export interface ChatCompletionChoice {
  index: number;
  message: AssistantMessage;
  finish_reason: FinishReason;
}

export interface ChatCompletionResponse {
  data: ChatCompletion;
  meta: Meta;
}

/**
 * The data of one `chunk` frame. All chunks of a stream share `id`, `created_at` and
 * `model`. The first delta carries `role`; later ones carry `content` pieces or
 * `tool_calls` pieces; the last chunk has an empty `delta` and the `finish_reason`.
 */
export interface ChatCompletionChunk {
  id: string;
  object: 'chat.completion.chunk';
  created_at: string;
  model: string;
  choices: Array<ChatCompletionChunkChoice>;
}

export interface ChatCompletionChunkChoice {
  index: number;
  delta: ChatCompletionDelta;
  /** Null until the last chunk. */
  finish_reason: FinishReason | null;
}

/**
 * A piece of the assistant message. Concatenate `content` pieces in order. A tool call
 * arrives whole in one delta (its `arguments` are never split), identified by `index`.
 */
export interface ChatCompletionDelta {
  role?: 'assistant';
  content?: string;
  tool_calls?: Array<ToolCallDelta>;
}

export interface ToolCallDelta {
  /** The position of this call in the message's `tool_calls`. */
  index: number;
  id: string;
  type: 'function';
  function: ToolCallDelta.Function;
}

export namespace ToolCallDelta {
  export interface Function {
    name: string;
    arguments: string;
  }
}

/**
 * One SSE frame of a streamed chat completion: `event: <kind>` then `data: <JSON>`.
 * `chunk` frames hold a `ChatCompletionChunk`; the stream then ends with exactly one
 * `done` frame (a `StreamDone`, with `meta.usage`) or, if it failed after starting, one
 * `error` frame (an `ErrorResponse`).
 */
export interface ChatCompletionStreamEvent {
  event: 'chunk' | 'done' | 'error' | (string & {});
  data: string;
  id?: string;
}

/**
 * The JSON in a chat stream frame's `data`: a `ChatCompletionChunk` for `chunk`, a `StreamDone` for
 * `done`, an `ErrorResponse` for `error`.
 */
export type ChatCompletionStreamData = ChatCompletionChunk | StreamDone | ErrorResponse;

export interface EmbeddingRequest {
  /** A model with the `embeddings` capability, e.g. `minimax-embed-v1`. */
  model: string;
  /**
   * One string, or 1 to 2,048 strings. Each string is at most 8,192 tokens; longer ones give `400
   * invalid_request`.
   */
  input: string | Array<string>;
  encoding_format?: EmbeddingEncodingFormat;
}

/**
 * How each `embedding` of the response is written. `float` (the default): a JSON array of
 * numbers. `base64`: a string, the vector's float32 values, little-endian, 4 bytes each,
 * base64-encoded (RFC 4648, with padding); the same values in less than half the bytes.
 */
export type EmbeddingEncodingFormat = 'float' | 'base64';

export interface EmbeddingItem {
  /** The position of the input this vector embeds. */
  index: number;
  /**
   * The unit-length vector, of the model's `embedding_dimension` (1,536 for
   * `minimax-embed-v1`). With `encoding_format: float` (the default), an array of that
   * many numbers. With `encoding_format: base64`, a string: the same values as float32s,
   * little-endian, 4 bytes each, base64-encoded (RFC 4648, with padding), so it decodes
   * to 4 x `embedding_dimension` bytes (8,192 characters for 1,536 dimensions).
   */
  embedding: Array<number>;
}

export interface EmbeddingResponse {
  data: Array<EmbeddingItem>;
  meta: Meta;
}

export interface VideoGenerationRequest {
  /** What the video shows. */
  prompt: string;
  /** A model with the `video` capability. Defaults to `minimax-video-v1`. */
  model?: string;
  /** A PNG or JPEG uploaded with purpose `video-reference` that the video starts from. */
  reference_image_file_id?: string;
  resolution?: VideoResolution;
  aspect_ratio?: VideoAspectRatio;
  /** Length in seconds. */
  duration?: number;
}

/** The height of the video in pixels; the width follows from `aspect_ratio`. */
export type VideoResolution = '480p' | '720p' | '1080p';

export type VideoAspectRatio = '16:9' | '9:16' | '1:1';

/** A video generation task. */
export interface VideoGeneration {
  id: string;
  object: 'video.generation';
  model: string;
  prompt: string;
  reference_image_file_id: string | null;
  resolution: VideoResolution | (string & {});
  aspect_ratio: VideoAspectRatio | (string & {});
  duration: number;
  status: TaskStatus;
  /** Percent done; 100 once `succeeded`. Never goes down. */
  progress: number;
  created_at: string;
  updated_at: string;
  /** When the task reached `succeeded` or `failed`. */
  completed_at: string | null;
  /** Set once `succeeded`. */
  result: VideoResult | null;
  /** Set once `failed`. */
  error: TaskError | null;
}

export interface VideoResult {
  /** A signed URL of the MP4 that needs no API key, valid until `download_url_expires_at`. */
  download_url: string;
  download_url_expires_at: string;
  content_type: 'video/mp4';
  width: number;
  height: number;
  duration: number;
  frames_per_second: number;
  bytes: number;
}

export interface VideoGenerationResponse {
  data: VideoGeneration;
  meta: Meta;
}

/**
 * One SSE frame of a video task's status stream. `status` frames hold a
 * `VideoGeneration`; the stream ends with one `done` frame (a `StreamDone`) after the
 * final status, or one `error` frame (an `ErrorResponse`).
 */
export interface VideoGenerationStreamEvent {
  event: 'status' | 'done' | 'error' | (string & {});
  data: string;
  id?: string;
}

/**
 * The JSON in a video stream frame's `data`: a `VideoGeneration` for `status`, a `StreamDone` for
 * `done`, an `ErrorResponse` for `error`.
 */
export type VideoGenerationStreamData = VideoGeneration | StreamDone | ErrorResponse;

export interface Model {
  id: string;
  object: 'model';
  /** `minimax` for the catalogue; the account's id for its fine-tuned models. */
  owned_by: string;
  created_at: string;
  capabilities: Array<ModelCapability>;
  /** The most tokens of input the model reads (prompt and output together, for chat). */
  context_window: number;
  /** The most tokens a chat completion can generate; null for models that do not generate text. */
  max_output_tokens: number | null;
  /** The length of every vector, for embedding models; null otherwise. */
  embedding_dimension: number | null;
  pricing: ModelPricing;
  /** Null while the model is supported. */
  deprecation: ModelDeprecation | null;
}

export type ModelCapability =
  'chat' | 'embeddings' | 'vision' | 'video' | 'fine_tuning' | (string & {});

/** Prices in `currency` per token (and per second of generated video). */
export interface ModelPricing {
  currency: 'USD';
  input_per_token: number;
  output_per_token: number;
  per_video_second: number | null;
}

/**
 * A deprecated model keeps working until `shutdown_at`; then calls naming it give `404
 * model_not_found`.
 */
export interface ModelDeprecation {
  deprecated_at: string;
  shutdown_at: string;
  /** The model to move to. */
  replacement: string | null;
  /** How to move off the model; the URL the `Link` header of a response naming it points to. */
  migration_guide?: string;
}

export interface ModelResponse {
  data: Model;
  meta: Meta;
}

export interface ModelListResponse {
  data: Array<Model>;
  meta: Meta;
}

/** `fine-tune`: JSON Lines training data. `video-reference`: a PNG or JPEG for video generation. */
export type FilePurpose = 'fine-tune' | 'video-reference';

export interface FileUploadRequest {
  /** The file's bytes, with a filename. */
  file: Uploadable;
  purpose: FilePurpose;
}

export interface FileObject {
  id: string;
  object: 'file';
  filename: string;
  purpose: FilePurpose | (string & {});
  /** What the bytes are, as detected on upload. */
  content_type: 'application/jsonl' | 'image/png' | 'image/jpeg' | (string & {});
  bytes: number;
  sha256: string;
  created_at: string;
  /**
   * A signed URL of the bytes that needs no API key, valid until `download_url_expires_at` (one
   * hour).
   */
  download_url: string;
  download_url_expires_at: string;
}

export interface FileResponse {
  data: FileObject;
  meta: Meta;
}

export interface FineTuneRequest {
  /** The base model, one with the `fine_tuning` capability. */
  model: string;
  /** A file uploaded with purpose `fine-tune`. */
  training_file: string;
  hyperparameters?: Hyperparameters;
  /** Part of the new model's id, `ft:<base>:<suffix>:<job>`. */
  suffix?: string;
}

/** Training settings; each has a default. */
export interface Hyperparameters {
  n_epochs?: number;
  learning_rate_multiplier?: number;
  batch_size?: number;
}

/** A fine-tuning job. */
export interface FineTune {
  id: string;
  object: 'fine_tune';
  model: string;
  training_file: string;
  hyperparameters: Hyperparameters;
  suffix: string | null;
  status: TaskStatus;
  progress: number;
  /** The new model's id, set once `succeeded`. */
  fine_tuned_model: string | null;
  trained_tokens: number | null;
  created_at: string;
  updated_at: string;
  completed_at: string | null;
  error: TaskError | null;
}

export interface FineTuneResponse {
  data: FineTune;
  meta: Meta;
}

/** What a key may call; see *Authentication*. */
export type KeyScope = 'full' | 'read_only' | 'video_only';

/** The rate-limit tier of a key; see *Rate limits*. */
export type RateLimitTier = 'free' | 'pay_as_you_go' | 'enterprise';

export interface ApiKeyCreateRequest {
  /** A label for people (`support-bot`); need not be unique. */
  name: string;
  scope?: KeyScope;
  /** The only models the key may name; `null` (the default) for every model. */
  models?: Array<string> | null;
  tier?: RateLimitTier;
}

/** An API key as the account sees it later: its settings, never its secret. */
export interface ApiKey {
  id: string;
  object: 'api_key';
  name: string;
  /** The key's prefix and first four characters, then `...`. */
  hint: string;
  scope: KeyScope | (string & {});
  models: Array<string> | null;
  tier: RateLimitTier | (string & {});
  created_at: string;
  /** The key's latest request, to within a second; `null` if never used. */
  last_used_at: string | null;
  revoked_at: string | null;
  /** The id of the key this one replaced, when it was made by a rotation. */
  rotated_from: string | null;
}

/** A key just made, with the secret itself, shown this once only. */
export interface ApiKeyWithSecret extends ApiKey {
  /** The key to send as `Authorization: Bearer <secret>`. Store it now. */
  secret: string;
}

export interface ApiKeyResponse {
  data: ApiKey;
  meta: Meta;
}

export interface ApiKeyCreatedResponse {
  data: ApiKeyWithSecret;
  meta: Meta;
}

export interface ApiKeyListResponse {
  data: Array<ApiKey>;
  meta: Meta;
}

/** One request, as the API saw it. */
export interface ActivityEntry {
  request_id: string;
  object: 'activity';
  /** When the request arrived. */
  created_at: string;
  /**
   * The key that made it, a revoked one included (its requests get `401`); `null` when no key of
   * the account was recognised.
   */
  key_id: string | null;
  key_hint: string | null;
  /** The `operationId` called; `null` for a path or method the API does not have. */
  operation: string | null;
  method: string;
  /** The path called, without the query string (which may hold a signature). */
  path: string;
  status: number;
  /** The `error.code` of an error response; `null` for a success. */
  error_code: ErrorCode | null;
  /** From the request's arrival to the response's first byte. */
  latency_ms: number;
  model: string | null;
  prompt_tokens: number;
  completion_tokens: number;
  /** The response was an idempotent replay (`Idempotent-Replayed: true`). */
  replayed: boolean;
  /** The response was a `429 rate_limit_exceeded`. */
  rate_limited: boolean;
  request_bytes: number;
  /** The body's size; `null` for a stream, whose size is not known when it is logged. */
  response_bytes: number | null;
  rate_limit: RateLimitState;
}

/** The rate-limit headers the response carried. */
export interface RateLimitState {
  limit: number;
  remaining: number;
  /** UTC epoch seconds. */
  reset: number;
}

export interface ActivityPage {
  object: 'activity_page';
  entries: Array<ActivityEntry>;
  /** More entries match than this page holds. */
  has_more: boolean;
  /** Pass as `cursor` for the next page; `null` on the last. */
  next_cursor: string | null;
}

export interface ActivityPageResponse {
  data: ActivityPage;
  meta: Meta;
}

export interface ActivityEntryResponse {
  data: ActivityEntry;
  meta: Meta;
}

export interface UsageBucket {
  /** The minute's start. */
  start: string;
  key_id: string | null;
  requests: number;
  /** Responses with a `4xx` other than `429`, or a `5xx`. */
  errors: number;
  /** `429` responses. */
  rate_limited: number;
  prompt_tokens: number;
  completion_tokens: number;
}

export interface UsageReport {
  object: 'usage';
  since: string;
  until: string;
  bucket_seconds: 60;
  /** Oldest first; for each minute, one bucket per key that made a request. */
  buckets: Array<UsageBucket>;
}

export interface UsageResponse {
  data: UsageReport;
  meta: Meta;
}

/** The query parameters of `video.generations.content`. */
export interface VideoGenerationsContentParams {
  /**
   * Part of a signed `download_url`, the UTC epoch second after which it stops working (at
   * most `253402300799`, the last second of the year 9999). Sent together with `signature`.
   */
  expires?: number;
  /**
   * Part of a signed `download_url`. Sent together with `expires`; never needed with an API key.
   */
  signature?: string;
}

/** The query parameters of `files.content`. */
export interface FilesContentParams {
  /**
   * Part of a signed `download_url`, the UTC epoch second after which it stops working (at
   * most `253402300799`, the last second of the year 9999). Sent together with `signature`.
   */
  expires?: number;
  /**
   * Part of a signed `download_url`. Sent together with `expires`; never needed with an API key.
   */
  signature?: string;
}

/** The query parameters of `admin.activity.list`. */
export interface AdminActivityListParams {
  /** Only requests made with this key. */
  key_id?: string;
  /** Only responses with this status (`429`) or class (`4xx`). */
  status?: string;
  /** Only calls of this operation, by its `operationId` (`chat.completions.create`). */
  operation?: string;
  /** Only requests at or after this time. */
  since?: string;
  /** Only requests before this time. */
  until?: string;
  /** Entries per page. */
  limit?: number;
  /** The `next_cursor` of the previous page. */
  cursor?: string;
}

/** The query parameters of `admin.usage.retrieve`. */
export interface AdminUsageRetrieveParams {
  /** Only this key. */
  key_id?: string;
  /** The window's start (default one hour before `until`). */
  since?: string;
  /** The window's end (default now). */
  until?: string;
}
