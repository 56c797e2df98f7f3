/**
 * The transport: builds each request, sends it with retries within the call's time budget, and
 * turns the response into a result, a stream or a download.
 *
 * Retried: connection errors, `RETRIED_STATUSES`, 5xx and a 409 `idempotency_key_in_use`, after
 * exponential backoff with jitter or the server's `Retry-After`, as long as the call's deadline
 * (its `timeout`, which covers every attempt and wait) allows. Every POST carries an
 * `Idempotency-Key` (the caller's, or a fresh UUID) that stays the same across the retries of
 * one call, so the API never does the work of one call twice.
 */

import { randomUUID } from 'node:crypto';

import {
  API_KEY_ALPHABET,
  API_KEY_ENV,
  API_KEY_PREFIXES,
  BASE_URL_ENV,
  DEFAULT_BASE_URL,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  IDEMPOTENCY_CONFLICT_CODE,
  IDEMPOTENCY_KEY_HEADER,
  INITIAL_RETRY_DELAY_MS,
  MAX_RETRY_AFTER_MS,
  MAX_RETRY_DELAY_MS,
  PACKAGE_NAME,
  REQUEST_ID_HEADER,
  RETRIED_STATUSES,
  TRANSFER_TIMEOUT_MS,
  VERSION,
} from '../constants.js';
import { makeStatusError } from '../errors.js';
import { APIPromise } from './api-promise.js';
import type { CircuitBreaker } from './circuit-breaker.js';
import { DeprecationNotices } from './deprecation.js';
import { Download } from './download.js';
import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  ConfigurationError,
  readEnvelope,
} from './error-base.js';
import { escapeRegExp, hideSecrets, redact, redactKey } from './redaction.js';
import { makeResult, type APIResult } from './result.js';
import { Stream } from './streaming.js';
import { linkAbort, raceAbort, sleep, startTimer } from './timing.js';
import { toFormData } from './uploads.js';

/** A `fetch` function: the global one by default. */
export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/** Where the client logs: each response at `debug`, each retry at `info`. `console` will do. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
}

export interface ClientOptions {
  /** The API key; `process.env[API_KEY_ENV]` by default. */
  apiKey?: string | undefined;
  /** The API's URL, version included; `process.env[BASE_URL_ENV]`, else production, by default. */
  baseURL?: string | undefined;
  /**
   * Milliseconds each call may take, retries and their waits included; `DEFAULT_TIMEOUT_MS` by
   * default, `TRANSFER_TIMEOUT_MS` for uploads and downloads. For a stream or a download it
   * bounds the wait for the response, then each gap between pieces of the body.
   */
  timeout?: number | undefined;
  /**
   * How many times a failed request is retried; `DEFAULT_MAX_RETRIES` by default. A 409
   * `idempotency_key_in_use` is waited out apart from these, until the call's timeout.
   */
  maxRetries?: number | undefined;
  /** The `fetch` to send requests with: for proxies, custom agents or tests. */
  fetch?: Fetch | undefined;
  /** Headers to send with every request. */
  defaultHeaders?: Record<string, string> | undefined;
  /** Fails calls fast while the API keeps failing; none by default. */
  circuitBreaker?: CircuitBreaker | undefined;
  /** Where to log requests and retries (secrets redacted); nowhere by default. */
  logger?: Logger | undefined;
}

/** Options of one call, the last argument of every method. */
export interface RequestOptions {
  /** Milliseconds this call may take, retries and their waits included; the client's by default. */
  timeout?: number | undefined;
  /** How many times a failed request of this call is retried; the client's by default. */
  maxRetries?: number | undefined;
  /** Aborts the call (a stream included) with `APIUserAbortError`. */
  signal?: AbortSignal | undefined;
  /** The `Idempotency-Key` of a POST; a fresh UUID by default. Reuse it to retry a call yourself. */
  idempotencyKey?: string | undefined;
  /** More headers to send, beside those of the spec. */
  headers?: Record<string, string> | undefined;
  /** More query parameters to send. */
  query?: Record<string, unknown> | undefined;
  /** More properties to send in the body, beside those of the spec. */
  body?: Record<string, unknown> | undefined;
}

/** One operation's request, as a generated resource method describes it. */
export interface RequestSpec {
  method: 'GET' | 'POST';
  /** Relative to the base URL, path parameters already encoded: `/models/${encodeURIComponent(id)}`. */
  path: string;
  query?: Record<string, unknown> | undefined;
  body?: Record<string, unknown> | undefined;
  /** Send the body as `multipart/form-data` rather than JSON. */
  multipart?: boolean | undefined;
  /** For streams: the event whose data are the items, such as `chunk`. */
  itemEvent?: string | undefined;
  /** An upload or a download: `TRANSFER_TIMEOUT_MS` by default. */
  transfer?: boolean | undefined;
  /** The properties of `data` (or of its items) holding a credential: inspection hides them. */
  secrets?: readonly string[] | undefined;
  /** The model the request names: a response saying it is deprecated is reported once. */
  model?: string | undefined;
}

/** A request ready to send, the same for every attempt. */
interface Prepared {
  url: string;
  init: { method: string; headers: Headers; body: string | FormData | undefined };
}

/** A call whose response has arrived, with what still bounds reading it. */
interface Sent {
  response: Response;
  controller: AbortController;
  timeout: number;
  /** Stops the call's deadline and unlinks the caller's signal. */
  release: () => void;
}

/** Retries made so far in one call, by kind. */
interface Retries {
  counted: number;
  rateLimited: number;
  inUse: number;
}

const USER_AGENT = `${PACKAGE_NAME}/${VERSION} node/${process.version}`;
// The share of a delay that is random, so that clients failing together do not retry together.
const JITTER = 0.25;
const KEY_SHAPE = new RegExp(
  `^(?:${API_KEY_PREFIXES.map(escapeRegExp).join('|')})` + `[${API_KEY_ALPHABET}]+$`,
);
const inspectCustom = Symbol.for('nodejs.util.inspect.custom');

/**
 * The client's settings and the three ways generated resources call the API: `json`, `stream`
 * and `binary`. The API key is kept private, out of `util.inspect` and `JSON.stringify`.
 */
export class APIClient {
  readonly baseURL: string;
  /** The client's timeout in milliseconds, when one was given; else each operation's default. */
  readonly timeout: number | undefined;
  readonly maxRetries: number;
  #apiKey: string;
  #fetch: Fetch;
  #defaultHeaders: Record<string, string>;
  #circuitBreaker: CircuitBreaker | undefined;
  #logger: Logger | undefined;
  #deprecations = new DeprecationNotices();

  constructor(options: ClientOptions = {}) {
    const apiKey = options.apiKey ?? process.env[API_KEY_ENV];
    if (!apiKey) throw new ConfigurationError(`no API key: pass apiKey or set ${API_KEY_ENV}`);
    if (!API_KEY_PREFIXES.some((prefix) => apiKey.startsWith(prefix))) {
      const prefixes = API_KEY_PREFIXES.map((prefix) => `'${prefix}'`).join(' or ');
      throw new ConfigurationError(
        `the API key must start with ${prefixes}; check that the whole key was copied`,
      );
    }
    if (!KEY_SHAPE.test(apiKey)) {
      throw new ConfigurationError(
        `the API key holds characters other than [${API_KEY_ALPHABET}] after its prefix; ` +
          'check for spaces or line breaks copied with it',
      );
    }
    const baseURL = options.baseURL || process.env[BASE_URL_ENV] || DEFAULT_BASE_URL;
    if (!isURL(baseURL)) {
      throw new ConfigurationError(`the base URL is not a URL: ${redact(baseURL)}`);
    }
    this.baseURL = baseURL.replace(/\/+$/, '');
    this.timeout = options.timeout;
    this.maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
    this.#apiKey = apiKey;
    this.#fetch = options.fetch ?? ((input, init) => fetch(input, init));
    this.#defaultHeaders = { ...options.defaultHeaders };
    this.#circuitBreaker = options.circuitBreaker;
    this.#logger = options.logger;
  }

  /** A call whose JSON body, `{data, meta}`, becomes an `APIResult`. */
  protected json<T>(spec: RequestSpec, options: RequestOptions = {}): APIPromise<APIResult<T>> {
    const sent = this.#send(spec, options, 'application/json');
    return new APIPromise(
      sent.then((call) => call.response),
      async () => {
        const { response, controller, release } = await sent;
        try {
          const result = makeResult<T>(response, await readText(response, controller.signal));
          if (spec.secrets) hideSecrets(result.data, spec.secrets);
          return result;
        } finally {
          release();
        }
      },
    );
  }

  /** A call answered with server-sent events, whose items are the data of `spec.itemEvent`. */
  protected stream<T>(spec: RequestSpec, options: RequestOptions = {}): APIPromise<Stream<T>> {
    // From the response on, the stream's own timeout applies: between frames.
    const sent = this.#send(spec, options, 'text/event-stream').then(released);
    return new APIPromise(
      sent.then((call) => call.response),
      async () => {
        const { response, controller, timeout } = await sent;
        const itemEvent = spec.itemEvent ?? 'message';
        return new Stream<T>(response, controller, { itemEvent, timeout, signal: options.signal });
      },
    );
  }

  /** A call answered with a file's bytes. */
  protected binary(spec: RequestSpec, options: RequestOptions = {}): APIPromise<Download> {
    const sent = this.#send(spec, options, '*/*').then(released);
    return new APIPromise(
      sent.then((call) => call.response),
      async () => {
        const { response, controller, timeout } = await sent;
        return new Download(response, controller, { timeout, signal: options.signal });
      },
    );
  }

  /** The successful response to a call, after any retries; throws the call's error otherwise. */
  async #send(spec: RequestSpec, options: RequestOptions, accept: string): Promise<Sent> {
    const timeout =
      options.timeout ?? this.timeout ?? (spec.transfer ? TRANSFER_TIMEOUT_MS : DEFAULT_TIMEOUT_MS);
    const deadline = Date.now() + timeout;
    const controller = new AbortController();
    const stopTimer = startTimer(timeout, () =>
      controller.abort(
        new APITimeoutError({ message: `the call took longer than its timeout of ${timeout} ms` }),
      ),
    );
    const unlink = linkAbort(options.signal, controller);
    const release = (): void => {
      stopTimer();
      unlink();
    };
    try {
      const { signal } = controller;
      const prepared = this.#prepare(spec, options, accept);
      // Only a multipart body takes time to prepare: its streams are read first.
      const request = prepared instanceof Promise ? await raceAbort(prepared, signal) : prepared;
      if (signal.aborted) throw signal.reason; // the caller's signal was aborted before the call
      const retries: Retries = { counted: 0, rateLimited: 0, inUse: 0 };
      const maxRetries = options.maxRetries ?? this.maxRetries;
      for (;;) {
        let error: APIError;
        try {
          const response = await this.#attempt(request, signal);
          if (response.ok) {
            this.#deprecations.report(spec.model, response.headers);
            return { response, controller, timeout, release };
          }
          error = await statusError(response, signal);
        } catch (caught) {
          // The call's own end (its timeout, the caller's signal) and an open circuit are final.
          if (signal.aborted || !(caught instanceof APIConnectionError)) throw caught;
          error = caught;
        }
        const delay = retryDelay(error, retries, maxRetries);
        // A retry that could not start before the deadline is not made.
        if (delay === undefined || Date.now() + delay >= deadline) throw error;
        const retry = retries.counted + retries.inUse;
        this.#logger?.info(
          `retrying ${request.init.method} ${redact(request.url)} in ${Math.round(delay)} ms ` +
            `(retry ${retry}) after: ${error.message}`,
        );
        await sleep(delay, signal);
      }
    } catch (error) {
      release();
      throw error;
    }
  }

  #prepare(
    spec: RequestSpec,
    options: RequestOptions,
    accept: string,
  ): Prepared | Promise<Prepared> {
    const url = new URL(this.baseURL + spec.path);
    for (const [name, value] of Object.entries({ ...spec.query, ...options.query })) {
      appendQuery(url.searchParams, name, value);
    }
    const headers = new Headers({
      Authorization: `Bearer ${this.#apiKey}`,
      Accept: accept,
      'User-Agent': USER_AGENT,
    });
    const fields = spec.body || options.body ? { ...spec.body, ...options.body } : undefined;
    const multipart = fields !== undefined && spec.multipart;
    // FormData sets its own Content-Type, with the boundary.
    if (fields && !multipart) headers.set('Content-Type', 'application/json');
    for (const [name, value] of Object.entries({ ...this.#defaultHeaders, ...options.headers })) {
      headers.set(name, value);
    }
    if (spec.method === 'POST') {
      const given = options.idempotencyKey ?? headers.get(IDEMPOTENCY_KEY_HEADER);
      headers.set(IDEMPOTENCY_KEY_HEADER, given ?? randomUUID());
    }
    const prepare = (body: string | FormData | undefined): Prepared => ({
      url: url.toString(),
      init: { method: spec.method, headers, body },
    });
    if (multipart) return toFormData(fields).then(prepare);
    return prepare(fields && JSON.stringify(fields));
  }

  /** One request: its response, whatever the status, or `APIConnectionError`. */
  async #attempt(request: Prepared, signal: AbortSignal): Promise<Response> {
    const trial = this.#circuitBreaker?.beforeRequest() ?? false;
    const started = Date.now();
    let response: Response;
    try {
      response = await raceAbort(this.#fetch(request.url, { ...request.init, signal }), signal);
    } catch (error) {
      // The caller's abort says nothing of the API's health, but frees the trial's place.
      const userAbort = signal.aborted && !(signal.reason instanceof APITimeoutError);
      if (!userAbort || trial) this.#circuitBreaker?.record(true, trial);
      throw signal.aborted ? signal.reason : connectionError(error);
    }
    this.#circuitBreaker?.record(response.status >= 500, trial);
    this.#logger?.debug(
      `${request.init.method} ${redact(request.url)} -> ${response.status} in ` +
        `${Date.now() - started} ms, request id ${response.headers.get(REQUEST_ID_HEADER)}`,
    );
    return response;
  }

  /** What `JSON.stringify` shows of the client: its settings, the key reduced to its prefix. */
  toJSON(): Record<string, unknown> {
    return {
      baseURL: this.baseURL,
      apiKey: redactKey(this.#apiKey),
      timeout: this.timeout,
      maxRetries: this.maxRetries,
    };
  }

  /** What `util.inspect` and `console.log` show of the client: as `toJSON`. */
  [inspectCustom](
    _depth: number,
    options: object,
    inspect: (value: unknown, options: object) => string,
  ): string {
    return `${this.constructor.name} ${inspect(this.toJSON(), options)}`;
  }
}

/** A `Sent` whose deadline no longer applies: a stream's and a download's body have their own. */
function released(call: Sent): Sent {
  call.release();
  return call;
}

/**
 * The delay before retrying after `error`, in milliseconds, or undefined when it is final; the
 * retry is counted in `retries`.
 *
 * A 409 `idempotency_key_in_use` means the first request with the key is still running: it is
 * waited out, within the call's deadline, however many retries that takes. Other retries count
 * against `maxRetries`. After a 429 the client waits `Retry-After`, doubled on each further 429
 * (as the API's overview advises); a `Retry-After` over `MAX_RETRY_AFTER_MS` is not waited out.
 */
function retryDelay(error: APIError, retries: Retries, maxRetries: number): number | undefined {
  const { status } = error;
  const inUse = status === 409 && error.code === IDEMPOTENCY_CONFLICT_CODE;
  const retryable = inUse || status === undefined || RETRIED_STATUSES.has(status) || status >= 500;
  if (!retryable || (!inUse && retries.counted >= maxRetries)) return undefined;
  const asked = error.retryAfter === undefined ? undefined : error.retryAfter * 1000;
  if (asked !== undefined && asked > MAX_RETRY_AFTER_MS) return undefined;
  if (inUse) retries.inUse += 1;
  else retries.counted += 1;
  if (asked === undefined) return backoff(inUse ? retries.inUse : retries.counted);
  if (status !== 429) return asked * (1 + JITTER * Math.random());
  retries.rateLimited += 1;
  const doubled = Math.min(asked * 2 ** (retries.rateLimited - 1), MAX_RETRY_AFTER_MS);
  return doubled * (1 + JITTER * Math.random());
}

/** Exponential backoff for retry number `retry` (from 1), with jitter that only shortens it. */
function backoff(retry: number): number {
  const delay = Math.min(INITIAL_RETRY_DELAY_MS * 2 ** (retry - 1), MAX_RETRY_DELAY_MS);
  return delay * (1 - JITTER * Math.random());
}

/** The error of a response with an error status; its body is read leniently. */
async function statusError(response: Response, signal: AbortSignal): Promise<APIError> {
  const text = await readText(response, signal).catch((error: unknown) => {
    if (signal.aborted) throw error;
    return ''; // the status alone still tells what happened
  });
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON, such as a proxy's HTML page: an error of the status alone.
  }
  return makeStatusError({
    ...readEnvelope(body),
    status: response.status,
    headers: response.headers,
    body,
  });
}

/** The body of `response` as text, within the call's deadline. */
async function readText(response: Response, signal: AbortSignal): Promise<string> {
  try {
    return await raceAbort(response.text(), signal);
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    throw new APIConnectionError({
      message: 'the connection broke while reading the response',
      headers: response.headers,
      cause: error,
    });
  }
}

/** The error of a request that got no response: a timeout when anything in its causes says so. */
function connectionError(error: unknown): APIConnectionError {
  const chain: Error[] = [];
  for (let e = error; e instanceof Error && chain.length < 5; e = e.cause) chain.push(e);
  const timedOut = chain.some(
    (e) =>
      e.name === 'TimeoutError' || /TIMEOUT|TIMEDOUT/.test(String((e as { code?: unknown }).code)),
  );
  const detail = chain.map((e) => e.message).join(': ') || String(error);
  const ErrorClass = timedOut ? APITimeoutError : APIConnectionError;
  return new ErrorClass({ message: `could not reach the API: ${detail}`, cause: error });
}

function appendQuery(params: URLSearchParams, name: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) for (const item of value) appendQuery(params, name, item);
  else params.append(name, String(value));
}

function isURL(text: string): boolean {
  try {
    return Boolean(new URL(text));
  } catch {
    return false;
  }
}
