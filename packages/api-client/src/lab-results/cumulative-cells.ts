/** A built table's cells: read when shown, put in column order when they came out of it. */
import type { CumulativeCell, CumulativeCells, CumulativeColumn } from './cumulative';
import type { Scan } from './cumulative-scan';
import { Slots } from './slots';
import { isVoidResult } from './truth';

/** The columns that still have a cell in `rows`; the times' columns are renumbered to match. */
export function dropEmptyColumns(
  columns: CumulativeColumn[],
  rows: readonly { cells: Slots }[],
  scan: Scan,
): CumulativeColumn[] {
  const used = new Array<boolean>(columns.length).fill(false);
  for (const { cells } of rows) {
    for (let i = 0; i < cells.size; i += 1) used[scan.columnOf(cells.entry(i))] = true;
  }
  if (!used.includes(false)) return columns;
  const kept: CumulativeColumn[] = [];
  const renumbered = columns.map((column, index) => {
    if (!used[index]) return -1;
    kept.push(column);
    return kept.length - 1;
  });
  const { columnOfTime } = scan;
  columnOfTime.forEach((column, time) => {
    if (column >= 0) columnOfTime[time] = renumbered[column] ?? -1;
  });
  return kept;
}

/**
 * Puts every row's cells in column order, keeping the order of cells within a column (so the
 * first met of several for one column stays first): a stable counting sort over all cells, linear
 * in their number and the number of columns.
 */
export function reorderCells(rows: readonly { cells: Slots }[], columnCount: number, scan: Scan): void {
  // Each cell's column, in the order met (row by row), and how many cells each column has.
  const columnOf: number[] = [];
  const inColumn = new Array<number>(columnCount).fill(0);
  for (const { cells } of rows) {
    for (let at = 0; at < cells.size; at += 1) {
      const column = scan.columnOf(cells.entry(at));
      columnOf.push(column);
      inColumn[column] = (inColumn[column] ?? 0) + 1;
    }
  }
  // Where each column's cells go in the sorted order: after those of the columns before it.
  const next: number[] = [];
  let start = 0;
  for (const count of inColumn) {
    next.push(start);
    start += count;
  }
  // Each cell, as (its row, its place in the row), put at its column's next place.
  const sortedRow = new Array<number>(columnOf.length);
  const sortedAt = new Array<number>(columnOf.length);
  let met = 0;
  rows.forEach(({ cells }, row) => {
    for (let at = 0; at < cells.size; at += 1) {
      const column = columnOf[met] ?? 0;
      const place = next[column] ?? 0;
      sortedRow[place] = row;
      sortedAt[place] = at;
      next[column] = place + 1;
      met += 1;
    }
  });
  const old = rows.map(({ cells }) => cells);
  const fresh = old.map((cells) => new Slots(cells.size));
  for (let place = 0; place < met; place += 1) {
    const row = sortedRow[place] ?? 0;
    const at = sortedAt[place] ?? 0;
    const from = old[row];
    if (from) fresh[row]?.add(scan.columnOf(from.entry(at)), from.entry(at), from.more(at));
  }
  rows.forEach((row, index) => {
    row.cells = fresh[index] ?? row.cells;
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
    return this.#scan.columnOf(this.#slots.entry(index));
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
    const entry = this.#slots.entry(index);
    const { block, entryBase } = this.#scan.blockOf(entry);
    const result = block.results[entry - entryBase];
    const report = block.reports[block.reportOf(entry - entryBase)];
    if (!result || !report) throw new Error('A flowsheet cell points past its block.');
    const cell: CumulativeCell = {
      value: result.value,
      classification: result.classification,
      status: result.status,
      range: result.range.text,
      lab: report.lab?.organisation,
      reportId: report.id,
      resultId: result.id,
      more: this.#slots.more(index),
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
