'use client';
import { cancellationOf, reportBanners } from '@pps-kit/api-client';
import { usePpsContext } from '../../provider/pps-provider';
import { formatDateTime } from '../../shared/format';
import { fill } from '../../shared/messages';
import { reportKindText } from '../report-kind';
import { StatusBadge } from '../result-parts';
import { Field, heading, type PartProps, partyText, usePart } from './context';

/** The report's heading and who, what and when: lab, requester, sample time, versions, status. */
export function Header(props: PartProps & { id?: string | undefined }) {
  const { report, t, headingLevel } = usePart(props, 'Header', 'report');
  const { locale } = usePpsContext();
  const H = heading(headingLevel);
  const time = (value: string | undefined) => (value ? formatDateTime(value, locale) : undefined);
  return (
    <header className="pps-report__header">
      <H id={props.id} className="pps-heading">
        {fill(t.reportHeading, { expertise: reportKindText(report, t) })}
      </H>
      <dl className="pps-fields">
        <Field label={t.status}>
          <StatusBadge status={report.status} messages={t} />
          {report.status !== 'final' && report.labStatus ? (
            <span className="pps-note">
              {' '}
              (
              {fill(t.labStatusWords, {
                words: [report.labStatus.servType, report.labStatus.status]
                  .map((c) => c?.display ?? c?.code)
                  .filter(Boolean)
                  .join(', '),
              })}
              )
            </span>
          ) : null}
        </Field>
        <Field label={t.sampleTime}>{time(report.sampleTime)}</Field>
        <Field label={t.lab}>{partyText(report.lab)}</Field>
        <Field label={t.requester}>{partyText(report.requester)}</Field>
        <Field label={t.responsible}>{report.performers.map(partyText).filter(Boolean).join('; ')}</Field>
        <Field label={t.received}>
          {time(report.requisition?.receivedAt ?? report.specimens[0]?.received)}
        </Field>
        <Field label={t.issued}>{time(report.issued)}</Field>
        {report.firstIssued && report.firstIssued !== report.issued ? (
          <Field label={t.firstIssued}>{time(report.firstIssued)}</Field>
        ) : null}
        <Field label={t.approved}>{time(report.approved)}</Field>
        <Field label={t.labReportId}>{report.labReportId}</Field>
      </dl>
    </header>
  );
}

/**
 * The banners of a report that is not simply final: registered, preliminary, amended, appended,
 * cancelled, entered in error; a changed report the lab still calls preliminary gets two.
 */
export function StatusBanner(props: Omit<PartProps, 'headingLevel'>) {
  const { report, t } = usePart(props, 'StatusBanner');
  const { locale } = usePpsContext();
  const banners = reportBanners(report);
  if (banners.length === 0) return null;
  const firstIssued = report.firstIssued ? formatDateTime(report.firstIssued, locale) : '–';
  const text = {
    registered: t.bannerRegistered,
    preliminary: t.bannerPreliminary,
    amended: fill(t.bannerAmended, { firstIssued }),
    appended: fill(t.bannerAppended, { firstIssued }),
    cancelled: cancellationOf(report) === 'requisition' ? t.bannerCancelledRequisition : t.bannerCancelled,
    'entered-in-error': t.bannerEnteredInError,
  };
  return (
    <>
      {banners.map((banner) => (
        <p key={banner} className="pps-banner" data-banner={banner} role="note">
          {text[banner]}
        </p>
      ))}
    </>
  );
}
