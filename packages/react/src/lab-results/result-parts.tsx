'use client';
import {
  type Classification,
  type LabResult,
  type NilarObservationStatus,
  type NilarReportStatus,
  resultStatuses,
} from '@pps-kit/api-client';
import type { LabReportMessages } from './messages';
import { FLAG_GLYPH, flagWords } from './value-words';

export interface ResultFlagProps {
  classification: Classification;
  messages: LabReportMessages;
}

/**
 * A result's deviation, as a glyph and words, never colour alone. A class pps-kit computed itself
 * (the lab sent no flag) says "computed"; the lab's own flags say nothing more.
 */
export function ResultFlag({ classification: c, messages: t }: ResultFlagProps) {
  const label = flagWords(c, t);
  if (label === undefined) return null;
  return (
    <span className="pps-flag" data-flag={c.class} data-source={c.source}>
      <span className="pps-flag__glyph" aria-hidden="true">
        {FLAG_GLYPH[c.class]}
      </span>{' '}
      {label}
      {c.source === 'computed' ? (
        <span className="pps-flag__computed">
          {' '}
          ({t.flagComputed}
          {t.computedMark})
        </span>
      ) : null}
    </span>
  );
}

export interface StatusBadgeProps {
  status: NilarReportStatus | NilarObservationStatus;
  messages: Pick<LabReportMessages, 'statusLabels'>;
}

/** A report's or result's status in words, styled by `data-status`. */
export function StatusBadge({ status, messages: t }: StatusBadgeProps) {
  return (
    <span className="pps-status" data-status={status}>
      {t.statusLabels[status] ?? status}
    </span>
  );
}

/**
 * The statuses of one result, each a badge, with a space before: nothing when it is final; its
 * own status otherwise (and "preliminary" too where the lab says a changed result still is).
 */
export function ResultStatuses({
  result,
  messages: t,
}: {
  result: Pick<LabResult, 'status' | 'labStatus'>;
  messages: Pick<LabReportMessages, 'statusLabels'>;
}) {
  const statuses = resultStatuses(result);
  if (statuses.length === 0) return null;
  return (
    <>
      {statuses.map((status) => (
        <span key={status}>
          {' '}
          <StatusBadge status={status} messages={t} />
        </span>
      ))}
    </>
  );
}
