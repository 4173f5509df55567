'use client';
import { usePpsContext } from '../provider/pps-provider';
import { formatTime } from '../shared/format';
import type { MessageOverrides } from '../shared/i18n';
import { fill } from '../shared/messages';
import { useMessages } from '../shared/use-messages';
import { LoadingTexts } from '../shared/view-boundary';
import { type AccessNoticeMessages, accessNoticeMessages } from './messages';

export interface ElevatedAccessBannerProps {
  /** Replace any built-in text, per locale. */
  messages?: MessageOverrides<AccessNoticeMessages> | undefined;
  className?: string | undefined;
}

/**
 * Shows, while elevated access is in force for the open patient, on what basis and why, that it is
 * logged, and a button that ends it. Renders nothing otherwise. Every data view shows it; a host
 * that shows it once in its own header turns the views' copies off with `elevatedAccessBanner`.
 */
export function ElevatedAccessBanner({ messages, className }: ElevatedAccessBannerProps) {
  const { elevatedAccess, endElevatedAccess, locale, theme, textsReady } = usePpsContext();
  const t = useMessages(accessNoticeMessages, messages);
  if (!elevatedAccess) return null;
  if (!textsReady) return <LoadingTexts locale={locale} className={className} />;
  return (
    <section
      className={['pps-root pps-elevated', className].filter(Boolean).join(' ')}
      aria-label={t.bannerLabel}
      data-pps-theme={theme}
      data-basis={elevatedAccess.basis}
    >
      <p className="pps-elevated__title">
        <span aria-hidden="true">⚠ </span>
        {fill(t.bannerText, {
          basis: t.basisLabels[elevatedAccess.basis] ?? elevatedAccess.basis,
          time: formatTime(elevatedAccess.since, locale),
        })}
      </p>
      <p>{fill(t.bannerReason, { reason: elevatedAccess.reason })}</p>
      <p className="pps-note">{t.bannerLogged}</p>
      <button type="button" className="pps-button pps-button--secondary" onClick={endElevatedAccess}>
        {t.bannerEnd}
      </button>
    </section>
  );
}
