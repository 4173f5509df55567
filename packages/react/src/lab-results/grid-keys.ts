/** Where a key moves the flowsheet grid's active cell. */
/**
 * The cell a key moves to: arrows one step, Page Up and Down a page, Home and End the row's ends
 * (with Ctrl, the grid's). Group rows are stepped over. `undefined` for a key that does not move.
 */
export function nextCell(
  key: string,
  ctrl: boolean,
  /** The active row (an index into the grid's rows, group rows included). */
  row: number,
  /** The active column: 0 is the analysis, 1… the sample times. */
  col: number,
  /** The indexes of the rows that hold data (group rows are stepped over). */
  dataRows: readonly number[],
  lastCol: number,
  /** Rows a page moves. */
  pageRows: number,
): { row: number; col: number } | undefined {
  const position = dataRows.indexOf(row);
  const byRows = (delta: number) =>
    dataRows[Math.min(dataRows.length - 1, Math.max(0, position + delta))] ?? row;
  switch (key) {
    case 'ArrowRight':
      return { row, col: Math.min(lastCol, col + 1) };
    case 'ArrowLeft':
      return { row, col: Math.max(0, col - 1) };
    case 'ArrowDown':
      return { row: byRows(1), col };
    case 'ArrowUp':
      return { row: byRows(-1), col };
    case 'PageDown':
      return { row: byRows(pageRows), col };
    case 'PageUp':
      return { row: byRows(-pageRows), col };
    case 'Home':
      return ctrl ? { row: dataRows[0] ?? row, col: 0 } : { row, col: 0 };
    case 'End':
      return ctrl ? { row: dataRows.at(-1) ?? row, col: lastCol } : { row, col: lastCol };
    default:
      return undefined;
  }
}
