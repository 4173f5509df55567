'use client';
import type {
  Classification,
  LabValue,
  NilarObservationStatus,
  NilarReportStatus,
} from '@pps-kit/api-client';
import { formatDateTime, formatNumber } from '../shared/format';
import type { Locale } from '../shared/i18n';
import { fill } from '../shared/messages';
import type { LabResultsMessages } from './messages';

/** A result's value as text: `<1`, `11,2`, a text result, coded results, a range or a time. */
export function formatLabValue(
  value: LabValue,
  locale: Locale,
  t: Pick<LabResultsMessages, 'valueNone'>,
): string {
  switch (value.kind) {
    case 'quantity':
      return `${value.comparator ?? ''}${formatNumber(value.value, locale)}`;
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
    case 'range':
      return `${value.low !== undefined ? formatNumber(value.low, locale) : ''}–${value.high !== undefined ? formatNumber(value.high, locale) : ''}`;
    case 'datetime':
      return formatDateTime(value.value, locale);
    default:
      return t.valueNone;
  }
}

const GLYPH: Record<Classification['class'], string> = {
  high: '↑',
  low: '↓',
  outside: '↕',
  critical: '‼',
  normal: '',
  unknown: '?',
};

export interface ResultFlagProps {
  classification: Classification;
  messages: LabResultsMessages;
}

/**
 * A result's deviation, as a glyph and words, never colour alone. A class pps-kit computed itself
 * (the lab sent no flag) says "computed"; the lab's own flags say nothing more.
 */
export function ResultFlag({ classification: c, messages: t }: ResultFlagProps) {
  if (c.class === 'normal' || (c.class === 'unknown' && c.source !== 'lab')) return null;
  const label =
    c.class === 'unknown'
      ? fill(t.flagUnrecognised, { flag: c.flag?.display ?? c.flag?.code ?? '?' })
      : c.class === 'critical'
        ? c.direction === 'high'
          ? t.flagCriticalHigh
          : c.direction === 'low'
            ? t.flagCriticalLow
            : t.flagCritical
        : { high: t.flagHigh, low: t.flagLow, outside: t.flagOutside }[c.class];
  return (
    <span className="pps-flag" data-flag={c.class} data-source={c.source}>
      <span className="pps-flag__glyph" aria-hidden="true">
        {GLYPH[c.class]}
      </span>{' '}
      {label}
      {c.source === 'computed' ? <span className="pps-flag__computed"> ({t.flagComputed})</span> : null}
    </span>
  );
}

export interface StatusBadgeProps {
  status: NilarReportStatus | NilarObservationStatus;
  messages: Pick<LabResultsMessages, 'statusLabels'>;
}

/** A report's or result's status in words, styled by `data-status`. */
export function StatusBadge({ status, messages: t }: StatusBadgeProps) {
  return (
    <span className="pps-status" data-status={status}>
      {t.statusLabels[status] ?? status}
    </span>
  );
}
