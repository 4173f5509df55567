'use client';
import {
  isComputedFlag,
  isPlotted,
  pointMark,
  type TrendSegment,
  type TrendSeries,
  toTrendSeries,
  trendAnalyses,
} from '@pps-kit/api-client';
import { useId, useMemo } from 'react';
import { usePpsContext } from '../provider/pps-provider';
import type { DataStateKind } from '../shared/data-state';
import { formatDateTime, formatRangeText } from '../shared/format';
import type { MessageOverrides } from '../shared/i18n';
import { type DataStateMessages, dataStateMessages, fill } from '../shared/messages';
import { useControllableState } from '../shared/use-controllable';
import { useMergedMessages } from '../shared/use-messages';
import { ViewBoundary } from '../shared/view-boundary';
import { ViewFrame } from '../shared/view-frame';
import { type LabResultsMessages, labResultsMessages } from './messages';
import { PagesStatus, pagesState } from './pages-status';
import { ResultFlag, StatusBadge } from './result-parts';
import { Plot } from './trend-plot';
import { breakText, pointValue } from './trend-words';
import { useLabReportPages } from './use-lab-report-pages';

const WINDOWS = [1, 3, 5, 10] as const;

/** The windows the chart offers, in years back from the newest result; `0` is all. */
export type TrendYears = 0 | 1 | 3 | 5 | 10;

export interface TrendChartProps {
  /**
   * The analysis shown, held by the host (NLK code, or the code the flowsheet keys rows on): give
   * it with `onCodeChange`, which is called when the user chooses another in the list.
   */
  code?: string | undefined;
  /**
   * The analysis shown at first, when the host does not hold it; the user can choose another.
   * @default the first analysis of the patient's results (by name)
   */
  defaultCode?: string | undefined;
  /** Called with the code of the analysis the user chooses. */
  onCodeChange?: ((code: string) => void) | undefined;
  /** Called with a point's report id when the user opens it from the table. */
  onReportOpen?: ((reportId: string) => void) | undefined;
  /**
   * Years shown at first (from the newest result back), or `0` for all, when the host does not
   * hold the window.
   * @default 0
   */
  defaultYears?: TrendYears | undefined;
  /** The window in years, held by the host (with `onYearsChange`); `0` is all. */
  years?: TrendYears | undefined;
  /** Called when the user chooses another window. */
  onYearsChange?: ((years: TrendYears) => void) | undefined;
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

const YEAR = 365.25 * 86_400_000;

/**
 * One analysis over time as SVG: the reference band, flagged points, a numbered marker with an
 * explanation wherever the lab, the unit or the range changes, a one-line summary, and the values
 * as a table.
 *
 * Embed it inside `<PpsProvider>` (it gives the clients, the patient, locale and theme), with
 * `import '@pps-kit/react/styles.css'` once in the host:
 *
 * ```tsx
 * <PpsProvider client={pps} ptsClient={pts} parekClient={parek} patient={patient} locale="nb">
 *   <TrendChart defaultCode="NPU04998" onReportOpen={(id) => setOpenReport(id)} />
 * </PpsProvider>
 * ```
 */
export function TrendChart(props: TrendChartProps) {
  return (
    <ViewBoundary className={props.className}>
      <TrendChartBody {...props} />
    </ViewBoundary>
  );
}

function TrendChartBody({
  code: codeProp,
  defaultCode = '',
  onCodeChange,
  onReportOpen,
  years: yearsProp,
  defaultYears = 0,
  onYearsChange,
  headingLevel = 2,
  messages,
  elevatedAccessBanner = true,
  className,
}: TrendChartProps) {
  const { patient, locale } = usePpsContext();
  const t = useMergedMessages(dataStateMessages, labResultsMessages, messages);
  const pages = useLabReportPages();
  const id = useId();
  const [chosen, setCode] = useControllableState({
    value: codeProp,
    defaultValue: defaultCode,
    onChange: onCodeChange,
  });
  const [years, setYears] = useControllableState<TrendYears>({
    value: yearsProp,
    defaultValue: defaultYears,
    onChange: onYearsChange,
  });

  const reports = pages.model?.reports;
  const analyses = useMemo(() => (reports ? trendAnalyses(reports) : []), [reports]);
  // No analysis given: the first the patient has.
  const code = chosen || (analyses[0]?.code ?? '');
  const all = useMemo(() => (reports ? toTrendSeries(reports, code) : undefined), [reports, code]);
  const newest = all?.points.at(-1)?.at;
  const from = years > 0 && newest !== undefined ? new Date(newest - years * YEAR).toISOString() : undefined;
  const series = useMemo(
    () => (reports ? (from ? toTrendSeries(reports, code, { from }) : all) : undefined),
    [reports, code, from, all],
  );

  const pending = pagesState(pages, patient !== null);
  // The series is computed from the reports once they are in: until then the view is loading.
  const state: DataStateKind | { kind: 'data'; series: TrendSeries } =
    pending ?? (series ? { kind: 'data', series } : { kind: 'loading' });

  const found = [series?.name, analyses.find((a) => a.code === code)?.name].find((n) => n && n !== code);
  const name = found ?? code;
  // The heading names the analysis, never a bare code (before the results are in, or when the
  // patient has none for it).
  const heading = found ? fill(t.trendHeading, { analysis: found }) : t.trendHeadingUnnamed;
  const summary = series?.summary;
  const summaryText =
    !summary || summary.direction === 'too-few'
      ? t.trendTooFew
      : fill(t.trendSummary, { direction: summary.direction, count: summary.count });
  const hasNumbers = (series?.points ?? []).some(isPlotted);

  return (
    <ViewFrame
      view="pps-trend"
      className={className}
      headingId={`${id}-heading`}
      heading={heading}
      headingLevel={headingLevel}
      elevatedAccessBanner={elevatedAccessBanner}
      state={state}
      messages={t}
    >
      {({ series }) => (
        <>
          <div className="pps-toolbar">
            <label className="pps-field">
              {t.chooseAnalysis}
              <select value={code} onChange={(event) => setCode(event.target.value)}>
                {analyses.some((a) => a.code === code) ? null : <option value={code}>{name}</option>}
                {analyses.map((analysis) => (
                  <option key={analysis.code} value={analysis.code}>
                    {analysis.name}
                  </option>
                ))}
              </select>
            </label>
            <fieldset className="pps-segmented">
              <legend>{t.trendWindow}</legend>
              {[...WINDOWS, 0 as const].map((option) => (
                <label key={option}>
                  <input
                    type="radio"
                    name={`${id}-window`}
                    checked={years === option}
                    onChange={() => setYears(option)}
                  />{' '}
                  {option === 0 ? t.windowAll : fill(t.windowYears, { years: option })}
                </label>
              ))}
            </fieldset>
          </div>
          <PagesStatus pages={pages} messages={t} locale={locale} />
          <p id={`${id}-summary`} className="pps-trend__summary">
            {hasNumbers ? summaryText : t.trendNoValues}
          </p>
          {hasNumbers ? (
            <Plot
              series={series}
              locale={locale}
              title={`${heading}. ${summaryText}`}
              t={t}
              onReportOpen={onReportOpen}
            />
          ) : null}
          {series.points.some((p) => isPlotted(p) && pointMark(p)) ? (
            <p className="pps-note" data-note="marks">
              {t.trendMarks}
            </p>
          ) : null}
          {series.points.some(isComputedFlag) ? (
            <p className="pps-note" data-note="computed">
              {t.flagNoteComputed}
            </p>
          ) : null}
          {series.segments.length > 1 ? (
            <ol className="pps-trend__breaks">
              {series.segments.slice(1).map((segment, index) => (
                <li key={segment.points[0]?.reportId ?? index}>
                  {breakText(segment, series.segments[index] as TrendSegment, index + 1, locale, t)}
                </li>
              ))}
            </ol>
          ) : null}
          {series.points.length > 0 ? (
            <details className="pps-trend__table">
              <summary>{t.trendTable}</summary>
              <table className="pps-table">
                <caption className="pps-visually-hidden">{name}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.columnSampleTime}</th>
                    <th scope="col">{t.columnValue}</th>
                    <th scope="col">{t.columnUnit}</th>
                    <th scope="col">{t.columnFlag}</th>
                    <th scope="col">{t.columnRange}</th>
                    <th scope="col">{t.columnLab}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...series.points].reverse().map((point) => (
                    <tr
                      key={`${point.reportId}-${point.at}`}
                      data-status={point.status}
                      data-void={point.void || undefined}
                    >
                      <th scope="row">
                        {onReportOpen ? (
                          <button
                            type="button"
                            className="pps-link-button"
                            onClick={() => onReportOpen(point.reportId)}
                          >
                            {formatDateTime(point.time, locale)}
                          </button>
                        ) : (
                          formatDateTime(point.time, locale)
                        )}
                      </th>
                      <td className="pps-value" data-label={t.columnValue}>
                        {pointValue(point, locale)}
                      </td>
                      <td data-label={t.columnUnit}>{point.unit}</td>
                      <td data-label={t.columnFlag}>
                        {point.void ? (
                          <StatusBadge status={point.status} messages={t} />
                        ) : (
                          <>
                            <ResultFlag classification={point.classification} messages={t} />
                            {point.status !== 'final' ? (
                              <>
                                {' '}
                                <StatusBadge status={point.status} messages={t} />
                              </>
                            ) : null}
                          </>
                        )}
                      </td>
                      <td data-label={t.columnRange}>
                        {point.range.text ? formatRangeText(point.range.text, locale) : ''}
                      </td>
                      <td data-label={t.columnLab}>{point.lab ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          ) : null}
        </>
      )}
    </ViewFrame>
  );
}
