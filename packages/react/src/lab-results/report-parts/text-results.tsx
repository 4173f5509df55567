'use client';
import { isVoidResult, type LabReport, type LabResult, reportSections } from '@pps-kit/api-client';
import { useId } from 'react';
import type { LabReportMessages } from '../messages';
import { ResultStatuses } from '../result-parts';
import { type HeadingLevel, heading, type PartProps, usePart } from './context';
import { Narrative, VoidByReport } from './values';

/** One result of a narrative, and the results under it: names as headings, texts as paragraphs. */
function TextBlock({
  result,
  report,
  level,
  t,
}: {
  result: LabResult;
  report: LabReport;
  level: HeadingLevel;
  t: LabReportMessages;
}) {
  const Sub = heading(level);
  const isVoid = isVoidResult(result, report);
  return (
    <article
      className="pps-text-result"
      aria-label={result.name}
      data-status={result.status}
      data-void={isVoid || undefined}
    >
      <Sub className="pps-text-result__name">
        {result.name}
        <ResultStatuses result={result} messages={t} />
        <VoidByReport result={result} report={report} t={t} />
      </Sub>
      <Narrative result={result} report={report} t={t} />
      {result.members.map((member) => (
        <TextBlock
          key={member.id}
          result={member}
          report={report}
          level={Math.min(level + 1, 6) as HeadingLevel}
          t={t}
        />
      ))}
    </article>
  );
}

/** Narratives (pathology, radiology): paragraphs at full width, with the lab's line breaks. */
export function TextResults(props: PartProps) {
  const { report, t, headingLevel } = usePart(props, 'TextResults');
  const id = useId();
  const texts = reportSections(report).text;
  if (texts.length === 0) return null;
  const H = heading(headingLevel);
  return (
    <section className="pps-report__section" aria-labelledby={id}>
      <H id={id} className="pps-subheading">
        {t.sectionTextResults}
      </H>
      {texts.map((result) => (
        <TextBlock
          key={result.id}
          result={result}
          report={report}
          level={Math.min(headingLevel + 1, 6) as HeadingLevel}
          t={t}
        />
      ))}
    </section>
  );
}
