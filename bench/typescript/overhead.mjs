// What @minimax/sdk costs per call, beside raw `fetch` and beside the `openai` package, against
// canned responses from a local server (server.mjs, a process of its own).
//
//     node bench/typescript/overhead.mjs --fixtures FIXTURES.json [--openai DIR] [--sdk FILE]
//         [--calls 3000] [--streams 600] [--only NAME]
//
// bench/typescript_overhead.py makes FIXTURES.json from the spec's examples, builds the SDK
// and installs the pinned `openai` first; run that. Four contestants per kind of call, each
// making the same request (headers and a fresh Idempotency-Key included):
//
//   raw      `fetch` + `JSON.parse` (or a hand-written SSE parser) of the MiniMax bytes
//   sdk      `client.chat.completions.create` of the built SDK (clients/typescript/dist/esm,
//            or the entry point `--sdk` names, to compare two builds)
//   raw-oai  the same raw code on the OpenAI-shaped bytes
//   openai   the `openai` package's `client.chat.completions.create` on those bytes
//
// After a warm-up, each round makes one call of every contestant, in an order that rotates
// from round to round, so that drift, GC and the server's pace hit all alike; `--calls` rounds
// of chat calls, then `--streams` rounds of 200-chunk streams. The figures are the medians
// over every call. `--only sdk-stream` (or raw, sdk, openai, ...-stream) makes that many calls
// of one contestant alone, for `node --cpu-prof`. Targets: sdk at most 1.2x raw, per call and
// per stream; sdk faster than openai.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', '..');
const SDK_DIR = join(ROOT, 'clients', 'typescript');
const RAW_TARGET = 1.2; // sdk / raw, at most
const OPENAI_TARGET = 1.0; // sdk / openai, under
const DONE = Symbol('done'); // what a hand parser's frame callback returns at the last frame
const BUDGET_MS = 120_000; // a run far past this is stuck: give up rather than hang `make bench`

const { values: args } = parseArgs({
  options: {
    fixtures: { type: 'string' },
    openai: { type: 'string', default: join(ROOT, 'bench', '.node', 'node_modules', 'openai') },
    sdk: { type: 'string', default: join(SDK_DIR, 'dist', 'esm', 'index.js') },
    calls: { type: 'string', default: '3000' },
    streams: { type: 'string', default: '600' },
    only: { type: 'string' },
  },
});
if (!args.fixtures) {
  console.error('usage: node bench/typescript/overhead.mjs --fixtures FIXTURES.json [options]');
  process.exit(2);
}
const calls = positive(args.calls, 'calls');
const streams = positive(args.streams, 'streams');
setTimeout(() => {
  console.error(`the benchmark took over ${BUDGET_MS / 1000} s: stopped`);
  process.exit(1);
}, BUDGET_MS).unref();

const fixtures = JSON.parse(readFileSync(args.fixtures, 'utf8'));
const { default: MiniMax } = await import(pathToFileURL(resolve(args.sdk)));
const openaiManifest = JSON.parse(readFileSync(join(args.openai, 'package.json'), 'utf8'));
const { default: OpenAI } = await import(
  pathToFileURL(join(args.openai, openaiManifest.exports['.'].default))
);
const sdkVersion = JSON.parse(readFileSync(join(SDK_DIR, 'package.json'), 'utf8')).version;

const server = await startServer(args.fixtures);
try {
  await run(`http://127.0.0.1:${server.port}`);
} finally {
  server.stop();
}

async function run(origin) {
  const mm = fixtures.minimax;
  const oai = fixtures.openai;
  const mmURL = `${origin}/minimax/v1`;
  const oaiURL = `${origin}/openai/v1`;
  const key = 'mmx_test_0bench0bench0bench0bench0';
  const client = new MiniMax({ apiKey: key, baseURL: mmURL });
  const openai = new OpenAI({ apiKey: 'sk-bench', baseURL: oaiURL });
  // What the SDK sends; the raw contestants send the same, so the server's work is the same.
  const headers = (accept) => ({
    Authorization: `Bearer ${key}`,
    Accept: accept,
    'Content-Type': 'application/json',
    'User-Agent': `@minimax/sdk/${sdkVersion} node/${process.version}`,
  });
  const post = (body, accept) => ({
    method: 'POST',
    headers: { ...headers(accept), 'Idempotency-Key': randomUUID() },
    body: JSON.stringify(body),
  });

  const completion = {
    raw: async () => {
      const response = await fetch(
        `${mmURL}/chat/completions`,
        post(mm.request, 'application/json'),
      );
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return JSON.parse(await response.text()).data.choices[0].message.content;
    },
    sdk: async () => {
      const result = await client.chat.completions.create(mm.request);
      return result.data.choices[0].message.content;
    },
    'raw-oai': async () => {
      const response = await fetch(
        `${oaiURL}/chat/completions`,
        post(oai.request, 'application/json'),
      );
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return JSON.parse(await response.text()).choices[0].message.content;
    },
    openai: async () => {
      const result = await openai.chat.completions.create(oai.request);
      return result.choices[0].message.content;
    },
  };
  const stream = {
    raw: async () => {
      const accept = 'text/event-stream';
      const response = await fetch(`${mmURL}/chat/completions`, post(mm.stream_request, accept));
      return readSSE(response, (event, data) => {
        if (event === 'chunk') return JSON.parse(data);
        if (event === 'done') return JSON.parse(data).meta && DONE;
        if (event === 'error') throw new Error(data);
        return undefined;
      });
    },
    sdk: async () => {
      let chunks = 0;
      for await (const chunk of await client.chat.completions.create(mm.stream_request)) {
        if (chunk.choices) chunks += 1;
      }
      return chunks;
    },
    'raw-oai': async () => {
      const accept = 'text/event-stream';
      const response = await fetch(`${oaiURL}/chat/completions`, post(oai.stream_request, accept));
      return readSSE(response, (event, data) => (data === '[DONE]' ? DONE : JSON.parse(data)));
    },
    openai: async () => {
      let chunks = 0;
      for await (const chunk of await openai.chat.completions.create(oai.stream_request)) {
        if (chunk.choices) chunks += 1;
      }
      return chunks;
    },
  };

  // Every contestant must get the whole answer right before it is timed.
  for (const [name, call] of Object.entries(completion)) {
    const fixture = name.endsWith('oai') || name === 'openai' ? oai : mm;
    expect(await call(), fixture.content, `${name} completion`);
  }
  for (const [name, call] of Object.entries(stream)) {
    expect(await call(), fixtures.minimax.chunks, `${name} stream`);
  }

  if (args.only) {
    const [name, kind] = args.only.split('-stream');
    const call = (kind === undefined ? completion : stream)[name];
    if (!call) throw new Error(`--only: no contestant ${args.only}`);
    const started = performance.now();
    const n = kind === undefined ? calls : streams;
    for (let i = 0; i < n; i++) await call();
    console.log(`${args.only}: ${n} calls in ${(performance.now() - started).toFixed(0)} ms`);
    return;
  }

  const started = performance.now();
  await measure(completion, Math.ceil(calls / 5)); // warm-up: connections, JIT, caches
  await measure(stream, Math.ceil(streams / 5));
  const small = await measure(completion, calls);
  const streamed = await measure(stream, streams);
  const seconds = (performance.now() - started) / 1000;

  const bytes = (fixture) => Buffer.byteLength(fixture.frames.join(''));
  console.log(
    `Node ${process.version}, @minimax/sdk ${sdkVersion} (${relative(ROOT, resolve(args.sdk))}), ` +
      `openai ${openaiManifest.version}; ` +
      `loopback server in its own process; measured in ${seconds.toFixed(1)} s`,
  );
  report(
    `small chat completion, median per call of ${calls} ` +
      `(${Buffer.byteLength(mm.json)} B MiniMax, ${Buffer.byteLength(oai.json)} B OpenAI)`,
    small,
    'fetch + JSON.parse',
  );
  report(
    `${fixtures.minimax.chunks}-chunk stream, median per stream of ${streams} ` +
      `(${bytes(mm)} B MiniMax, ${bytes(oai)} B OpenAI)`,
    streamed,
    'fetch + SSE by hand',
  );
}

function report(title, t, rawLabel) {
  const ms = (name) => `${t[name].toFixed(3)} ms`;
  console.log(`${title}:`);
  console.log(
    `  raw ${rawLabel} ${ms('raw')}, @minimax/sdk ${ms('sdk')} ` +
      `-> ${verdict(t.sdk / t.raw, `<= ${RAW_TARGET}x raw`, t.sdk / t.raw <= RAW_TARGET)}`,
  );
  console.log(
    `  raw ${rawLabel} ${ms('raw-oai')}, openai ${ms('openai')} (${(t.openai / t['raw-oai']).toFixed(3)}x raw); ` +
      `@minimax/sdk / openai ` +
      verdict(t.sdk / t.openai, `< ${OPENAI_TARGET}x, faster`, t.sdk / t.openai < OPENAI_TARGET),
  );
}

function verdict(ratio, target, met) {
  return `${ratio.toFixed(3)}x (target ${target}: ${met ? 'met' : 'MISSED'})`;
}

/** Median milliseconds per call of each contestant, over `rounds` rounds of one call each. */
async function measure(contestants, rounds) {
  const names = Object.keys(contestants);
  const times = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + round) % names.length];
      const started = performance.now();
      await contestants[name]();
      times[name].push(performance.now() - started);
    }
  }
  return Object.fromEntries(names.map((name) => [name, median(times[name])]));
}

/**
 * Reads an SSE body by hand, to its end: frames end at a blank line; `onFrame(event, data)`
 * returns DONE at the last frame. Resolves to the number of items (frames that gave an object).
 */
async function readSSE(response, onFrame) {
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let items = 0;
  let finished = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) {
      if (!finished) throw new Error('the stream ended before its last frame');
      return items;
    }
    buffer += decoder.decode(value, { stream: true });
    let end;
    while ((end = buffer.indexOf('\n\n')) !== -1) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let event = 'message';
      let data = '';
      for (const line of frame.split('\n')) {
        if (line.startsWith('event:')) event = line.slice(6).trim();
        else if (line.startsWith('data:')) data = line.slice(5).trim();
      }
      const item = onFrame(event, data);
      if (item === DONE) finished = true;
      else if (item?.choices) items += 1;
    }
  }
}

/** Starts server.mjs; resolves once it listens, to its port and a stopper. */
function startServer(fixturesPath) {
  const child = spawn(process.execPath, [join(HERE, 'server.mjs'), fixturesPath], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  return new Promise((resolvePort, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
    createInterface({ input: child.stdout }).once('line', (line) => {
      resolvePort({ port: JSON.parse(line).port, stop: () => child.stdin.end() });
    });
  });
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function expect(actual, expected, what) {
  if (actual !== expected) {
    throw new Error(`${what}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
  }
}

function positive(text, name) {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name} must be a positive integer`);
  return value;
}
