// The benchmark's server: canned bytes on a free loopback port, in a process of its own so that
// its work never shares the measured event loop.
//
//     node bench/typescript/server.mjs FIXTURES.json
//
// FIXTURES.json (made by bench/typescript_overhead.py from the spec's examples) holds, for each
// API shape (`minimax`, `openai`), a JSON body, the frames of an SSE body and the headers of
// each. `POST /<shape>/v1/chat/completions` answers the SSE body, one write per frame, when the
// request's body asks for `"stream":true`, else the JSON body. The server prints
// `{"port": N}` once it listens, and exits when its standard input closes (its parent's end).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const fixtures = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const routes = new Map();
for (const [shape, fixture] of Object.entries(fixtures)) {
  const json = Buffer.from(fixture.json);
  routes.set(`/${shape}/v1/chat/completions`, {
    json,
    jsonHeaders: {
      ...fixture.headers,
      'Content-Type': 'application/json',
      'Content-Length': String(json.length),
    },
    frames: fixture.frames.map((frame) => Buffer.from(frame)),
    streamHeaders: {
      ...fixture.headers,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache',
    },
  });
}
const STREAMED = Buffer.from('"stream":true');

const server = createServer((request, response) => {
  const route = request.method === 'POST' ? routes.get(request.url) : undefined;
  const parts = [];
  request.on('data', (part) => parts.push(part));
  request.on('end', () => {
    if (!route) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    } else if (Buffer.concat(parts).includes(STREAMED)) {
      response.writeHead(200, route.streamHeaders);
      for (const frame of route.frames) response.write(frame);
      response.end();
    } else {
      response.writeHead(200, route.jsonHeaders).end(route.json);
    }
  });
});
server.keepAliveTimeout = 120_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`);
});
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
