/// <reference types="vite/client" />
/**
 * First render of the flowsheet in the browser, at 20 and 2,000 sample times × 40 analyses.
 * `run.mjs` opens this page in headless Chromium and reads `window.benchResult`.
 *
 * Measured: from `render` to the grid laid out (React's commit, the virtualizer's measuring
 * re-render, style and layout), and to the next frame; and the DOM nodes the grid leaves. The
 * model (`toCumulativeTable`) is built before the clock starts: it has its own benchmark in Node.
 * For context, the whole `CumulativeTable` is measured from a loaded page in the query cache (the
 * page's model is built by its query, before the clock starts), which includes building the table.
 */
import {
  createPpsClient,
  type NilarDiagnosticReport,
  type CumulativeTable as Table,
  toCumulativeTable,
  toLabReports,
  toSearchResult,
} from '@pps-kit/api-client';
import { generatePatientHistory, searchset } from '@pps-kit/mocks';
import {
  CumulativeGrid,
  CumulativeTable,
  labResultsMessages,
  PpsProvider,
  ppsQueries,
  useMessages,
} from '@pps-kit/react';
import '@pps-kit/react/styles.css';
import { QueryClient } from '@tanstack/react-query';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

const PERSON = '13867410028';
const RUNS = 15;
const WARMUP = 3;

function history(sampleTimes: number) {
  const years = sampleTimes >= 100 ? 10 : 1;
  const resources = generatePatientHistory({
    seed: 9,
    personId: PERSON,
    years,
    reportsPerYear: sampleTimes / years,
    analytes: 40,
    fullPanelShare: 1,
  });
  const matches = resources.filter((r) => r.resourceType === 'DiagnosticReport');
  const includes = resources.filter((r) => r.resourceType !== 'DiagnosticReport');
  return toSearchResult<NilarDiagnosticReport>(
    searchset({ selfUrl: 'bench', total: matches.length, matches, includes }),
    'DiagnosticReport',
    PERSON,
  );
}

function Grid({ table }: { table: Table }) {
  const t = useMessages(labResultsMessages);
  return (
    <div className="pps-root">
      <h2 id="grid-heading">Kumulativ visning</h2>
      <CumulativeGrid table={table} messages={t} labelledBy="grid-heading" />
    </div>
  );
}

const client = createPpsClient({ baseUrl: 'https://pps.invalid/fhir' });
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

interface Case {
  name: string;
  element: () => React.ReactElement;
}

async function measure({ element }: Case) {
  const rendered: number[] = [];
  const painted: number[] = [];
  let nodes = 0;
  for (let run = 0; run < WARMUP + RUNS; run += 1) {
    const host = document.createElement('div');
    document.getElementById('bench')?.append(host);
    const root = createRoot(host);
    const content = element();
    await frame();
    const start = performance.now();
    flushSync(() => root.render(content));
    void host.getBoundingClientRect().height; // style and layout, now
    const laidOut = performance.now();
    await frame();
    const shown = performance.now();
    if (run >= WARMUP) {
      rendered.push(laidOut - start);
      painted.push(shown - start);
    }
    await frame();
    nodes = host.querySelectorAll('*').length;
    root.unmount();
    host.remove();
  }
  return { rendered: median(rendered), painted: median(painted), nodes };
}

async function main() {
  const results: Record<string, unknown>[] = [];
  for (const sampleTimes of [20, 2_000]) {
    const page = history(sampleTimes);
    const table = toCumulativeTable(toLabReports(page).reports);
    const size = `${table.columns.length} × ${table.rows.length}`;
    const grid: Case = {
      name: 'CumulativeGrid (the model built)',
      element: () => (
        <PpsProvider client={client} patient={{ personId: PERSON }}>
          <Grid table={table} />
        </PpsProvider>
      ),
    };
    const whole: Case = {
      name: 'CumulativeTable, from a loaded page (builds the table)',
      element: () => {
        const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
        // A fresh copy of the page and its model each time, so that nothing of the table is cached.
        const sent = { ...page };
        queryClient.setQueryData(ppsQueries.reportPages(client, { personId: PERSON }).queryKey, {
          pages: [{ pages: [{ sent, model: toLabReports(sent) }] }],
          pageParams: [{ skip: 0, count: 1 }],
        });
        return (
          <PpsProvider client={client} patient={{ personId: PERSON }} queryClient={queryClient}>
            <CumulativeTable />
          </PpsProvider>
        );
      },
    };
    for (const which of [grid, whole]) {
      results.push({ component: which.name, size, ...(await measure(which)) });
    }
  }
  (window as unknown as { benchResult: unknown }).benchResult = results;
}

// A render that throws must fail the benchmark, not measure an empty page.
window.addEventListener('error', (event) => {
  (window as unknown as { benchResult: unknown }).benchResult = { error: String(event.message) };
});

main().catch((error: unknown) => {
  (window as unknown as { benchResult: unknown }).benchResult = { error: String(error) };
});
