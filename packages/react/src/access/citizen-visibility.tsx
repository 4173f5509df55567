'use client';
import { type ConfidentialObjectId, type VisibilityPart, visibilitySummary } from '@pps-kit/api-client';
import { usePpsContext } from '../provider/pps-provider';
import { formatDate } from '../shared/format';
import type { MessageOverrides } from '../shared/i18n';
import { fill } from '../shared/messages';
import { useMessages } from '../shared/use-messages';
import { LoadingTexts } from '../shared/view-boundary';
import { type AccessNoticeMessages, accessNoticeMessages } from './messages';
import { usePatientSafetyRestrictions } from './queries';

export interface CitizenVisibilityNoteProps {
  /** The report (`Svarrapport`) or requisition (`Rekvisisjon`) and its id. */
  object: ConfidentialObjectId;
  /**
   * An object that comes with it (a report's requisition): the line then gives one answer for both,
   * the strictest; unknown when PTS fails for either.
   */
  with?: ConfidentialObjectId | undefined;
  /** Replace any built-in text, per locale. */
  messages?: MessageOverrides<AccessNoticeMessages> | undefined;
}

/**
 * One line: when the patient sees this report or requisition on Helsenorge (now, from a date, or
 * never), from its patient-safety restrictions in PTS; with `with`, one answer for a report and
 * its requisition. Renders nothing without a PTS client.
 *
 * Embed it inside `<PpsProvider>` (it gives the clients, the patient, locale and theme), with
 * `import '@pps-kit/react/styles.css'` once in the host:
 *
 * ```tsx
 * <PpsProvider client={pps} ptsClient={pts} parekClient={parek} patient={patient} locale="nb">
 *   <CitizenVisibilityNote object={{ type: 'Svarrapport', value: reportId }} />
 * </PpsProvider>
 * ```
 */
export function CitizenVisibilityNote({ object, with: other, messages }: CitizenVisibilityNoteProps) {
  const { ptsClient, locale, textsReady } = usePpsContext();
  const t = useMessages(accessNoticeMessages, messages);
  const first = usePatientSafetyRestrictions(object);
  const second = usePatientSafetyRestrictions(other ?? object, other !== undefined);
  if (!ptsClient) return null;
  if (!textsReady) return <LoadingTexts locale={locale} />;
  const part = (query: typeof first): VisibilityPart =>
    query.isError
      ? { state: 'error' }
      : query.data
        ? { state: 'data', restrictions: query.data }
        : { state: 'loading' };
  const visibility = visibilitySummary(other ? [part(first), part(second)] : [part(first)]);
  let text: string;
  if (visibility.kind === 'unknown') text = t.visibilityUnknown;
  else if (visibility.kind === 'checking') text = t.visibilityChecking;
  else if (visibility.kind === 'visible') text = t.visibilityVisible;
  else if (visibility.kind === 'withheld') text = t.visibilityWithheld;
  else
    text = visibility.until
      ? fill(t.visibilityDelayed, { date: formatDate(visibility.until, locale) })
      : t.visibilityDelayedUnknown;
  return (
    <p className="pps-visibility" data-visibility={visibility.kind}>
      <span className="pps-visibility__label">{t.visibilityLabel}:</span> <strong>{text}</strong>
    </p>
  );
}
