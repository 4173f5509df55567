'use client';
/** How one result reads: its value in words, its details, its narrative, the lab's paragraphs. */
import { answerState, isVoidResult, isVoidStatus, type LabReport, type LabResult } from '@pps-kit/api-client';
import { Fragment } from 'react';
import { usePpsContext } from '../../provider/pps-provider';
import { formatRangeText } from '../../shared/format';
import type { Locale } from '../../shared/i18n';
import type { LabReportMessages } from '../messages';
import { ResultFlag, StatusBadge } from '../result-parts';
import { formatLabValue } from '../value-words';
import { partyText, usePartMessages } from './context';

export const hasDetails = (result: LabResult) =>
  result.structured.length > 0 || result.method.length > 0 || result.performers.length > 0;

/**
 * What the lab sent beside a result's value: its structured findings (heading and value, in the
 * lab's order), the method (e.g. contrast) and the people responsible for it.
 */
export function ResultDetails({
  result,
  messages,
}: {
  result: LabResult;
  /** Inside `LabReportParts.Root`: the Root's text. */
  messages?: LabReportMessages | undefined;
}) {
  const t = usePartMessages(messages);
  const { locale } = usePpsContext();
  if (!hasDetails(result)) return null;
  const people = result.performers.map(partyText).filter(Boolean);
  return (
    <div className="pps-result-details">
      {result.structured.length > 0 ? (
        <dl className="pps-fields" aria-label={`${t.structuredFindings}: ${result.name}`}>
          {result.structured.map((finding, index) => (
            <div className="pps-field-row" key={`${finding.heading}-${index}`}>
              <dt>{finding.heading}</dt>
              <dd>
                {formatLabValue(finding.value, locale, t)}
                {'unit' in finding.value && finding.value.unit ? ` ${finding.value.unit}` : ''}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {result.method.length > 0 || people.length > 0 ? (
        <p className="pps-note">{[...result.method, ...people].join(' · ')}</p>
      ) : null}
    </div>
  );
}

/** A result's value in words: as sent, or whether (and where) it is answered. */
export function valueText(
  result: LabResult,
  locale: Parameters<typeof formatLabValue>[1],
  t: LabReportMessages,
) {
  const state = answerState(result);
  if (state === 'answered-below') return t.answeredBelow;
  if (state === 'pending') return t.valuePending;
  return formatLabValue(result.value, locale, t);
}

/** A void result's status beside it, where only its report says so. */
export function VoidByReport({
  result,
  report,
  t,
}: {
  result: LabResult;
  report: LabReport;
  t: LabReportMessages;
}) {
  return isVoidStatus(report.status) && !isVoidStatus(result.status) ? (
    <>
      {' '}
      <StatusBadge status={report.status} messages={t} />
    </>
  ) : null;
}

/** Text that keeps its paragraphs and line breaks, rendered as text, never as markup. */
export function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n{2,}/).map((paragraph, index) => (
        <p key={index}>
          {paragraph.split('\n').map((line, i) => (
            <Fragment key={i}>
              {i > 0 ? <br /> : null}
              {line}
            </Fragment>
          ))}
        </p>
      ))}
    </>
  );
}

/** The reference ranges of a result as the lab wrote them. */
export const rangesOf = (result: LabResult, locale: Locale) =>
  result.ranges
    .map((range) => (range.text ? formatRangeText(range.text, locale) : range.text))
    .filter(Boolean)
    .join('; ');

/**
 * A result read as text, not as a table row: its value (paragraphs with the lab's line breaks, or
 * the value and unit), its codes, flag (never for a void value), ranges, comments and details.
 */
export function Narrative({
  result,
  report,
  t,
}: {
  result: LabResult;
  report: LabReport;
  t: LabReportMessages;
}) {
  const { locale } = usePpsContext();
  const value = result.value;
  const ranges = rangesOf(result, locale);
  return (
    <>
      {value.kind === 'text' ? (
        <div className="pps-value pps-longtext">
          <Paragraphs text={value.text} />
          {value.unit ? <p>{value.unit}</p> : null}
        </div>
      ) : answerState(result) === 'answered-below' ? null : (
        <p className="pps-value">
          {valueText(result, locale, t)}
          {result.unit ? ` ${result.unit}` : ''}
        </p>
      )}
      {value.kind === 'text' && value.codes.length > 0 ? (
        <p className="pps-note">
          {t.codes}: {value.codes.map((code) => code.code).join(', ')}
        </p>
      ) : null}
      {isVoidResult(result, report) ? null : (
        <ResultFlag classification={result.classification} messages={t} />
      )}
      {ranges ? <p className="pps-note">{`${t.columnRange}: ${ranges}`}</p> : null}
      {result.comments.length > 0 ? <p className="pps-note">{result.comments.join(' ')}</p> : null}
      <ResultDetails result={result} messages={t} />
    </>
  );
}
