'use client';
import { type ConfidentialObjectId, type LabReport, requisitionObjectId } from '@pps-kit/api-client';
import { useId } from 'react';
import { CitizenVisibilityNote } from '../access/citizen-visibility';
import { type LabReportMessages, labReportMessages } from '../lab-results/messages';
import { RequisitionFields, Specimens } from '../lab-results/report-parts/requisition';
import { useLabReport } from '../lab-results/use-lab-report';
import { usePpsContext } from '../provider/pps-provider';
import { DataState } from '../shared/data-state';
import type { MessageOverrides } from '../shared/i18n';
import { type ViewStateMessages, viewStateMessages } from '../shared/messages';
import { useMergedMessages } from '../shared/use-messages';
import { ViewBoundary } from '../shared/view-boundary';

export interface RequisitionPanelProps {
  /** The report whose requisition to show, when the host has it already (as LabReportView does). */
  report?: LabReport | undefined;
  /** Or the DiagnosticReport's id: the panel fetches the report with its requisition. */
  reportId?: string | undefined;
  /**
   * Level of the heading; the specimens' is one below.
   * @default 3
   */
  headingLevel?: 2 | 3 | 4 | undefined;
  /** Replace any built-in text, per locale. */
  messages?: MessageOverrides<LabReportMessages & ViewStateMessages> | undefined;
  className?: string | undefined;
}

/** The panel's content for a report at hand; LabReportView shows it embedded. */
export function RequisitionSection({
  report,
  t,
  headingLevel,
  className,
  standalone = false,
  showVisibility = true,
}: {
  report: LabReport;
  t: LabReportMessages;
  headingLevel: 2 | 3 | 4 | 5;
  className?: string | undefined;
  /** Shown on its own: says so when the report came without a requisition. */
  standalone?: boolean;
  /** Say when the patient sees the requisition (off inside a report view, which says it once). */
  showVisibility?: boolean;
}) {
  const id = useId();
  const requisition = report.requisition;
  const sub = Math.min(headingLevel + 1, 6) as 3 | 4 | 5 | 6;
  const H = `h${headingLevel}` as const;
  if (!requisition && !standalone) {
    // No requisition came with the report: its specimens still belong here.
    return <Specimens report={report} messages={t} headingLevel={headingLevel} />;
  }
  if (!requisition) {
    return (
      <section
        className={['pps-report__section pps-requisition-panel', className].filter(Boolean).join(' ')}
        aria-labelledby={id}
      >
        <H id={id} className="pps-subheading">
          {t.sectionRequisition}
        </H>
        <p className="pps-note">{t.noRequisition}</p>
        <Specimens report={report} messages={t} headingLevel={sub} />
      </section>
    );
  }
  return (
    <section
      className={['pps-report__section pps-requisition-panel', className].filter(Boolean).join(' ')}
      aria-labelledby={id}
    >
      <H id={id} className="pps-subheading">
        {t.sectionRequisition}
      </H>
      <RequisitionFields requisition={requisition} messages={t} />
      {requisitionObjectId(requisition) && showVisibility ? (
        <CitizenVisibilityNote object={requisitionObjectId(requisition) as ConfidentialObjectId} />
      ) : null}
      <Specimens report={report} messages={t} headingLevel={sub} />
    </section>
  );
}

/**
 * The requisition (ServiceRequest) behind a report: requester, when requested, when received at
 * the lab, reasons, comments, payment category, the patient's reservations, and the specimens.
 * Give it the `report` you have, or a `reportId` to fetch.
 *
 * Embed it inside `<PpsProvider>` (it gives the clients, the patient, locale and theme), with
 * `import '@pps-kit/react/styles.css'` once in the host:
 *
 * ```tsx
 * <PpsProvider client={pps} ptsClient={pts} parekClient={parek} patient={patient} locale="nb">
 *   <RequisitionPanel reportId={reportId} />
 * </PpsProvider>
 * ```
 */
export function RequisitionPanel(props: RequisitionPanelProps) {
  return (
    <ViewBoundary className={props.className}>
      <RequisitionPanelBody {...props} />
    </ViewBoundary>
  );
}

function RequisitionPanelBody({
  report,
  reportId,
  headingLevel = 3,
  messages,
  className,
}: RequisitionPanelProps) {
  const { patient, theme } = usePpsContext();
  const t = useMergedMessages(viewStateMessages, labReportMessages, messages);
  const query = useLabReport(report ? '' : (reportId ?? ''));
  const id = useId();
  if (report) {
    return (
      <RequisitionSection
        report={report}
        t={t}
        headingLevel={headingLevel}
        className={className}
        standalone
      />
    );
  }

  const H = `h${headingLevel}` as const;
  const loaded = query.data?.report;
  if (loaded && query.data?.privacy.length === 0) {
    return (
      <div className={['pps-root', className].filter(Boolean).join(' ')} data-pps-theme={theme}>
        <RequisitionSection report={loaded} t={t} headingLevel={headingLevel} standalone />
      </div>
    );
  }
  return (
    <section
      className={['pps-root pps-requisition-panel', className].filter(Boolean).join(' ')}
      aria-labelledby={id}
      aria-busy={query.isLoading}
      data-pps-theme={theme}
    >
      <H id={id} className="pps-subheading">
        {t.sectionRequisition}
      </H>
      {!patient ? (
        <DataState state={{ kind: 'no-patient' }} messages={t} />
      ) : query.isError ? (
        <DataState
          state={{ kind: 'error', error: query.error, onRetry: () => void query.refetch() }}
          messages={t}
        />
      ) : query.data && query.data.privacy.length > 0 ? (
        <DataState state={{ kind: 'privacy', codes: query.data.privacy }} messages={t} />
      ) : query.data ? (
        <p className="pps-state" data-state="missing">
          {t.noReport}
        </p>
      ) : (
        <DataState state={{ kind: 'loading' }} messages={t} />
      )}
    </section>
  );
}
