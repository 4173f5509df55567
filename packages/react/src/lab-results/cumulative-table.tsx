'use client';
import { FlowsheetIndex, type ReportFilter, toCumulativeTable } from '@pps-kit/api-client';
import { useId, useMemo, useRef } from 'react';
import { usePpsContext } from '../provider/pps-provider';
import type { DataStateKind } from '../shared/data-state';
import { DateField } from '../shared/date-field';
import type { MessageOverrides } from '../shared/i18n';
import { type DataStateMessages, dataStateMessages, fill } from '../shared/messages';
import { SkipButton } from '../shared/skip-button';
import { useControllableState } from '../shared/use-controllable';
import { useMergedMessages } from '../shared/use-messages';
import { ViewBoundary } from '../shared/view-boundary';
import { ViewFrame } from '../shared/view-frame';
import { CumulativeGrid } from './cumulative-grid';
import { FagomradeField, OnlyAbnormalField } from './filter-fields';
import { type LabResultsMessages, labResultsMessages } from './messages';
import { PagesStatus, pagesState } from './pages-status';
import { useLabReportPages } from './use-lab-report-pages';

/** The flowsheet's filters: the overview's (one filter may serve both) and the analysis searched for. */
export interface FlowsheetFilter extends ReportFilter {
  /** Only analyses whose name or code holds this text (case-insensitive). */
  search?: string | undefined;
}

type FlowsheetOrder = 'newest-first' | 'oldest-first';

export interface CumulativeTableProps {
  /** Called with a cell's report id when the user opens it. */
  onReportOpen?: ((reportId: string) => void) | undefined;
  /** Newest or oldest sample first, held by the host (with `onOrderChange`). */
  order?: FlowsheetOrder | undefined;
  /**
   * Newest or oldest sample first, at first, when the host does not hold it; the user can change it.
   * @default 'newest-first'
   */
  defaultOrder?: FlowsheetOrder | undefined;
  /** Called when the user changes the order. */
  onOrderChange?: ((order: FlowsheetOrder) => void) | undefined;
  /** The filters, held by the host (with `onFilterChange`); leave it out and the flowsheet holds them. */
  filter?: FlowsheetFilter | undefined;
  /** The filters at first, when the host does not hold them. @default no filter */
  defaultFilter?: FlowsheetFilter | undefined;
  /** Called with the whole filter whenever the user changes a field. */
  onFilterChange?: ((filter: FlowsheetFilter) => void) | undefined;
  /**
   * Height of the scrolling grid, in pixels.
   * @default 480
   */
  height?: number | undefined;
  /**
   * Reports per page fetched from PPS; the flowsheet fills in as pages arrive.
   * @default 50
   */
  pageSize?: number | undefined;
  /**
   * Level of the heading.
   * @default 2
   */
  headingLevel?: 2 | 3 | 4 | undefined;
  /** Replace any built-in text, per locale. */
  messages?: MessageOverrides<LabResultsMessages & DataStateMessages> | undefined;
  /**
   * Show the elevated-access banner here while elevated access is in force. Turn off when the host
   * shows one `<ElevatedAccessBanner />` of its own.
   * @default true
   */
  elevatedAccessBanner?: boolean | undefined;
  className?: string | undefined;
}

/**
 * The cumulative view: every analysis over every sample time, with filters for fagområde, analysis,
 * date window and abnormal results. A cell opens its report.
 *
 * Embed it inside `<PpsProvider>` (it gives the clients, the patient, locale and theme), with
 * `import '@pps-kit/react/styles.css'` once in the host:
 *
 * ```tsx
 * <PpsProvider client={pps} ptsClient={pts} parekClient={parek} patient={patient} locale="nb">
 *   <CumulativeTable onReportOpen={(id) => setOpenReport(id)} />
 * </PpsProvider>
 * ```
 */
export function CumulativeTable(props: CumulativeTableProps) {
  return (
    <ViewBoundary className={props.className}>
      <CumulativeTableBody {...props} />
    </ViewBoundary>
  );
}

function CumulativeTableBody({
  onReportOpen,
  order: orderProp,
  defaultOrder = 'newest-first',
  onOrderChange,
  filter,
  defaultFilter,
  onFilterChange,
  height,
  pageSize = 50,
  headingLevel = 2,
  messages,
  elevatedAccessBanner = true,
  className,
}: CumulativeTableProps) {
  const { patient, locale } = usePpsContext();
  const t = useMergedMessages(dataStateMessages, labResultsMessages, messages);
  const pages = useLabReportPages({ pageSize });
  const id = useId();
  const [order, setOrder] = useControllableState({
    value: orderProp,
    defaultValue: defaultOrder,
    onChange: onOrderChange,
  });
  const [filterValue, setFilter] = useControllableState<FlowsheetFilter>({
    value: filter,
    defaultValue: defaultFilter ?? {},
    onChange: onFilterChange,
  });
  const { fagomrade = '', search = '', from = '', to = '', onlyAbnormal = false } = filterValue;
  const change = (field: Partial<FlowsheetFilter>) => setFilter({ ...filterValue, ...field });

  const reports = pages.model?.reports;
  // The flowsheet's index of this patient's reports: each page is recorded once, when it first
  // reaches the table, and every filter change reads what is recorded.
  const personId = patient?.personId;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new index for each patient
  const index = useMemo(() => new FlowsheetIndex(), [personId]);
  const table = useMemo(
    () =>
      reports
        ? toCumulativeTable(
            reports,
            {
              order,
              ...(fagomrade ? { fagomrader: [fagomrade] } : {}),
              ...(search ? { search } : {}),
              ...(from ? { from } : {}),
              ...(to ? { to } : {}),
              onlyAbnormal,
            },
            index,
          )
        : undefined,
    [reports, order, fagomrade, search, from, to, onlyAbnormal, index],
  );

  const state: DataStateKind | { kind: 'data' } = pagesState(pages, patient !== null) ?? { kind: 'data' };

  const root = useRef<HTMLElement>(null);
  return (
    <ViewFrame
      view="pps-flowsheet"
      className={className}
      headingId={`${id}-heading`}
      heading={t.flowsheetHeading}
      headingLevel={headingLevel}
      elevatedAccessBanner={elevatedAccessBanner}
      state={state}
      messages={t}
      rootRef={root}
    >
      {() => (
        <>
          <div className="pps-toolbar">
            <SkipButton
              label={t.skipFilters}
              target={() => root.current?.querySelector<HTMLElement>('.pps-grid [tabindex="0"]')}
            />
            <label className="pps-field">
              {t.searchAnalysis}
              <input
                type="search"
                value={search}
                onChange={(event) => change({ search: event.target.value })}
              />
            </label>
            <FagomradeField value={fagomrade} onChange={(next) => change({ fagomrade: next })} t={t} />
            <DateField label={t.filterFrom} value={from} onChange={(next) => change({ from: next })} />
            <DateField label={t.filterTo} value={to} onChange={(next) => change({ to: next })} />
            <label className="pps-field">
              {t.order}
              <select value={order} onChange={(event) => setOrder(event.target.value as typeof order)}>
                <option value="newest-first">{t.newestFirst}</option>
                <option value="oldest-first">{t.oldestFirst}</option>
              </select>
            </label>
            <OnlyAbnormalField
              checked={onlyAbnormal}
              onChange={(next) => change({ onlyAbnormal: next })}
              t={t}
            />
          </div>
          <PagesStatus pages={pages} messages={t} locale={locale} />
          {table && table.rows.length > 0 ? (
            <>
              <p className="pps-summary" aria-live="polite">
                {fill(t.gridSummary, { rows: table.rows.length, columns: table.columns.length })}
              </p>
              <CumulativeGrid
                table={table}
                onReportOpen={onReportOpen}
                messages={t}
                height={height}
                labelledBy={`${id}-heading`}
              />
            </>
          ) : (
            <p className="pps-state">{t.noRows}</p>
          )}
        </>
      )}
    </ViewFrame>
  );
}
