'use client';
/** The overview's rows: one per report, with its new analyses and its findings named. */
import {
  type FindingKind,
  isNewSince,
  type LabReport,
  type LabResult,
  reportFindings,
} from '@pps-kit/api-client';
import { memo } from 'react';
import { formatDateTime } from '../shared/format';
import type { Locale } from '../shared/i18n';
import { fill } from '../shared/messages';
import type { LabResultsMessages } from './messages';
import { reportKindText } from './report-kind';
import { StatusBadge } from './result-parts';
import { FLAG_GLYPH, flagWords, formatLabValue } from './value-words';

/** How many findings a row names before "+N". */
const NAMED_FINDINGS = 3;

/**
 * One finding, named as a GP scans for it: the analysis and its flag glyph (the words for screen
 * readers), the organism that grew, the antibiotic it resists (R), or the positive answer's name.
 */
function FoundName({
  result,
  kind,
  t,
  locale,
}: {
  result: LabResult;
  kind: FindingKind;
  t: LabResultsMessages;
  locale: Locale;
}) {
  const c = result.classification;
  if (kind === 'lab-flag' || kind === 'computed-flag') {
    const words = flagWords(c, t);
    return (
      <>
        {result.name}{' '}
        <span aria-hidden="true">
          {FLAG_GLYPH[c.class]}
          {kind === 'computed-flag' ? t.computedMark : ''}
        </span>
        {words ? (
          <span className="pps-visually-hidden">
            {' '}
            ({kind === 'computed-flag' ? `${words}, ${t.flagComputed}` : words})
          </span>
        ) : null}
      </>
    );
  }
  if (kind === 'resistant') return <>{fill(t.findingResistantName, { antibiotic: result.name })}</>;
  if (kind === 'organism') return <>{formatLabValue(result.value, locale, t)}</>;
  return <>{result.name}</>;
}

/** "+2" on screen, "og 2 til" for screen readers: how many more a list left out. */
function MoreCount({ more, t }: { more: number; t: LabResultsMessages }) {
  if (more <= 0) return null;
  return (
    <span className="pps-findings__more">
      {' '}
      <span aria-hidden="true">+{more}</span>
      <span className="pps-visually-hidden"> {fill(t.moreFindings, { count: more })}</span>
    </span>
  );
}

/** A new report's analyses by name, as the lab listed them (up to three, then "+N"). */
function NewResults({ report, t }: { report: LabReport; t: LabResultsMessages }) {
  const names = report.results.map((result) => result.name).filter(Boolean);
  if (names.length === 0) return null;
  const more = names.length - NAMED_FINDINGS;
  return (
    <span className="pps-findings" data-kind="new">
      {names.slice(0, NAMED_FINDINGS).join(', ')}
      <MoreCount more={more} t={t} />
    </span>
  );
}

/**
 * A report's findings in words: the lab's flags, growth or a diagnosis ("Funn"), resistance, and
 * classes pps-kit computed (marked, and explained in the legend). A void report says it must not
 * be used; "Ingen" only when there is nothing to find, and narratives say they must be read.
 */
function FindingsCell({ report, t, locale }: { report: LabReport; t: LabResultsMessages; locale: Locale }) {
  const f = reportFindings(report);
  if (f.void)
    return (
      <td data-findings="void" data-label={t.columnAbnormal}>
        {t.findingVoid}
      </td>
    );
  const parts = [
    f.labFlags > 0 ? fill(t.abnormalCount, { count: f.labFlags }) : undefined,
    f.positives > 0 ? t.findingPositive : undefined,
    f.resistant > 0 ? fill(t.findingResistant, { count: f.resistant }) : undefined,
  ].filter((part): part is string => part !== undefined);
  const computed =
    f.computedFlags > 0 ? `${fill(t.computedCount, { count: f.computedFlags })}${t.computedMark}` : undefined;
  const named = f.found.slice(0, NAMED_FINDINGS);
  const more = f.found.length - named.length;
  if (parts.length === 0 && !computed)
    return (
      <td data-findings={f.texts > 0 ? 'text' : 'none'} data-label={t.columnAbnormal}>
        {f.texts > 0 ? t.findingText : t.noAbnormal}
      </td>
    );
  return (
    <td data-abnormal data-findings="some" data-label={t.columnAbnormal}>
      {parts.length > 0 ? (
        <span className="pps-flag" data-flag="outside" data-source="lab">
          <span className="pps-flag__glyph" aria-hidden="true">
            !
          </span>{' '}
          {parts.join(', ')}
        </span>
      ) : null}
      {parts.length > 0 && computed ? ', ' : null}
      {computed ? (
        <span className="pps-flag" data-flag="outside" data-source="computed">
          {computed}
        </span>
      ) : null}
      {named.length > 0 ? (
        <span className="pps-findings">
          {named.map(({ result, kind }, index) => (
            <span key={result.id} className="pps-findings__item" data-kind={kind}>
              {index > 0 ? ', ' : ''}
              <FoundName result={result} kind={kind} t={t} locale={locale} />
            </span>
          ))}
          <MoreCount more={more} t={t} />
        </span>
      ) : null}
    </td>
  );
}

/**
 * One report's row: when (the button that opens it), what, who, status, results and findings.
 * Memoized: a report keeps its object as pages arrive, so each arrival renders only its own rows.
 */
export const ReportRow = /* @__PURE__ */ memo(function ReportRow({
  report,
  newAfter,
  onReportOpen,
  t,
  locale,
}: {
  report: LabReport;
  /** Reports issued after this time (ms) are marked new. */
  newAfter: number | undefined;
  onReportOpen: ((reportId: string) => void) | undefined;
  t: LabResultsMessages;
  locale: Locale;
}) {
  const kind = reportKindText(report, t);
  const time = report.sampleTime ? formatDateTime(report.sampleTime, locale) : t.unknownTime;
  const isNew = isNewSince(report, newAfter);
  return (
    <tr data-report-id={report.id} data-status={report.status} data-new={isNew || undefined}>
      <th scope="row">
        {onReportOpen ? (
          <button
            type="button"
            className="pps-link-button"
            aria-label={fill(t.openReport, { expertise: kind, time })}
            onClick={() => onReportOpen(report.id)}
          >
            {time}
          </button>
        ) : (
          time
        )}
        {isNew ? (
          <span className="pps-new">
            {t.newMarker}
            <span className="pps-visually-hidden">
              {' '}
              (
              {fill(t.newSince, {
                time: formatDateTime(new Date(newAfter ?? 0).toISOString(), locale),
              })}
              )
            </span>
          </span>
        ) : null}
      </th>
      <td data-label={t.columnExpertise}>{kind}</td>
      <td data-label={t.columnLab}>{report.lab?.organisation ?? '–'}</td>
      <td data-label={t.columnRequester}>
        {report.requester?.person ?? report.requester?.organisation ?? '–'}
      </td>
      <td data-label={t.columnStatus}>
        <StatusBadge status={report.status} messages={t} />
      </td>
      <td className="pps-table__numeric" data-label={t.columnResults}>
        {report.counts.results}
        {isNew ? <NewResults report={report} t={t} /> : null}
      </td>
      <FindingsCell report={report} t={t} locale={locale} />
    </tr>
  );
});
