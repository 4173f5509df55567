'use client';
/*
 * One cell of the flowsheet grid, and one sample time's column header. The grid positions them
 * (they are virtualized) and handles the keys for every cell; see cumulative-grid.tsx.
 */
import type { CumulativeColumn, CumulativeRow } from '@pps-kit/api-client';
import { formatDate, formatDateTime, formatTime } from '../shared/format';
import type { Locale } from '../shared/i18n';
import { fill } from '../shared/messages';
import type { gridWords } from './grid-words';
import type { LabResultsMessages } from './messages';
import { FLAG_GLYPH, flagWords } from './result-parts';

interface Placed {
  /** Where the virtualizer puts it, in pixels from the grid's left edge. */
  left: number;
  width: number;
}

/** A sample time as a column header: its date, and its time where the lab sent one. */
export function GridTimeHeader({
  column,
  colIndex,
  left,
  width,
  locale,
}: Placed & { column: CumulativeColumn; colIndex: number; locale: Locale }) {
  const time = formatTime(column.time, locale);
  return (
    <div role="columnheader" aria-colindex={colIndex} className="pps-grid__time" style={{ left, width }}>
      {formatDate(column.time, locale)}
      {/* Only where the lab sent a time: a date alone has none. */}
      {time ? (
        <>
          <br />
          {time}
        </>
      ) : null}
    </div>
  );
}

export interface GridCellProps extends Placed {
  row: CumulativeRow;
  /** The cell's column among the sample times. */
  index: number;
  column: CumulativeColumn;
  /** The grid row's number among the grid's rows (group rows included). */
  rowIndex: number;
  /** Whether the cell holds the grid's one tab stop. */
  active: boolean;
  t: LabResultsMessages;
  locale: Locale;
  words: ReturnType<typeof gridWords>;
  /** The cell became the active one (focus or click). */
  onActivate: (row: number, col: number) => void;
  onReportOpen?: ((reportId: string) => void) | undefined;
}

/**
 * A cell: the value as sent, its flag as a glyph (never colour only), its status mark and how
 * many more results share it, named in whole words for screen readers.
 */
export function GridCell({
  row,
  index,
  column,
  rowIndex,
  active,
  left,
  width,
  t,
  locale,
  words,
  onActivate,
  onReportOpen,
}: GridCellProps) {
  const cell = row.cells.get(index);
  const col = index + 1;
  const flag =
    cell && !cell.void && flagWords(cell.classification, t)
      ? FLAG_GLYPH[cell.classification.class]
      : undefined;
  const mark = cell && cell.status !== 'final' ? t.statusMarks[cell.status] : undefined;
  const time = formatDateTime(column.time, locale);
  const name = cell ? words.cellName(row, time, cell) : undefined;
  return (
    <div
      role="gridcell"
      aria-colindex={col + 1}
      aria-label={
        name
          ? undefined
          : fill(t.cellEmpty, { analysis: row.unit ? `${row.name} (${row.unit})` : row.name, time })
      }
      tabIndex={active ? 0 : -1}
      data-cell={`${rowIndex}:${col}`}
      data-flag={flag ? cell?.classification.class : undefined}
      data-source={cell?.classification.source}
      data-status={cell?.status}
      data-void={cell?.void || undefined}
      className="pps-grid__cell"
      style={{ left, width }}
      // The whole text, where the cell is too narrow for it.
      title={name?.whole}
      onFocus={() => onActivate(rowIndex, col)}
      onClick={() => {
        onActivate(rowIndex, col);
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
              <span className="pps-visually-hidden"> ({fill(t.cellMore, { count: cell.more })})</span>
            </span>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
