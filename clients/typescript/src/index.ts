// Generated from openapi/minimax.yaml by generator/ — do not edit.
/**
 * @minimax/sdk: the TypeScript SDK of the MiniMax API.
 *
 * ```ts
 * import MiniMax from '@minimax/sdk';
 *
 * const client = new MiniMax();
 * ```
 */

import { MiniMax } from './client.js';

export default MiniMax;
export { MiniMax };
export { ChatCompletions, Chat } from './resources/chat.js';
export { Embeddings } from './resources/embeddings.js';
export { VideoGenerations, Video } from './resources/video.js';
export { Models } from './resources/models.js';
export { Files } from './resources/files.js';
export { FineTunes } from './resources/fine-tunes.js';
export { AdminApiKeys, AdminActivity, AdminUsage, Admin } from './resources/administration.js';
export * from './types.js';
export { API_VERSION, VERSION } from './constants.js';
export {
  MiniMaxError,
  ConfigurationError,
  APIError,
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
  CircuitOpenError,
  WaitTimeoutError,
  type APIErrorInit,
} from './core/error-base.js';
export {
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
export { APIPromise } from './core/api-promise.js';
export { Stream } from './core/streaming.js';
export { ChatCompletionAccumulator } from './core/chat-accumulator.js';
export { CircuitBreaker } from './core/circuit-breaker.js';
export { toFile, fileFromPath, type Uploadable } from './core/uploads.js';
export { type ClientOptions, type RequestOptions } from './core/transport.js';
export { type APIResult, type RateLimit } from './core/result.js';
export { Download } from './core/download.js';
export { type WaitOptions } from './core/wait.js';
export { DEPRECATED_MODEL_WARNING_CODE } from './core/deprecation.js';
