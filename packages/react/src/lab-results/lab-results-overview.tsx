'use client';
import {
  type FindingKind,
  filterReports,
  groupReports,
  isNewSince,
  type LabReport,
  type LabReportsModel,
  type LabResult,
  type ReportFilter,
  type ReportGrouping,
  reportFindings,
} from '@pps-kit/api-client';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { usePpsContext } from '../provider/pps-provider';
import type { DataStateKind } from '../shared/data-state';
import { DateField } from '../shared/date-field';
import { formatDateTime, formatMonth } from '../shared/format';
import type { Locale, MessageOverrides } from '../shared/i18n';
import { type DataStateMessages, dataStateMessages, fill } from '../shared/messages';
import { SkipButton } from '../shared/skip-button';
import { useControllableState } from '../shared/use-controllable';
import { useMergedMessages } from '../shared/use-messages';
import { ViewBoundary } from '../shared/view-boundary';
import { ViewFrame } from '../shared/view-frame';
import { FagomradeField, OnlyAbnormalField } from './filter-fields';
import { type LabResultsMessages, labResultsMessages } from './messages';
import { PagesStatus, pagesState } from './pages-status';
import { reportKindText } from './report-kind';
import { FLAG_GLYPH, flagWords, formatLabValue, StatusBadge } from './result-parts';
import { type LabReportPages, useLabReportPages } from './use-lab-report-pages';

export type OverviewGrouping = ReportGrouping;

export interface LabResultsOverviewProps {
  /** Called with the report's id when the user opens a report. Rows get an open button only when set. */
  onReportOpen?: ((reportId: string) => void) | undefined;
  /**
   * How reports are grouped, held by the host: by sample month, or by fagområde. Give it with
   * `onGroupByChange`; leave it out and the overview holds the choice itself.
   */
  groupBy?: OverviewGrouping | undefined;
  /**
   * How reports are grouped at first, when the host does not hold it. The user can change it.
   * @default 'date'
   */
  defaultGroupBy?: OverviewGrouping | undefined;
  /** Called when the user changes the grouping (held by the host or not). */
  onGroupByChange?: ((groupBy: OverviewGrouping) => void) | undefined;
  /**
   * The filters, held by the host (fagområde, sample days, only findings): give it with
   * `onFilterChange`. Leave it out and the overview holds the filters itself.
   */
  filter?: ReportFilter | undefined;
  /** The filters at first, when the host does not hold them. @default no filter */
  defaultFilter?: ReportFilter | undefined;
  /** Called with the whole filter whenever the user changes one field or clears them. */
  onFilterChange?: ((filter: ReportFilter) => void) | undefined;
  /**
   * The report whose row takes focus once it is shown: pass the report the user just closed, so
   * that focus returns to the row it came from.
   */
  focusReportId?: string | undefined;
  /** Reports issued after this time are marked new (e.g. the clinician's last visit). */
  newSince?: string | Date | undefined;
  /**
   * Level of the overview's heading, to fit the host's document outline; group headings are one below.
   * @default 2
   */
  headingLevel?: 2 | 3 | 4 | undefined;
  /**
   * Reports per page fetched from PPS; a long history shows page by page as it arrives.
   * @default 50
   */
  pageSize?: number | undefined;
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

/** The filter bar's fields, each always set ('' for none). */
type Filters = { [K in keyof ReportFilter]-?: NonNullable<ReportFilter[K]> };

const NO_FILTERS: Filters = { fagomrade: '', from: '', to: '', onlyAbnormal: false };

const filtersOf = (filter: ReportFilter): Filters => ({
  fagomrade: filter.fagomrade ?? '',
  from: filter.from ?? '',
  to: filter.to ?? '',
  onlyAbnormal: filter.onlyAbnormal ?? false,
});

function stateOf(
  pages: LabReportPages,
  hasPatient: boolean,
): DataStateKind | { kind: 'data'; data: LabReportsModel } {
  const pending = pagesState(pages, hasPatient);
  if (pending || !pages.model) return pending ?? { kind: 'loading' };
  return { kind: 'data', data: pages.model };
}

/** How many findings a row names before "+N". */
const NAMED_FINDINGS = 3;

/**
 * One finding, named as a GP scans for it: the analysis and its flag glyph (the words for screen
 * readers), the organism that grew, the antibiotic it resists (R), or the positive answer's name.
 */
function FoundName({
  result,
  kind,
  t,
  locale,
}: {
  result: LabResult;
  kind: FindingKind;
  t: LabResultsMessages;
  locale: Locale;
}) {
  const c = result.classification;
  if (kind === 'lab-flag' || kind === 'computed-flag') {
    const words = flagWords(c, t);
    return (
      <>
        {result.name}{' '}
        <span aria-hidden="true">
          {FLAG_GLYPH[c.class]}
          {kind === 'computed-flag' ? t.computedMark : ''}
        </span>
        {words ? (
          <span className="pps-visually-hidden">
            {' '}
            ({kind === 'computed-flag' ? `${words}, ${t.flagComputed}` : words})
          </span>
        ) : null}
      </>
    );
  }
  if (kind === 'resistant') return <>{fill(t.findingResistantName, { antibiotic: result.name })}</>;
  if (kind === 'organism') return <>{formatLabValue(result.value, locale, t)}</>;
  return <>{result.name}</>;
}

/** "+2" on screen, "og 2 til" for screen readers: how many more a list left out. */
function MoreCount({ more, t }: { more: number; t: LabResultsMessages }) {
  if (more <= 0) return null;
  return (
    <span className="pps-findings__more">
      {' '}
      <span aria-hidden="true">+{more}</span>
      <span className="pps-visually-hidden"> {fill(t.moreFindings, { count: more })}</span>
    </span>
  );
}

/** A new report's analyses by name, as the lab listed them (up to three, then "+N"). */
function NewResults({ report, t }: { report: LabReport; t: LabResultsMessages }) {
  const names = report.results.map((result) => result.name).filter(Boolean);
  if (names.length === 0) return null;
  const more = names.length - NAMED_FINDINGS;
  return (
    <span className="pps-findings" data-kind="new">
      {names.slice(0, NAMED_FINDINGS).join(', ')}
      <MoreCount more={more} t={t} />
    </span>
  );
}

/**
 * A report's findings in words: the lab's flags, growth or a diagnosis ("Funn"), resistance, and
 * classes pps-kit computed (marked, and explained in the legend). A void report says it must not
 * be used; "Ingen" only when there is nothing to find, and narratives say they must be read.
 */
function FindingsCell({ report, t, locale }: { report: LabReport; t: LabResultsMessages; locale: Locale }) {
  const f = reportFindings(report);
  if (f.void)
    return (
      <td data-findings="void" data-label={t.columnAbnormal}>
        {t.findingVoid}
      </td>
    );
  const parts = [
    f.labFlags > 0 ? fill(t.abnormalCount, { count: f.labFlags }) : undefined,
    f.positives > 0 ? t.findingPositive : undefined,
    f.resistant > 0 ? fill(t.findingResistant, { count: f.resistant }) : undefined,
  ].filter((part): part is string => part !== undefined);
  const computed =
    f.computedFlags > 0 ? `${fill(t.computedCount, { count: f.computedFlags })}${t.computedMark}` : undefined;
  const named = f.found.slice(0, NAMED_FINDINGS);
  const more = f.found.length - named.length;
  if (parts.length === 0 && !computed)
    return (
      <td data-findings={f.texts > 0 ? 'text' : 'none'} data-label={t.columnAbnormal}>
        {f.texts > 0 ? t.findingText : t.noAbnormal}
      </td>
    );
  return (
    <td data-abnormal data-findings="some" data-label={t.columnAbnormal}>
      {parts.length > 0 ? (
        <span className="pps-flag" data-flag="outside" data-source="lab">
          <span className="pps-flag__glyph" aria-hidden="true">
            !
          </span>{' '}
          {parts.join(', ')}
        </span>
      ) : null}
      {parts.length > 0 && computed ? ', ' : null}
      {computed ? (
        <span className="pps-flag" data-flag="outside" data-source="computed">
          {computed}
        </span>
      ) : null}
      {named.length > 0 ? (
        <span className="pps-findings">
          {named.map(({ result, kind }, index) => (
            <span key={result.id} className="pps-findings__item" data-kind={kind}>
              {index > 0 ? ', ' : ''}
              <FoundName result={result} kind={kind} t={t} locale={locale} />
            </span>
          ))}
          <MoreCount more={more} t={t} />
        </span>
      ) : null}
    </td>
  );
}

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
                  {group.reports.map((report) => {
                    const kind = reportKindText(report, t);
                    const time = report.sampleTime
                      ? formatDateTime(report.sampleTime, locale)
                      : t.unknownTime;
                    const isNew = isNewSince(report, newAfter);
                    return (
                      <tr
                        key={report.id}
                        data-report-id={report.id}
                        data-status={report.status}
                        data-new={isNew || undefined}
                      >
                        <th scope="row">
                          {onReportOpen ? (
                            <button
                              type="button"
                              className="pps-link-button"
                              aria-label={fill(t.openReport, { expertise: kind, time })}
                              onClick={() => onReportOpen(report.id)}
                            >
                              {time}
                            </button>
                          ) : (
                            time
                          )}
                          {isNew ? (
                            <span className="pps-new">
                              {t.newMarker}
                              <span className="pps-visually-hidden">
                                {' '}
                                (
                                {fill(t.newSince, {
                                  time: formatDateTime(new Date(newAfter ?? 0).toISOString(), locale),
                                })}
                                )
                              </span>
                            </span>
                          ) : null}
                        </th>
                        <td data-label={t.columnExpertise}>{kind}</td>
                        <td data-label={t.columnLab}>{report.lab?.organisation ?? '–'}</td>
                        <td data-label={t.columnRequester}>
                          {report.requester?.person ?? report.requester?.organisation ?? '–'}
                        </td>
                        <td data-label={t.columnStatus}>
                          <StatusBadge status={report.status} messages={t} />
                        </td>
                        <td className="pps-table__numeric" data-label={t.columnResults}>
                          {report.counts.results}
                          {isNew ? <NewResults report={report} t={t} /> : null}
                        </td>
                        <FindingsCell report={report} t={t} locale={locale} />
                      </tr>
                    );
                  })}
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
