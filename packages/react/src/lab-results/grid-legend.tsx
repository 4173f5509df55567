'use client';
import type { LabResultsMessages } from './messages';
import { FLAG_GLYPH } from './value-words';

/** What the flowsheet's glyphs and marks mean: flags, the computed mark, statuses. */
export function GridLegend({ t }: { t: LabResultsMessages }) {
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
