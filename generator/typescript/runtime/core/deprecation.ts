/**
 * Deprecated models: the API's response to a request naming one carries `Deprecation`, `Sunset`
 * and a `Link` to the migration guide; the client reports that once per model, the first time
 * a call names it, as a Node `DeprecationWarning` (`node --no-deprecation` silences it,
 * `--throw-deprecation` makes it throw, `process.on('warning')` sees it).
 */

import {
  DEPRECATION_HEADER,
  DEPRECATION_LINK_RELATION,
  LINK_HEADER,
  SUNSET_HEADER,
} from '../constants.js';

/** The `code` of the warning, to tell it from others in a `process.on('warning')` handler. */
export const DEPRECATED_MODEL_WARNING_CODE = 'MINIMAX_DEPRECATED_MODEL';

/** The models a client has already warned about, so that each warns once per client. */
export class DeprecationNotices {
  readonly #warned = new Set<string>();

  /** Warn about `model` if `headers` say it is deprecated and this is the first time. */
  report(model: string | undefined, headers: Headers): void {
    if (model === undefined || this.#warned.has(model) || !headers.has(DEPRECATION_HEADER)) return;
    this.#warned.add(model);
    process.emitWarning(deprecationMessage(model, headers), {
      type: 'DeprecationWarning',
      code: DEPRECATED_MODEL_WARNING_CODE,
    });
  }
}

/** "The model '…' is deprecated since …; calls naming it stop working on …; migration guide: …." */
export function deprecationMessage(model: string, headers: Headers): string {
  let text = `The model '${model}' is deprecated`;
  const since = dateOfEpoch(headers.get(DEPRECATION_HEADER) ?? '');
  if (since) text += ` since ${since}`;
  const sunset = headers.get(SUNSET_HEADER);
  if (sunset) text += `; calls naming it stop working on ${dateOfHttpDate(sunset)}`;
  const guide = deprecationLink(headers.get(LINK_HEADER) ?? '');
  if (guide) text += `; migration guide: ${guide}`;
  return `${text}.`;
}

/** The day of an RFC 9745 date, `@<epoch seconds>`; undefined for anything else. */
function dateOfEpoch(value: string): string | undefined {
  const match = /^@(-?[0-9]{1,15})$/.exec(value.trim());
  const date = match ? new Date(Number(match[1]) * 1000) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date.toISOString().slice(0, 10) : undefined;
}

function dateOfHttpDate(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString().slice(0, 10);
}

/** The target of the Link of the deprecation relation, among the links of `value`. */
function deprecationLink(value: string): string | undefined {
  for (const [, target, params] of value.matchAll(/<([^>]*)>([^,]*)/g)) {
    const relations = /;\s*rel="?([^";]*)"?/.exec(params ?? '')?.[1]?.split(/\s+/) ?? [];
    if (relations.includes(DEPRECATION_LINK_RELATION)) return target;
  }
  return undefined;
}
