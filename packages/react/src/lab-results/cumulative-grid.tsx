'use client';
/*
 * An ARIA grid of divs, not a <table>: rows and columns are virtualized and absolutely positioned,
 * which table layout does not allow. Roles, aria-rowindex/colindex and a roving tabindex give it
 * table semantics; biome's "use a <table>", "make every row focusable" and "pair clicks with keys"
 * rules are off for this file (biome.json): the grid handles the keys for every cell.
 */
import type { CumulativeTable } from '@pps-kit/api-client';
import { useId, useMemo, useRef } from 'react';
import { usePpsContext } from '../provider/pps-provider';
import { formatDate, formatDateTime, formatTime } from '../shared/format';
import { fill } from '../shared/messages';
import { useWidth } from '../shared/use-width';
import { GridLegend } from './grid-legend';
import { COLUMN_WIDTH, firstWidth, gridRows, HEADER_HEIGHT, ROW_HEIGHT } from './grid-rows';
import { gridWords } from './grid-words';
import type { LabResultsMessages } from './messages';
import { useGridCursor } from './use-grid-cursor';
import { FLAG_GLYPH, flagWords } from './value-words';

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
  const firstColumn = firstWidth(useWidth(scroller, 960));
  const rows = useMemo(() => gridRows(table, t), [table, t]);
  const [activeRow, activeCol, setActive, rowIndexes, columnIndexes, onKeyDown] = useGridCursor(
    scroller,
    table,
    rows,
    height,
    firstColumn,
    onReportOpen,
  );

  const totalWidth = firstColumn + table.columns.length * COLUMN_WIDTH;

  const { cellName } = gridWords(t, locale);

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
            height: HEADER_HEIGHT + rows.length * ROW_HEIGHT,
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
            {columnIndexes.map((index) => {
              const column = table.columns[index];
              if (!column) return null;
              return (
                <div
                  key={index}
                  role="columnheader"
                  aria-colindex={index + 2}
                  className="pps-grid__time"
                  style={{ left: firstColumn + index * COLUMN_WIDTH, width: COLUMN_WIDTH }}
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
          {rowIndexes.map((index) => {
            const gridRow = rows[index];
            if (!gridRow) return null;
            const style = { top: HEADER_HEIGHT + index * ROW_HEIGHT, height: ROW_HEIGHT, width: totalWidth };
            if (gridRow.kind === 'group') {
              return (
                <div
                  key={gridRow.key}
                  role="row"
                  aria-rowindex={index + 2}
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
            const rowIndex = index + 2;
            const isActiveRow = index === activeRow;
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
                  data-cell={`${index}:0`}
                  className="pps-grid__analysis"
                  style={{ width: firstColumn }}
                  onFocus={() => setActive({ row: index, col: 0 })}
                >
                  {row.name}
                  {row.unit ? <span className="pps-grid__unit"> ({row.unit})</span> : null}
                </div>
                {columnIndexes.map((columnIndex) => {
                  const column = table.columns[columnIndex];
                  if (!column) return null;
                  const cell = row.cells.get(columnIndex);
                  const col = columnIndex + 1;
                  const flag =
                    cell && !cell.void && flagWords(cell.classification, t)
                      ? FLAG_GLYPH[cell.classification.class]
                      : undefined;
                  const mark = cell && cell.status !== 'final' ? t.statusMarks[cell.status] : undefined;
                  const time = formatDateTime(column.time, locale);
                  const name = cell ? cellName(row, time, cell) : undefined;
                  return (
                    <div
                      key={columnIndex}
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
                      data-cell={`${index}:${col}`}
                      data-flag={flag ? cell?.classification.class : undefined}
                      data-source={cell?.classification.source}
                      data-status={cell?.status}
                      data-void={cell?.void || undefined}
                      className="pps-grid__cell"
                      style={{ left: firstColumn + columnIndex * COLUMN_WIDTH, width: COLUMN_WIDTH }}
                      // The whole text, where the cell is too narrow for it.
                      title={name?.whole}
                      onFocus={() => setActive({ row: index, col })}
                      onClick={() => {
                        setActive({ row: index, col });
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
