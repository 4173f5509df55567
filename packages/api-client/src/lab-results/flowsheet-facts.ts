/**
 * What the flowsheet needs to know about each result, kept small and in one place: its row
 * (analysis code and unit) and name as small numbers, whether it is outside its range, and its
 * sample time as an index into the block's sample times, which are sorted newest first.
 * A `FlowsheetIndex` records these the first time a flowsheet meets a set of reports, as one
 * block; `toCumulativeTable` then reads four contiguous integers per result instead of walking
 * every result's objects again on each filter change or new page, and fetches a result's value,
 * flag and range only for the cells that are shown.
 *
 * The index belongs to whoever shows the flowsheet (`CumulativeTable` keeps one per patient);
 * nothing is kept at module level. Reports are treated as immutable, as the lab-results model is
 * everywhere in pps-kit: a report whose `results` array has been replaced is recorded again.
 */
import { osloInstant } from '../shared/oslo-calendar';
import type { LabReport, LabResult } from './model';
import { hasValue, isVoidResult, resultFinding, unitKey } from './truth';

/** Long texts (pathology, radiology) and susceptibilities do not belong in a flowsheet. */
const SHORT_TEXT = 40;
const fitsFlowsheet = (result: LabResult): boolean =>
  !result.susceptibility &&
  hasValue(result.value) &&
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

/** The unit exactly as sent, for quantities. */
export const unitOf = (result: LabResult): string =>
  result.value.kind === 'quantity' ? (result.value.unit ?? '') : '';

/** The unit a row is keyed on: equivalent spellings of one unit ("µmol/L", "umol/l") are one. */
const unitKeyOf = (result: LabResult): string => unitKey(unitOf(result));

/** A sample time, as sent and in milliseconds since the epoch. */
export interface SampleTime {
  /** The sample time (ISO 8601), as the lab sent it. */
  readonly time: string;
  /** Milliseconds since the epoch, for sorting and windows. */
  readonly at: number;
}

/** Numbers per entry in `FactsBlock.facts`. */
export const STRIDE = 4;
/** Offsets in an entry's numbers. */
export const KEY = 0;
export const NAME = 1;
export const ABNORMAL = 2;
export const TIME = 3;

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
  /**
   * Per entry: the result. Results that belong in a flowsheet and have a readable sample time
   * only, members after their parent.
   */
  results: readonly LabResult[];
  /**
   * `STRIDE` numbers per entry: the row key id, the name id, 1 if it is a finding (outside its
   * range by the lab's flag or computed, positive, resistant; never when void) else 0, and its
   * sample time as an index into `times`.
   */
  facts: Int32Array;
  /**
   * The block's distinct sample times, newest first: the text as first sent, and milliseconds
   * since the epoch. Two spellings of one instant are one time. Frozen: flowsheets over the block
   * share them as their columns.
   */
  times: readonly SampleTime[];
}

/** Reports `from` to `to` (exclusive) of a block, met one after another. */
export interface FactsRun {
  block: FactsBlock;
  from: number;
  to: number;
}

/**
 * The flowsheet facts of the reports a flowsheet has met, and the row keys and analysis names as
 * small numbers. It holds the reports it has recorded: keep one per patient where the flowsheet is
 * shown (memoised, and dropped with the patient), and pass it to every `toCumulativeTable` over
 * that patient's reports. A table built without one records its reports afresh.
 */
export class FlowsheetIndex {
  readonly #keyIds = new Map<string, Map<string, number>>();
  readonly #keyParts: { code: string; unit: string }[] = [];
  readonly #nameIds = new Map<string, number>();
  readonly #nameTexts: string[] = [];
  /** Each recorded report's block, and its place in the block. */
  readonly #recorded = new WeakMap<LabReport, { block: FactsBlock; k: number }>();

  /** The code and unit of a row key. */
  rowKey(id: number): { code: string; unit: string } {
    return this.#keyParts[id] as { code: string; unit: string };
  }

  /** The text of a name id. */
  nameText(id: number): string {
    return this.#nameTexts[id] as string;
  }

  /** How many row keys there are so far (row key ids are below this). */
  get rowKeyCount(): number {
    return this.#keyParts.length;
  }

  #keyIdOf(code: string, unit: string): number {
    let byUnit = this.#keyIds.get(code);
    if (!byUnit) {
      byUnit = new Map();
      this.#keyIds.set(code, byUnit);
    }
    let id = byUnit.get(unit);
    if (id === undefined) {
      id = this.#keyParts.length;
      byUnit.set(unit, id);
      this.#keyParts.push({ code, unit });
    }
    return id;
  }

  #nameIdOf(name: string): number {
    let id = this.#nameIds.get(name);
    if (id === undefined) {
      id = this.#nameTexts.length;
      this.#nameIds.set(name, id);
      this.#nameTexts.push(name);
    }
    return id;
  }

  /** Records the flowsheet facts of `reports` as one block. */
  record(reports: readonly LabReport[]): FactsBlock {
    const results: LabResult[] = [];
    const entryAt: number[] = [];
    const finding: number[] = [];
    const textOf = new Map<number, string>();
    const offsets = new Int32Array(reports.length + 1);
    reports.forEach((report, k) => {
      let lastTime: string | undefined;
      let lastAt = Number.NaN;
      const walk = (result: LabResult) => {
        if (fitsFlowsheet(result)) {
          const time = result.effective ?? report.sampleTime;
          if (time !== lastTime) {
            lastTime = time;
            lastAt = time ? osloInstant(time) : Number.NaN;
            if (time && !Number.isNaN(lastAt) && !textOf.has(lastAt)) textOf.set(lastAt, time);
          }
          if (!Number.isNaN(lastAt)) {
            results.push(result);
            entryAt.push(lastAt);
            // A finding (flag, growth, resistance …) that may be used: void values never count.
            finding.push(
              !isVoidResult(result, report) && resultFinding(result, report.fagomrade) !== undefined ? 1 : 0,
            );
          }
        }
        for (const member of result.members) walk(member);
      };
      for (const result of report.results) walk(result);
      offsets[k + 1] = results.length;
    });

    const at = [...textOf.keys()].sort((a, b) => b - a);
    const index = new Map(at.map((time, i) => [time, i]));
    const facts = new Int32Array(results.length * STRIDE);
    results.forEach((result, i) => {
      const offset = i * STRIDE;
      facts[offset + KEY] = this.#keyIdOf(codeOf(result), unitKeyOf(result));
      facts[offset + NAME] = this.#nameIdOf(result.name);
      facts[offset + ABNORMAL] = finding[i] as number;
      facts[offset + TIME] = index.get(entryAt[i] as number) as number;
    });
    const block: FactsBlock = {
      reports: [...reports],
      sources: reports.map((report) => report.results),
      offsets,
      results,
      facts,
      times: at.map((time): SampleTime => Object.freeze({ time: textOf.get(time) as string, at: time })),
    };
    reports.forEach((report, k) => {
      this.#recorded.set(report, { block, k });
    });
    return block;
  }

  /** The block and position of a report recorded with its current results, if it is. */
  #find(report: LabReport): { block: FactsBlock; k: number } | undefined {
    const place = this.#recorded.get(report);
    return place && place.block.sources[place.k] === report.results ? place : undefined;
  }

  /**
   * Finds each report's facts, as runs of reports met in the order their block has them. The
   * reports not yet recorded (a new page, or results replaced) are recorded first, together, as
   * one block: a new page costs in proportion to its own results.
   */
  locate(reports: readonly LabReport[]): FactsRun[] {
    const fresh = reports.filter((report) => this.#find(report) === undefined);
    if (fresh.length > 0) this.record(fresh);
    const runs: FactsRun[] = [];
    let run: FactsRun | undefined;
    for (const report of reports) {
      if (run && run.block.reports[run.to] === report && run.block.sources[run.to] === report.results) {
        run.to += 1;
        continue;
      }
      const { block, k } = this.#find(report) as { block: FactsBlock; k: number };
      run = { block, from: k, to: k + 1 };
      runs.push(run);
    }
    return runs;
  }
}

/**
 * The last index below `count` whose number in `starts` (ascending) is at most `value`: which of
 * several consecutive ranges, each starting at `starts[i]`, holds `value`.
 */
export function rangeOf(starts: ArrayLike<number>, count: number, value: number): number {
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if ((starts[middle] as number) <= value) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The position in `block` of the report whose results include entry `item`. */
export const reportOfEntry = (block: FactsBlock, item: number): number =>
  rangeOf(block.offsets, block.reports.length, item);
