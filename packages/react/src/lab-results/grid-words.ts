/** A flowsheet cell in words: its value as sent, and its whole name for screen readers. */
import type { CumulativeCell, CumulativeRow } from '@pps-kit/api-client';
import { formatRangeText } from '../shared/format';
import type { Locale } from '../shared/i18n';
import { fill } from '../shared/messages';
import type { LabResultsMessages } from './messages';
import { flagWords, formatLabValue } from './value-words';

export function gridWords(t: LabResultsMessages, locale: Locale) {
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
  return { cellName };
}
