'use client';
/** The trend's SVG: the plot with its points, bands, breaks and ticks. */
import { plottedPoints, pointMark, type TrendSegment, type TrendSeries } from '@pps-kit/api-client';
import { type KeyboardEvent, useRef, useState } from 'react';
import { formatAxisMonth, formatDate, formatNumber } from '../shared/format';
import type { Locale } from '../shared/i18n';
import { timeTicks } from '../shared/time-ticks';
import { useWidth } from '../shared/use-width';
import type { LabResultsMessages } from './messages';
import { pointLines } from './trend-words';
import { flagPointing } from './value-words';

/** The chart fills its container's width; this until it is measured, and never less than MIN_WIDTH. */
const WIDTH = 640;
const MIN_WIDTH = 240;
const HEIGHT = 240;
const MARGIN = { top: 24, right: 16, bottom: 28, left: 52 };

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

/**
 * The SVG: reference bands, one line per comparable segment, flagged points, break markers, year or
 * month ticks and the unit on the value axis. Over it, one focusable target per point (one Tab stop,
 * arrow keys between them) with a tooltip: date, value as sent, flag, status, range, lab; Enter or
 * a click opens its report.
 */
export function Plot({
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
  const numeric = plottedPoints(series.points);
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
        // The size again as a style, above any host rule for svg (a reset's `height: auto`).
        style={{ width, height: HEIGHT }}
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
          const points = plottedPoints(segment.points);
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
          // Flagged points are triangles (up for high, down for low), not only another colour.
          const pointing = flagPointing(c);
          if (pointing) {
            const d =
              pointing === 'up'
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
