/**
 * Keeps secrets (API keys, the signatures of download URLs) out of anything that may be logged
 * or shown: error messages and bodies, log lines, and the client's own inspection.
 */

import { API_KEY_ALPHABET, API_KEY_PREFIXES } from '../constants.js';

/** `text` as a regular expression that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Any run of key characters after a prefix, so that a key cut short is hidden too.
const SECRETS = new RegExp(
  `(${API_KEY_PREFIXES.map(escapeRegExp).join('|')})[${API_KEY_ALPHABET}]+|(signature=)[^&\\s"'<>]+`,
  'g',
);

/** `text` with every API key and URL signature replaced by its prefix and `***`. */
export function redact(text: string): string {
  return text.replace(
    SECRETS,
    (_match, prefix: string | undefined, param: string | undefined) => `${prefix ?? param}***`,
  );
}

/** How a key shows when the client is inspected: its prefix only. */
export function redactKey(apiKey: string): string {
  return `${API_KEY_PREFIXES.find((prefix) => apiKey.startsWith(prefix)) ?? ''}***`;
}

const inspectCustom = Symbol.for('nodejs.util.inspect.custom');

/**
 * Make `util.inspect` (and so `console.log`) show the `secrets` properties of `data`, or of each
 * of its items, as their key prefix only. The values stay as they are for the code (and
 * `JSON.stringify`) that reads them: a new key's secret must be stored.
 */
export function hideSecrets(data: unknown, secrets: readonly string[]): void {
  if (Array.isArray(data)) {
    for (const item of data) hideSecrets(item, secrets);
    return;
  }
  if (data === null || typeof data !== 'object') return;
  Object.defineProperty(data, inspectCustom, {
    value(_depth: number, options: object, inspect: (value: unknown, options: object) => string) {
      const shown: Record<string, unknown> = { ...data };
      for (const name of secrets) {
        const value = shown[name];
        if (typeof value === 'string') shown[name] = redactKey(value);
      }
      return inspect(shown, options);
    },
  });
}

/** A copy of a JSON value (an error body, its details) with every string redacted. */
export function redactJSON(value: unknown): unknown {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) return value.map(redactJSON);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactJSON(item)]));
  }
  return value;
}

/**
 * `error`, or a copy of it without secrets when its text holds one: the errors of `fetch` may
 * quote a URL or a header value (a key with a stray line break is refused with its value).
 */
export function redactError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const cause = 'cause' in error ? redactError(error.cause) : undefined;
  const clean = redact(error.message);
  if (clean === error.message && cause === error.cause) return error;
  const copy = new Error(clean, cause === undefined ? undefined : { cause });
  copy.name = error.name;
  copy.stack = redact(error.stack ?? '');
  const code: unknown = (error as { code?: unknown }).code;
  if (code !== undefined) Object.assign(copy, { code });
  return copy;
}
