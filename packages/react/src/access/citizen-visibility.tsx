'use client';
import type { ConfidentialObjectId } from '@pps-kit/api-client';
import { usePpsContext } from '../provider/pps-provider';
import { formatDate } from '../shared/format';
import type { MessageOverrides } from '../shared/i18n';
import { fill } from '../shared/messages';
import { useMessages } from '../shared/use-messages';
import { type AccessMessages, accessMessages } from './messages';
import { useCitizenVisibility } from './queries';

export interface CitizenVisibilityNoteProps {
  /** The report (`Svarrapport`) or requisition (`Rekvisisjon`) and its id. */
  object: ConfidentialObjectId;
  /** Replace any built-in text, per locale. */
  messages?: MessageOverrides<AccessMessages> | undefined;
}

/**
 * One line: when the patient sees this report or requisition on Helsenorge (now, from a date, or
 * never), from its patient-safety restrictions in PTS. Renders nothing without a PTS client.
 */
export function CitizenVisibilityNote({ object, messages }: CitizenVisibilityNoteProps) {
  const { ptsClient, locale } = usePpsContext();
  const t = useMessages(accessMessages, messages);
  const query = useCitizenVisibility(object);
  if (!ptsClient) return null;
  const visibility = query.visibility;
  let text: string;
  let kind: string;
  if (query.isError) [text, kind] = [t.visibilityUnknown, 'unknown'];
  else if (!visibility) [text, kind] = [t.visibilityChecking, 'checking'];
  else if (visibility.kind === 'visible') [text, kind] = [t.visibilityVisible, 'visible'];
  else if (visibility.kind === 'withheld') [text, kind] = [t.visibilityWithheld, 'withheld'];
  else
    [text, kind] = [
      visibility.until
        ? fill(t.visibilityDelayed, { date: formatDate(visibility.until, locale) })
        : t.visibilityDelayedUnknown,
      'delayed',
    ];
  return (
    <p className="pps-visibility" data-visibility={kind}>
      <span className="pps-visibility__label">{t.visibilityLabel}:</span> <strong>{text}</strong>
    </p>
  );
}
