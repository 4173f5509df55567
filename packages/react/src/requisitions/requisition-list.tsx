'use client';
import { splitRequisitions } from '@pps-kit/api-client';
import { useId } from 'react';
import { usePpsContext } from '../provider/pps-provider';
import { DataState, RefetchWarning, refetchErrorOf, serviceState } from '../shared/data-state';
import type { MessageOverrides } from '../shared/i18n';
import { fill, type ViewStateMessages, viewStateMessages } from '../shared/messages';
import { useControllableState } from '../shared/use-controllable';
import { useMergedMessages } from '../shared/use-messages';
import { ViewBoundary } from '../shared/view-boundary';
import { type RequisitionMessages, requisitionMessages } from './messages';
import { useParekRequisitions } from './queries';
import { RequisitionCard } from './requisition-card';

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
  messages?: MessageOverrides<RequisitionMessages & ViewStateMessages> | undefined;
  className?: string | undefined;
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
  const t = useMergedMessages(viewStateMessages, requisitionMessages, messages);
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
    const { active, closed } = splitRequisitions(requisitions);
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
              {fill(t.showClosed, { count: closed.length })}
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
