/**
 * The two passes over the flowsheet facts: which results the filters keep, the sample times that
 * have one and their columns, and each result placed in its row (one number per cell).
 */
import { osloBound } from '../shared/oslo-calendar';
import type { CumulativeColumn, CumulativeOptions } from './cumulative';
import {
  ABNORMAL,
  type FactsBlock,
  type FactsRun,
  type FlowsheetIndex,
  KEY,
  NAME,
  rangeOf,
  STRIDE,
  TIME,
  unitOf,
} from './flowsheet-facts';
import type { Fagomrade, LabReport, LabResult } from './model';

/** A date is a whole Oslo calendar day (summer time included). */
const bound = osloBound;

/**
 * What the passes over the results read, and what a table's cells are read from afterwards: the
 * blocks of facts, the filters, and each sample time's column.
 *
 * A cell is kept as one number, its entry: the index of its result in its block, plus the block's
 * `entryBase`. Its result, report and column are found from that.
 */
export interface Scan {
  /** Where the row keys and names are spelled out. */
  index: FlowsheetIndex;
  /** The shown reports, as runs of reports in their block's order. */
  runs: readonly FactsRun[];
  /** The distinct blocks, in the order met. */
  blockList: readonly FactsBlock[];
  /** Per run: its block's number in `blockList`. */
  blockOf: readonly number[];
  /** Block b's entries are numbered from `entryBase[b]`. */
  entryBase: readonly number[];
  /** Block b's sample times are numbered from `timeBase[b]`. */
  timeBase: readonly number[];
  /** Per time: 1 if inside the date window, else 0; undefined when there is no window. */
  inWindow: readonly number[] | undefined;
  /** Whether a result's row key and name match the search; undefined when there is none. */
  matches: ((keyId: number, nameId: number) => boolean) | undefined;
  /**
   * Per time: its column, or -1 for a time without a result. `countResults` marks the times with
   * a result 0, and `columnsOf` numbers them.
   */
  columnOfTime: number[];
}

export function scanOf(runs: readonly FactsRun[], options: CumulativeOptions, index: FlowsheetIndex): Scan {
  const blockList: FactsBlock[] = [];
  const blockOf = filledArray(runs.length, 0);
  const listed = new Map<FactsBlock, number>();
  let lastBlock: FactsBlock | undefined;
  let lastNumber = -1;
  runs.forEach(({ block }, r) => {
    if (block !== lastBlock) {
      let number = listed.get(block);
      if (number === undefined) {
        number = blockList.length;
        listed.set(block, number);
        blockList.push(block);
      }
      lastBlock = block;
      lastNumber = number;
    }
    blockOf[r] = lastNumber;
  });
  const entryBase = filledArray(blockList.length + 1, 0);
  const timeBase = filledArray(blockList.length + 1, 0);
  blockList.forEach((block, b) => {
    entryBase[b + 1] = (entryBase[b] as number) + block.results.length;
    timeBase[b + 1] = (timeBase[b] as number) + block.times.length;
  });

  const from = bound(options.from, false);
  const to = bound(options.to, true);
  let inWindow: number[] | undefined;
  if (from !== undefined || to !== undefined) {
    const window = filledArray(timeBase[blockList.length] as number, 0);
    blockList.forEach((block, b) => {
      block.times.forEach(({ at }, t) => {
        if ((from === undefined || at >= from) && (to === undefined || at <= to)) {
          window[(timeBase[b] as number) + t] = 1;
        }
      });
    });
    inWindow = window;
  }

  // A search matches a result's name or its row's code; each name and code is tested once.
  const search = options.search?.trim().toLocaleLowerCase('nb');
  let matches: Scan['matches'];
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
    matches = (keyId, nameId) =>
      hit(nameHits, nameId, index.nameText(nameId)) || hit(codeHits, keyId, index.rowKey(keyId).code);
  }
  return {
    index,
    runs,
    blockList,
    blockOf,
    entryBase,
    timeBase,
    inWindow,
    matches,
    columnOfTime: filledArray(timeBase[blockList.length] as number, -1),
  };
}

// The layout of the facts, as module constants: the passes below run once per result, and
// imported names are property reads in some module runners (Vitest's among them).
const [stride, keyAt, nameAt, abnormalAt, timeAt] = [STRIDE, KEY, NAME, ABNORMAL, TIME];

/** Counts the results each row key will hold, and marks the times that have one. */
export function countResults(scan: Scan, resultsOfKey: number[]): void {
  const { runs, blockOf, timeBase, inWindow, matches, columnOfTime } = scan;
  for (let r = 0; r < runs.length; r += 1) {
    const { block, from, to } = runs[r] as FactsRun;
    const { facts, offsets } = block;
    const base = timeBase[blockOf[r] as number] as number;
    const end = (offsets[to] as number) * stride;
    for (let offset = (offsets[from] as number) * stride; offset < end; offset += stride) {
      const time = base + (facts[offset + timeAt] as number);
      const keyId = facts[offset + keyAt] as number;
      if (inWindow && inWindow[time] === 0) continue;
      if (matches && !matches(keyId, facts[offset + nameAt] as number)) continue;
      columnOfTime[time] = 0;
      resultsOfKey[keyId] = (resultsOfKey[keyId] as number) + 1;
    }
  }
}

/**
 * The columns: the sample times with a result, newest first (or oldest first), and each time's
 * column in `scan.columnOfTime`. Each block's times are in that order already; from several blocks
 * (pages) they are merged, one column per instant.
 */
export function columnsOf(scan: Scan, oldestFirst: boolean): CumulativeColumn[] {
  const { blockList, timeBase, columnOfTime } = scan;
  const only = blockList.length === 1 ? blockList[0] : undefined;
  let columns: CumulativeColumn[] = [];
  if (only) {
    let count = 0;
    for (const column of columnOfTime) if (column === 0) count += 1;
    columns = new Array(count);
    let next = 0;
    only.times.forEach((column, t) => {
      if (columnOfTime[t] === 0) {
        columnOfTime[t] = next;
        columns[next] = column;
        next += 1;
      }
    });
  } else {
    const met: { column: CumulativeColumn; time: number }[] = [];
    blockList.forEach((block, b) => {
      block.times.forEach((column, t) => {
        const time = (timeBase[b] as number) + t;
        if (columnOfTime[time] === 0) met.push({ column, time });
      });
    });
    met.sort((a, b) => b.column.at - a.column.at);
    for (const { column, time } of met) {
      if (columns[columns.length - 1]?.at !== column.at) columns.push(column);
      columnOfTime[time] = columns.length - 1;
    }
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

/** The number of the block that holds `entry`. */
export function blockOfEntry(scan: Scan, entry: number): number {
  return rangeOf(scan.entryBase, scan.blockList.length, entry);
}

/** The column of `entry`'s sample time. */
export function columnOfEntry(scan: Scan, entry: number): number {
  const b = scan.blockList.length === 1 ? 0 : blockOfEntry(scan, entry);
  const block = scan.blockList[b] as FactsBlock;
  const time = block.facts[(entry - (scan.entryBase[b] as number)) * stride + timeAt] as number;
  return scan.columnOfTime[(scan.timeBase[b] as number) + time] as number;
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
 * Puts each result into its row. Rows come in the lab's clinical order: a row first met in a
 * report goes right after the row of the result before it in that report (Hb, then trombocytter,
 * then CRP, even when an earlier report had only Hb and CRP); a report's first new row goes last.
 */
export function placeResults(
  scan: Scan,
  resultsOfKey: readonly number[],
): { rows: Building[]; inOrder: boolean } {
  const { runs, blockOf, entryBase, timeBase, inWindow, matches, columnOfTime } = scan;
  const rows: Building[] = [];
  const rowOfKey = filledArray(resultsOfKey.length, -1);
  // The rows' order as a linked list: next row of each, and the list's ends.
  const nextOf: number[] = [];
  let head = -1;
  let tail = -1;
  // The row of the result before this one in the same report (-1 at a report's start).
  let previousRow = -1;
  let inOrder = true;
  for (let r = 0; r < runs.length; r += 1) {
    const { block, from, to } = runs[r] as FactsRun;
    const { facts, offsets } = block;
    const b = blockOf[r] as number;
    const base = timeBase[b] as number;
    const entry = entryBase[b] as number;
    const end = offsets[to] as number;
    // The report the facts belong to: they run report by report, so it moves on at each offset.
    let k = from;
    let reportEnd = offsets[from + 1] as number;
    previousRow = -1;
    for (let i = offsets[from] as number; i < end; i += 1) {
      if (i >= reportEnd) {
        while (i >= (offsets[k + 1] as number)) k += 1;
        reportEnd = offsets[k + 1] as number;
        previousRow = -1;
      }
      const offset = i * stride;
      const time = base + (facts[offset + timeAt] as number);
      const keyId = facts[offset + keyAt] as number;
      if (inWindow && inWindow[time] === 0) continue;
      const nameId = facts[offset + nameAt] as number;
      if (matches && !matches(keyId, nameId)) continue;
      let row = rowOfKey[keyId] as number;
      if (row < 0) {
        row = rows.length;
        rowOfKey[keyId] = row;
        rows.push({
          keyId,
          name: scan.index.nameText(nameId),
          unit: unitOf(block.results[i] as LabResult),
          fagomrade: (block.reports[k] as LabReport).fagomrade,
          abnormal: false,
          cells: newSlots(resultsOfKey[keyId] as number),
        });
        if (previousRow >= 0) {
          nextOf[row] = nextOf[previousRow] as number;
          nextOf[previousRow] = row;
          if (tail === previousRow) tail = row;
        } else {
          nextOf[row] = -1;
          if (tail >= 0) nextOf[tail] = row;
          else head = row;
          tail = row;
        }
      }
      previousRow = row;
      const into = rows[row] as Building;
      if (facts[offset + abnormalAt] === 1) into.abnormal = true;
      if (!addCell(into.cells, columnOfTime[time] as number, entry + i, 0)) inOrder = false;
    }
  }
  const ordered: Building[] = [];
  for (let row = head; row >= 0; row = nextOf[row] as number) ordered.push(rows[row] as Building);
  return { rows: ordered, inOrder };
}

/**
 * A row's cells, in column order: per cell its entry, in an array made at the row's full size.
 * Several results for one column are rare (a repeat of the sample), so how many more a cell has
 * is kept by cell index only where there are any.
 */
export interface Slots {
  entries: number[];
  more: Map<number, number> | undefined;
  size: number;
  /** The column of the last cell, -1 when there is none. */
  last: number;
}

/**
 * Each row has an array of its own, not a region of a table-wide one: an array of a hundred
 * thousand numbers is a large object to V8, made and collected at several times the cost per
 * number of the row-sized arrays a ten-year history needs. Plain arrays, not typed arrays: typed
 * arrays keep their contents outside the JavaScript heap, and V8 answers a run of such
 * allocations with collections of the whole heap.
 */
export const newSlots = (capacity: number): Slots => ({
  entries: new Array<number>(capacity),
  more: undefined,
  size: 0,
  last: -1,
});

/**
 * Adds a cell at the end of a row, or, when the row's last cell is in the same column, counts it
 * there: of several results for one analysis and sample time the first stays, the latest issued
 * (reports come newest first). False when the cell lands left of the row's last one.
 */
export function addCell(cells: Slots, column: number, entry: number, more: number): boolean {
  const lastColumn = cells.last;
  if (lastColumn === column) {
    cells.more ??= new Map();
    const index = cells.size - 1;
    cells.more.set(index, (cells.more.get(index) ?? 0) + 1 + more);
    return true;
  }
  const at = cells.size;
  cells.entries[at] = entry;
  if (more > 0) {
    cells.more ??= new Map();
    cells.more.set(at, more);
  }
  cells.size = at + 1;
  cells.last = column;
  return column > lastColumn;
}

/** A plain array of `length` copies of `value`. */
export const filledArray = (length: number, value: number): number[] => new Array<number>(length).fill(value);
