'use client';
import { type PrivacyOutcome, type PvkOutcomeCode, privacyOutcome } from '@pps-kit/api-client';
import { useState } from 'react';
import { usePpsContext } from '../provider/pps-provider';
import type { MessageOverrides } from '../shared/i18n';
import { type ViewStateMessages, viewStateMessages } from '../shared/messages';
import { useMergedMessages, useMessages } from '../shared/use-messages';
import { LoadingTexts } from '../shared/view-boundary';
import { ElevatedAccessDialog } from './elevated-access-dialog';
import { type AccessNoticeMessages, accessNoticeMessages } from './messages';

/** What keeps data from view: a privacy outcome from PPS, or no data at all. */
export type AccessOutcome = PrivacyOutcome;

export interface AccessRestrictionNoticeProps {
  /** The privacy outcomes PPS returned (`privacy` of a search result); empty or absent means no data. */
  codes?: readonly PvkOutcomeCode[] | undefined;
  /** Replace any built-in text, per locale. */
  messages?: MessageOverrides<ViewStateMessages & AccessNoticeMessages> | undefined;
  className?: string | undefined;
}

/** The notice with messages already resolved; shared by the data views' states. */
export function RestrictionNotice({
  outcome,
  t,
  access,
  className,
}: {
  outcome: AccessOutcome;
  t: ViewStateMessages;
  access?: AccessNoticeMessages | undefined;
  className?: string | undefined;
}) {
  const { canElevateAccess, elevatedAccess } = usePpsContext();
  const own = useMessages(accessNoticeMessages);
  const a = access ?? own;
  const [open, setOpen] = useState(false);
  if (outcome === 'no-data') {
    return (
      <p className={['pps-state', className].filter(Boolean).join(' ')} data-state="no-data">
        {t.noData}
      </p>
    );
  }
  const [title, body] =
    outcome === 'Reservation'
      ? [t.privacyReservationTitle, t.privacyReservation]
      : outcome === 'Specific'
        ? [t.privacySpecificTitle, t.privacySpecific]
        : [t.privacyGeneralTitle, t.privacyGeneral];
  return (
    <div
      className={['pps-state pps-notice', className].filter(Boolean).join(' ')}
      data-state="restricted"
      data-privacy={outcome}
      role="status"
    >
      <p className="pps-state__title">
        <span aria-hidden="true">⊘ </span>
        {title}
      </p>
      <p>{body}</p>
      {outcome === 'General' && !elevatedAccess ? (
        canElevateAccess ? (
          <>
            <button type="button" className="pps-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
              {a.elevateOpen}
            </button>
            <ElevatedAccessDialog open={open} onClose={() => setOpen(false)} />
          </>
        ) : (
          <p className="pps-note">{a.elevateNotAllowed}</p>
        )
      ) : null}
    </div>
  );
}

/**
 * Says what keeps the patient's data from view, in plain words, and never as "no results": blocked
 * for you (Specific), blocked for all health personnel (General, which a clinician may open with
 * the patient's consent or in an emergency), the patient has reserved against PPS (Reservation),
 * or PPS holds no data. Every data view shows it in place of data; hosts can show it too.
 *
 * Embed it inside `<PpsProvider>` (it gives the clients, the patient, locale and theme), with
 * `import '@pps-kit/react/styles.css'` once in the host:
 *
 * ```tsx
 * <PpsProvider client={pps} ptsClient={pts} parekClient={parek} patient={patient} locale="nb">
 *   <AccessRestrictionNotice codes={result.privacy} />
 * </PpsProvider>
 * ```
 */
export function AccessRestrictionNotice({ codes = [], messages, className }: AccessRestrictionNoticeProps) {
  const { locale, textsReady } = usePpsContext();
  const t = useMergedMessages(viewStateMessages, accessNoticeMessages, messages);
  if (!textsReady) return <LoadingTexts locale={locale} className={className} />;
  return <RestrictionNotice outcome={privacyOutcome(codes)} t={t} access={t} className={className} />;
}
