'use client';
import {
  isComputedFlag,
  isPlotted,
  pointMark,
  type TrendPoint,
  type TrendSegment,
  type TrendSeries,
  toTrendSeries,
  trendAnalyses,
} from '@pps-kit/api-client';
import { type KeyboardEvent, useId, useMemo, useRef, useState } from 'react';
import { usePpsContext } from '../provider/pps-provider';
import type { DataStateKind } from '../shared/data-state';
import {
  formatAxisMonth,
  formatDate,
  formatDateTime,
  formatLabNumber,
  formatNumber,
  formatRangeText,
} from '../shared/format';
import type { Locale, MessageOverrides } from '../shared/i18n';
import { type DataStateMessages, dataStateMessages, fill } from '../shared/messages';
import { timeTicks } from '../shared/time-ticks';
import { useControllableState } from '../shared/use-controllable';
import { useMergedMessages } from '../shared/use-messages';
import { useWidth } from '../shared/use-width';
import { ViewBoundary } from '../shared/view-boundary';
import { ViewFrame } from '../shared/view-frame';
import { type LabResultsMessages, labResultsMessages } from './messages';
import { PagesStatus, pagesState } from './pages-status';
import { flagWords, ResultFlag, StatusBadge } from './result-parts';
import { useLabReportPages } from './use-lab-report-pages';

/** The chart fills its container's width; this until it is measured, and never less than MIN_WIDTH. */
const WIDTH = 640;
const MIN_WIDTH = 240;
const HEIGHT = 240;
const MARGIN = { top: 24, right: 16, bottom: 28, left: 52 };
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

function niceTicks(min: number, max: number, count = 4): number[] {
  const span = max - min || Math.abs(max) || 1;
  const step = 10 ** Math.floor(Math.log10(span / count));
  const factor = [1, 2, 2.5, 5, 10].find((f) => span / (f * step) <= count) ?? 10;
  const size = factor * step;
  const ticks: number[] = [];
  for (let v = Math.ceil(min / size) * size; v <= max + size * 1e-9; v += size)
    ticks.push(Number(v.toFixed(10)));
  return ticks;
}

/** A point's status, as marked on the chart: preliminary and changed values look different. */
/** A point in words: the tooltip's lines and the point's accessible name. */
function pointLines(point: TrendPoint, locale: Locale, t: LabResultsMessages): string[] {
  const flag = flagWords(point.classification, t);
  return [
    formatDateTime(point.time, locale),
    `${pointValue(point, locale)}${point.unit ? ` ${point.unit}` : ''}${flag ? ` (${flag})` : ''}`,
    ...(point.status !== 'final' ? [t.statusLabels[point.status]] : []),
    ...(point.range.text ? [fill(t.cellRange, { range: formatRangeText(point.range.text, locale) })] : []),
    ...(point.lab ? [point.lab] : []),
  ];
}

/**
 * The SVG: reference bands, one line per comparable segment, flagged points, break markers, year or
 * month ticks and the unit on the value axis. Over it, one focusable target per point (one Tab stop,
 * arrow keys between them) with a tooltip: date, value as sent, flag, status, range, lab; Enter or
 * a click opens its report.
 */
function Plot({
  series,
  locale,
  title,
  t,
  onReportOpen,
}: {
  series: TrendSeries;
  locale: Locale;
  /** What the chart shows, in words: its accessible name. */
  title: string;
  t: LabResultsMessages;
  onReportOpen?: ((reportId: string) => void) | undefined;
}) {
  const frame = useRef<HTMLDivElement>(null);
  const width = Math.max(MIN_WIDTH, useWidth(frame, WIDTH));
  const [active, setActive] = useState(-1);
  const [shown, setShown] = useState<number | undefined>(undefined);
  const targets = useRef<(HTMLElement | null)[]>([]);
  // Only values that may be used are plotted: cancelled and entered-in-error ones never.
  const numeric = series.points.filter(isPlotted);
  const times = numeric.map((p) => p.at);
  const bounds = series.segments
    .flatMap((s) => [s.range.low, s.range.high])
    .filter((v): v is number => v !== undefined);
  const values = [...numeric.map((p) => p.value as number), ...bounds];
  const minY = Math.min(...values);
  const maxY = Math.max(...values);
  const pad = (maxY - minY || Math.abs(maxY) || 1) * 0.1;
  const y0 = minY - pad;
  const y1 = maxY + pad;
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const innerW = width - MARGIN.left - MARGIN.right;
  const innerH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (at: number) => MARGIN.left + (t1 === t0 ? innerW / 2 : ((at - t0) / (t1 - t0)) * innerW);
  const y = (v: number) => MARGIN.top + innerH - ((v - y0) / (y1 - y0)) * innerH;
  const ticks = niceTicks(y0, y1);
  const xTicks = timeTicks(t0, t1, Math.max(1, Math.floor(innerW / 72)));
  // The unit on the value axis: one per comparable segment shown (a unit change is a break).
  const units = [...new Set(series.segments.map((segment) => segment.unit).filter(Boolean))].join(' / ');
  const current = active >= 0 && active < numeric.length ? active : numeric.length - 1;

  const segmentEnd = (segment: TrendSegment, index: number) => {
    const next = series.segments[index + 1]?.points[0];
    return next ? x(next.at) : x(segment.points.at(-1)?.at ?? t1);
  };

  const focusPoint = (index: number) => {
    const next = Math.max(0, Math.min(numeric.length - 1, index));
    setActive(next);
    setShown(next);
    targets.current[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>, index: number) => {
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowUp: index + 1,
      ArrowLeft: index - 1,
      ArrowDown: index - 1,
      Home: 0,
      End: numeric.length - 1,
    };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      focusPoint(next);
    } else if (event.key === 'Escape') setShown(undefined);
  };
  const tip = shown === undefined ? undefined : numeric[shown];

  return (
    <div ref={frame} className="pps-trend__frame">
      <svg
        className="pps-trend__plot"
        width={width}
        height={HEIGHT}
        viewBox={`0 0 ${width} ${HEIGHT}`}
        role="img"
      >
        <title>{title}</title>
        {series.segments.map((segment, index) => {
          const { low, high } = segment.range;
          if (low === undefined && high === undefined) return null;
          const top = high !== undefined ? y(high) : MARGIN.top;
          const bottom = low !== undefined ? y(low) : MARGIN.top + innerH;
          const left = x(segment.points[0]?.at ?? t0);
          return (
            <rect
              key={`band-${segment.points[0]?.reportId ?? index}`}
              className="pps-trend__band"
              x={left}
              y={Math.max(MARGIN.top, top)}
              width={Math.max(2, segmentEnd(segment, index) - left)}
              height={Math.max(0, Math.min(MARGIN.top + innerH, bottom) - Math.max(MARGIN.top, top))}
            />
          );
        })}
        {ticks.map((tick) => (
          <g key={tick}>
            <line
              className="pps-trend__grid"
              x1={MARGIN.left}
              x2={width - MARGIN.right}
              y1={y(tick)}
              y2={y(tick)}
            />
            <text className="pps-trend__tick" x={MARGIN.left - 6} y={y(tick) + 4} textAnchor="end">
              {formatNumber(tick, locale)}
            </text>
          </g>
        ))}
        {units ? (
          <text className="pps-trend__unit" x={4} y={12}>
            {units}
          </text>
        ) : null}
        {xTicks.map((tick) => (
          <g key={tick.month} className="pps-trend__xtick" data-year={tick.year || undefined}>
            <line x1={x(tick.at)} x2={x(tick.at)} y1={MARGIN.top + innerH} y2={MARGIN.top + innerH + 4} />
            <text className="pps-trend__tick" x={x(tick.at)} y={HEIGHT - 8} textAnchor="middle">
              {formatAxisMonth(tick.month, tick.year, locale)}
            </text>
          </g>
        ))}
        {xTicks.length === 0 ? (
          <text
            className="pps-trend__tick"
            x={x(t0)}
            y={HEIGHT - 8}
            textAnchor={t1 === t0 ? 'middle' : 'start'}
          >
            {formatDate(new Date(t0).toISOString(), locale)}
          </text>
        ) : null}
        {series.segments.map((segment, index) => {
          const points = segment.points.filter(isPlotted);
          return (
            <polyline
              key={`line-${segment.points[0]?.reportId ?? index}`}
              className="pps-trend__line"
              points={points.map((p) => `${x(p.at)},${y(p.value as number)}`).join(' ')}
            />
          );
        })}
        {series.segments.slice(1).map((segment, index) => {
          const at = x(segment.points[0]?.at ?? t0);
          return (
            <g key={`break-${segment.points[0]?.reportId ?? index}`} className="pps-trend__break">
              <line x1={at} x2={at} y1={MARGIN.top - 8} y2={MARGIN.top + innerH} />
              <rect x={at - 8} y={2} width={16} height={16} rx={3} />
              <text x={at} y={14} textAnchor="middle">
                {index + 1}
              </text>
            </g>
          );
        })}
        {numeric.map((point, index) => {
          const cx = x(point.at);
          const cy = y(point.value as number);
          const c = point.classification;
          const mark = pointMark(point);
          const cls = [
            'pps-trend__point',
            c.source === 'computed' ? 'pps-trend__point--computed' : '',
            mark ? `pps-trend__point--${mark}` : '',
            index === shown ? 'pps-trend__point--active' : '',
          ]
            .filter(Boolean)
            .join(' ');
          const ring =
            mark === 'changed' ? <circle className="pps-trend__ring" cx={cx} cy={cy} r={8} /> : null;
          if (c.class === 'high' || c.class === 'low' || c.class === 'outside' || c.class === 'critical') {
            // Flagged points are triangles (up for high, down for low), not only another colour.
            const up = c.class === 'high' || (c.class === 'critical' && c.direction !== 'low');
            const d = up
              ? `M${cx},${cy - 6} L${cx + 6},${cy + 5} L${cx - 6},${cy + 5} Z`
              : `M${cx},${cy + 6} L${cx + 6},${cy - 5} L${cx - 6},${cy - 5} Z`;
            return (
              <g key={`${point.reportId}-${point.at}`}>
                {ring}
                <path className={`${cls} pps-trend__point--flagged`} d={d} />
              </g>
            );
          }
          return (
            <g key={`${point.reportId}-${point.at}`}>
              {ring}
              <circle className={cls} cx={cx} cy={cy} r={4} />
            </g>
          );
        })}
      </svg>
      {/* biome-ignore lint/a11y/useSemanticElements: a group of the chart's points, not a form */}
      <div className="pps-trend__targets" role="group" aria-label={t.trendPoints}>
        {numeric.map((point, index) => {
          const lines = pointLines(point, locale, t);
          const name = [...lines, ...(onReportOpen ? [t.trendPointOpen] : [])].join('. ');
          const common = {
            ref: (element: HTMLElement | null) => {
              targets.current[index] = element;
            },
            className: 'pps-trend__target',
            style: { left: x(point.at) - 12, top: y(point.value as number) - 12 },
            tabIndex: index === current ? 0 : -1,
            'aria-label': name,
            'data-mark': pointMark(point),
            onFocus: () => {
              setActive(index);
              setShown(index);
            },
            onBlur: () => setShown(undefined),
            onPointerEnter: () => setShown(index),
            onPointerLeave: () => setShown((open) => (open === index ? undefined : open)),
            onKeyDown: (event: KeyboardEvent<HTMLElement>) => onKeyDown(event, index),
          };
          return onReportOpen ? (
            <button
              key={`${point.reportId}-${point.at}`}
              type="button"
              {...common}
              onClick={() => onReportOpen(point.reportId)}
            />
          ) : (
            <span key={`${point.reportId}-${point.at}`} role="img" {...common} />
          );
        })}
      </div>
      {tip ? (
        <div
          className="pps-trend__tooltip"
          aria-hidden="true"
          data-side={x(tip.at) > width / 2 ? 'left' : 'right'}
          style={{ left: x(tip.at), top: y(tip.value as number) }}
        >
          {pointLines(tip, locale, t).map((line, index) => (
            <span key={index} className={index === 1 ? 'pps-trend__tooltip-value' : undefined}>
              {line}
            </span>
          ))}
          {onReportOpen ? <span className="pps-trend__tooltip-hint">{t.trendPointOpen}</span> : null}
        </div>
      ) : null}
    </div>
  );
}

function breakText(
  segment: TrendSegment,
  previous: TrendSegment,
  number: number,
  locale: Locale,
  t: LabResultsMessages,
) {
  const change = (from: string | undefined, to: string | undefined) =>
    fill(t.breakChange, { from: from || '–', to: to || '–' });
  const reasons = segment.breaks.map((reason) =>
    reason === 'lab'
      ? `${t.breakLab} (${change(previous.lab, segment.lab)})`
      : reason === 'unit'
        ? `${t.breakUnit} (${change(previous.unit, segment.unit)})`
        : `${t.breakRange} (${change(
            previous.range.text && formatRangeText(previous.range.text, locale),
            segment.range.text && formatRangeText(segment.range.text, locale),
          )})`,
  );
  return fill(t.trendBreak, {
    number,
    time: formatDate(segment.points[0]?.time ?? '', locale),
    reasons: reasons.join(', '),
  });
}

function pointValue(point: TrendPoint, locale: Locale) {
  if (point.value !== undefined)
    return `${point.comparator ?? ''}${formatLabNumber(point.value, point.numberText, locale)}`;
  return point.text ?? '';
}

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
      : `${{ rising: t.trendRising, falling: t.trendFalling, stable: t.trendStable, variable: t.trendVariable }[summary.direction]} ${fill(t.trendOver, { count: summary.count })}`;
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
