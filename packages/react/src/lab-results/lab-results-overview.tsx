'use client';
import { filterReports, groupReports, type ReportFilter, reportFindings } from '@pps-kit/api-client';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { usePpsContext } from '../provider/pps-provider';
import { DateField } from '../shared/date-field';
import { formatMonth } from '../shared/format';
import { dataStateMessages, fill } from '../shared/messages';
import { SkipButton } from '../shared/skip-button';
import { useControllableState } from '../shared/use-controllable';
import { useMergedMessages } from '../shared/use-messages';
import { ViewBoundary } from '../shared/view-boundary';
import { ViewFrame } from '../shared/view-frame';
import { FagomradeField, OnlyAbnormalField } from './filter-fields';
import type { LabResultsOverviewProps } from './lab-results-overview-props';
import { labResultsMessages } from './messages';
import { ReportRow } from './overview-rows';
import { filtersOf, NO_FILTERS, stateOf } from './overview-state';
import { PagesStatus } from './pages-status';
import { useLabReportPages } from './use-lab-report-pages';

/**
 * Which results exist, which are new, which are outside the reference range: the patient's
 * reports grouped by sample month or fagområde, with filters.
 *
 * Embed it inside `<PpsProvider>` (it gives the clients, the patient, locale and theme), with
 * `import '@pps-kit/react/styles.css'` once in the host:
 *
 * ```tsx
 * <PpsProvider client={pps} ptsClient={pts} parekClient={parek} patient={patient} locale="nb">
 *   <LabResultsOverview
 *     onReportOpen={(id) => setOpenReport(id)}
 *     focusReportId={lastClosed}
 *     newSince={lastVisit}
 *   />
 * </PpsProvider>
 * ```
 */
export function LabResultsOverview(props: LabResultsOverviewProps) {
  return (
    <ViewBoundary className={props.className}>
      <LabResultsOverviewBody {...props} />
    </ViewBoundary>
  );
}

function LabResultsOverviewBody({
  onReportOpen,
  focusReportId,
  groupBy: groupByProp,
  defaultGroupBy = 'date',
  onGroupByChange,
  filter,
  defaultFilter,
  onFilterChange,
  newSince,
  headingLevel = 2,
  pageSize = 50,
  messages,
  elevatedAccessBanner = true,
  className,
}: LabResultsOverviewProps) {
  const { patient, locale } = usePpsContext();
  const pages = useLabReportPages({ pageSize });
  const t = useMergedMessages(dataStateMessages, labResultsMessages, messages);
  const [groupBy, setGroupBy] = useControllableState({
    value: groupByProp,
    defaultValue: defaultGroupBy,
    onChange: onGroupByChange,
  });
  const [filterValue, setFilters] = useControllableState<ReportFilter>({
    value: filter,
    defaultValue: defaultFilter ?? NO_FILTERS,
    onChange: onFilterChange,
  });
  const { fagomrade, from, to, onlyAbnormal } = filtersOf(filterValue);
  const filters = useMemo(() => ({ fagomrade, from, to, onlyAbnormal }), [fagomrade, from, to, onlyAbnormal]);
  const filtered = fagomrade !== '' || from !== '' || to !== '' || onlyAbnormal;
  // Clearing the filters also empties a date field holding text that is not a date.
  const [cleared, setCleared] = useState(0);
  const id = useId();
  const state = stateOf(pages, patient !== null);
  const GroupHeading = `h${Math.min(headingLevel + 1, 6) as 3 | 4 | 5}` as const;
  const newAfter = newSince === undefined ? undefined : new Date(newSince).getTime();

  const reports = state.kind === 'data' ? state.data.reports : undefined;
  const shown = useMemo(() => (reports ? filterReports(reports, filters) : []), [reports, filters]);
  const groups = useMemo(() => groupReports(shown, groupBy), [shown, groupBy]);

  // Focus returns to the row of the report that was open, once that row is on screen.
  const root = useRef<HTMLElement>(null);
  const focused = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!focusReportId || focused.current === focusReportId || !root.current) return;
    const row = [...root.current.querySelectorAll<HTMLElement>('tr[data-report-id]')].find(
      (element) => element.dataset.reportId === focusReportId,
    );
    const target = row?.querySelector<HTMLElement>('button') ?? undefined;
    if (!target) return;
    focused.current = focusReportId;
    target.focus();
  });

  return (
    <ViewFrame
      view="pps-overview"
      className={className}
      headingId={`${id}-heading`}
      heading={t.overviewHeading}
      headingLevel={headingLevel}
      elevatedAccessBanner={elevatedAccessBanner}
      state={state}
      messages={t}
      rootRef={root}
    >
      {(state) => (
        <>
          <div className="pps-toolbar">
            <SkipButton
              label={t.skipFilters}
              target={() =>
                root.current?.querySelector<HTMLElement>('.pps-overview__group tbody button') ??
                root.current?.querySelector<HTMLElement>('.pps-summary')
              }
            />
            <fieldset className="pps-segmented">
              <legend>{t.groupBy}</legend>
              {(['date', 'expertise'] as const).map((option) => (
                <label key={option}>
                  <input
                    type="radio"
                    name={`${id}-group`}
                    value={option}
                    checked={groupBy === option}
                    onChange={() => setGroupBy(option)}
                  />{' '}
                  {option === 'date' ? t.groupByDate : t.groupByExpertise}
                </label>
              ))}
            </fieldset>
            <FagomradeField
              value={filters.fagomrade}
              onChange={(fagomrade) => setFilters({ ...filters, fagomrade })}
              t={t}
            />
            <DateField
              key={`from-${cleared}`}
              label={t.filterFrom}
              value={filters.from}
              onChange={(from) => setFilters({ ...filters, from })}
            />
            <DateField
              key={`to-${cleared}`}
              label={t.filterTo}
              value={filters.to}
              onChange={(to) => setFilters({ ...filters, to })}
            />
            <OnlyAbnormalField
              checked={filters.onlyAbnormal}
              onChange={(onlyAbnormal) => setFilters({ ...filters, onlyAbnormal })}
              t={t}
            />
            {/* Always there, so that focus never falls away when the filters are cleared. */}
            <button
              type="button"
              className="pps-button pps-button--secondary"
              aria-disabled={!filtered}
              onClick={() => {
                setFilters(NO_FILTERS);
                setCleared((n) => n + 1);
              }}
            >
              {t.clearFilters}
            </button>
          </div>
          <PagesStatus pages={pages} messages={t} locale={locale} />
          <p className="pps-summary" aria-live="polite" tabIndex={-1}>
            {pages.incomplete
              ? fill(t.showingAtLeast, {
                  shown: shown.length,
                  atLeast: Math.max(pages.incomplete.atLeast, state.data.reports.length),
                })
              : fill(t.showing, { shown: shown.length, total: state.data.reports.length })}
          </p>
          {groups.length === 0 ? <p className="pps-state">{t.noMatch}</p> : null}
          {groups.map((group) => (
            <section key={group.key} className="pps-overview__group" aria-labelledby={`${id}-${group.key}`}>
              <GroupHeading id={`${id}-${group.key}`} className="pps-subheading">
                {group.fagomrade
                  ? (t.expertiseLabels[group.fagomrade] ?? group.fagomrade)
                  : group.month
                    ? formatMonth(`${group.month}-15T12:00:00Z`, locale)
                    : groupBy === 'expertise'
                      ? t.unknownExpertise
                      : t.unknownTime}
              </GroupHeading>
              <table className="pps-table" aria-labelledby={`${id}-${group.key}`}>
                <thead>
                  <tr>
                    <th scope="col">{t.columnSampleTime}</th>
                    <th scope="col">{t.columnExpertise}</th>
                    <th scope="col">{t.columnLab}</th>
                    <th scope="col">{t.columnRequester}</th>
                    <th scope="col">{t.columnStatus}</th>
                    <th scope="col" className="pps-table__numeric">
                      {t.columnResults}
                    </th>
                    <th scope="col">{t.columnAbnormal}</th>
                  </tr>
                </thead>
                <tbody>
                  {group.reports.map((report) => (
                    <ReportRow
                      key={report.id}
                      report={report}
                      newAfter={newAfter}
                      onReportOpen={onReportOpen}
                      t={t}
                      locale={locale}
                    />
                  ))}
                </tbody>
              </table>
            </section>
          ))}
          {shown.some((report) => reportFindings(report).computedFlags > 0) ? (
            <p className="pps-note" data-note="computed">
              {t.computedLegend}
            </p>
          ) : null}
        </>
      )}
    </ViewFrame>
  );
}
