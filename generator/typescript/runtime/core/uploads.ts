/** Files to upload: what the file fields of a multipart body take, and that body's `FormData`. */

import type { ReadStream } from 'node:fs';

/** A file with a name: a `File` where the runtime has one (Node 20 and later), else a named `Blob`. */
export interface FileLike extends Blob {
  readonly name: string;
  readonly lastModified: number;
}

/**
 * What a file field takes. A stream is read whole into memory before the first attempt, so
 * that a retry sends the same bytes again.
 */
export type Uploadable =
  Blob | File | Uint8Array | ArrayBuffer | ReadStream | NodeJS.ReadableStream | FileLike;

/** The name a file gets when neither it nor the caller gives one. */
const DEFAULT_NAME = 'upload';

/**
 * A named file from bytes, a `Blob` or a stream, to pass as a file field.
 *
 * @param name the file name to send; by default the file's own (a `File`'s, a file stream's
 *   path), else `upload`
 * @param options.type the part's content type; by default the `Blob`'s, else none (the API
 *   detects what the bytes are)
 */
export async function toFile(
  data: Uploadable | PromiseLike<Uploadable>,
  name?: string,
  options: { type?: string | undefined } = {},
): Promise<FileLike> {
  const value = await data;
  const fileName = name ?? nameOf(value) ?? DEFAULT_NAME;
  if (value instanceof Blob) {
    if (isFileLike(value) && name === undefined && options.type === undefined) return value;
    return makeFile([value], fileName, options.type ?? value.type);
  }
  let parts: Part[];
  if (value instanceof ArrayBuffer) parts = [new Uint8Array(value)];
  else if (ArrayBuffer.isView(value)) parts = [value];
  else parts = await readAll(value);
  return makeFile(parts, fileName, options.type ?? '');
}

/** The file at `path`, read into memory, named after its last path segment. */
export async function fileFromPath(
  path: string,
  options: { type?: string | undefined } = {},
): Promise<FileLike> {
  const { readFile } = await import('node:fs/promises');
  return makeFile([await readFile(path)], baseName(path), options.type ?? '');
}

/** Whether a body field holds a file (and not a value to send as text). */
function isUploadable(value: unknown): value is Uploadable {
  return (
    value instanceof Blob ||
    value instanceof ArrayBuffer ||
    ArrayBuffer.isView(value) ||
    (typeof value === 'object' &&
      value !== null &&
      typeof (value as Partial<NodeJS.ReadableStream>).pipe === 'function')
  );
}

/**
 * A multipart body: files as file parts, other values as text (objects as JSON); an array
 * gives a part per item, and `undefined` or `null` none.
 */
export async function toFormData(fields: Record<string, unknown>): Promise<FormData> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined || item === null) continue;
      if (isUploadable(item)) {
        const file = await toFile(item);
        form.append(key, file, file.name);
      } else {
        form.append(key, typeof item === 'object' ? JSON.stringify(item) : String(item));
      }
    }
  }
  return form;
}

type Part = Blob | NodeJS.ArrayBufferView;

function makeFile(parts: Part[], name: string, type: string): FileLike {
  // Node 18 has no global `File`; FormData still takes a Blob with the name given beside it.
  const FileClass = (globalThis as { File?: typeof File }).File;
  if (FileClass) return new FileClass(parts, name, { type });
  return Object.assign(new Blob(parts, { type }), { name, lastModified: Date.now() });
}

function isFileLike(blob: Blob): blob is FileLike {
  return typeof (blob as Partial<FileLike>).name === 'string';
}

function nameOf(value: Uploadable): string | undefined {
  if (value instanceof Blob) return isFileLike(value) ? value.name : undefined;
  const path: unknown = (value as Partial<ReadStream>).path;
  return typeof path === 'string' || path instanceof Uint8Array
    ? baseName(String(path))
    : undefined;
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || DEFAULT_NAME;
}

async function readAll(stream: AsyncIterable<unknown>): Promise<Part[]> {
  const chunks: Part[] = [];
  const encoder = new TextEncoder();
  for await (const chunk of stream) {
    chunks.push(
      typeof chunk === 'string' ? encoder.encode(chunk) : (chunk as NodeJS.ArrayBufferView),
    );
  }
  return chunks;
}
