/** A built table's cells: read when shown, put in column order when they came out of it. */
import type { CumulativeCell, CumulativeCells, CumulativeColumn } from './cumulative';
import {
  addCell,
  blockOfEntry,
  columnOfEntry,
  filledArray,
  newSlots,
  type Scan,
  type Slots,
} from './cumulative-scan';
import { type FactsBlock, reportOfEntry } from './flowsheet-facts';
import type { LabReport, LabResult } from './model';
import { isVoidResult } from './truth';

/** The columns that still have a cell in `rows`; the times' columns are renumbered to match. */
export function dropEmptyColumns(
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
 * Puts every row's cells in column order, keeping the order of cells within a column (so the
 * first met of several for one column stays first): a counting sort over all cells, linear in
 * their number and the number of columns.
 */
export function reorderCells(rows: readonly { cells: Slots }[], columnCount: number, scan: Scan): void {
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

/** A row's cells: the entry of the result each one shows, in column order. */
export class RowCells implements CumulativeCells {
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
