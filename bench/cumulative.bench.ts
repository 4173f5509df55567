/**
 * The flowsheet model: `toCumulativeTable` over 5k, 50k and 100k observations, beside
 * `JSON.parse` of the same Bundle text in the same run. Goal: the transform takes at most half
 * the parse time, and 100k takes at most 22× the time of 5k (linear). Run with `pnpm bench`.
 *
 * Two lines: the first table over the reports (the `FlowsheetIndex` records every report), and a
 * table from an index that has met them (a filter change, as `CumulativeTable` keeps its index).
 * The reports are built in `setup`, outside the measurement (the `toLabReports` step is measured
 * on its own line, for the whole picture). Only one size is held in memory at a time, so that the
 * big sizes do not slow the others down through the heap.
 */
import {
  FlowsheetIndex,
  type LabReport,
  type NilarDiagnosticReport,
  type PpsSearchResult,
  toCumulativeTable,
  toLabReports,
  toSearchResult,
} from '@pps-kit/api-client';
import { bench, describe } from 'vitest';
import { historyBundleText, PERSON } from './history';

interface Loaded {
  observations: number;
  text: string;
  result: PpsSearchResult<NilarDiagnosticReport>;
  reports: LabReport[];
  /** An index that has met the reports. */
  index: FlowsheetIndex;
}
let loaded: Loaded | undefined;

function load(observations: number): Loaded {
  if (loaded?.observations !== observations) {
    loaded = undefined;
    const text = historyBundleText(observations);
    const result = toSearchResult<NilarDiagnosticReport>(JSON.parse(text), 'DiagnosticReport', PERSON);
    const { reports } = toLabReports(result);
    const index = new FlowsheetIndex();
    toCumulativeTable(reports, {}, index);
    loaded = { observations, text, result, reports, index };
  }
  return loaded as Loaded;
}
const data = () => loaded as Loaded;

/**
 * The least any flowsheet builder must do: touch every observation and the fields a cell shows.
 * Its own 100k/5k ratio shows what the machine's caches add on top of linear work.
 */
function readEveryCellField(reports: readonly LabReport[]): number {
  let sum = 0;
  for (const report of reports) {
    for (const result of report.results) {
      const unit = result.value.kind === 'quantity' ? (result.value.unit ?? '') : '';
      sum +=
        (result.effective ?? report.sampleTime ?? '').length +
        (result.nlk ?? result.name).length +
        unit.length +
        result.classification.class.length +
        result.status.length +
        (result.range.text ?? '').length +
        result.id.length +
        result.members.length;
    }
  }
  return sum;
}

for (const observations of [5_000, 50_000, 100_000]) {
  // Few iterations at the big sizes: one parse of 100k observations takes about a second.
  const options = {
    setup: async () => {
      load(observations);
      // Start every task on a clean heap: the parse runs leave a gigabyte of garbage behind.
      globalThis.gc?.();
      // That full collection leaves the sweeping of half a gigabyte of heap to background threads,
      // and the first young-generation collection waits for it to finish (27 ms, measured with
      // --trace-gc). A pause lets it finish here, so that the setup's cost is not counted in the
      // first measured runs.
      await new Promise((resolve) => setTimeout(resolve, 1000));
    },
    ...(observations > 5_000 ? { iterations: 12, time: 0, warmupIterations: 3 } : {}),
  };
  describe(`${observations.toLocaleString('en')} observations`, () => {
    bench(
      'JSON.parse of the Bundle text',
      () => {
        JSON.parse(data().text);
      },
      options,
    );
    bench(
      'toCumulativeTable, the first table (records every report)',
      () => {
        toCumulativeTable(data().reports);
      },
      { ...options, ...(observations > 5_000 ? { iterations: 40, warmupIterations: 5 } : {}) },
    );
    bench(
      'toCumulativeTable, index kept (a filter change)',
      () => {
        toCumulativeTable(data().reports, {}, data().index);
      },
      // Milliseconds per run even at 100k: enough runs that one garbage collection does not
      // decide the mean.
      { ...options, ...(observations > 5_000 ? { iterations: 100, warmupIterations: 10 } : {}) },
    );
    bench(
      'reading every field a cell needs, nothing else (the memory floor)',
      () => {
        readEveryCellField(data().reports);
      },
      options,
    );
    bench(
      'toLabReports (for reference)',
      () => {
        toLabReports(data().result);
      },
      options,
    );
  });
}
