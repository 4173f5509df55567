/** A result in words: its value as the lab sent it, and its class as a glyph and words. */
import type { Classification, LabValue } from '@pps-kit/api-client';
import { formatDateTime, formatLabNumber } from '../shared/format';
import type { Locale } from '../shared/i18n';
import { fill } from '../shared/messages';
import type { LabReportMessages } from './messages';

/** The lab's operators FHIR has no exact comparator for (code list 8239). */
const LAB_COMPARATOR: Record<string, string> = { ML: '≪', MG: '≫', NE: '≠' };

/**
 * A result's value as text, as the lab sent it: `<1`, `14,0` (the lab's digits, with the
 * locale's decimal sign), a text result, coded results, a range, a date (with a time only where
 * the lab sent one) or yes/no.
 */
export function formatLabValue(
  value: LabValue,
  locale: Locale,
  t: Pick<LabReportMessages, 'valueNone' | 'valueYes' | 'valueNo'>,
): string {
  switch (value.kind) {
    case 'quantity': {
      const operator = (value.labComparator && LAB_COMPARATOR[value.labComparator]) ?? value.comparator ?? '';
      return `${operator}${formatLabNumber(value.value, value.text, locale)}`;
    }
    case 'text': {
      // Codes sent with a text result (NORPAT, a lab's organism code) are part of the result.
      const codes = value.codes.map((c) => c.code).filter(Boolean);
      return codes.length > 0 ? `${value.text} (${codes.join(', ')})` : value.text;
    }
    case 'coded':
      return (
        value.codes
          .map((c) =>
            c.display && c.code && c.display !== c.code ? `${c.display} (${c.code})` : (c.display ?? c.code),
          )
          .join(', ') || t.valueNone
      );
    case 'range': {
      const bound = (number: number | undefined, text: string | undefined) =>
        number !== undefined ? formatLabNumber(number, text, locale) : (text ?? '');
      return `${bound(value.low, value.lowText)}–${bound(value.high, value.highText)}`;
    }
    case 'datetime':
      return formatDateTime(value.value, locale);
    case 'boolean':
      return value.value ? t.valueYes : t.valueNo;
    default:
      return t.valueNone;
  }
}

/** The glyph of each class, beside its words (never colour alone). */
export const FLAG_GLYPH: Record<Classification['class'], string> = {
  high: '↑',
  low: '↓',
  outside: '↕',
  critical: '‼',
  normal: '',
  unknown: '?',
};

/**
 * A class in words, as every view says it: the direction of a critical value, a flag pps-kit does
 * not know as the lab sent it; `undefined` for normal and for what nothing can be said about.
 */
export function flagWords(
  c: Classification,
  t: Pick<
    LabReportMessages,
    | 'flagUnrecognised'
    | 'flagCritical'
    | 'flagCriticalHigh'
    | 'flagCriticalLow'
    | 'flagHigh'
    | 'flagLow'
    | 'flagOutside'
  >,
): string | undefined {
  // Normal says nothing (none of the words below), nor does an unknown class pps-kit made.
  if (c.class === 'unknown' && c.source !== 'lab') return undefined;
  if (c.class === 'unknown')
    return fill(t.flagUnrecognised, { flag: c.flag?.display ?? c.flag?.code ?? '?' });
  if (c.class === 'critical')
    return c.direction === 'high'
      ? t.flagCriticalHigh
      : c.direction === 'low'
        ? t.flagCriticalLow
        : t.flagCritical;
  return { high: t.flagHigh, low: t.flagLow, outside: t.flagOutside, normal: undefined }[c.class];
}

/**
 * How a value's class is drawn where a shape must tell it (the trend's points): a triangle up for
 * high and for a critical value not known to be low, down for low and outside; none otherwise.
 */
export function flagPointing(c: Classification): 'up' | 'down' | undefined {
  if (c.class === 'high' || (c.class === 'critical' && c.direction !== 'low')) return 'up';
  return c.class === 'low' || c.class === 'outside' || c.class === 'critical' ? 'down' : undefined;
}

/** The class a value cell is styled by (`data-flag`): none for a void value, normal or unknown. */
export const cellFlag = (c: Classification, isVoid: boolean): Classification['class'] | undefined =>
  !isVoid && c.class !== 'normal' && c.class !== 'unknown' ? c.class : undefined;
