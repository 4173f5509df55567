'use client';
import { type LabResult, microbiologyOf } from '@pps-kit/api-client';
import { useId } from 'react';
import { usePpsContext } from '../../provider/pps-provider';
import { formatNumberText } from '../../shared/format';
import { fill } from '../../shared/messages';
import { ResultStatuses } from '../result-parts';
import { formatLabValue } from '../value-words';
import { Field, heading, type PartProps, ScrollArea, usePart } from './context';
import { ResultDetails, VoidByReport, valueText } from './values';

/** Microbiology: each culture, each isolate with its quantity, and one S/I/R table across the isolates. */
export function Microbiology(props: PartProps) {
  const { report, t, headingLevel } = usePart(props, 'Microbiology');
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
