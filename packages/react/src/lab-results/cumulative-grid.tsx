'use client';
/*
 * An ARIA grid of divs, not a <table>: rows and columns are virtualized and absolutely positioned,
 * which table layout does not allow. Roles, aria-rowindex/colindex and a roving tabindex give it
 * table semantics; biome's "use a <table>", "make every row focusable" and "pair clicks with keys"
 * rules are off for this file (biome.json): the grid handles the keys for every cell.
 */
import type { CumulativeCell, CumulativeRow, CumulativeTable } from '@pps-kit/api-client';
import { defaultRangeExtractor, type Range, useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { usePpsContext } from '../provider/pps-provider';
import { formatDate, formatDateTime, formatRangeText, formatTime } from '../shared/format';
import { fill } from '../shared/messages';
import { useWidth } from '../shared/use-width';
import type { LabResultsMessages } from './messages';
import { FLAG_GLYPH, flagWords, formatLabValue } from './result-parts';

const ROW_HEIGHT = 36;
const HEADER_HEIGHT = 52;
/** The analysis column: 240 px, or less than half of a narrow grid (a phone, 400 % zoom). */
const FIRST_WIDTH = 240;
const firstWidth = (gridWidth: number) => Math.round(Math.min(FIRST_WIDTH, Math.max(112, gridWidth * 0.45)));
const COLUMN_WIDTH = 108;

export interface CumulativeGridProps {
  table: CumulativeTable;
  /** Called with a cell's report id when the user opens it (Enter, Space or click). */
  onReportOpen?: ((reportId: string) => void) | undefined;
  messages: LabResultsMessages;
  /**
   * Height of the scrolling grid, in pixels.
   * @default 480
   */
  height?: number | undefined;
  /** The element that names the grid. */
  labelledBy?: string | undefined;
}

type GridRow =
  | { kind: 'group'; key: string; label: string }
  | { kind: 'data'; key: string; row: CumulativeRow };

/** Keeps `extra` rendered besides the visible range, so the focused cell always exists. */
const keep = (extra: number) => (range: Range) => {
  const indexes = defaultRangeExtractor(range);
  if (extra >= 0 && extra < range.count && !indexes.includes(extra)) indexes.push(extra);
  return indexes.sort((a, b) => a - b);
};

/**
 * The flowsheet grid: analyses down, sample times across, an ARIA grid with one tab stop and
 * arrow-key navigation, rows and columns virtualized so that ten years render as fast as ten days.
 */
export function CumulativeGrid({
  table,
  onReportOpen,
  messages: t,
  height = 480,
  labelledBy,
}: CumulativeGridProps) {
  const { locale } = usePpsContext();
  const id = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const focusAfterRender = useRef(false);
  const firstColumn = firstWidth(useWidth(scroller, 960));

  const rows = useMemo<GridRow[]>(
    () =>
      table.groups.flatMap((group) => [
        {
          kind: 'group' as const,
          key: `group-${group.fagomrade ?? 'other'}`,
          label: group.fagomrade
            ? (t.expertiseLabels[group.fagomrade] ?? group.fagomrade)
            : t.unknownExpertise,
        },
        ...group.rows.map((row) => ({ kind: 'data' as const, key: row.key, row })),
      ]),
    [table, t],
  );
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

  const move = useCallback(
    (row: number, col: number) => {
      setActive({ row, col });
      focusAfterRender.current = true;
      rowVirtualizer.scrollToIndex(row, { align: 'auto' });
      if (col > 0) columnVirtualizer.scrollToIndex(col - 1, { align: 'auto' });
      else columnVirtualizer.scrollToOffset(0);
    },
    [rowVirtualizer, columnVirtualizer],
  );

  const dataRows = useMemo(() => rows.flatMap((r, index) => (r.kind === 'data' ? [index] : [])), [rows]);
  const pageRows = Math.max(1, Math.floor((height - HEADER_HEIGHT) / ROW_HEIGHT) - 1);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const position = dataRows.indexOf(activeRow);
    const lastCol = table.columns.length;
    const byRows = (delta: number) =>
      dataRows[Math.min(dataRows.length - 1, Math.max(0, position + delta))] ?? activeRow;
    let next: { row: number; col: number } | undefined;
    switch (event.key) {
      case 'ArrowRight':
        next = { row: activeRow, col: Math.min(lastCol, activeCol + 1) };
        break;
      case 'ArrowLeft':
        next = { row: activeRow, col: Math.max(0, activeCol - 1) };
        break;
      case 'ArrowDown':
        next = { row: byRows(1), col: activeCol };
        break;
      case 'ArrowUp':
        next = { row: byRows(-1), col: activeCol };
        break;
      case 'PageDown':
        next = { row: byRows(pageRows), col: activeCol };
        break;
      case 'PageUp':
        next = { row: byRows(-pageRows), col: activeCol };
        break;
      case 'Home':
        next = event.ctrlKey ? { row: dataRows[0] ?? activeRow, col: 0 } : { row: activeRow, col: 0 };
        break;
      case 'End':
        next = event.ctrlKey
          ? { row: dataRows.at(-1) ?? activeRow, col: lastCol }
          : { row: activeRow, col: lastCol };
        break;
      case 'Enter':
      case ' ': {
        const gridRow = rows[activeRow];
        const cell =
          gridRow?.kind === 'data' && activeCol > 0 ? gridRow.row.cells.get(activeCol - 1) : undefined;
        if (cell && onReportOpen) {
          event.preventDefault();
          onReportOpen(cell.reportId);
        }
        return;
      }
      default:
        return;
    }
    event.preventDefault();
    move(next.row, next.col);
  }

  const columnItems = columnVirtualizer.getVirtualItems();
  const totalWidth = firstColumn + columnVirtualizer.getTotalSize();

  const cellText = (cell: CumulativeCell) => formatLabValue(cell.value, locale, t);
  const flagText = (cell: CumulativeCell) => {
    const words = flagWords(cell.classification, t);
    return words && cell.classification.source === 'computed'
      ? `${words} (${t.flagComputed}${t.computedMark})`
      : words;
  };
  /**
   * A cell's name in words, in three pieces around the value that is on screen: the analysis and
   * time before it, and the unit, flag, status, range, lab and more after it. The cell takes its
   * name from its content (the pieces around the value are visually hidden), so that the value
   * on screen, even cut at its end, is always part of its name.
   */
  const cellName = (row: CumulativeRow, time: string, cell: CumulativeCell) => {
    const analysis = row.unit ? `${row.name} (${row.unit})` : row.name;
    const unit = cell.value.kind === 'quantity' ? (cell.value.unit ?? '') : '';
    const rest = [
      cell.void ? fill(t.cellVoid, { status: t.statusLabels[cell.status] }) : flagText(cell),
      !cell.void && cell.status !== 'final' ? t.statusLabels[cell.status] : undefined,
      cell.range ? fill(t.cellRange, { range: formatRangeText(cell.range, locale) }) : undefined,
      cell.lab ? fill(t.cellLab, { lab: cell.lab }) : undefined,
    ].filter(Boolean);
    const value = cellText(cell);
    const after = `${unit ? ` ${unit}` : ''}${rest.length > 0 ? `, ${rest.join(', ')}` : ''}`;
    // The catalogue's sentence, split where the value goes.
    const [before = '', end = ''] = fill(t.cellLabel, { analysis, time, value: '\u0000' }).split('\u0000');
    return { before, value, after: `${after}${end}`, whole: `${before}${value}${after}${end}` };
  };

  return (
    <div className="pps-grid-wrap">
      <p id={`${id}-help`} className="pps-visually-hidden">
        {t.gridHelp}
      </p>
      <div
        ref={scroller}
        role="grid"
        aria-labelledby={labelledBy}
        aria-describedby={`${id}-help`}
        aria-rowcount={rows.length + 1}
        aria-colcount={table.columns.length + 1}
        className="pps-grid"
        style={{ height }}
        onKeyDown={onKeyDown}
      >
        <div
          style={{
            width: totalWidth,
            height: HEADER_HEIGHT + rowVirtualizer.getTotalSize(),
            position: 'relative',
          }}
        >
          <div
            role="row"
            aria-rowindex={1}
            className="pps-grid__header"
            style={{ width: totalWidth, height: HEADER_HEIGHT }}
          >
            <div
              role="columnheader"
              aria-colindex={1}
              className="pps-grid__corner"
              style={{ width: firstColumn }}
            >
              {t.columnAnalysis}
            </div>
            {columnItems.map((item) => {
              const column = table.columns[item.index];
              if (!column) return null;
              return (
                <div
                  key={item.key}
                  role="columnheader"
                  aria-colindex={item.index + 2}
                  className="pps-grid__time"
                  style={{ left: firstColumn + item.start, width: item.size }}
                >
                  {formatDate(column.time, locale)}
                  {/* Only where the lab sent a time: a date alone has none. */}
                  {formatTime(column.time, locale) ? (
                    <>
                      <br />
                      {formatTime(column.time, locale)}
                    </>
                  ) : null}
                </div>
              );
            })}
          </div>
          {rowVirtualizer.getVirtualItems().map((item) => {
            const gridRow = rows[item.index];
            if (!gridRow) return null;
            const style = { top: HEADER_HEIGHT + item.start, height: item.size, width: totalWidth };
            if (gridRow.kind === 'group') {
              return (
                <div
                  key={gridRow.key}
                  role="row"
                  aria-rowindex={item.index + 2}
                  className="pps-grid__group"
                  style={style}
                >
                  <div
                    role="rowheader"
                    aria-colspan={table.columns.length + 1}
                    className="pps-grid__group-label"
                  >
                    {gridRow.label}
                  </div>
                </div>
              );
            }
            const { row } = gridRow;
            const rowIndex = item.index + 2;
            const isActiveRow = item.index === activeRow;
            return (
              <div
                key={gridRow.key}
                role="row"
                aria-rowindex={rowIndex}
                className="pps-grid__row"
                style={style}
              >
                <div
                  role="rowheader"
                  aria-colindex={1}
                  tabIndex={isActiveRow && activeCol === 0 ? 0 : -1}
                  data-cell={`${item.index}:0`}
                  className="pps-grid__analysis"
                  style={{ width: firstColumn }}
                  onFocus={() => setActive({ row: item.index, col: 0 })}
                >
                  {row.name}
                  {row.unit ? <span className="pps-grid__unit"> ({row.unit})</span> : null}
                </div>
                {columnItems.map((columnItem) => {
                  const column = table.columns[columnItem.index];
                  if (!column) return null;
                  const cell = row.cells.get(columnItem.index);
                  const col = columnItem.index + 1;
                  const flag =
                    cell && !cell.void && flagWords(cell.classification, t)
                      ? FLAG_GLYPH[cell.classification.class]
                      : undefined;
                  const mark = cell && cell.status !== 'final' ? t.statusMarks[cell.status] : undefined;
                  const time = formatDateTime(column.time, locale);
                  const name = cell ? cellName(row, time, cell) : undefined;
                  return (
                    <div
                      key={columnItem.key}
                      role="gridcell"
                      aria-colindex={col + 1}
                      aria-label={
                        name
                          ? undefined
                          : fill(t.cellEmpty, {
                              analysis: row.unit ? `${row.name} (${row.unit})` : row.name,
                              time,
                            })
                      }
                      tabIndex={isActiveRow && activeCol === col ? 0 : -1}
                      data-cell={`${item.index}:${col}`}
                      data-flag={flag ? cell?.classification.class : undefined}
                      data-source={cell?.classification.source}
                      data-status={cell?.status}
                      data-void={cell?.void || undefined}
                      className="pps-grid__cell"
                      style={{ left: firstColumn + columnItem.start, width: columnItem.size }}
                      // The whole text, where the cell is too narrow for it.
                      title={name?.whole}
                      onFocus={() => setActive({ row: item.index, col })}
                      onClick={() => {
                        setActive({ row: item.index, col });
                        if (cell && onReportOpen) onReportOpen(cell.reportId);
                      }}
                    >
                      {cell && name ? (
                        <>
                          <span className="pps-visually-hidden">{name.before}</span>
                          <span className="pps-grid__value">{name.value}</span>
                          <span className="pps-visually-hidden">{name.after}</span>
                          {flag ? (
                            <span className="pps-grid__flag" aria-hidden="true">
                              {' '}
                              {flag}
                              {cell.classification.source === 'computed' ? t.computedMark : ''}
                            </span>
                          ) : null}
                          {mark ? (
                            <span className="pps-grid__mark" aria-hidden="true">
                              {' '}
                              {mark}
                            </span>
                          ) : null}
                          {cell.more > 0 ? (
                            // Visible "+N" is part of the cell's name (WCAG 2.5.3), explained after it.
                            <span className="pps-grid__more">
                              {' '}
                              +{cell.more}
                              <span className="pps-visually-hidden">
                                {' '}
                                ({fill(t.cellMore, { count: cell.more })})
                              </span>
                            </span>
                          ) : null}
                        </>
                      ) : null}
                    </div>
                  );
                })}
              </div>
            );
          })}
        </div>
      </div>
      <GridLegend t={t} />
    </div>
  );
}

/** What the flowsheet's glyphs and marks mean: flags, the computed mark, statuses. */
function GridLegend({ t }: { t: LabResultsMessages }) {
  const statuses = (Object.keys(t.statusMarks) as (keyof typeof t.statusMarks)[]).filter(
    (status) => status !== 'partial' && status !== 'entered-in-error',
  );
  return (
    <details className="pps-legend">
      <summary>{t.legendHeading}</summary>
      <ul className="pps-legend__list">
        <li>
          {FLAG_GLYPH.high} {t.flagHigh}, {FLAG_GLYPH.low} {t.flagLow}, {FLAG_GLYPH.outside} {t.flagOutside},{' '}
          {FLAG_GLYPH.critical} {t.flagCritical}
        </li>
        <li>{t.flagNoteComputed}</li>
        {statuses.map((status) => (
          <li key={status}>
            <span className="pps-grid__mark">{t.statusMarks[status]}</span> {t.statusLabels[status]}
            {status === 'cancelled' ? ` / ${t.statusLabels['entered-in-error']}` : ''}
          </li>
        ))}
      </ul>
    </details>
  );
}
