// The SDK under test and a client that records which operations its requests reached.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const sdk = await import(join(root, 'clients', 'typescript', 'dist', 'esm', 'index.js'));

// The operations of the spec as (method, path pattern, id), from a list the wrapper wrote: those
// an API key calls, or the administration ones.
function routesOf(file) {
  return JSON.parse(readFileSync(file, 'utf8')).map(([method, path, id]) => [
    method,
    new RegExp(`^/v1${path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
    id,
  ]);
}

/** A client of the target with the account's admin key, recording the administration calls. */
export function adminClient(options = {}) {
  const routes = routesOf(process.env.MINIMAX_E2E_ADMIN_OPERATIONS);
  return client({ apiKey: process.env.MINIMAX_E2E_ADMIN_KEY, ...options }, routes);
}

export function client(options = {}, routes = routesOf(process.env.MINIMAX_E2E_OPERATIONS)) {
  const seen = new Set();
  const idempotencyKeys = [];
  // Reads the call without building a Request, which would consume a streamed body.
  const recording = async (input, init) => {
    const given = input instanceof Request ? input : undefined;
    const method = (init?.method ?? given?.method ?? 'GET').toUpperCase();
    const path = new URL(given ? given.url : String(input)).pathname;
    const headers = new Headers(init?.headers ?? given?.headers);
    for (const [routeMethod, pattern, id] of routes) {
      if (method === routeMethod && pattern.test(path)) seen.add(id);
    }
    if (method === 'POST') idempotencyKeys.push(headers.get('idempotency-key'));
    return fetch(input, init);
  };
  const made = new sdk.MiniMax({
    apiKey: process.env.MINIMAX_E2E_API_KEY,
    baseURL: process.env.MINIMAX_E2E_BASE_URL,
    fetch: recording,
    ...options,
  });
  return Object.assign(made, { seen, idempotencyKeys, operations: routes.map(([, , id]) => id) });
}
