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

/** What one entry of a block says: four numbers, kept side by side in one typed array. */
const STRIDE = 4;
const KEY = 0;
const NAME = 1;
const FINDING = 2;
const TIME = 3;

/**
 * The flowsheet facts of a set of reports (the reports one `FlowsheetIndex` recorded together),
 * in one block of memory: a flowsheet over them reads it front to back. An entry is a result that
 * belongs in a flowsheet and has a readable sample time; a report's entries come one after
 * another, members after their parent.
 *
 * Entries and reports are numbered from 0 within the block. Every number the accessors take comes
 * from the block itself (an entry below `firstEntry(reports.length)`, a report below
 * `reports.length`), so they read the typed arrays without checks.
 */
export class FactsBlock {
  /** The reports, in the order recorded. */
  readonly reports: readonly LabReport[];
  /** Each report's `results` array as recorded (a report whose array was replaced is recorded again). */
  readonly sources: readonly (readonly LabResult[])[];
  /** Per entry: its result. */
  readonly results: readonly LabResult[];
  /**
   * The block's distinct sample times, newest first: the text as first sent, and milliseconds
   * since the epoch. Two spellings of one instant are one time. Frozen: flowsheets over the block
   * share them as their columns.
   */
  readonly times: readonly SampleTime[];
  /** Report `k`'s entries are `offsets[k]` to `offsets[k + 1]`. */
  readonly #offsets: Int32Array;
  /** `STRIDE` numbers per entry. */
  readonly #facts: Int32Array;

  constructor(
    reports: readonly LabReport[],
    offsets: Int32Array,
    results: readonly LabResult[],
    facts: Int32Array,
    times: readonly SampleTime[],
  ) {
    this.reports = reports;
    this.sources = reports.map((report) => report.results);
    this.#offsets = offsets;
    this.results = results;
    this.#facts = facts;
    this.times = times;
  }

  /** The first entry of report `k`; of `reports.length`, the number of entries. */
  firstEntry(k: number): number {
    return this.#offsets[k] as number;
  }

  /** The row key id (analysis code and unit) of `entry`. */
  keyOf(entry: number): number {
    return this.#facts[entry * STRIDE + KEY] as number;
  }

  /** The name id of `entry`. */
  nameOf(entry: number): number {
    return this.#facts[entry * STRIDE + NAME] as number;
  }

  /**
   * Whether `entry` is a finding: outside its range (by the lab's flag or computed), positive or
   * resistant. Never when the result or its report is void.
   */
  isFinding(entry: number): boolean {
    return this.#facts[entry * STRIDE + FINDING] === 1;
  }

  /** The sample time of `entry`, as an index into `times`. */
  timeOf(entry: number): number {
    return this.#facts[entry * STRIDE + TIME] as number;
  }

  /** The report whose entries include `entry`. */
  reportOf(entry: number): number {
    return lastAtMost(this.#offsets, this.reports.length, entry);
  }

  /** Whether report `k` is `report` with the results it had when recorded. */
  holds(k: number, report: LabReport): boolean {
    return this.reports[k] === report && this.sources[k] === report.results;
  }
}

/** Reports `from` to `to` (exclusive) of a block, met one after another. */
export interface FactsRun {
  block: FactsBlock;
  from: number;
  to: number;
}

/** Where a recorded report is: its block, and its number there. */
interface Place {
  block: FactsBlock;
  k: number;
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
  readonly #recorded = new WeakMap<LabReport, Place>();

  /** The code and unit of a row key (an id this index gave out). */
  rowKey(id: number): { code: string; unit: string } {
    const key = this.#keyParts[id];
    if (!key) throw new RangeError(`The flowsheet index has no row key ${id}.`);
    return key;
  }

  /** The text of a name id (an id this index gave out). */
  nameText(id: number): string {
    const name = this.#nameTexts[id];
    if (name === undefined) throw new RangeError(`The flowsheet index has no name ${id}.`);
    return name;
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
  #record(reports: readonly LabReport[]): void {
    const results: LabResult[] = [];
    const entryAt: number[] = [];
    const finding: boolean[] = [];
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
              !isVoidResult(result, report) && resultFinding(result, report.fagomrade) !== undefined,
            );
          }
        }
        for (const member of result.members) walk(member);
      };
      for (const result of report.results) walk(result);
      offsets[k + 1] = results.length;
    });

    const at = [...textOf.keys()].sort((a, b) => b - a);
    const timeIndex = new Map(at.map((time, i) => [time, i]));
    const facts = new Int32Array(results.length * STRIDE);
    results.forEach((result, i) => {
      const offset = i * STRIDE;
      facts[offset + KEY] = this.#keyIdOf(codeOf(result), unitKeyOf(result));
      facts[offset + NAME] = this.#nameIdOf(result.name);
      facts[offset + FINDING] = finding[i] ? 1 : 0;
      facts[offset + TIME] = timeIndex.get(entryAt[i] ?? Number.NaN) ?? -1;
    });
    const times = at.map((time): SampleTime => Object.freeze({ time: textOf.get(time) ?? '', at: time }));
    const block = new FactsBlock([...reports], offsets, results, facts, times);
    reports.forEach((report, k) => {
      this.#recorded.set(report, { block, k });
    });
  }

  /** The block and position of a report recorded with its current results, if it is. */
  #find(report: LabReport): Place | undefined {
    const place = this.#recorded.get(report);
    return place?.block.holds(place.k, report) ? place : undefined;
  }

  /**
   * Finds each report's facts, as runs of reports met in the order their block has them. The
   * reports not yet recorded (a new page, or results replaced) are recorded first, together, as
   * one block: a new page costs in proportion to its own results.
   */
  locate(reports: readonly LabReport[]): FactsRun[] {
    const fresh = reports.filter((report) => this.#find(report) === undefined);
    if (fresh.length > 0) this.#record(fresh);
    const runs: FactsRun[] = [];
    let run: FactsRun | undefined;
    for (const report of reports) {
      if (run?.block.holds(run.to, report)) {
        run.to += 1;
        continue;
      }
      const place = this.#find(report);
      if (!place) throw new Error('A report was not recorded in the flowsheet index.');
      run = { block: place.block, from: place.k, to: place.k + 1 };
      runs.push(run);
    }
    return runs;
  }
}

/**
 * The last index below `count` whose number in `starts` (ascending) is at most `value`: which of
 * several consecutive ranges, each starting at `starts[i]`, holds `value`.
 */
export function lastAtMost(starts: ArrayLike<number>, count: number, value: number): number {
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if ((starts[middle] ?? Number.POSITIVE_INFINITY) <= value) low = middle;
    else high = middle - 1;
  }
  return low;
}
