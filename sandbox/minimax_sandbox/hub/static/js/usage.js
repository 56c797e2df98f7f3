// Usage: requests and tokens per minute per key, drawn with uPlot (vendor/, from npm); the
// minutes with 429s and with errors are marked with points on the requests chart. The chart's
// totals are on its element's data attributes, for tests and for screen readers' summary. The
// window's default, its longest and the bucket are the spec's (spec.json `usage`).

import { callAdmin, loadSpec, problem } from './api.js';
import { fill, h } from './dom.js';

const COLOURS = [
  '#2563eb',
  '#059669',
  '#9333ea',
  '#d97706',
  '#0891b2',
  '#be185d',
  '#4d7c0f',
  '#64748b',
];
// Friendly spans to offer, in seconds: those within the spec's longest window are offered,
// with the default and the longest themselves.
const SPANS = [900, 3600, 6 * 3600, 24 * 3600, 7 * 86400, 30 * 86400];
const UNITS = [
  ['day', 86400],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** '15 minutes', '1 hour', '90 minutes': a span in the largest unit it is a whole number of. */
function spanLabel(seconds) {
  const [unit, size] = UNITS.find(([, size]) => seconds % size === 0);
  const n = seconds / size;
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** The spans offered: up to the spec's longest window, its default among them. */
function windowChoices({ default_seconds: chosen, max_seconds: longest }) {
  const spans = new Set([...SPANS.filter((s) => s <= longest), chosen, longest]);
  return [...spans].sort((a, b) => a - b).map((s) => [spanLabel(s), s]);
}

/** A series drawn as points only (the marks of 429s and errors). */
function marks(label, colour) {
  return {
    label,
    stroke: colour,
    fill: colour,
    width: 0,
    paths: () => null,
    points: { show: true, size: 9, fill: colour },
  };
}

function chart(title, id, series, data, width) {
  const holder = h('div', { class: 'chart', id });
  const options = {
    title,
    width,
    height: 240,
    scales: { x: { time: true } },
    series: [{}, ...series],
    axes: [{}, { label: title.split(' ')[0] }],
  };
  // uPlot is the vendored file's global (a classic deferred script, run before this module).
  const plot = new globalThis.uPlot(options, data, holder);
  return { holder, plot };
}

export async function usagePage(main) {
  const { usage } = await loadSpec();
  const keys = await callAdmin('admin.api_keys.list');
  const names = new Map(
    (keys.status === 200 ? keys.body.data : []).map((k) => [k.id, `${k.name} ${k.hint}`]),
  );
  const span = h(
    'select',
    { name: 'window' },
    windowChoices(usage).map(([label, seconds]) => h('option', { value: String(seconds) }, label)),
  );
  span.value = String(usage.default_seconds);
  const key = h(
    'select',
    { name: 'key_id' },
    h('option', { value: '' }, 'every key'),
    [...names].map(([id, name]) => h('option', { value: id }, name)),
  );
  const message = h('p', { class: 'error', role: 'alert' });
  const charts = h('div', { id: 'usage-charts' });
  const summary = h('p', { id: 'usage-summary', class: 'muted' });
  let plots = [];

  async function load() {
    message.textContent = '';
    // The window ends at the next bucket's start, so the current bucket is whole.
    const bucket = usage.bucket_seconds * 1000;
    const until = new Date(Math.ceil(Date.now() / bucket) * bucket);
    const since = new Date(until.getTime() - Number(span.value) * 1000);
    const query = {
      since: since.toISOString(),
      until: until.toISOString(),
      key_id: key.value,
    };
    const result = await callAdmin('admin.usage.retrieve', { query });
    if (result.status !== 200) {
      message.textContent = problem(result);
      return;
    }
    draw(result.body.data);
  }

  function draw(report) {
    const step = report.bucket_seconds;
    const start = Math.floor(Date.parse(report.since) / 1000 / step) * step;
    const end = Math.ceil(Date.parse(report.until) / 1000 / step) * step;
    const xs = [];
    for (let t = start; t <= end; t += step) xs.push(t);
    const index = new Map(xs.map((t, i) => [t, i]));
    const ids = [...new Set(report.buckets.map((b) => b.key_id ?? 'no key'))];
    const zeros = () => xs.map(() => 0);
    const requests = new Map(ids.map((id) => [id, zeros()]));
    const tokens = new Map(ids.map((id) => [id, zeros()]));
    const limited = xs.map(() => null);
    const errors = xs.map(() => null);
    const totals = { requests: 0, errors: 0, rateLimited: 0, tokens: 0 };
    for (const b of report.buckets) {
      const i = index.get(Math.floor(Date.parse(b.start) / 1000 / step) * step);
      if (i === undefined) continue;
      const id = b.key_id ?? 'no key';
      requests.get(id)[i] += b.requests;
      tokens.get(id)[i] += b.prompt_tokens + b.completion_tokens;
      if (b.rate_limited) limited[i] = (limited[i] || 0) + b.rate_limited;
      if (b.errors) errors[i] = (errors[i] || 0) + b.errors;
      totals.requests += b.requests;
      totals.errors += b.errors;
      totals.rateLimited += b.rate_limited;
      totals.tokens += b.prompt_tokens + b.completion_tokens;
    }
    const label = (id) => names.get(id) || id;
    const lines = ids.map((id, n) => ({
      label: label(id),
      stroke: COLOURS[n % COLOURS.length],
      width: 2,
    }));
    const width = Math.max(280, charts.clientWidth || main.clientWidth || 600);
    for (const old of plots) old.plot.destroy();
    plots = [
      chart(
        'Requests per minute',
        'chart-requests',
        [...lines, marks('429s', '#dc2626'), marks('errors', '#f59e0b')],
        [xs, ...ids.map((id) => requests.get(id)), limited, errors],
        width,
      ),
      chart(
        'Tokens per minute',
        'chart-tokens',
        lines,
        [xs, ...ids.map((id) => tokens.get(id))],
        width,
      ),
    ];
    Object.assign(charts.dataset, {
      requests: String(totals.requests),
      errors: String(totals.errors),
      rateLimited: String(totals.rateLimited),
      tokens: String(totals.tokens),
      keys: ids.join(' '),
    });
    fill(
      charts,
      plots.map((p) => p.holder),
    );
    summary.textContent =
      `${totals.requests} requests (${totals.errors} errors, ${totals.rateLimited} rate-limited), ` +
      `${totals.tokens} tokens, from ${ids.length} key(s) in this window.`;
  }

  const form = h(
    'form',
    { id: 'usage-filters', class: 'card filters' },
    h('label', {}, h('span', {}, 'window'), span),
    h('label', {}, h('span', {}, 'key'), key),
    h('button', { type: 'submit' }, 'Show'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    load();
  });
  fill(main, h('h1', {}, 'Usage'), form, message, summary, charts);
  await load();
}
