/**
 * What the flowsheet needs to know about each result, kept small and in one place: its sample time
 * in milliseconds, its row (analysis code and unit) and name as small numbers, and whether it is
 * outside its range. `toLabReports` records these for its reports in one block, while their
 * results are fresh in memory; `toCumulativeTable` then reads a few contiguous numbers per result
 * instead of walking every result's objects again on each filter change, and fetches a result's
 * value, flag and range only for the cells that are shown.
 *
 * Reports are treated as immutable, as the lab-results model is everywhere in pps-kit. A report
 * whose `results` array has been replaced, or that `toLabReports` did not build, is recorded when
 * a flowsheet first meets it.
 */
import type { LabReport, LabResult } from './model';

/** Long texts (pathology, radiology) and susceptibilities do not belong in a flowsheet. */
const SHORT_TEXT = 40;
const fitsFlowsheet = (result: LabResult): boolean =>
  !result.susceptibility &&
  result.value.kind !== 'none' &&
  !(
    result.value.kind === 'text' &&
    (result.value.text.length > SHORT_TEXT || result.value.text.includes('\n'))
  );

/** The code a row is keyed on: NLK, else the first code, else the name. */
export function codeOf(result: LabResult): string {
  if (result.nlk) return result.nlk;
  const coding = result.codes.find((c) => c.code);
  return coding ? `${coding.system ?? ''}|${coding.code}` : result.name;
}

/** The unit a row (and a trend segment) is keyed on: the unit exactly as sent, for quantities. */
export const unitOf = (result: LabResult): string =>
  result.value.kind === 'quantity' ? (result.value.unit ?? '') : '';

/**
 * Row keys and analysis names as small numbers, shared by every report. They hold analysis codes,
 * units and analysis names only (never patient data), and grow with the number of distinct
 * analyses a session sees, not with the number of results.
 */
const keyIds = new Map<string, Map<string, number>>();
const keyParts: { code: string; unit: string }[] = [];
const nameIds = new Map<string, number>();
const nameTexts: string[] = [];

const keyIdOf = (code: string, unit: string): number => {
  let byUnit = keyIds.get(code);
  if (!byUnit) {
    byUnit = new Map();
    keyIds.set(code, byUnit);
  }
  let id = byUnit.get(unit);
  if (id === undefined) {
    id = keyParts.length;
    byUnit.set(unit, id);
    keyParts.push({ code, unit });
  }
  return id;
};

const nameIdOf = (name: string): number => {
  let id = nameIds.get(name);
  if (id === undefined) {
    id = nameTexts.length;
    nameIds.set(name, id);
    nameTexts.push(name);
  }
  return id;
};

/** The code and unit of a row key. */
export const rowKey = (id: number): { code: string; unit: string } =>
  keyParts[id] as { code: string; unit: string };
/** The text of a name id. */
export const nameText = (id: number): string => nameTexts[id] as string;
/** How many row keys there are so far (row key ids are below this). */
export const rowKeyCount = (): number => keyParts.length;

/** Numbers per result in `FlowsheetFacts.numbers`. */
export const STRIDE = 4;
/** Offsets in a result's numbers. */
export const AT = 0;
export const KEY = 1;
export const NAME = 2;
export const ABNORMAL = 3;

/**
 * The flowsheet facts of a set of reports (the reports one `toLabReports` call built), in one
 * block of memory: a flowsheet over them reads it front to back.
 */
export interface FactsBlock {
  /** The reports, in the order recorded. */
  reports: readonly LabReport[];
  /** Each report's `results` array as recorded (a report whose array was replaced is recorded again). */
  sources: readonly (readonly LabResult[])[];
  /** Report `k`'s results are entries `offsets[k]` to `offsets[k + 1]`. */
  offsets: Int32Array;
  /** Per entry: the result. Results that belong in a flowsheet only, members after their parent. */
  results: readonly LabResult[];
  /** Per entry: the sample time as sent (the result's own, else the report's). */
  times: readonly string[];
  /**
   * `STRIDE` numbers per entry: the sample time in milliseconds (NaN if unreadable), the row key
   * id, the name id, and 1 if outside its range (by the lab's flag or computed), else 0.
   */
  numbers: Float64Array;
}

const recorded = new WeakMap<LabReport, FactsBlock>();
/** Where each report is in its block, for reports met out of the block's order. */
const positions = new WeakMap<FactsBlock, Map<LabReport, number>>();

/** Records the flowsheet facts of `reports` as one block. */
export function recordFlowsheetFacts(reports: readonly LabReport[]): FactsBlock {
  const results: LabResult[] = [];
  const times: string[] = [];
  const offsets = new Int32Array(reports.length + 1);
  reports.forEach((report, k) => {
    const walk = (result: LabResult) => {
      if (fitsFlowsheet(result)) {
        const time = result.effective ?? report.sampleTime;
        if (time) {
          results.push(result);
          times.push(time);
        }
      }
      for (const member of result.members) walk(member);
    };
    for (const result of report.results) walk(result);
    offsets[k + 1] = results.length;
  });

  const numbers = new Float64Array(results.length * STRIDE);
  let lastTime: string | undefined;
  let lastAt = Number.NaN;
  results.forEach((result, i) => {
    const time = times[i] as string;
    if (time !== lastTime) {
      lastTime = time;
      lastAt = Date.parse(time);
    }
    const c = result.classification.class;
    const offset = i * STRIDE;
    numbers[offset + AT] = lastAt;
    numbers[offset + KEY] = keyIdOf(codeOf(result), unitOf(result));
    numbers[offset + NAME] = nameIdOf(result.name);
    numbers[offset + ABNORMAL] = c !== 'normal' && c !== 'unknown' ? 1 : 0;
  });
  const block: FactsBlock = {
    reports: [...reports],
    sources: reports.map((report) => report.results),
    offsets,
    results,
    times,
    numbers,
  };
  for (const report of reports) recorded.set(report, block);
  return block;
}

/**
 * Finds each report's facts: its block, and its position there. Reports that come in the order
 * they were recorded (the usual case) cost one lookup each; a report never recorded, or whose
 * results were replaced, is recorded now.
 */
export function locateFlowsheetFacts(reports: readonly LabReport[]): {
  blocks: FactsBlock[];
  /** Per report: its position in its block. */
  at: number[];
} {
  const blocks: FactsBlock[] = new Array(reports.length);
  const at = new Array<number>(reports.length).fill(0);
  let last: FactsBlock | undefined;
  let lastAt = -1;
  reports.forEach((report, r) => {
    let block = recorded.get(report);
    let k = -1;
    if (block) {
      if (block === last && block.reports[lastAt + 1] === report) k = lastAt + 1;
      else if (block.reports[0] === report) k = 0;
      else {
        let byReport = positions.get(block);
        if (!byReport) {
          byReport = new Map(block.reports.map((known, index) => [known, index]));
          positions.set(block, byReport);
        }
        k = byReport.get(report) ?? -1;
      }
    }
    if (!block || k < 0 || block.sources[k] !== report.results) {
      block = recordFlowsheetFacts([report]);
      k = 0;
    }
    blocks[r] = block;
    at[r] = k;
    last = block;
    lastAt = k;
  });
  return { blocks, at };
}
