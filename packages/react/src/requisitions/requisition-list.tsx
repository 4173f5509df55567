'use client';
import { isClosedRequisition, type ParekRequisition } from '@pps-kit/api-client';
import { useId } from 'react';
import { usePpsContext } from '../provider/pps-provider';
import { DataState, RefetchWarning, refetchErrorOf, serviceState } from '../shared/data-state';
import { formatDate, formatDateTime } from '../shared/format';
import type { Locale, MessageOverrides } from '../shared/i18n';
import { type DataStateMessages, dataStateMessages, fill } from '../shared/messages';
import { useControllableState } from '../shared/use-controllable';
import { useMergedMessages } from '../shared/use-messages';
import { ViewBoundary } from '../shared/view-boundary';
import { type RequisitionMessages, requisitionMessages } from './messages';
import { useParekRequisitions } from './queries';

export interface RequisitionListProps {
  /**
   * Show completed and revoked requisitions from the start, when the host does not hold the
   * choice; the user can change it.
   * @default false
   */
  defaultShowClosed?: boolean | undefined;
  /** Whether completed and revoked requisitions are shown, held by the host (with `onShowClosedChange`). */
  showClosed?: boolean | undefined;
  /** Called when the user shows or hides the closed requisitions. */
  onShowClosedChange?: ((showClosed: boolean) => void) | undefined;
  /**
   * Level of the heading; each requisition's is one below.
   * @default 2
   */
  headingLevel?: 2 | 3 | 4 | undefined;
  /** Replace any built-in text, per locale. */
  messages?: MessageOverrides<RequisitionMessages & DataStateMessages> | undefined;
  className?: string | undefined;
}

type T = RequisitionMessages & DataStateMessages;
const STAGE_GLYPH: Record<string, string> = {
  planned: '○',
  collecting: '◐',
  completed: '✓',
  revoked: '✕',
  other: '?',
};

function periodText(requisition: ParekRequisition, t: T, locale: Locale): string | undefined {
  const start = requisition.period?.start ? formatDate(requisition.period.start, locale) : undefined;
  const end = requisition.period?.end ? formatDate(requisition.period.end, locale) : undefined;
  if (start && end) return fill(t.periodBetween, { start, end });
  if (start) return fill(t.periodFrom, { start });
  if (end) return fill(t.periodUntil, { end });
  return undefined;
}

/** The stepper: requested, sampling (with the specimens taken so far), completed or revoked. */
function Progress({ requisition, t, locale }: { requisition: ParekRequisition; t: T; locale: Locale }) {
  const { stage, specimens } = requisition;
  const closed = stage === 'completed' || stage === 'revoked';
  const steps: {
    key: string;
    label: string;
    state: 'done' | 'current' | 'todo';
    detail?: React.ReactNode;
  }[] = [
    {
      key: 'requested',
      label: t.stepRequested,
      state: 'done',
      ...(requisition.authoredOn ? { detail: formatDate(requisition.authoredOn, locale) } : {}),
    },
    {
      key: 'sampling',
      label: t.stepSampling,
      state: closed ? 'done' : 'current',
      detail:
        specimens.length === 0 ? (
          t.noSpecimens
        ) : (
          <>
            {fill(t.specimensTaken, { count: specimens.length })}
            <ul className="pps-list">
              {specimens.map((specimen) => (
                <li key={specimen.id}>
                  {fill(t.specimenLine, {
                    type: specimen.type ?? '',
                    time: specimen.collected ? formatDateTime(specimen.collected, locale) : '',
                  })}
                  {specimen.accession ? ` (${t.specimenNumber} ${specimen.accession})` : ''}
                  {specimen.collector ? `, ${specimen.collector}` : ''}
                </li>
              ))}
            </ul>
          </>
        ),
    },
    {
      key: 'end',
      label: stage === 'revoked' ? t.stepRevoked : t.stepDone,
      state: closed ? 'current' : 'todo',
    },
  ];
  const stateText = { done: t.stepStateDone, current: t.stepStateCurrent, todo: t.stepStateTodo };
  return (
    <ol className="pps-steps" aria-label={t.progressLabel}>
      {steps.map((step) => (
        <li
          key={step.key}
          className="pps-steps__step"
          data-step-state={step.state}
          aria-current={step.state === 'current' ? 'step' : undefined}
        >
          <span className="pps-steps__marker" aria-hidden="true">
            {step.state === 'done' ? '✓' : step.state === 'current' ? '●' : '○'}
          </span>
          <span className="pps-steps__label">
            {step.label} <span className="pps-visually-hidden">({stateText[step.state]})</span>
          </span>
          {step.detail ? <div className="pps-steps__detail">{step.detail}</div> : null}
        </li>
      ))}
    </ol>
  );
}

function RequisitionCard({
  requisition,
  t,
  locale,
  headingLevel,
}: {
  requisition: ParekRequisition;
  t: T;
  locale: Locale;
  headingLevel: 3 | 4 | 5;
}) {
  const id = useId();
  const H = `h${headingLevel}` as const;
  const period = periodText(requisition, t, locale);
  const requester = [requisition.requester?.person, requisition.requester?.organisation]
    .filter(Boolean)
    .join(', ');
  return (
    <li className="pps-card pps-requisition" aria-labelledby={id} data-stage={requisition.stage}>
      <H id={id} className="pps-subheading">
        {requisition.title ?? requisition.analyses.map((a) => a.name).join(', ')}
      </H>
      <p className="pps-status" data-stage={requisition.stage}>
        <span aria-hidden="true">{STAGE_GLYPH[requisition.stage]} </span>
        {t.stageLabels[requisition.stage] ?? requisition.status}
        {requisition.window ? ` · ${t.windowLabels[requisition.window]}` : ''}
      </p>
      <dl className="pps-fields">
        <div className="pps-field-row">
          <dt>{t.analyses}</dt>
          <dd>{requisition.analyses.map((a) => a.name).join(', ')}</dd>
        </div>
        {period ? (
          <div className="pps-field-row">
            <dt>{t.period}</dt>
            <dd>{period}</dd>
          </div>
        ) : null}
        {requester ? (
          <div className="pps-field-row">
            <dt>{t.requester}</dt>
            <dd>{requester}</dd>
          </div>
        ) : null}
        {requisition.notes.length > 0 ? (
          <div className="pps-field-row">
            <dt>{t.notes}</dt>
            <dd>{requisition.notes.join(' ')}</dd>
          </div>
        ) : null}
      </dl>
      <Progress requisition={requisition} t={t} locale={locale} />
    </li>
  );
}

/**
 * The patient's planned and decoupled requisitions in PaRek: status, the analyses asked for, when
 * the samples are due, who asked, and the specimens collected so far as a progress tracker. Active
 * requisitions first; completed and revoked ones on request.
 *
 * Embed it inside `<PpsProvider>` (it gives the clients, the patient, locale and theme), with
 * `import '@pps-kit/react/styles.css'` once in the host:
 *
 * ```tsx
 * <PpsProvider client={pps} ptsClient={pts} parekClient={parek} patient={patient} locale="nb">
 *   <RequisitionList />
 * </PpsProvider>
 * ```
 */
export function RequisitionList(props: RequisitionListProps) {
  return (
    <ViewBoundary className={props.className}>
      <RequisitionListBody {...props} />
    </ViewBoundary>
  );
}

function RequisitionListBody({
  defaultShowClosed = false,
  showClosed: showClosedProp,
  onShowClosedChange,
  headingLevel = 2,
  messages,
  className,
}: RequisitionListProps) {
  const { parekClient, patient, locale, theme } = usePpsContext();
  const t = useMergedMessages(dataStateMessages, requisitionMessages, messages);
  const query = useParekRequisitions();
  const id = useId();
  const [showClosed, setShowClosed] = useControllableState({
    value: showClosedProp,
    defaultValue: defaultShowClosed,
    onChange: onShowClosedChange,
  });
  const Heading = `h${headingLevel}` as const;
  const cardLevel = (headingLevel + 1) as 3 | 4 | 5;

  const pending = serviceState(query, {
    hasPatient: patient !== null,
    connected: parekClient !== undefined,
    service: 'parek',
    notConfigured: t.notConfigured,
    loading: t.listLoading,
    errorTitle: t.listErrorTitle,
  });
  const requisitions = query.data ?? [];
  const warning = (
    <RefetchWarning
      error={refetchErrorOf(query)}
      updatedAt={query.dataUpdatedAt}
      onRetry={() => void query.refetch()}
      messages={t}
      service="parek"
      locale={locale}
    />
  );
  let content: React.ReactNode;
  if (pending) content = <DataState state={pending} messages={t} />;
  else if (requisitions.length === 0)
    content = (
      <p className="pps-state" data-state="no-data">
        {t.listEmpty}
      </p>
    );
  else {
    const active = requisitions.filter((r) => !isClosedRequisition(r));
    const closed = requisitions.filter(isClosedRequisition);
    content = (
      <>
        <p className="pps-summary">{fill(t.activeCount, { count: active.length })}</p>
        {active.length > 0 ? (
          <ul className="pps-cards" aria-label={t.activeHeading}>
            {active.map((requisition) => (
              <RequisitionCard
                key={requisition.id}
                requisition={requisition}
                t={t}
                locale={locale}
                headingLevel={cardLevel}
              />
            ))}
          </ul>
        ) : null}
        {closed.length > 0 ? (
          <>
            <label className="pps-check">
              <input
                type="checkbox"
                checked={showClosed}
                onChange={(event) => setShowClosed(event.target.checked)}
              />{' '}
              {t.showClosed} ({closed.length})
            </label>
            {showClosed ? (
              <ul className="pps-cards" aria-label={t.closedHeading}>
                {closed.map((requisition) => (
                  <RequisitionCard
                    key={requisition.id}
                    requisition={requisition}
                    t={t}
                    locale={locale}
                    headingLevel={cardLevel}
                  />
                ))}
              </ul>
            ) : null}
          </>
        ) : null}
      </>
    );
  }

  return (
    <section
      className={['pps-root pps-requisitions', className].filter(Boolean).join(' ')}
      aria-labelledby={`${id}-heading`}
      aria-busy={query.isLoading}
      data-pps-theme={theme}
    >
      <Heading id={`${id}-heading`} className="pps-heading">
        {t.listHeading}
      </Heading>
      {pending ? null : warning}
      {content}
    </section>
  );
}
