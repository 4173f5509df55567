/**
 * The flowsheet grid's active cell (one tab stop, a roving tabindex): where it is, how keys move
 * it, and the rows and columns rendered around it, which always include it.
 */
import type { CumulativeTable } from '@pps-kit/api-client';
import { type KeyboardEvent, type RefObject, useEffect, useMemo, useRef, useState } from 'react';
import { nextCell } from './grid-keys';
import { COLUMN_WIDTH, type GridRow, HEADER_HEIGHT, ROW_HEIGHT } from './grid-rows';
import { offsetToShow, useVisibleSpans, windowIndexes } from './grid-window';

export function useGridCursor(
  scroller: RefObject<HTMLDivElement | null>,
  table: CumulativeTable,
  rows: readonly GridRow[],
  height: number,
  firstColumn: number,
  onReportOpen: ((reportId: string) => void) | undefined,
) {
  const focusAfterRender = useRef(false);
  const firstData = rows.findIndex((r) => r.kind === 'data');
  const [active, setActive] = useState({ row: firstData, col: 0 });
  // Keep the active cell inside the table when the table changes (filters, new pages).
  const activeRow = rows[active.row]?.kind === 'data' ? active.row : firstData;
  const activeCol = Math.min(active.col, table.columns.length);

  const [rowSpan, columnSpan] = useVisibleSpans(
    scroller,
    ROW_HEIGHT,
    COLUMN_WIDTH,
    HEADER_HEIGHT,
    firstColumn,
    {
      width: 960,
      height,
    },
  );
  // Column 0 of the cursor is the analysis column; the windowed columns are the times, from 0.
  const rowIndexes = windowIndexes(rows.length, rowSpan, 4, activeRow);
  const columnIndexes = windowIndexes(table.columns.length, columnSpan, 2, activeCol - 1);

  useEffect(() => {
    if (!focusAfterRender.current) return;
    focusAfterRender.current = false;
    scroller.current
      ?.querySelector<HTMLElement>(`[data-cell="${activeRow}:${activeCol}"]`)
      ?.focus({ preventScroll: true });
  });

  const dataRows = useMemo(() => rows.flatMap((r, index) => (r.kind === 'data' ? [index] : [])), [rows]);
  const pageRows = Math.max(1, Math.floor((height - HEADER_HEIGHT) / ROW_HEIGHT) - 1);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Enter' || event.key === ' ') {
      const gridRow = rows[activeRow];
      const cell =
        gridRow?.kind === 'data' && activeCol > 0 ? gridRow.row.cells.get(activeCol - 1) : undefined;
      if (cell && onReportOpen) {
        event.preventDefault();
        onReportOpen(cell.reportId);
      }
      return;
    }
    const next = nextCell(
      event.key,
      event.ctrlKey,
      activeRow,
      activeCol,
      dataRows,
      table.columns.length,
      pageRows,
    );
    if (!next) return;
    event.preventDefault();
    setActive(next);
    focusAfterRender.current = true;
    // Scroll the cell out from under the sticky header and analysis column, if it is not in view.
    const element = scroller.current;
    if (!element) return;
    element.scrollTop = offsetToShow(
      element.scrollTop,
      next.row * ROW_HEIGHT,
      ROW_HEIGHT,
      element.clientHeight - HEADER_HEIGHT,
    );
    element.scrollLeft =
      next.col > 0
        ? offsetToShow(
            element.scrollLeft,
            (next.col - 1) * COLUMN_WIDTH,
            COLUMN_WIDTH,
            element.clientWidth - firstColumn,
          )
        : 0;
  }

  // A tuple, not an object: its names minify (this grid sits on the kit's size budget).
  return [activeRow, activeCol, setActive, rowIndexes, columnIndexes, onKeyDown] as const;
}
