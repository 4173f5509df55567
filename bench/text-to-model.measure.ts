/**
 * The path from PPS's answer text to the model the views show, stage by stage, read page by page
 * as the views read it (50 reports a page), each stage beside `JSON.parse` of the same text in the
 * same run, at 5k, 20k, 50k and 100k results; and what the query cache then holds against the
 * text. Runs in `pnpm bench` (Node with `--expose-gc`), never in `pnpm test`: it prints, and only
 * checks that every stage read every report.
 *
 * "Merging" is what `useLabReportPages` does as each page arrives: all pages so far as one model
 * (`mergeLabReportPages`). The row "merging, as before" is the earlier merge, kept here only to
 * be measured beside it: it stringified every report of every page on every arrival.
 */
import {
  type Bundle,
  type LabReportPageModel,
  mergeLabReportPages,
  type NilarDiagnosticReport,
  reportPage,
  toLabReports,
  toSearchResult,
  validateNilarBundle,
} from '@pps-kit/api-client';
import { expect, test } from 'vitest';
import { historyPageTexts, PERSON } from './history';

const gc = globalThis.gc;
const memoryUsed = () => {
  gc?.();
  gc?.();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
};

/** The median of `runs` timings of `task`, in ms, with garbage collected before each. */
function median(runs: number, task: () => void): number {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    gc?.();
    const start = performance.now();
    task();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] as number;
}

/** The merge before issue 20: every report of every page stringified again on every arrival. */
function mergeAsBefore(pages: readonly LabReportPageModel[]) {
  const sent = new Map<string, string>();
  for (const page of pages) {
    for (const match of page.sent.matches) {
      const json = JSON.stringify(match);
      const earlier = sent.get(match.id);
      if (earlier !== undefined && earlier !== json) throw new Error(`two reports share ${match.id}`);
      sent.set(match.id, json);
    }
  }
  return mergeLabReportPages(pages);
}

const arrivals = (pages: readonly LabReportPageModel[], merge: typeof mergeLabReportPages) => {
  for (let count = 1; count <= pages.length; count++) merge(pages.slice(0, count));
};

const SIZES = [5_000, 20_000, 50_000, 100_000];

test.runIf(gc)('every stage from Bundle text to the model, against JSON.parse of the same text', () => {
  const rows: string[] = [];
  const line = (cells: (string | number)[]) =>
    rows.push(
      cells.map((cell, i) => (i === 0 ? String(cell).padEnd(48) : String(cell).padStart(17))).join(''),
    );
  line(['stage (summed over the pages)', ...SIZES.map((n) => `${n / 1000}k results`)]);
  const columns: Record<string, string[]> = {};
  const add = (stage: string, ms: number, parse: number) => {
    columns[stage] ??= [];
    columns[stage].push(`${ms.toFixed(0)} ms ${(ms / parse).toFixed(2)}×`);
  };
  let cacheLine = '';

  for (const results of SIZES) {
    const texts = historyPageTexts(results);
    const runs = results <= 20_000 ? 7 : 3;
    const parsed = texts.map((text) => JSON.parse(text) as unknown);
    const bundles = parsed.map((json) => validateNilarBundle(json));
    const sent = bundles.map((bundle) =>
      toSearchResult<NilarDiagnosticReport>(bundle as Bundle, 'DiagnosticReport', PERSON),
    );
    const pages = sent.map(reportPage);
    expect(mergeLabReportPages(pages).reports).toHaveLength(results / 20);

    const parse = median(runs, () => {
      for (const text of texts) JSON.parse(text);
    });
    const validate = median(runs, () => {
      for (const json of parsed) validateNilarBundle(json);
    });
    const split = median(runs, () => {
      for (const bundle of bundles) toSearchResult(bundle as Bundle, 'DiagnosticReport', PERSON);
    });
    const model = median(runs, () => {
      for (const page of sent) toLabReports(page);
    });
    const merge = median(runs, () => arrivals(pages, mergeLabReportPages));
    const before = median(Math.min(runs, 3), () => arrivals(pages, mergeAsBefore));
    const last = median(runs, () => mergeLabReportPages(pages));

    add('JSON.parse (the floor)', parse, parse);
    add('validation (valibot, no copy kept)', validate, parse);
    add('splitting (toSearchResult)', split, parse);
    add('the model (toLabReports)', model, parse);
    add('validation + splitting + model (goal ≤ 1.0×)', validate + split + model, parse);
    add('merging, as each page arrives', merge, parse);
    add('merging, as before (stringify every arrival)', before, parse);
    add('merging at the last arrival (every page)', last, parse);
    add('the whole path (parse … merge)', parse + validate + split + model + merge, parse);

    if (results === 100_000) {
      // What the query cache holds once every page is in: each page as the views keep it
      // (`reportPage`: its model, and of the split answer what paging and merging read).
      const textBytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
      let held: unknown[] | undefined;
      const baseline = memoryUsed();
      held = texts.map((text) => {
        return reportPage(
          toSearchResult<NilarDiagnosticReport>(
            validateNilarBundle(JSON.parse(text)) as Bundle,
            'DiagnosticReport',
            PERSON,
          ),
        );
      });
      const bytes = memoryUsed() - baseline;
      expect(held).toHaveLength(texts.length);
      held = undefined;
      cacheLine = `cache after 100k results: ${(bytes / 1e6).toFixed(0)} MB for ${(textBytes / 1e6).toFixed(0)} MB of text, ${(bytes / textBytes).toFixed(2)}× (goal ≤ 2×)`;
    }
  }
  for (const [stage, cells] of Object.entries(columns)) line([stage, ...cells]);
  console.log(`${rows.join('\n')}\n${cacheLine}`);
});
