/**
 * Report pages read in the Web Worker, in a real browser: the same page as the main thread reads,
 * and the same typed error for one it cannot read. The worker is watched at the platform's
 * `Worker` (every message in and out), not replaced.
 */
import {
  createPpsClient,
  PpsPatientMismatchError,
  PpsResponseError,
  readReportPage,
} from '@pps-kit/api-client';
import { generatePatientHistory, searchset } from '@pps-kit/mocks';
import { expect, it } from 'vitest';
import { readPage } from './page-reader';

const PERSON = '13867410028';
const OTHER = '01017012345';

const seen: { started: string[]; answers: unknown[] } = { started: [], answers: [] };
const PlatformWorker = globalThis.Worker;
globalThis.Worker = class extends PlatformWorker {
  constructor(url: string | URL, options?: WorkerOptions) {
    super(url, options);
    seen.started.push(String(url));
    this.addEventListener('message', (event) => seen.answers.push(event.data));
  }
};

function pageText(personId: string) {
  const resources = generatePatientHistory({ seed: 5, personId, years: 1, reportsPerYear: 20, analytes: 8 });
  const matches = resources.filter((r) => r.resourceType === 'DiagnosticReport');
  const includes = resources.filter((r) => r.resourceType !== 'DiagnosticReport');
  return JSON.stringify(searchset({ selfUrl: 'test', total: matches.length, matches, includes }));
}

/** The answer as the client gives it, with its own reading (the main thread's, for failed pages). */
async function answer(text: string, correlationId: string) {
  const client = createPpsClient({
    baseUrl: '/api/pps',
    retry: false,
    fetch: async () => new Response(text),
  });
  const given = await client.searchDiagnosticReportsText?.({ personId: PERSON, correlationId });
  if (!given) throw new Error('the client gives no text');
  return given;
}

it('reads a page in the worker, exactly as the main thread reads it', async () => {
  const text = pageText(PERSON);
  const page = await readPage(await answer(text, 'c-1'), PERSON);
  expect(seen.started).toHaveLength(1);
  expect(seen.started[0]).toMatch(/page-worker/);
  expect(seen.answers).toHaveLength(1);
  expect(page).toEqual(readReportPage(text, PERSON, 'c-1'));
  expect(page.model.reports).toHaveLength(20);
});

it('a page about another patient fails with the typed error, as on the main thread', async () => {
  const text = pageText(OTHER);
  await expect(readPage(await answer(text, 'c-2'), PERSON)).rejects.toBeInstanceOf(PpsPatientMismatchError);
  await expect(readPage(await answer('{"resourceType":', 'c-3'), PERSON)).rejects.toBeInstanceOf(
    PpsResponseError,
  );
  // Still the one worker, which answered "failed" for both: the main thread threw the error.
  expect(seen.started).toHaveLength(1);
  expect(seen.answers.slice(1)).toEqual([
    { id: 1, failed: true },
    { id: 2, failed: true },
  ]);
});
