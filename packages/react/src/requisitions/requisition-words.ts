/** A requisition in words: its stage as a glyph (beside its words), and its sampling period. */
import type { ParekRequisition } from '@pps-kit/api-client';
import { formatDate } from '../shared/format';
import type { Locale } from '../shared/i18n';
import { fill } from '../shared/messages';
import type { T } from './requisition-progress';

export const STAGE_GLYPH: Record<string, string> = {
  planned: '○',
  collecting: '◐',
  completed: '✓',
  revoked: '✕',
  other: '?',
};

export function periodText(requisition: ParekRequisition, t: T, locale: Locale): string | undefined {
  const start = requisition.period?.start ? formatDate(requisition.period.start, locale) : undefined;
  const end = requisition.period?.end ? formatDate(requisition.period.end, locale) : undefined;
  if (start && end) return fill(t.periodBetween, { start, end });
  if (start) return fill(t.periodFrom, { start });
  if (end) return fill(t.periodUntil, { end });
  return undefined;
}
