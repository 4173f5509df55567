/**
 * The whole path a clinician waits for, in Chromium: a 2,000-report, 62,000-result history
 * loaded through the real hooks from pps-kit's mock PPS over real HTTP (its work stays off this
 * page's main thread, as a real server's does), with 100 ms of latency per request added by the
 * proxy in `run.mjs`, which also counts requests, rounds and the most in flight. Measured per
 * view: time to the first row and to complete (beside JSON.parse of the same text), the longest
 * main-thread task while loading, and scroll frames after loading.
 */
import { createPpsClient } from '@pps-kit/api-client';
import {
  CumulativeTable,
  DEFAULT_PAGE_CONCURRENCY,
  DEFAULT_PAGE_SIZE,
  LabResultsOverview,
  PpsProvider,
} from '@pps-kit/react';
import { QueryClient } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import '@pps-kit/react/styles.css';

declare global {
  interface Window {
    benchResult?: unknown;
  }
}

const PERSON = '13867410028'; // the history run.mjs serves
const REPORTS = 2000;

const client = createPpsClient({ baseUrl: '/api/pps', retry: false });
const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

/** One page of the history's search, as the hooks ask for it. */
function fetchPage(skip: number): Promise<Response> {
  return fetch('/api/pps/DiagnosticReport/_search', {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'person-id': PERSON,
      'correlation-id': 'bench',
    },
    body: new URLSearchParams({
      _include:
        'DiagnosticReport:result,DiagnosticReport:performer,DiagnosticReport:based-on,DiagnosticReport:specimen',
      '_include:iterate': 'Observation:has-member,ServiceRequest:requester',
      _count: String(DEFAULT_PAGE_SIZE),
      _skip: String(skip),
    }),
  });
}

/**
 * The network alone: every page fetched as the hooks fetch them (the first alone, then 6 at a
 * time), each read as text and nothing more. The floor this bench's network sets for "complete".
 */
async function networkAlone(): Promise<number> {
  await fetch('/bench/reset');
  const start = performance.now();
  await (await fetchPage(0)).text();
  for (let skip = DEFAULT_PAGE_SIZE; skip < REPORTS; skip += DEFAULT_PAGE_CONCURRENCY * DEFAULT_PAGE_SIZE) {
    const batch: Promise<string>[] = [];
    for (
      let at = skip;
      at < Math.min(REPORTS, skip + DEFAULT_PAGE_CONCURRENCY * DEFAULT_PAGE_SIZE);
      at += DEFAULT_PAGE_SIZE
    )
      batch.push(fetchPage(at).then((response) => response.text()));
    await Promise.all(batch);
  }
  return performance.now() - start;
}

/** The text of every page PPS sends for the history, and the time JSON.parse takes for it. */
async function parseTimes() {
  const texts: string[] = [];
  for (let skip = 0; skip < REPORTS; skip += DEFAULT_PAGE_SIZE) {
    const response = await fetchPage(skip);
    texts.push(await response.text());
  }
  const time = (list: string[]) => {
    const runs: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      const start = performance.now();
      for (const text of list) JSON.parse(text);
      runs.push(performance.now() - start);
    }
    return percentile(runs, 50);
  };
  return {
    pages: texts.length,
    bytes: texts.reduce((n, t) => n + t.length, 0),
    all: time(texts),
    first: time(texts.slice(0, 1)),
  };
}

interface Case {
  view: string;
  element: () => ReactElement;
  firstRow: () => boolean;
}

const cases: Case[] = [
  {
    view: 'CumulativeTable',
    element: () => <CumulativeTable />,
    firstRow: () => document.querySelectorAll('.pps-grid [role="row"]').length > 1,
  },
  {
    view: 'LabResultsOverview',
    element: () => <LabResultsOverview />,
    firstRow: () => document.querySelector('.pps-overview tbody tr') !== null,
  },
];

async function load({ view, element, firstRow }: Case) {
  await fetch('/bench/reset');
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const host = document.getElementById('root') as HTMLElement;
  const root = createRoot(host);
  const start = performance.now();
  root.render(
    <PpsProvider
      client={client}
      patient={{ personId: PERSON }}
      queryClient={new QueryClient()}
      readPagesInWorker={new URLSearchParams(location.search).has('worker')}
    >
      {element()}
    </PpsProvider>,
  );
  let first: number | undefined;
  let complete: number | undefined;
  while (complete === undefined) {
    await frame();
    if (first === undefined && firstRow()) first = performance.now() - start;
    const loading = document.querySelector('.pps-progress, [aria-busy="true"]');
    if (first !== undefined && !loading) complete = performance.now() - start;
    if (performance.now() - start > 120_000) throw new Error(`${view} did not finish loading`);
  }
  observer.disconnect();
  // Scroll frames after loading: the flowsheet's grid, or the page.
  const scroller = (document.querySelector('.pps-grid') as HTMLElement | null) ?? document.scrollingElement;
  const frames: number[] = [];
  let last = await frame();
  for (let step = 0; step < 120; step += 1) {
    scroller?.scrollBy(step % 2 === 0 ? 40 : 0, 30);
    const now = await frame();
    frames.push(now - last);
    last = now;
  }
  root.unmount();
  const network = (await (await fetch('/bench/stats')).json()) as {
    requests: number;
    rounds: number;
    maxInFlight: number;
    answersMs: number;
  };
  return {
    view,
    ...network,
    firstRow: first ?? Number.NaN,
    complete,
    longestTask: Math.max(0, ...longTasks),
    longTasksMs: longTasks.reduce((sum, task) => sum + task, 0),
    scrollP95: percentile(frames, 95),
  };
}

async function main() {
  const parse = await parseTimes();
  const network = await networkAlone();
  const views = [];
  for (const which of cases) views.push(await load(which));
  window.benchResult = { reports: REPORTS, parse, network, views };
}

main().catch((error: unknown) => {
  window.benchResult = { error: String(error) };
});
