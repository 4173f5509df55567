/**
 * A row's cells while a table is built and after: per cell its entry (the table's number for the
 * result it shows), in column order.
 *
 * Each row has an array of its own, made at the row's full size, not a region of a table-wide one:
 * an array of a hundred thousand numbers is a large object to V8, made and collected at several
 * times the cost per number of the row-sized arrays a ten-year history needs. A plain array, not a
 * typed array: typed arrays keep their contents outside the JavaScript heap, and V8 answers a run
 * of such allocations with collections of the whole heap.
 */
export class Slots {
  /** How many cells the row has. */
  size = 0;
  readonly #entries: number[];
  /**
   * Several results for one column are rare (a repeat of the sample), so how many more a cell has
   * is kept by cell index only where there are any.
   */
  #more: Map<number, number> | undefined;
  /** The column of the last cell, -1 when there is none. */
  #last = -1;

  constructor(capacity: number) {
    this.#entries = new Array<number>(capacity);
  }

  /** The entry of cell `index` (below `size`). */
  entry(index: number): number {
    return this.#entries[index] as number;
  }

  /** How many more results share cell `index`'s analysis and sample time. */
  more(index: number): number {
    return this.#more?.get(index) ?? 0;
  }

  /**
   * Adds a cell at the end of the row, or, when the row's last cell is in the same column, counts
   * it there: of several results for one analysis and sample time the first stays, the latest
   * issued (reports come newest first). False when the cell lands left of the row's last one.
   */
  add(column: number, entry: number, more: number): boolean {
    const lastColumn = this.#last;
    if (lastColumn === column) {
      const index = this.size - 1;
      this.#addMore(index, 1 + more);
      return true;
    }
    const index = this.size;
    this.#entries[index] = entry;
    if (more > 0) this.#addMore(index, more);
    this.size = index + 1;
    this.#last = column;
    return column > lastColumn;
  }

  #addMore(index: number, count: number): void {
    this.#more ??= new Map();
    this.#more.set(index, (this.#more.get(index) ?? 0) + count);
  }
}
