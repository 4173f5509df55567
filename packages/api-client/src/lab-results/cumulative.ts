/**
 * The cumulative view ("kumulativ visning", flowsheet): analyses × sample times. One row per
 * analysis code and unit, grouped by fagområde; one column per sample time; each cell the value
 * with its flag, status, lab and report. Linear in the number of results: it reads the compact
 * flowsheet facts `toLabReports` records for each report (see `flowsheet-facts.ts`), sorts the
 * sample times, places every result with a counting sort, and builds a cell's object only when
 * the cell is read.
 */
import type { NilarObservationStatus } from '../shared/fhir';
import type { Classification } from './classify';
import {
  ABNORMAL,
  AT,
  type FactsBlock,
  KEY,
  locateFlowsheetFacts,
  NAME,
  nameText,
  rowKey,
  rowKeyCount,
  STRIDE,
} from './flowsheet-facts';
import { FAGOMRADER, type Fagomrade, type LabReport, type LabResult, type LabValue } from './model';

export { codeOf } from './flowsheet-facts';

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

export interface CumulativeColumn {
  /** The sample time (ISO 8601), as the lab sent it. */
  time: string;
  /** Milliseconds since the epoch, for sorting and windows. */
  at: number;
}

export interface CumulativeRow {
  /** `code|unit`: unique per row. */
  key: string;
  /** NLK code, or the lab's code, or the name where there is no code. */
  code: string;
  name: string;
  /** The unit exactly as sent; rows split when a lab sends another spelling. */
  unit: string;
  fagomrade: Fagomrade | undefined;
  /** Cells by column index (sparse). */
  cells: CumulativeCells;
  /** Whether any cell is outside its range (by the lab's flag or computed). */
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

const bound = (value: string | undefined, end: boolean): number | undefined => {
  if (!value) return undefined;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  // Dates are Oslo calendar days; +01:00 is close enough for a window, and never drops a day.
  const time = Date.parse(dateOnly ? `${value}T00:00:00+01:00` : value);
  if (Number.isNaN(time)) return undefined;
  return dateOnly && end ? time + 86_400_000 + 3_600_000 - 1 : time;
};

/** The cumulative table of `reports` (from `toLabReports`), with filters applied. */
export function toCumulativeTable(
  reports: readonly LabReport[],
  options: CumulativeOptions = {},
): CumulativeTable {
  const from = bound(options.from, false);
  const to = bound(options.to, true);
  const search = options.search?.trim().toLocaleLowerCase('nb');
  const fagomrader =
    options.fagomrader && options.fagomrader.length > 0 ? new Set(options.fagomrader) : undefined;
  const shown = reports.filter(
    (report) => !fagomrader || (report.fagomrade !== undefined && fagomrader.has(report.fagomrade)),
  );
  // Located before the row keys are counted: reports built outside `toLabReports` add theirs now.
  const { blocks, at: positionInBlock } = locateFlowsheetFacts(shown);

  // A search matches a result's name or its row's code; each name and code is tested once.
  const nameHits = new Map<number, boolean>();
  const codeHits = new Map<number, boolean>();
  const hit = (hits: Map<number, boolean>, id: number, text: string): boolean => {
    let found = hits.get(id);
    if (found === undefined) {
      found = text.toLocaleLowerCase('nb').includes(search as string);
      hits.set(id, found);
    }
    return found;
  };

  interface Building {
    keyId: number;
    name: string;
    fagomrade: Fagomrade | undefined;
    abnormal: boolean;
    /** Per cell: its column, its result's entry number, and how many more results share it. */
    cells: Slots;
  }
  const building: Building[] = [];
  const rowOfKey = filledArray(rowKeyCount(), -1);
  const columns: CumulativeColumn[] = [];
  const columnIndex = new Map<number, number>();
  // Entries are numbered across the shown reports: report r's are `base[r]` onwards.
  const base = filledArray(shown.length + 1, 0);
  // Whether the sample times came in order: each new one after (or before) the one before, and
  // none met again once a newer column was opened. Reports come newest first from `toLabReports`
  // and the page hook, so a row's cells usually arrive in column order.
  let rising = true;
  let falling = true;
  let inOrder = true;
  // Results of one report mostly share its sample time.
  let lastAt = Number.NaN;
  let lastColumn = -1;
  // The layout of the facts, as local constants: this loop runs once per result, and imported
  // names are property reads in some module runners (Vitest's among them).
  const [stride, atAt, keyAt, nameAt, abnormalAt] = [STRIDE, AT, KEY, NAME, ABNORMAL];

  // Results per row key, at most: each row's arrays are made once, at their full size.
  const resultsOfKey = filledArray(rowOfKey.length, 0);
  for (let r = 0; r < shown.length; r += 1) {
    const { numbers, offsets } = blocks[r] as FactsBlock;
    const k = positionInBlock[r] as number;
    const end = (offsets[k + 1] as number) * stride;
    for (let offset = (offsets[k] as number) * stride + keyAt; offset < end; offset += stride) {
      const keyId = numbers[offset] as number;
      resultsOfKey[keyId] = (resultsOfKey[keyId] as number) + 1;
    }
  }

  // Every row's cells live in one region of the table's arrays: one allocation for them all.
  let total = 0;
  for (const count of resultsOfKey) total += count;
  const store: CellStore = {
    columns: filledArray(total, 0),
    refs: filledArray(total, 0),
    more: undefined,
  };
  let nextFree = 0;

  for (let r = 0; r < shown.length; r += 1) {
    const { numbers, offsets, times } = blocks[r] as FactsBlock;
    const k = positionInBlock[r] as number;
    const first = offsets[k] as number;
    const end = offsets[k + 1] as number;
    const firstRef = base[r] as number;
    base[r + 1] = firstRef + end - first;
    for (let i = first; i < end; i += 1) {
      const offset = i * stride;
      const at = numbers[offset + atAt] as number;
      if (Number.isNaN(at) || (from !== undefined && at < from) || (to !== undefined && at > to)) {
        continue;
      }
      const keyId = numbers[offset + keyAt] as number;
      const nameId = numbers[offset + nameAt] as number;
      if (search && !hit(nameHits, nameId, nameText(nameId)) && !hit(codeHits, keyId, rowKey(keyId).code)) {
        continue;
      }
      if (at !== lastAt) {
        let column = columnIndex.get(at);
        if (column === undefined) {
          column = columns.length;
          const previous = columns[column - 1];
          if (previous && at > previous.at) falling = false;
          else if (previous) rising = false;
          columnIndex.set(at, column);
          columns.push({ time: times[i] as string, at });
        }
        if (column < lastColumn) inOrder = false;
        lastAt = at;
        lastColumn = column;
      }
      let row = rowOfKey[keyId] as number;
      if (row < 0) {
        row = building.length;
        rowOfKey[keyId] = row;
        const from = nextFree;
        nextFree += resultsOfKey[keyId] as number;
        building.push({
          keyId,
          name: nameText(nameId),
          fagomrade: (shown[r] as LabReport).fagomrade,
          abnormal: false,
          cells: { store, from, size: 0 },
        });
      }
      const into = building[row] as Building;
      if (numbers[offset + abnormalAt] === 1) into.abnormal = true;
      addCell(into.cells, lastColumn, firstRef + i - first, 0);
    }
  }

  // Columns in time order. When they were met in that order, each row's cells are already in
  // place; otherwise every cell moves to its column's new place.
  const newestFirst = options.order !== 'oldest-first';
  let sortedColumns = columns;
  if (!inOrder || (newestFirst ? !falling : !rising)) {
    const order = columns.map((_, index) => index);
    const at = (index: number) => (columns[index] as CumulativeColumn).at;
    order.sort(newestFirst ? (a, b) => at(b) - at(a) : (a, b) => at(a) - at(b));
    sortedColumns = order.map((index) => columns[index] as CumulativeColumn);
    reorderCells(building, order);
  }

  const kept = options.onlyAbnormal ? building.filter((row) => row.abnormal) : building;
  // Keep only columns that still have a cell after the row filters.
  let finalColumns = sortedColumns;
  if (kept.length < building.length) {
    const used = filledArray(sortedColumns.length, 0);
    for (const { cells } of kept) {
      for (let i = cells.from; i < cells.from + cells.size; i += 1) {
        used[cells.store.columns[i] as number] = 1;
      }
    }
    if (used.includes(0)) {
      const remap = filledArray(sortedColumns.length, 0);
      finalColumns = [];
      sortedColumns.forEach((column, index) => {
        remap[index] = finalColumns.length;
        if (used[index]) finalColumns.push(column);
      });
      for (const { cells } of kept) {
        const { columns: cellColumns } = cells.store;
        for (let i = cells.from; i < cells.from + cells.size; i += 1) {
          cellColumns[i] = remap[cellColumns[i] as number] as number;
        }
      }
    }
  }

  const source: CellSource = { shown, blocks, positionInBlock, base };
  const rows: CumulativeRow[] = kept.map((row) => {
    const { code, unit } = rowKey(row.keyId);
    return {
      key: `${code}|${unit}`,
      code,
      name: row.name,
      unit,
      fagomrade: row.fagomrade,
      cells: new RowCells(row.cells, source),
      abnormal: row.abnormal,
    };
  });

  const groupOrder = [...FAGOMRADER, undefined];
  const groups = groupOrder
    .map((fagomrade) => ({ fagomrade, rows: rows.filter((row) => row.fagomrade === fagomrade) }))
    .filter((group) => group.rows.length > 0);

  return {
    columns: finalColumns,
    rows: groups.flatMap((group) => group.rows),
    groups,
    results: rows.reduce((sum, row) => sum + row.cells.size, 0),
  };
}

/** Every cell of a table, as parallel arrays, row by row: each row has a region. */
interface CellStore {
  /** Per cell: its column index (ascending within a row). */
  columns: number[];
  /** Per cell: the entry number of the result shown. */
  refs: number[];
  /** Per cell: how many more results share its column; made at the first such column. */
  more: number[] | undefined;
}

/** A row's cells: `size` cells from `from` in the store. */
interface Slots {
  store: CellStore;
  from: number;
  size: number;
}

/**
 * Adds a cell at the end of a row, or, when the row's last cell is in the same column, counts it
 * there: of several results for one analysis and sample time the first stays, the latest issued
 * (reports come newest first).
 */
function addCell(cells: Slots, column: number, ref: number, more: number): void {
  const { store } = cells;
  const last = cells.from + cells.size - 1;
  if (cells.size > 0 && store.columns[last] === column) {
    store.more ??= filledArray(store.columns.length, 0);
    store.more[last] = (store.more[last] as number) + 1 + more;
    return;
  }
  if (more > 0) store.more ??= filledArray(store.columns.length, 0);
  const at = cells.from + cells.size;
  store.columns[at] = column;
  store.refs[at] = ref;
  if (store.more) store.more[at] = more;
  cells.size += 1;
}

/**
 * Moves every row's cells to the columns' sorted places (`order[sorted] = column`), keeping the
 * order of cells within a column: a counting sort over all cells, linear in their number.
 */
function reorderCells(rows: readonly { cells: Slots }[], order: readonly number[]): void {
  const position = filledArray(order.length, 0);
  order.forEach((column, sorted) => {
    position[column] = sorted;
  });
  const start = filledArray(order.length + 1, 0);
  let total = 0;
  for (const { cells } of rows) {
    for (let i = cells.from; i < cells.from + cells.size; i += 1) {
      const next = (position[cells.store.columns[i] as number] as number) + 1;
      start[next] = (start[next] as number) + 1;
    }
    total += cells.size;
  }
  for (let c = 1; c <= order.length; c += 1) {
    start[c] = (start[c] as number) + (start[c - 1] as number);
  }
  // Each cell as (row, place in the store), put in order of its new column.
  const placedRow = filledArray(total, 0);
  const placedAt = filledArray(total, 0);
  rows.forEach(({ cells }, row) => {
    for (let i = cells.from; i < cells.from + cells.size; i += 1) {
      const c = position[cells.store.columns[i] as number] as number;
      const at = start[c] as number;
      placedRow[at] = row;
      placedAt[at] = i;
      start[c] = at + 1;
    }
  });
  const old = rows[0]?.cells.store;
  if (!old) return;
  const store: CellStore = {
    columns: filledArray(old.columns.length, 0),
    refs: filledArray(old.refs.length, 0),
    more: undefined,
  };
  const fresh = rows.map(({ cells }): Slots => ({ store, from: cells.from, size: 0 }));
  for (let k = 0; k < total; k += 1) {
    const at = placedAt[k] as number;
    addCell(
      fresh[placedRow[k] as number] as Slots,
      position[old.columns[at] as number] as number,
      old.refs[at] as number,
      old.more?.[at] ?? 0,
    );
  }
  rows.forEach((row, index) => {
    row.cells = fresh[index] as Slots;
  });
}

/**
 * A plain array of `length` copies of `value`. The table's own arrays are plain arrays, not typed
 * arrays: typed arrays keep their contents outside the JavaScript heap, and V8 answers a run of
 * such allocations with full collections of the whole heap, which at ten years of history costs
 * more than building the table.
 */
const filledArray = (length: number, value: number): number[] => new Array<number>(length).fill(value);

/** The reports a table was built from, their facts, and how entry numbers map onto them. */
interface CellSource {
  shown: readonly LabReport[];
  blocks: readonly FactsBlock[];
  /** Per shown report: its position in its block. */
  positionInBlock: readonly number[];
  /** Report r's entries are numbered from `base[r]`. */
  base: readonly number[];
}

/** A row's cells: sorted column indexes, and the entry number of the result each one shows. */
class RowCells implements CumulativeCells {
  readonly #slots: Slots;
  readonly #source: CellSource;
  #built: (CumulativeCell | undefined)[] | undefined;

  constructor(slots: Slots, source: CellSource) {
    this.#slots = slots;
    this.#source = source;
  }

  get size(): number {
    return this.#slots.size;
  }

  /** The index of `column` among the row's cells, or -1. */
  #find(column: number): number {
    const { store, from, size } = this.#slots;
    let low = from;
    let high = from + size - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const value = store.columns[middle] as number;
      if (value === column) return middle - from;
      if (value < column) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  #cell(index: number): CumulativeCell {
    this.#built ??= new Array(this.size);
    const built = this.#built[index];
    if (built) return built;
    const ref = this.#slots.store.refs[this.#slots.from + index] as number;
    const { shown, blocks, positionInBlock, base } = this.#source;
    // The report whose entries include `ref`: the last r with base[r] <= ref.
    let low = 0;
    let high = shown.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if ((base[middle] as number) <= ref) low = middle;
      else high = middle - 1;
    }
    const report = shown[low] as LabReport;
    const block = blocks[low] as FactsBlock;
    const item = (block.offsets[positionInBlock[low] as number] as number) + ref - (base[low] as number);
    const result = block.results[item] as LabResult;
    const cell: CumulativeCell = {
      value: result.value,
      classification: result.classification,
      status: result.status,
      range: result.range.text,
      lab: report.lab?.organisation,
      reportId: report.id,
      resultId: result.id,
      more: this.#slots.store.more?.[this.#slots.from + index] ?? 0,
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
    const { store, from, size } = this.#slots;
    for (let i = from; i < from + size; i += 1) yield store.columns[i] as number;
  }

  *values(): IterableIterator<CumulativeCell> {
    for (let index = 0; index < this.size; index += 1) yield this.#cell(index);
  }

  *entries(): IterableIterator<[number, CumulativeCell]> {
    const { store, from } = this.#slots;
    for (let index = 0; index < this.size; index += 1) {
      yield [store.columns[from + index] as number, this.#cell(index)];
    }
  }

  [Symbol.iterator](): IterableIterator<[number, CumulativeCell]> {
    return this.entries();
  }
}
