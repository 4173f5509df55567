'use client';
import {
  flagNote,
  isLongText,
  isVoidResult,
  type LabReport,
  type LabResult,
  reportSections,
} from '@pps-kit/api-client';
import { useId } from 'react';
import { usePpsContext } from '../../provider/pps-provider';
import type { LabReportMessages } from '../messages';
import { ResultFlag, ResultStatuses } from '../result-parts';
import { cellFlag } from '../value-words';
import { heading, type PartProps, ScrollArea, usePart } from './context';
import { hasDetails, Narrative, ResultDetails, rangesOf, VoidByReport, valueText } from './values';

function ResultRows({
  result,
  report,
  depth,
  t,
}: {
  result: LabResult;
  report: LabReport;
  depth: number;
  t: LabReportMessages;
}) {
  const { locale } = usePpsContext();
  const c = result.classification;
  const isVoid = isVoidResult(result, report);
  // A void value is struck through with its status in words, and never shown as a flag.
  const flag = cellFlag(c, isVoid);
  const indent = depth > 0 ? { paddingInlineStart: `${0.5 + depth * 1.25}rem` } : undefined;
  const name = (
    <th scope="row" style={indent}>
      {result.name}
      <ResultStatuses result={result} messages={t} />
      <VoidByReport result={result} report={report} t={t} />
    </th>
  );
  const ranges = rangesOf(result, locale);
  if (isLongText(result.value)) {
    // A narrative under a parent: paragraphs across the table, wrapped, with the lab's line breaks.
    return (
      <>
        <tr
          data-depth={depth}
          data-status={result.status}
          data-void={isVoid || undefined}
          className="pps-results__text"
        >
          {name}
          <td colSpan={6}>
            <Narrative result={result} report={report} t={t} />
          </td>
        </tr>
        {result.members.map((member) => (
          <ResultRows key={member.id} result={member} report={report} depth={depth + 1} t={t} />
        ))}
      </>
    );
  }
  return (
    <>
      <tr data-depth={depth} data-flag={flag} data-status={result.status} data-void={isVoid || undefined}>
        {name}
        <td className="pps-value" data-flag={flag} data-label={t.columnValue}>
          {valueText(result, locale, t)}
          {result.susceptibility ? ` (${result.susceptibility.code})` : ''}
        </td>
        <td data-label={t.columnUnit}>{result.unit ?? ''}</td>
        <td data-label={t.columnFlag}>{isVoid ? null : <ResultFlag classification={c} messages={t} />}</td>
        <td data-label={t.columnRange}>{ranges}</td>
        <td data-label={t.columnComment}>{result.comments.join(' ')}</td>
        <td data-label={t.columnAccredited}>
          {result.accredited === undefined ? '' : result.accredited ? t.accredited : t.notAccredited}
        </td>
      </tr>
      {hasDetails(result) ? (
        <tr data-depth={depth} className="pps-results__details">
          <td colSpan={7}>
            <ResultDetails result={result} messages={t} />
          </td>
        </tr>
      ) : null}
      {result.members.map((member) => (
        <ResultRows key={member.id} result={member} report={report} depth={depth + 1} t={t} />
      ))}
    </>
  );
}

/** The results table: analysis, value, unit, flag (glyph and words), reference text, comment, accreditation. */
export function Results(props: PartProps) {
  const { report, t, headingLevel } = usePart(props, 'Results');
  const id = useId();
  const rows = reportSections(report).table;
  if (rows.length === 0) return null;
  const H = heading(headingLevel);
  // The note may say "the lab flagged nothing" only when that holds for the whole report.
  const note = flagNote(report);
  return (
    <section className="pps-report__section" aria-labelledby={id}>
      <H id={id} className="pps-subheading">
        {t.sectionResults}
      </H>
      <ScrollArea labelledBy={id}>
        <table className="pps-table pps-results" aria-labelledby={id}>
          <thead>
            <tr>
              <th scope="col">{t.columnAnalysis}</th>
              <th scope="col">{t.columnValue}</th>
              <th scope="col">{t.columnUnit}</th>
              <th scope="col">{t.columnFlag}</th>
              <th scope="col">{t.columnRange}</th>
              <th scope="col">{t.columnComment}</th>
              <th scope="col">{t.columnAccredited}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((result) => (
              <ResultRows key={result.id} result={result} report={report} depth={0} t={t} />
            ))}
          </tbody>
        </table>
      </ScrollArea>
      {note ? (
        <p className="pps-note" data-note={note}>
          {note === 'none-flagged' ? t.flagNoteNoneFlagged : t.flagNoteComputed}
        </p>
      ) : null}
    </section>
  );
}
