/**
 * The two passes over the flowsheet facts: which results the filters keep, the sample times that
 * have one and their columns, and each result placed in its row (one number per cell).
 */
import { osloBound } from '../shared/oslo-calendar';
import type { CumulativeColumn, CumulativeOptions } from './cumulative';
import { type FactsBlock, type FactsRun, type FlowsheetIndex, lastAtMost, unitOf } from './flowsheet-facts';
import type { Fagomrade } from './model';
import { Slots } from './slots';

/** A block as one table numbers it: its entries and times follow those of the blocks before it. */
export interface ScanBlock {
  block: FactsBlock;
  /** The table's number for the block's entry 0. */
  entryBase: number;
  /** The table's number for the block's time 0. */
  timeBase: number;
}

/** A run of reports of one block, as the table reads them. */
interface ScanRun {
  at: ScanBlock;
  from: number;
  to: number;
}

/**
 * What the passes over the results read, and what a table's cells are read from afterwards: the
 * blocks of facts, the filters, and each sample time's column.
 *
 * A cell is kept as one number, its entry in the table's numbering (its block's `entryBase` plus
 * its entry in the block). Its result, report and column are found from that.
 */
export class Scan {
  /** Where the row keys and names are spelled out. */
  readonly index: FlowsheetIndex;
  /** The distinct blocks, in the order met. */
  readonly blocks: readonly ScanBlock[];
  /**
   * Per time (the table's number): its column, or -1 for a time without a result. `countResults`
   * marks the times with a result 0, and `columnsOf` numbers them.
   */
  readonly columnOfTime: number[];
  readonly runs: readonly ScanRun[];
  /** Each block's `entryBase`, for finding an entry's block. */
  readonly #entryBases: readonly number[];
  /** Per time: whether it is inside the date window; undefined when there is no window. */
  readonly inWindow: readonly boolean[] | undefined;
  /** Whether a result's row key and name match the search; undefined when there is none. */
  readonly matches: ((keyId: number, nameId: number) => boolean) | undefined;

  constructor(runs: readonly FactsRun[], options: CumulativeOptions, index: FlowsheetIndex) {
    this.index = index;
    const numbered = new Map<FactsBlock, ScanBlock>();
    let entries = 0;
    let times = 0;
    this.runs = runs.map(({ block, from, to }) => {
      let at = numbered.get(block);
      if (!at) {
        at = { block, entryBase: entries, timeBase: times };
        numbered.set(block, at);
        entries += block.results.length;
        times += block.times.length;
      }
      return { at, from, to };
    });
    this.blocks = [...numbered.values()];
    this.#entryBases = this.blocks.map((at) => at.entryBase);
    this.columnOfTime = new Array<number>(times).fill(-1);

    // A date is a whole Oslo calendar day (summer time included).
    const from = osloBound(options.from, false);
    const to = osloBound(options.to, true);
    this.inWindow =
      from === undefined && to === undefined
        ? undefined
        : this.blocks.flatMap(({ block }) =>
            block.times.map(({ at }) => (from === undefined || at >= from) && (to === undefined || at <= to)),
          );

    // A search matches a result's name or its row's code; each name and code is tested once.
    const search = options.search?.trim().toLocaleLowerCase('nb');
    if (search) {
      const nameHits = new Map<number, boolean>();
      const codeHits = new Map<number, boolean>();
      const hit = (hits: Map<number, boolean>, id: number, text: string): boolean => {
        let found = hits.get(id);
        if (found === undefined) {
          found = text.toLocaleLowerCase('nb').includes(search);
          hits.set(id, found);
        }
        return found;
      };
      this.matches = (keyId, nameId) =>
        hit(nameHits, nameId, index.nameText(nameId)) || hit(codeHits, keyId, index.rowKey(keyId).code);
    }
  }

  /** The block that holds `entry` (the table's number). */
  blockOf(entry: number): ScanBlock {
    const blocks = this.blocks;
    const only = blocks.length === 1 ? blocks[0] : undefined;
    return only ?? (blocks[lastAtMost(this.#entryBases, blocks.length, entry)] as ScanBlock);
  }

  /** The column of `entry`'s sample time. */
  columnOf(entry: number): number {
    const { block, entryBase, timeBase } = this.blockOf(entry);
    return this.columnOfTime[timeBase + block.timeOf(entry - entryBase)] ?? -1;
  }
}

/**
 * The first pass: counts the results each row key will hold (indexed by row key id), and marks the
 * times that have one.
 */
export function countResults(scan: Scan): number[] {
  const resultsOfKey = new Array<number>(scan.index.rowKeyCount).fill(0);
  const { columnOfTime } = scan;
  const inWindow = scan.inWindow;
  const matches = scan.matches;
  for (const { at, from, to } of scan.runs) {
    const { block, timeBase } = at;
    const end = block.firstEntry(to);
    for (let entry = block.firstEntry(from); entry < end; entry += 1) {
      const time = timeBase + block.timeOf(entry);
      if (inWindow && !inWindow[time]) continue;
      const keyId = block.keyOf(entry);
      if (matches && !matches(keyId, block.nameOf(entry))) continue;
      columnOfTime[time] = 0;
      resultsOfKey[keyId] = (resultsOfKey[keyId] ?? 0) + 1;
    }
  }
  return resultsOfKey;
}

/**
 * The columns: the sample times with a result, newest first (or oldest first), and each time's
 * column in `scan.columnOfTime`. Each block's times are in that order already; from several blocks
 * (pages) they are merged, one column per instant.
 */
export function columnsOf(scan: Scan, oldestFirst: boolean): CumulativeColumn[] {
  const { blocks, columnOfTime } = scan;
  const met: { column: CumulativeColumn; time: number }[] = [];
  for (const { block, timeBase } of blocks) {
    block.times.forEach((column, t) => {
      if (columnOfTime[timeBase + t] === 0) met.push({ column, time: timeBase + t });
    });
  }
  // One block's times are newest first already; several are merged.
  if (blocks.length > 1) met.sort((a, b) => b.column.at - a.column.at);
  const columns: CumulativeColumn[] = [];
  for (const { column, time } of met) {
    if (columns[columns.length - 1]?.at !== column.at) columns.push(column);
    columnOfTime[time] = columns.length - 1;
  }
  if (oldestFirst) {
    columns.reverse();
    const last = columns.length - 1;
    columnOfTime.forEach((column, time) => {
      if (column >= 0) columnOfTime[time] = last - column;
    });
  }
  return columns;
}

export interface Building {
  keyId: number;
  name: string;
  unit: string;
  fagomrade: Fagomrade | undefined;
  abnormal: boolean;
  cells: Slots;
}

/**
 * The second pass: puts each result into its row. Rows come in the lab's clinical order: a row
 * first met in a report goes right after the row of the result before it in that report (Hb, then
 * trombocytter, then CRP, even when an earlier report had only Hb and CRP); a report's first new
 * row goes last. `inOrder` is false when some row's cells came out of column order.
 */
export function placeResults(
  scan: Scan,
  resultsOfKey: readonly number[],
): { rows: Building[]; inOrder: boolean } {
  const { columnOfTime, index } = scan;
  const rowOfKey = new Array<Building | undefined>(resultsOfKey.length);
  // The rows' order as a linked list: the row after each, and the list's ends.
  const after = new Map<Building, Building | undefined>();
  let head: Building | undefined;
  let tail: Building | undefined;
  let inOrder = true;
  const { inWindow, matches } = scan;
  for (const { at, from, to } of scan.runs) {
    const { block, entryBase, timeBase } = at;
    for (let k = from; k < to; k += 1) {
      // The row of the result before this one in the same report.
      let previous: Building | undefined;
      const end = block.firstEntry(k + 1);
      for (let entry = block.firstEntry(k); entry < end; entry += 1) {
        const time = timeBase + block.timeOf(entry);
        if (inWindow && !inWindow[time]) continue;
        const keyId = block.keyOf(entry);
        if (matches && !matches(keyId, block.nameOf(entry))) continue;
        let row = rowOfKey[keyId];
        if (!row) {
          const result = block.results[entry];
          row = {
            keyId,
            name: index.nameText(block.nameOf(entry)),
            unit: result ? unitOf(result) : '',
            fagomrade: block.reports[k]?.fagomrade,
            abnormal: false,
            cells: new Slots(resultsOfKey[keyId] ?? 0),
          };
          rowOfKey[keyId] = row;
          if (previous) {
            after.set(row, after.get(previous));
            after.set(previous, row);
            if (tail === previous) tail = row;
          } else {
            if (tail) after.set(tail, row);
            else head = row;
            tail = row;
          }
        }
        previous = row;
        if (block.isFinding(entry)) row.abnormal = true;
        if (!row.cells.add(columnOfTime[time] ?? -1, entryBase + entry, 0)) inOrder = false;
      }
    }
  }
  const ordered: Building[] = [];
  for (let row = head; row; row = after.get(row)) ordered.push(row);
  return { rows: ordered, inOrder };
}
