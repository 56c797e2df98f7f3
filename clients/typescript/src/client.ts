// Generated from openapi/minimax.yaml by generator/ — do not edit.
/** `MiniMax`: the client of the MiniMax API, composed of one resource per tag. */

import {
  MiniMaxError,
  ConfigurationError,
  APIError,
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
  CircuitOpenError,
  WaitTimeoutError,
} from './core/error-base.js';
import { APIClient, type ClientOptions } from './core/transport.js';
import {
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  MethodNotAllowedError,
  ConflictError,
  PayloadTooLargeError,
  UnsupportedMediaTypeError,
  UnprocessableEntityError,
  RateLimitError,
  InternalServerError,
  InvalidRequestError,
  AuthenticationFailedError,
  ModelNotFoundError,
  IdempotencyKeyInUseError,
  TaskNotReadyError,
  KeyLimitReachedError,
  KeyRevokedError,
  IdempotencyKeyReusedError,
  RateLimitExceededError,
  ServerError,
} from './errors.js';
import { Chat } from './resources/chat.js';
import { Embeddings } from './resources/embeddings.js';
import { Video } from './resources/video.js';
import { Models } from './resources/models.js';
import { Files } from './resources/files.js';
import { FineTunes } from './resources/fine-tunes.js';
import { Admin } from './resources/administration.js';

/**
 * A client of the MiniMax API.
 *
 * ```ts
 * const client = new MiniMax({ apiKey: 'mmx_test_...' }); // or set MINIMAX_API_KEY
 * const result = await client.chat.completions.create({
 *   model: 'minimax-chat-v2',
 *   messages: [{ role: 'user', content: 'Hello' }],
 * });
 * console.log(result.data.choices[0]?.message.content, result.requestId);
 * ```
 *
 * Options: `apiKey` (`MINIMAX_API_KEY` when not given; `mmx_live_` keys reach production,
 * `mmx_test_` keys the sandbox), `baseURL` (`MINIMAX_BASE_URL` when not given, else
 * https://api.minimax.gr.com/v1), `timeout` (ms for a whole call, retries included: 30000 by
 * default, 300000 for uploads and downloads), `maxRetries` (2), `fetch`, `defaultHeaders`,
 * `circuitBreaker` and `logger`.
 */
export class MiniMax extends APIClient {
  /**
   * Chat completions with system prompts, multi-turn conversations, function calling and SSE
   * streaming.
   */
  readonly chat: Chat = new Chat(this);
  /** Fixed-dimension float vectors for semantic search, clustering and RAG. */
  readonly embeddings: Embeddings = new Embeddings(this);
  /** Asynchronous video generation from a text prompt and an optional reference image. */
  readonly video: Video = new Video(this);
  /** The models available to your key, with their capabilities, pricing and deprecation status. */
  readonly models: Models = new Models(this);
  /** Uploads for fine-tuning and video reference images, with signed download URLs. */
  readonly files: Files = new Files(this);
  /** Fine-tuning jobs that train a new model from an uploaded file. */
  readonly fineTunes: FineTunes = new FineTunes(this);
  /**
   * The account's API keys, its activity log and its usage, called with the account's admin key.
   */
  readonly admin: Admin = new Admin(this);

  constructor(options: ClientOptions = {}) {
    super(options);
  }

  static readonly MiniMaxError = MiniMaxError;

  static readonly ConfigurationError = ConfigurationError;

  static readonly APIError = APIError;

  static readonly APIConnectionError = APIConnectionError;

  static readonly APITimeoutError = APITimeoutError;

  static readonly APIUserAbortError = APIUserAbortError;

  static readonly CircuitOpenError = CircuitOpenError;

  static readonly WaitTimeoutError = WaitTimeoutError;

  static readonly BadRequestError = BadRequestError;

  static readonly AuthenticationError = AuthenticationError;

  static readonly PermissionDeniedError = PermissionDeniedError;

  static readonly NotFoundError = NotFoundError;

  static readonly MethodNotAllowedError = MethodNotAllowedError;

  static readonly ConflictError = ConflictError;

  static readonly PayloadTooLargeError = PayloadTooLargeError;

  static readonly UnsupportedMediaTypeError = UnsupportedMediaTypeError;

  static readonly UnprocessableEntityError = UnprocessableEntityError;

  static readonly RateLimitError = RateLimitError;

  static readonly InternalServerError = InternalServerError;

  static readonly InvalidRequestError = InvalidRequestError;

  static readonly AuthenticationFailedError = AuthenticationFailedError;

  static readonly ModelNotFoundError = ModelNotFoundError;

  static readonly IdempotencyKeyInUseError = IdempotencyKeyInUseError;

  static readonly TaskNotReadyError = TaskNotReadyError;

  static readonly KeyLimitReachedError = KeyLimitReachedError;

  static readonly KeyRevokedError = KeyRevokedError;

  static readonly IdempotencyKeyReusedError = IdempotencyKeyReusedError;

  static readonly RateLimitExceededError = RateLimitExceededError;

  static readonly ServerError = ServerError;
}
