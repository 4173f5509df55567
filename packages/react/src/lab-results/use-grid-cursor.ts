/**
 * The flowsheet grid's active cell (one tab stop, a roving tabindex): where it is, how keys move
 * it, and the two virtualizers that keep it rendered and scrolled into view.
 */
import type { CumulativeTable } from '@pps-kit/api-client';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, type RefObject, useEffect, useMemo, useRef, useState } from 'react';
import { nextCell } from './grid-keys';
import { COLUMN_WIDTH, type GridRow, HEADER_HEIGHT, keep, ROW_HEIGHT } from './grid-rows';

export function useGridCursor(
  scroller: RefObject<HTMLDivElement | null>,
  table: CumulativeTable,
  rows: readonly GridRow[],
  height: number,
  onReportOpen: ((reportId: string) => void) | undefined,
) {
  const focusAfterRender = useRef(false);
  const firstData = rows.findIndex((r) => r.kind === 'data');
  const [active, setActive] = useState({ row: firstData, col: 0 });
  // Keep the active cell inside the table when the table changes (filters, new pages).
  const activeRow = rows[active.row]?.kind === 'data' ? active.row : firstData;
  const activeCol = Math.min(active.col, table.columns.length);

  const rowVirtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 4,
    initialRect: { width: 960, height },
    rangeExtractor: keep(activeRow),
  });
  const columnVirtualizer = useVirtualizer({
    horizontal: true,
    count: table.columns.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => COLUMN_WIDTH,
    overscan: 2,
    initialRect: { width: 960, height },
    rangeExtractor: keep(activeCol - 1),
  });

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
    rowVirtualizer.scrollToIndex(next.row, { align: 'auto' });
    if (next.col > 0) columnVirtualizer.scrollToIndex(next.col - 1, { align: 'auto' });
    else columnVirtualizer.scrollToOffset(0);
  }

  // A tuple, not an object: its names minify (this grid sits on the kit's size budget).
  return [activeRow, activeCol, setActive, rowVirtualizer, columnVirtualizer, onKeyDown] as const;
}
