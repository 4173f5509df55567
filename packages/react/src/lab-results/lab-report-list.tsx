'use client';
import {
  type IncludedIndex,
  type NilarDiagnosticReport,
  type NilarPractitionerRole,
  type PpsSearchResult,
  volvenSystems,
} from '@pps-kit/api-client';
import { useId } from 'react';
import { usePpsContext } from '../provider/pps-provider';
import { DataState, type DataStateKind } from '../shared/data-state';
import { formatDateTime } from '../shared/format';
import { type MessageOverrides, resolveMessages } from '../shared/i18n';
import { type DataStateMessages, dataStateMessages, fill } from '../shared/messages';
import { type LabReportListMessages, labReportListMessages } from './messages';
import { useLabReports } from './use-lab-reports';

const SYSTEMS_8202 = volvenSystems(8202);

export interface LabReportListProps {
  /** Called with the report's id when the user opens a report. Rows get an open button only when set. */
  onReportOpen?: ((reportId: string) => void) | undefined;
  /**
   * Level of the list's heading, to fit the host's document outline.
   * @default 2
   */
  headingLevel?: 2 | 3 | 4 | undefined;
  /** Replace any built-in text, per locale. */
  messages?: MessageOverrides<LabReportListMessages & DataStateMessages> | undefined;
  className?: string | undefined;
}

function expertiseOf(report: NilarDiagnosticReport): {
  code: string | undefined;
  display: string | undefined;
} {
  const coding = [
    ...(report.code.coding ?? []),
    ...(report.category ?? []).flatMap((c) => c.coding ?? []),
  ].find((c) => c.system && SYSTEMS_8202.includes(c.system));
  return { code: coding?.code, display: coding?.display ?? report.code.text };
}

/** The performing lab's name: the organisation of the report's first performer that names one. */
function labOf(report: NilarDiagnosticReport, included: IncludedIndex): string | undefined {
  for (const performer of report.performer ?? []) {
    const id = performer.reference?.split('/')[1];
    const role = id ? (included.PractitionerRole?.[id] as NilarPractitionerRole | undefined) : undefined;
    const name = role?.organization?.display ?? performer.display;
    if (name) return name;
  }
  return undefined;
}

const newestFirst = (a: NilarDiagnosticReport, b: NilarDiagnosticReport) =>
  (Date.parse(b.effectiveDateTime ?? '') || 0) - (Date.parse(a.effectiveDateTime ?? '') || 0);

function stateOf(
  query: ReturnType<typeof useLabReports>,
  hasPatient: boolean,
): DataStateKind | { kind: 'data'; data: PpsSearchResult<NilarDiagnosticReport> } {
  if (!hasPatient) return { kind: 'no-patient' };
  if (query.isPending) return { kind: 'loading' };
  if (query.isError) return { kind: 'error', error: query.error, onRetry: () => void query.refetch() };
  const data = query.data;
  if (data.privacy.length > 0) return { kind: 'privacy', codes: data.privacy };
  if (data.matches.length === 0) return { kind: 'no-data' };
  return { kind: 'data', data };
}

/** The open patient's lab reports, newest first: sample time, discipline, lab, status and number of results. */
export function LabReportList({ onReportOpen, headingLevel = 2, messages, className }: LabReportListProps) {
  const { patient, locale } = usePpsContext();
  const query = useLabReports();
  const headingId = useId();
  const t = {
    ...resolveMessages(dataStateMessages, locale, messages),
    ...resolveMessages(labReportListMessages, locale, messages),
  };
  const Heading = `h${headingLevel}` as const;
  const state = stateOf(query, patient !== null);

  return (
    <section
      className={['pps-root pps-report-list', className].filter(Boolean).join(' ')}
      aria-labelledby={headingId}
      aria-busy={state.kind === 'loading'}
      data-state={state.kind}
    >
      <Heading id={headingId} className="pps-heading">
        {t.heading}
      </Heading>
      {state.kind !== 'data' ? (
        <DataState state={state} messages={t} />
      ) : (
        <table className="pps-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{t.collected}</th>
              <th scope="col">{t.expertise}</th>
              <th scope="col">{t.lab}</th>
              <th scope="col">{t.status}</th>
              <th scope="col" className="pps-table__numeric">
                {t.results}
              </th>
            </tr>
          </thead>
          <tbody>
            {[...state.data.matches].sort(newestFirst).map((report) => {
              const expertise = expertiseOf(report);
              const expertiseLabel =
                (expertise.code && t.expertiseLabels[expertise.code]) ||
                expertise.display ||
                expertise.code ||
                '–';
              const time = report.effectiveDateTime
                ? formatDateTime(report.effectiveDateTime, locale)
                : t.unknownTime;
              return (
                <tr key={report.id} data-status={report.status}>
                  <th scope="row">
                    {onReportOpen ? (
                      <button
                        type="button"
                        className="pps-link-button"
                        aria-label={fill(t.openReport, { expertise: expertiseLabel, time })}
                        onClick={() => onReportOpen(report.id)}
                      >
                        {time}
                      </button>
                    ) : (
                      time
                    )}
                  </th>
                  <td>{expertiseLabel}</td>
                  <td>{labOf(report, state.data.included) ?? '–'}</td>
                  <td>
                    <span className="pps-status" data-status={report.status}>
                      {t.statusLabels[report.status] ?? report.status}
                    </span>
                  </td>
                  <td className="pps-table__numeric">{report.result?.length ?? 0}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
