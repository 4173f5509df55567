/**
 * The cumulative view ("kumulativ visning", flowsheet): analyses × sample times. One row per
 * analysis code and unit, grouped by fagområde; one column per sample time; each cell the value
 * with its flag, status, lab and report. Linear in the number of results: it reads the compact
 * flowsheet facts a `FlowsheetIndex` records for the reports (see `flowsheet-facts.ts`) in
 * two passes, one to size the rows and find the sample times that have a result, one to place
 * each result in its row. Each row keeps one number per cell; reports that come newest first need
 * no sorting, others get a counting sort. A cell's object is built only when the cell is read.
 */

import type { NilarObservationStatus } from '../shared/fhir';
import { osloBound } from '../shared/oslo-calendar';
import type { Classification } from './classify';
import {
  ABNORMAL,
  type FactsBlock,
  type FactsRun,
  FlowsheetIndex,
  KEY,
  NAME,
  rangeOf,
  reportOfEntry,
  type SampleTime,
  STRIDE,
  TIME,
  unitOf,
} from './flowsheet-facts';
import { FAGOMRADER, type Fagomrade, type LabReport, type LabResult, type LabValue } from './model';
import { isVoidResult } from './truth';

export { codeOf, FlowsheetIndex } from './flowsheet-facts';

export interface CumulativeCell {
  value: LabValue;
  classification: Classification;
  status: NilarObservationStatus;
  /** The reference range as the lab wrote it. */
  range: string | undefined;
  /** The performing lab. */
  lab: string | undefined;
  reportId: string;
  resultId: string;
  /** How many more results share this analysis and sample time (shown: the latest issued). */
  more: number;
  /** Cancelled or entered in error (the result or its report): shown struck through, never used. */
  void: boolean;
}

/**
 * A row's cells by column index: read like a `ReadonlyMap`. Iteration goes in column order. A
 * cell's object is built the first time it is read, and the same object is returned after that.
 */
export interface CumulativeCells extends Iterable<[number, CumulativeCell]> {
  /** How many columns have a cell in this row. */
  readonly size: number;
  get(column: number): CumulativeCell | undefined;
  has(column: number): boolean;
  /** Column indexes with a cell, ascending. */
  keys(): IterableIterator<number>;
  values(): IterableIterator<CumulativeCell>;
  entries(): IterableIterator<[number, CumulativeCell]>;
}

/** A sample time. Frozen: tables over the same reports share their column objects. */
export type CumulativeColumn = SampleTime;

export interface CumulativeRow {
  /** `code|unit`: unique per row. */
  key: string;
  /** NLK code, or the lab's code, or the name where there is no code. */
  code: string;
  name: string;
  /**
   * The unit as the newest result sent it. Spellings of one unit ("µmol/L", "umol/l") share a row;
   * another unit is another row.
   */
  unit: string;
  fagomrade: Fagomrade | undefined;
  /** Cells by column index (sparse). */
  cells: CumulativeCells;
  /**
   * Whether any cell is a finding: outside its range (by the lab's flag or computed), positive or
   * resistant. Cancelled and entered-in-error values never count.
   */
  abnormal: boolean;
}

export interface CumulativeTable {
  columns: CumulativeColumn[];
  rows: CumulativeRow[];
  /** Rows grouped by fagområde, in FAGOMRADER order (results without one last). */
  groups: { fagomrade: Fagomrade | undefined; rows: CumulativeRow[] }[];
  /** Results counted into the table. */
  results: number;
}

export interface CumulativeOptions {
  /** @default 'newest-first' */
  order?: 'newest-first' | 'oldest-first';
  /** Only these fagområder. */
  fagomrader?: readonly Fagomrade[];
  /** Only analyses whose name or code contains this text (case-insensitive). */
  search?: string;
  /** Only samples from this time on (`2026-01-01` or ISO 8601, inclusive). */
  from?: string;
  /** Only samples until this time (a date includes its whole day). */
  to?: string;
  /** Only analyses with at least one result outside its range in the window. */
  onlyAbnormal?: boolean;
}

/** A date is a whole Oslo calendar day (summer time included). */
const bound = osloBound;

/**
 * The cumulative table of `reports` (from `toLabReports`), with filters applied. Pass the same
 * `index` to every table over one patient's reports (a filter change, a new page): what it has
 * recorded is read again, and only reports it has not met are recorded.
 */
export function toCumulativeTable(
  reports: readonly LabReport[],
  options: CumulativeOptions = {},
  index: FlowsheetIndex = new FlowsheetIndex(),
): CumulativeTable {
  const fagomrader =
    options.fagomrader && options.fagomrader.length > 0 ? new Set(options.fagomrader) : undefined;
  const shown = fagomrader
    ? reports.filter((report) => report.fagomrade !== undefined && fagomrader.has(report.fagomrade))
    : reports;
  // Located before the row keys are counted: reports the index has not met add theirs now.
  const scan = scanOf(index.locate(shown), options, index);

  // First pass: the results each row key will hold, and the sample times that have a result.
  const resultsOfKey = filledArray(index.rowKeyCount, 0);
  countResults(scan, resultsOfKey);
  const columns = columnsOf(scan, options.order === 'oldest-first');
  // Second pass: each result into its row. Rows whose cells came out of column order (reports
  // not newest first, or the table oldest first) have them put in order.
  const { rows: building, inOrder } = placeResults(scan, resultsOfKey);
  if (!inOrder) reorderCells(building, columns.length, scan);

  const kept = options.onlyAbnormal ? building.filter((row) => row.abnormal) : building;
  const rows: CumulativeRow[] = kept.map((row) => {
    const { code, unit } = index.rowKey(row.keyId);
    return {
      key: `${code}|${unit}`,
      code,
      name: row.name,
      unit: row.unit,
      fagomrade: row.fagomrade,
      cells: new RowCells(row.cells, scan),
      abnormal: row.abnormal,
    };
  });
  const groups: CumulativeTable['groups'] = [];
  for (const fagomrade of [...FAGOMRADER, undefined]) {
    const inGroup = rows.filter((row) => row.fagomrade === fagomrade);
    if (inGroup.length > 0) groups.push({ fagomrade, rows: inGroup });
  }

  return {
    columns: kept.length < building.length ? dropEmptyColumns(columns, kept, scan) : columns,
    rows: groups.flatMap((group) => group.rows),
    groups,
    results: rows.reduce((sum, row) => sum + row.cells.size, 0),
  };
}

/**
 * What the passes over the results read, and what a table's cells are read from afterwards: the
 * blocks of facts, the filters, and each sample time's column.
 *
 * A cell is kept as one number, its entry: the index of its result in its block, plus the block's
 * `entryBase`. Its result, report and column are found from that.
 */
interface Scan {
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

function scanOf(runs: readonly FactsRun[], options: CumulativeOptions, index: FlowsheetIndex): Scan {
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
function countResults(scan: Scan, resultsOfKey: number[]): void {
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
function columnsOf(scan: Scan, oldestFirst: boolean): CumulativeColumn[] {
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
function blockOfEntry(scan: Scan, entry: number): number {
  return rangeOf(scan.entryBase, scan.blockList.length, entry);
}

/** The column of `entry`'s sample time. */
function columnOfEntry(scan: Scan, entry: number): number {
  const b = scan.blockList.length === 1 ? 0 : blockOfEntry(scan, entry);
  const block = scan.blockList[b] as FactsBlock;
  const time = block.facts[(entry - (scan.entryBase[b] as number)) * stride + timeAt] as number;
  return scan.columnOfTime[(scan.timeBase[b] as number) + time] as number;
}

interface Building {
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
function placeResults(scan: Scan, resultsOfKey: readonly number[]): { rows: Building[]; inOrder: boolean } {
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

/** The columns that still have a cell in `rows`; the times' columns are renumbered to match. */
function dropEmptyColumns(
  columns: CumulativeColumn[],
  rows: readonly { cells: Slots }[],
  scan: Scan,
): CumulativeColumn[] {
  const usedColumn = filledArray(columns.length, 0);
  for (const { cells } of rows) {
    for (let i = 0; i < cells.size; i += 1) {
      usedColumn[columnOfEntry(scan, cells.entries[i] as number)] = 1;
    }
  }
  if (!usedColumn.includes(0)) return columns;
  const remap = filledArray(columns.length, -1);
  const kept: CumulativeColumn[] = [];
  columns.forEach((column, index) => {
    if (usedColumn[index]) {
      remap[index] = kept.length;
      kept.push(column);
    }
  });
  const { columnOfTime } = scan;
  columnOfTime.forEach((column, time) => {
    if (column >= 0) columnOfTime[time] = remap[column] as number;
  });
  return kept;
}

/**
 * A row's cells, in column order: per cell its entry, in an array made at the row's full size.
 * Several results for one column are rare (a repeat of the sample), so how many more a cell has
 * is kept by cell index only where there are any.
 */
interface Slots {
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
const newSlots = (capacity: number): Slots => ({
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
function addCell(cells: Slots, column: number, entry: number, more: number): boolean {
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

/**
 * Puts every row's cells in column order, keeping the order of cells within a column (so the
 * first met of several for one column stays first): a counting sort over all cells, linear in
 * their number and the number of columns.
 */
function reorderCells(rows: readonly { cells: Slots }[], columnCount: number, scan: Scan): void {
  const start = filledArray(columnCount + 1, 0);
  let total = 0;
  for (const { cells } of rows) {
    for (let i = 0; i < cells.size; i += 1) {
      const next = columnOfEntry(scan, cells.entries[i] as number) + 1;
      start[next] = (start[next] as number) + 1;
    }
    total += cells.size;
  }
  for (let c = 1; c <= columnCount; c += 1) {
    start[c] = (start[c] as number) + (start[c - 1] as number);
  }
  // Each cell as (row, place in its row), put in order of its column.
  const placedRow = filledArray(total, 0);
  const placedAt = filledArray(total, 0);
  const placedColumn = filledArray(total, 0);
  rows.forEach(({ cells }, row) => {
    for (let i = 0; i < cells.size; i += 1) {
      const c = columnOfEntry(scan, cells.entries[i] as number);
      const at = start[c] as number;
      placedRow[at] = row;
      placedAt[at] = i;
      placedColumn[at] = c;
      start[c] = at + 1;
    }
  });
  const old = rows.map(({ cells }) => cells);
  const fresh = old.map((cells) => newSlots(cells.size));
  for (let k = 0; k < total; k += 1) {
    const row = placedRow[k] as number;
    const from = old[row] as Slots;
    const at = placedAt[k] as number;
    addCell(
      fresh[row] as Slots,
      placedColumn[k] as number,
      from.entries[at] as number,
      from.more?.get(at) ?? 0,
    );
  }
  rows.forEach((row, index) => {
    row.cells = fresh[index] as Slots;
  });
}

/** A plain array of `length` copies of `value`. */
const filledArray = (length: number, value: number): number[] => new Array<number>(length).fill(value);

/** A row's cells: the entry of the result each one shows, in column order. */
class RowCells implements CumulativeCells {
  readonly #slots: Slots;
  readonly #scan: Scan;
  #built: (CumulativeCell | undefined)[] | undefined;

  constructor(slots: Slots, scan: Scan) {
    this.#slots = slots;
    this.#scan = scan;
  }

  get size(): number {
    return this.#slots.size;
  }

  #column(index: number): number {
    return columnOfEntry(this.#scan, this.#slots.entries[index] as number);
  }

  /** The index of `column` among the row's cells, or -1. */
  #find(column: number): number {
    let low = 0;
    let high = this.#slots.size - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const value = this.#column(middle);
      if (value === column) return middle;
      if (value < column) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  #cell(index: number): CumulativeCell {
    this.#built ??= new Array(this.size);
    const built = this.#built[index];
    if (built) return built;
    const entry = this.#slots.entries[index] as number;
    const scan = this.#scan;
    const b = blockOfEntry(scan, entry);
    const block = scan.blockList[b] as FactsBlock;
    const item = entry - (scan.entryBase[b] as number);
    const report = block.reports[reportOfEntry(block, item)] as LabReport;
    const result = block.results[item] as LabResult;
    const cell: CumulativeCell = {
      value: result.value,
      classification: result.classification,
      status: result.status,
      range: result.range.text,
      lab: report.lab?.organisation,
      reportId: report.id,
      resultId: result.id,
      more: this.#slots.more?.get(index) ?? 0,
      void: isVoidResult(result, report),
    };
    this.#built[index] = cell;
    return cell;
  }

  get(column: number): CumulativeCell | undefined {
    const index = this.#find(column);
    return index < 0 ? undefined : this.#cell(index);
  }

  has(column: number): boolean {
    return this.#find(column) >= 0;
  }

  *keys(): IterableIterator<number> {
    for (let index = 0; index < this.size; index += 1) yield this.#column(index);
  }

  *values(): IterableIterator<CumulativeCell> {
    for (let index = 0; index < this.size; index += 1) yield this.#cell(index);
  }

  *entries(): IterableIterator<[number, CumulativeCell]> {
    for (let index = 0; index < this.size; index += 1) {
      yield [this.#column(index), this.#cell(index)];
    }
  }

  [Symbol.iterator](): IterableIterator<[number, CumulativeCell]> {
    return this.entries();
  }
}
