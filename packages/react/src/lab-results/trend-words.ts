/** The trend in words: a point's lines (its tooltip and name), a break's explanation, a value. */
import type { TrendPoint, TrendSegment } from '@pps-kit/api-client';
import { formatDate, formatDateTime, formatLabNumber, formatRangeText } from '../shared/format';
import type { Locale } from '../shared/i18n';
import { fill } from '../shared/messages';
import type { LabResultsMessages } from './messages';
import { flagWords } from './value-words';

/** A point in words: the tooltip's lines and the point's accessible name. */
export function pointLines(point: TrendPoint, locale: Locale, t: LabResultsMessages): string[] {
  const flag = flagWords(point.classification, t);
  return [
    formatDateTime(point.time, locale),
    `${pointValue(point, locale)}${point.unit ? ` ${point.unit}` : ''}${flag ? ` (${flag})` : ''}`,
    ...(point.status !== 'final' ? [t.statusLabels[point.status]] : []),
    ...(point.range.text ? [fill(t.cellRange, { range: formatRangeText(point.range.text, locale) })] : []),
    ...(point.lab ? [point.lab] : []),
  ];
}

export function breakText(
  segment: TrendSegment,
  previous: TrendSegment,
  number: number,
  locale: Locale,
  t: LabResultsMessages,
) {
  const shown = (text: string | undefined) => text || '–';
  const range = (text: string | undefined) => shown(text && formatRangeText(text, locale));
  const reasons = segment.breaks.map((reason) =>
    fill(t.breakReason, {
      reason,
      ...(reason === 'lab'
        ? { from: shown(previous.lab), to: shown(segment.lab) }
        : reason === 'unit'
          ? { from: shown(previous.unit), to: shown(segment.unit) }
          : { from: range(previous.range.text), to: range(segment.range.text) }),
    }),
  );
  return fill(t.trendBreak, {
    number,
    time: formatDate(segment.points[0]?.time ?? '', locale),
    reasons: reasons.join(', '),
  });
}

export function pointValue(point: TrendPoint, locale: Locale) {
  if (point.value !== undefined)
    return `${point.comparator ?? ''}${formatLabNumber(point.value, point.numberText, locale)}`;
  return point.text ?? '';
}
