'use client';
/**
 * The parts of a lab report, for hosts that compose their own report view
 * (`LabReportParts.Header`, `LabReportParts.Results` …). `LabReportView` uses all of them.
 */
import {
  answerState,
  cancellationOf,
  flagNote,
  isLongText,
  isVoidResult,
  isVoidStatus,
  type LabReport,
  type LabResult,
  microbiologyOf,
  type Party,
  reportBanners,
  reportSections,
} from '@pps-kit/api-client';
import { Fragment, type ReactNode, useId } from 'react';
import { usePpsContext } from '../provider/pps-provider';
import { formatDateTime, formatNumberText, formatRangeText } from '../shared/format';
import type { Locale } from '../shared/i18n';
import { fill } from '../shared/messages';
import type { LabResultsMessages } from './messages';
import { reportKindText } from './report-kind';
import { formatLabValue, ResultFlag, ResultStatuses, StatusBadge } from './result-parts';

type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export interface PartProps {
  report: LabReport;
  messages: LabResultsMessages;
  /** @default 3 */
  headingLevel?: HeadingLevel | undefined;
}

const heading = (level: HeadingLevel | undefined) => `h${level ?? 3}` as const;
const partyText = (party: Party | undefined) =>
  party ? [party.person, party.organisation].filter(Boolean).join(', ') || undefined : undefined;

/**
 * A wide table's horizontal scroller. Focusable, so keyboard users can scroll it (WCAG 2.1.1);
 * named after its section.
 */
function ScrollArea({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    // A fieldset would be wrong here: this is a scroll container, named for screen readers.
    // biome-ignore lint/a11y/useSemanticElements: see above
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to be scrolled by keyboard
    <div className="pps-scroll" role="group" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  if (children === undefined || children === null || children === '') return null;
  return (
    <div className="pps-field-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The report's heading and who, what and when: lab, requester, sample time, versions, status. */
export function Header({ report, messages: t, headingLevel = 2, id }: PartProps & { id?: string }) {
  const { locale } = usePpsContext();
  const H = heading(headingLevel);
  const time = (value: string | undefined) => (value ? formatDateTime(value, locale) : undefined);
  return (
    <header className="pps-report__header">
      <H id={id} className="pps-heading">
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
export function StatusBanner({ report, messages: t }: PartProps) {
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

const hasDetails = (result: LabResult) =>
  result.structured.length > 0 || result.method.length > 0 || result.performers.length > 0;

/**
 * What the lab sent beside a result's value: its structured findings (heading and value, in the
 * lab's order), the method (e.g. contrast) and the people responsible for it.
 */
export function ResultDetails({ result, messages: t }: { result: LabResult; messages: LabResultsMessages }) {
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
function valueText(result: LabResult, locale: Parameters<typeof formatLabValue>[1], t: LabResultsMessages) {
  const state = answerState(result);
  if (state === 'answered-below') return t.answeredBelow;
  if (state === 'pending') return t.valuePending;
  return formatLabValue(result.value, locale, t);
}

/** A void result's status beside it, where only its report says so. */
function VoidByReport({
  result,
  report,
  t,
}: {
  result: LabResult;
  report: LabReport;
  t: LabResultsMessages;
}) {
  return isVoidStatus(report.status) && !isVoidStatus(result.status) ? (
    <>
      {' '}
      <StatusBadge status={report.status} messages={t} />
    </>
  ) : null;
}

function ResultRows({
  result,
  report,
  depth,
  t,
}: {
  result: LabResult;
  report: LabReport;
  depth: number;
  t: LabResultsMessages;
}) {
  const { locale } = usePpsContext();
  const c = result.classification;
  const isVoid = isVoidResult(result, report);
  // A void value is struck through with its status in words, and never shown as a flag.
  const abnormal = !isVoid && c.class !== 'normal' && c.class !== 'unknown';
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
      <tr
        data-depth={depth}
        data-flag={abnormal ? c.class : undefined}
        data-status={result.status}
        data-void={isVoid || undefined}
      >
        {name}
        <td className="pps-value" data-flag={abnormal ? c.class : undefined} data-label={t.columnValue}>
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
export function Results({ report, messages: t, headingLevel }: PartProps) {
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

/** Microbiology: each culture, each isolate with its quantity, and one S/I/R table across the isolates. */
export function Microbiology({ report, messages: t, headingLevel }: PartProps) {
  const { locale } = usePpsContext();
  const id = useId();
  const view = microbiologyOf(report);
  if (!view) return null;
  const { cultures, isolates, susceptibility, notes } = view;
  const H = heading(headingLevel);
  const value = (result: LabResult) =>
    `${valueText(result, locale, t)}${result.unit ? ` ${result.unit}` : ''}`;
  return (
    <section className="pps-report__section" aria-labelledby={id}>
      <H id={id} className="pps-subheading">
        {t.sectionMicrobiology}
      </H>
      {cultures.length > 0 ? (
        <dl className="pps-fields">
          {cultures.flatMap(({ culture, details }) =>
            [culture, ...details].map((result) => (
              <Field key={result.id} label={result.name}>
                {value(result)}
                <ResultStatuses result={result} messages={t} />
                <VoidByReport result={result} report={report} t={t} />
                {result.comments.length > 0 ? ` (${result.comments.join(' ')})` : null}
              </Field>
            )),
          )}
        </dl>
      ) : null}
      <ol className="pps-isolates">
        {isolates.map(({ isolate, foundIn, specimen, details }, index) => (
          <li key={isolate.id}>
            <p className="pps-isolate__name">
              {fill(t.isolateHeading, {
                number: index + 1,
                organism: formatLabValue(isolate.value, locale, t),
              })}
              <ResultStatuses result={isolate} messages={t} />
            </p>
            <dl className="pps-fields">
              {/* The analysis the organism was found in ("Aerob dyrkning"), as the lab named it. */}
              <Field label={t.columnAnalysis}>{isolate.name}</Field>
              <Field label={t.isolateFoundIn}>
                {foundIn
                  .map((r) => r.name)
                  .filter(Boolean)
                  .join(' › ')}
              </Field>
              <Field label={t.isolateSpecimen}>
                {specimen
                  ? [specimen.type, specimen.accession ? `(${specimen.accession})` : '']
                      .filter(Boolean)
                      .join(' ')
                  : undefined}
              </Field>
              {details.map((member) => (
                <Field key={member.id} label={member.name}>
                  {value(member)}
                </Field>
              ))}
            </dl>
            {isolate.comments.length > 0 ? <p className="pps-note">{isolate.comments.join(' ')}</p> : null}
            <ResultDetails result={isolate} messages={t} />
          </li>
        ))}
      </ol>
      {susceptibility.length > 0 ? (
        <ScrollArea labelledBy={id}>
          <table className="pps-table pps-susceptibility">
            <caption>{t.susceptibilityCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.antibiotic}</th>
                {isolates.map(({ isolate }, index) => (
                  <th key={isolate.id} scope="col">
                    {`${index + 1}: ${formatLabValue(isolate.value, locale, t)}`}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {susceptibility.map(({ antibiotic, tests }) => (
                <tr key={antibiotic}>
                  <th scope="row">{antibiotic}</th>
                  {isolates.map(({ isolate }, index) => {
                    const tested = tests[index] ?? [];
                    return (
                      <td
                        key={isolate.id}
                        data-sir={tested[0]?.susceptibility?.code}
                        data-label={`${index + 1}: ${formatLabValue(isolate.value, locale, t)}`}
                      >
                        {tested.length === 0
                          ? '–'
                          : tested.map((member) => {
                              const s = member.susceptibility;
                              if (!s) return null;
                              // The lab's own wording first ("Intermediært følsom"), never replaced.
                              const label =
                                s.display ?? t.susceptibility[s.code as 'S' | 'I' | 'R' | 'K'] ?? s.code;
                              const what =
                                s.measure === 'mic'
                                  ? `${t.mic} `
                                  : s.measure === 'zone-diameter'
                                    ? `${t.zoneDiameter} `
                                    : '';
                              const number = s.value
                                ? ` (${what}${formatNumberText(s.value, locale)}${s.unit ? ` ${s.unit}` : ''})`
                                : '';
                              return (
                                <span key={member.id} className="pps-sir-cell">
                                  <strong className="pps-sir">{s.code}</strong> {label}
                                  {number}
                                </span>
                              );
                            })}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      ) : null}
      {notes.length > 0 ? (
        <ul className="pps-notes">
          {notes.map((note, index) => (
            // Two antibiotics can carry the same note: the place keeps them apart.
            <li key={index}>{note}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
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
const rangesOf = (result: LabResult, locale: Locale) =>
  result.ranges
    .map((range) => (range.text ? formatRangeText(range.text, locale) : range.text))
    .filter(Boolean)
    .join('; ');

/**
 * A result read as text, not as a table row: its value (paragraphs with the lab's line breaks, or
 * the value and unit), its codes, flag (never for a void value), ranges, comments and details.
 */
function Narrative({ result, report, t }: { result: LabResult; report: LabReport; t: LabResultsMessages }) {
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
  t: LabResultsMessages;
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
export function TextResults({ report, messages: t, headingLevel }: PartProps) {
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
          level={Math.min((headingLevel ?? 3) + 1, 6) as HeadingLevel}
          t={t}
        />
      ))}
    </section>
  );
}

/** The specimens: material, sample number, taken and received. */
export function Specimens({ report, messages: t, headingLevel }: PartProps) {
  const { locale } = usePpsContext();
  const id = useId();
  if (report.specimens.length === 0) return null;
  const H = heading(headingLevel);
  return (
    <section className="pps-report__section" aria-labelledby={id}>
      <H id={id} className="pps-subheading">
        {t.sectionSpecimens}
      </H>
      <ul className="pps-list">
        {report.specimens.map((specimen) => (
          <li key={specimen.id}>
            <dl className="pps-fields">
              <Field label={t.specimenType}>
                {[specimen.type, specimen.bodySite].filter(Boolean).join(', ')}
              </Field>
              <Field label={t.specimenAccession}>{specimen.accession}</Field>
              <Field label={t.specimenCollected}>
                {specimen.collected ? formatDateTime(specimen.collected, locale) : undefined}
              </Field>
              <Field label={t.specimenReceived}>
                {specimen.received ? formatDateTime(specimen.received, locale) : undefined}
              </Field>
            </dl>
            {specimen.comments.length > 0 ? <p className="pps-note">{specimen.comments.join(' ')}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The requisition's fields: requester, when requested and received, reasons, comment, payment. */
export function RequisitionFields({
  requisition,
  messages: t,
}: {
  requisition: NonNullable<LabReport['requisition']>;
  messages: LabResultsMessages;
}) {
  const { locale } = usePpsContext();
  return (
    <dl className="pps-fields">
      <Field label={t.requester}>{partyText(requisition.requester)}</Field>
      <Field label={t.requisitionDate}>
        {requisition.authoredOn ? formatDateTime(requisition.authoredOn, locale) : undefined}
      </Field>
      <Field label={t.requisitionReceived}>
        {requisition.receivedAt ? formatDateTime(requisition.receivedAt, locale) : undefined}
      </Field>
      {requisition.reasons.map((reason, index) => (
        <Field key={index} label={reason.heading ?? t.requisitionReason}>
          {reason.text}
        </Field>
      ))}
      <Field label={t.requisitionComment}>{requisition.comments.join(' ')}</Field>
      <Field label={t.requisitionPayment}>{requisition.paymentCategory}</Field>
      <Field label={t.requisitionReservations}>{requisition.reservations.join(', ')}</Field>
    </dl>
  );
}

/** The requisition behind the report: when, why, the requester's comment. */
export function Requisition({ report, messages: t, headingLevel }: PartProps) {
  const id = useId();
  const requisition = report.requisition;
  if (!requisition) return null;
  const H = heading(headingLevel);
  return (
    <section className="pps-report__section" aria-labelledby={id}>
      <H id={id} className="pps-subheading">
        {t.sectionRequisition}
      </H>
      <RequisitionFields requisition={requisition} messages={t} />
    </section>
  );
}

/** The lab's comments on the report, clinical information, and a note on repeated earlier results. */
export function Comments({ report, messages: t, headingLevel }: PartProps) {
  const id = useId();
  const H = heading(headingLevel);
  const comments = report.comments.map((c) => [c.display, c.text].filter(Boolean).join(': '));
  if (comments.length === 0 && report.clinicalInfo.length === 0 && report.repeatCopies === 0) return null;
  return (
    <section className="pps-report__section" aria-labelledby={id}>
      <H id={id} className="pps-subheading">
        {t.sectionComments}
      </H>
      {comments.map((comment, index) => (
        <div key={index} className="pps-comment">
          <Paragraphs text={comment} />
        </div>
      ))}
      {report.clinicalInfo.length > 0 ? (
        <p>
          <strong>{t.sectionClinicalInfo}:</strong> {report.clinicalInfo.join(' ')}
        </p>
      ) : null}
      {report.repeatCopies > 0 ? (
        <p className="pps-note">{fill(t.repeatCopies, { count: report.repeatCopies })}</p>
      ) : null}
    </section>
  );
}
