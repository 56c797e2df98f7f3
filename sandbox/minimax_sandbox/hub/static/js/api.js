// The hub's only way to the server: the API's own operations. The admin key is sent as
// `Authorization: Bearer`, never in a cookie: a page of another site cannot make the browser
// attach it, so it cannot forge a state-changing call (CSRF); the server's Origin check on
// administration POSTs stands behind that. The key lives in sessionStorage: gone when the tab
// closes.

const ADMIN = 'hub.adminKey';
const REMEMBERED = 'hub.rememberedKeys';

let spec = null;
let refused = () => {};

/** The model's view of the spec (/hub/spec.json), loaded once. */
export async function loadSpec() {
  if (spec === null) {
    const response = await fetch('spec.json');
    spec = await response.json();
  }
  return spec;
}

export function operation(id) {
  return spec.operations.find((op) => op.id === id);
}

export const adminKey = {
  get: () => sessionStorage.getItem(ADMIN),
  set: (key) => sessionStorage.setItem(ADMIN, key),
  clear: () => sessionStorage.removeItem(ADMIN),
};

/**
 * API keys whose secret this browser has seen (made or rotated in the hub): the API keeps only
 * a hash, so these are the only ones the playground can fill in. Kept in localStorage, on this
 * browser only, until forgotten.
 */
export const remembered = {
  all() {
    try {
      return JSON.parse(localStorage.getItem(REMEMBERED) || '{}');
    } catch {
      return {};
    }
  },
  add(key) {
    const all = remembered.all();
    all[key.id] = { secret: key.secret, name: key.name, hint: key.hint };
    localStorage.setItem(REMEMBERED, JSON.stringify(all));
  },
  forget(id) {
    const all = remembered.all();
    delete all[id];
    localStorage.setItem(REMEMBERED, JSON.stringify(all));
  },
};

/** The URL of an operation: its path with the path parameters filled in, and the query. */
export function url(op, pathValues = {}, query = {}) {
  let path = op.path;
  for (const [name, value] of Object.entries(pathValues)) {
    path = path.replace(`{${name}}`, encodeURIComponent(String(value)));
  }
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') search.append(name, String(value));
  }
  const text = search.toString();
  return `${location.origin}${spec.base_path}${path}${text ? `?${text}` : ''}`;
}

/** A fresh Idempotency-Key. */
export function newIdempotencyKey() {
  return `hub-${crypto.randomUUID()}`;
}

/** What to do when the API refuses the admin key: hub.js signs out, showing the API's message. */
export function onRefused(handler) {
  refused = handler;
}

/**
 * Call an administration operation with the admin key: `{status, headers, body}` (the parsed
 * JSON envelope). A state-changing call carries a fresh Idempotency-Key, so a retry is safe.
 * A 401 (the key is wrong, or the sandbox was restarted with a new one) signs out here, for
 * every page: the page that called is replaced by the sign-in, so its call never returns.
 */
export async function callAdmin(id, { path = {}, query = {}, body } = {}) {
  const op = operation(id);
  const headers = { Authorization: `Bearer ${adminKey.get()}` };
  if (op.method === 'POST') headers[spec.idempotency_header] = newIdempotencyKey();
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(url(op, path, query), {
    method: op.method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'omit',
  });
  let parsed = null;
  try {
    parsed = await response.json();
  } catch {
    parsed = null;
  }
  const result = { status: response.status, headers: response.headers, body: parsed };
  if (result.status === 401) {
    refused(problem(result));
    return new Promise(() => {});
  }
  return result;
}

/** An error envelope's message, or the status. */
export function problem(result) {
  const error = result.body && result.body.error;
  return error ? `${result.status} ${error.code}: ${error.message}` : `HTTP ${result.status}`;
}
