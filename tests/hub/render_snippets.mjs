// Renders the hub's snippets outside a browser: `node render_snippets.mjs snippets.js calls.json`
// with a JSON list of sent requests on stdin; prints, for each, every language's snippet.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

const [modulePath, callsPath] = process.argv.slice(2);
const table = JSON.parse(await readFile(callsPath, 'utf8'));
globalThis.fetch = async () => ({ json: async () => table }); // loadCalls' only request
const snippets = await import(pathToFileURL(modulePath).href);
await snippets.loadCalls();
const requests = JSON.parse(readFileSync(0, 'utf8'));
const rendered = requests.map((sent) =>
  Object.fromEntries(
    Object.entries(snippets.LANGUAGES).map(([name, render]) => [name, render(sent)]),
  ),
);
process.stdout.write(JSON.stringify(rendered));
