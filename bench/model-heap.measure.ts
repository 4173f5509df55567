/**
 * Memory: the heap the lab-results model of a 100k-observation history holds, against the size of
 * the Bundle JSON text it came from. Goal: at most 3×. Runs in `pnpm bench` (the `bench` project,
 * Node started with `--expose-gc`), never in `pnpm test`.
 */
import {
  type Bundle,
  type NilarDiagnosticReport,
  toCumulativeTable,
  toLabReports,
  toSearchResult,
} from '@pps-kit/api-client';
import { expect, test } from 'vitest';
import { historyBundleText, PERSON } from './history';

const gc = globalThis.gc;
const memoryUsed = () => {
  gc?.();
  gc?.();
  // Typed arrays (the flowsheet facts) keep their contents outside the heap: counted too.
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
};
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;

test.runIf(gc)('the model of 100k observations holds at most 3× its Bundle text', () => {
  let text: string | undefined = historyBundleText(100_000);
  const textBytes = Buffer.byteLength(text);
  const withText = memoryUsed();
  let bundle: unknown = JSON.parse(text);
  text = undefined;
  // The heap now holds the parsed Bundle instead of its text.
  const parsed = memoryUsed() - withText + textBytes;
  const model = toLabReports(
    toSearchResult<NilarDiagnosticReport>(bundle as Bundle, 'DiagnosticReport', PERSON),
  );
  bundle = undefined;
  const modelBytes = memoryUsed() - withText + textBytes;
  const table = toCumulativeTable(model.reports);
  const withTable = memoryUsed() - withText + textBytes;

  const lines = [
    ['Bundle JSON text', textBytes],
    ['parsed Bundle (JSON.parse)', parsed],
    ['lab-results model (toLabReports)', modelBytes],
    ['model + cumulative table', withTable],
  ] as const;
  console.log(
    lines
      .map(
        ([name, bytes]) => `${name.padEnd(34)} ${mb(bytes).padStart(7)}  ${(bytes / textBytes).toFixed(2)}×`,
      )
      .join('\n'),
  );
  // Keep both alive until measured.
  expect(model.reports.length).toBe(5_000);
  // A few samples share a minute; their results share a cell (counted in `more`).
  expect(table.results).toBeGreaterThan(99_000);
  expect(withTable / textBytes).toBeLessThanOrEqual(3);
});
