/**
 * Load benchmark: builds bench/load (production React), serves it, opens it in Debian's headless
 * Chromium and prints, per view, the network rounds and the times against the goals of issue 20.
 * A measurement, not a test: it prints "met" or "not met" and never fails on a slow machine.
 */
import { createServer } from 'node:http';
import path from 'node:path';
import { generatePatientHistory } from '@pps-kit/mocks';
import { startMockServer } from '@pps-kit/mocks/server';
import { chromium } from 'playwright';
import { build, preview } from 'vite';

const PERSON = '13867410028';
const LATENCY_MS = 100;
const REPORTS = 2000;
const ANALYTES = 31;

// The history, served by the mock PPS in this process: its work is a server's, not the page's.
const resources = generatePatientHistory({
  seed: 3,
  personId: PERSON,
  years: 10,
  reportsPerYear: REPORTS / 10,
  analytes: ANALYTES,
  fullPanelShare: 1,
});
const mock = await startMockServer({
  port: 0,
  mock: { pps: { patients: [], resources: { [PERSON]: resources } } },
});

// Each page once from the mock PPS, then kept: the run measures the client, not the mock's own
// work (a real PPS answers while the client works; the mock in this one process would not).
const answers = new Map();
async function answerOf(request, body) {
  const form = new URLSearchParams(body.toString());
  const key = `${request.url} ${form.get('_count')} ${form.get('_skip')}`;
  if (!answers.has(key)) {
    const headers = Object.fromEntries(
      Object.entries(request.headers).filter(([n]) => n !== 'host' && n !== 'connection'),
    );
    const answer = await fetch(`${mock.url}${request.url}`, { method: request.method, headers, body });
    if (!answer.ok) throw new Error(`the mock PPS answered ${answer.status}`);
    answers.set(key, Buffer.from(await answer.arrayBuffer()));
  }
  return answers.get(key);
}

// The network: 100 ms per request, and the counts (requests, rounds, most in flight).
// `answersMs`: from the first request's arrival to the last answer sent, the wall time of the
// network part of the load.
let stats = { requests: 0, rounds: 0, maxInFlight: 0, answersMs: 0 };
let firstAt;
let inFlight = 0;
const network = createServer(async (request, response) => {
  if (request.url === '/bench/reset') {
    stats = { requests: 0, rounds: 0, maxInFlight: 0, answersMs: 0 };
    firstAt = undefined;
    response.writeHead(204).end();
    return;
  }
  if (request.url === '/bench/stats') {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(stats));
    return;
  }
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  stats.requests += 1;
  firstAt ??= performance.now();
  if (inFlight === 0) stats.rounds += 1;
  inFlight += 1;
  stats.maxInFlight = Math.max(stats.maxInFlight, inFlight);
  try {
    await new Promise((resolve) => setTimeout(resolve, LATENCY_MS));
    const body = Buffer.concat(chunks);
    const answer = await answerOf(request, body);
    response.on('finish', () => {
      stats.answersMs = performance.now() - firstAt;
    });
    response.writeHead(200, { 'content-type': 'application/fhir+json' }).end(answer);
  } finally {
    inFlight -= 1;
  }
});
await new Promise((resolve) => network.listen(0, '127.0.0.1', resolve));
const target = `http://127.0.0.1:${network.address().port}`;

const root = import.meta.dirname;
const configFile = path.join(root, 'vite.config.ts');
await build({ configFile });
const server = await preview({
  configFile,
  preview: { port: 0, host: '127.0.0.1', proxy: { '/api': target, '/bench': target } },
});
const url = server.resolvedUrls?.local[0];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  // Once with readPagesInWorker (pages read in the Web Worker), once as the views run by default
  // (on the main thread), side by side in one run.
  const rows = [];
  let first;
  for (const [where, query] of [
    ['worker', '?worker'],
    ['main thread', ''],
  ]) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${url}${query}`);
    const handle = await page.waitForFunction(() => window.benchResult, undefined, { timeout: 600_000 });
    const result = await handle.jsonValue();
    await page.close();
    if (result.error) throw new Error(`The load benchmark failed: ${result.error}`);
    first ??= result;
    const { parse } = result;
    const latency = LATENCY_MS;
    const met = (ok) => (ok ? 'met' : 'not met');
    for (const v of result.views)
      rows.push({
        view: v.view,
        'pages read in': where,
        requests: v.requests,
        rounds: v.rounds,
        'max in flight': v.maxInFlight,
        'first row (ms)': v.firstRow.toFixed(0),
        'goal: ≤ latency + 2 × parse(page 1)': met(v.firstRow <= latency + 2 * parse.first),
        'complete (ms)': v.complete.toFixed(0),
        'goal: ≤ 2 × latency + 2 × parse(all)': met(v.complete <= 2 * latency + 2 * parse.all),
        'last answer sent (ms)': v.answersMs.toFixed(0),
        'long tasks, sum (ms)': v.longTasksMs.toFixed(0),
        'longest task (ms)': v.longestTask.toFixed(0),
        'goal: ≤ 50 ms': met(v.longestTask <= 50),
        'scroll p95 (ms)': v.scrollP95.toFixed(1),
      });
  }
  const { parse } = first;
  console.log(
    `Chromium ${browser.version()}: ${first.reports} reports, ${REPORTS * ANALYTES} results, ${parse.pages} pages, ` +
      `${(parse.bytes / 1e6).toFixed(1)} MB of JSON; ${LATENCY_MS} ms latency per request; ` +
      `JSON.parse of page 1 ${parse.first.toFixed(1)} ms, of all pages ${parse.all.toFixed(1)} ms; ` +
      `the network alone (every page as the hooks fetch them, read as text, nothing else) ${first.network.toFixed(0)} ms`,
  );
  console.table(rows);
} finally {
  await browser.close();
  server.httpServer.close();
  network.close();
  await mock.close();
}
