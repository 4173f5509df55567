'use client';
import { requisitionObjectId } from '@pps-kit/api-client';
import { useEffect, useId, useRef } from 'react';
import { CitizenVisibilityNote } from '../access/citizen-visibility';
import { ElevatedAccessBanner } from '../access/elevated-access-banner';
import { usePpsContext } from '../provider/pps-provider';
import { RequisitionSection } from '../requisitions/requisition-panel';
import {
  DataState,
  type DataStateKind,
  HiddenNotice,
  RefetchWarning,
  refetchErrorOf,
} from '../shared/data-state';
import type { MessageOverrides } from '../shared/i18n';
import { type ViewStateMessages, viewStateMessages } from '../shared/messages';
import { useMergedMessages } from '../shared/use-messages';
import { ViewBoundary } from '../shared/view-boundary';
import { type LabReportMessages, labReportMessages } from './messages';
import type { LabReportQueryData } from './queries';
import { PartsProvider } from './report-parts/context';
import { Header, StatusBanner } from './report-parts/header';
import { Microbiology } from './report-parts/microbiology';
import { Comments } from './report-parts/requisition';
import { Results } from './report-parts/results';
import { TextResults } from './report-parts/text-results';
import { useLabReport } from './use-lab-report';

export interface LabReportViewProps {
  /** The DiagnosticReport's id, as `LabResultsOverview` passes it to `onReportOpen`. */
  reportId: string;
  /** Shows a close button when set. */
  onClose?: (() => void) | undefined;
  /**
   * Move focus into the report when it mounts, so that keyboard and screen-reader users land in
   * the report they opened. The host returns focus where it came from on close (the overview's
   * `focusReportId`).
   * @default true when `onClose` is set (the report was opened), else false
   */
  autoFocus?: boolean | undefined;
  /**
   * Level of the report's heading; sections are one below.
   * @default 2
   */
  headingLevel?: 2 | 3 | 4 | undefined;
  /** Replace any built-in text, per locale. */
  messages?: MessageOverrides<LabReportMessages & ViewStateMessages> | undefined;
  /**
   * Show the elevated-access banner here while elevated access is in force. Turn off when the host
   * shows one `<ElevatedAccessBanner />` of its own.
   * @default true
   */
  elevatedAccessBanner?: boolean | undefined;
  className?: string | undefined;
}

type State =
  | DataStateKind
  | { kind: 'missing' }
  | { kind: 'data'; data: LabReportQueryData & { report: NonNullable<LabReportQueryData['report']> } };

function stateOf(query: ReturnType<typeof useLabReport>, hasPatient: boolean): State {
  if (!hasPatient) return { kind: 'no-patient' };
  if (query.isPending) return { kind: 'loading' };
  // A refetch that fails keeps the report on screen, with a RefetchWarning.
  if (query.isError && query.data === undefined)
    return { kind: 'error', error: query.error, onRetry: () => void query.refetch() };
  if (query.data === undefined) return { kind: 'loading' };
  if (query.data.privacy.length > 0) return { kind: 'privacy', codes: query.data.privacy };
  const report = query.data.report;
  if (!report && query.data.hidden.length > 0) return { kind: 'hidden', codes: query.data.hidden };
  if (!report) return { kind: 'missing' };
  return { kind: 'data', data: { ...query.data, report } };
}

/**
 * One report in full: header, status banner, results with flags and reference text, microbiology
 * isolates with S/I/R, long text results, specimens, the requisition, and the lab's comments.
 *
 * Embed it inside `<PpsProvider>` (it gives the clients, the patient, locale and theme), with
 * `import '@pps-kit/react/styles.css'` once in the host:
 *
 * ```tsx
 * <PpsProvider client={pps} ptsClient={pts} parekClient={parek} patient={patient} locale="nb">
 *   <LabReportView reportId={openReport} onClose={() => setOpenReport(undefined)} />
 * </PpsProvider>
 * ```
 */
export function LabReportView(props: LabReportViewProps) {
  return (
    <ViewBoundary className={props.className}>
      <LabReportViewBody {...props} />
    </ViewBoundary>
  );
}

function LabReportViewBody({
  reportId,
  onClose,
  autoFocus = onClose !== undefined,
  headingLevel = 2,
  messages,
  elevatedAccessBanner = true,
  className,
}: LabReportViewProps) {
  const { patient, theme, audit, locale } = usePpsContext();
  const query = useLabReport(reportId);
  const t = useMergedMessages(viewStateMessages, labReportMessages, messages);
  const id = useId();
  const state = stateOf(query, patient !== null);
  const sectionLevel = (headingLevel + 1) as 3 | 4 | 5;

  const shownId = state.kind === 'data' ? state.data.report.id : undefined;
  const personId = patient?.personId;
  useEffect(() => {
    if (shownId && personId)
      audit({ type: 'report-viewed', reportId: shownId, personId, time: new Date().toISOString() });
  }, [shownId, personId, audit]);

  const article = useRef<HTMLElement>(null);
  // On mount only: a refetch or a new page never takes focus away from where the user is.
  const focusOnMount = useRef(autoFocus);
  useEffect(() => {
    if (focusOnMount.current) article.current?.focus();
  }, []);

  const Heading = `h${headingLevel}` as const;
  return (
    <article
      ref={article}
      tabIndex={autoFocus ? -1 : undefined}
      className={['pps-root pps-report', className].filter(Boolean).join(' ')}
      aria-labelledby={`${id}-heading`}
      aria-busy={state.kind === 'loading'}
      data-state={state.kind}
      data-status={state.kind === 'data' ? state.data.report.status : undefined}
      data-pps-theme={theme}
    >
      {onClose ? (
        <button
          type="button"
          className="pps-button pps-button--secondary pps-report__close"
          onClick={onClose}
        >
          {t.close}
        </button>
      ) : null}
      {state.kind === 'data' ? (
        <PartsProvider value={{ report: state.data.report, messages: t, headingLevel }}>
          <Header id={`${id}-heading`} />
          {elevatedAccessBanner ? <ElevatedAccessBanner /> : null}
          <RefetchWarning
            error={refetchErrorOf(query)}
            updatedAt={query.dataUpdatedAt}
            onRetry={() => void query.refetch()}
            messages={t}
            locale={locale}
          />
          <HiddenNotice codes={state.data.hidden} messages={t} />
          <StatusBanner />
          {/* One answer for the report and its requisition, stated once. */}
          <CitizenVisibilityNote
            object={{ type: 'Svarrapport', value: state.data.report.id }}
            with={requisitionObjectId(state.data.report.requisition)}
          />
          <Results />
          <Microbiology />
          <TextResults />
          <Comments />
          <RequisitionSection
            report={state.data.report}
            t={t}
            headingLevel={sectionLevel}
            showVisibility={false}
          />
        </PartsProvider>
      ) : (
        <>
          <Heading id={`${id}-heading`} className="pps-heading">
            {t.sectionResults}
          </Heading>
          {state.kind === 'missing' ? (
            <p className="pps-state" data-state="missing">
              {t.noReport}
            </p>
          ) : (
            <DataState state={state} messages={t} />
          )}
        </>
      )}
    </article>
  );
}
