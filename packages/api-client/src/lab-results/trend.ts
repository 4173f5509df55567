/**
 * One analysis over time, split into segments wherever the values stop being comparable: another
 * lab, another unit, or another reference range. Views mark each break and say why.
 */

import type { NilarObservationStatus } from '../shared/fhir';
import { osloBound, osloInstant } from '../shared/oslo-calendar';
import type { Classification } from './classify';
import { toCumulativeTable } from './cumulative';
import { codeOf, unitOf } from './flowsheet-facts';
import type { LabReport, LabResult } from './model';
import type { ParsedRange } from './reference-range';
import { isVoidResult, sameUnit } from './truth';

export interface TrendPoint {
  time: string;
  at: number;
  /** The number, for quantities; `undefined` for text results (shown in the table only). */
  value: number | undefined;
  comparator?: '<' | '<=' | '>=' | '>';
  /** The number as the lab wrote it ("14.0"), where `value` alone would lose its digits. */
  numberText?: string;
  /** The value as text, for results that are not numbers. */
  text?: string;
  unit: string;
  range: ParsedRange;
  classification: Classification;
  status: NilarObservationStatus;
  lab: string | undefined;
  reportId: string;
  /**
   * Cancelled or entered in error (the result or its report): listed, struck through, with its
   * status, but never plotted, summarised or joined to a segment.
   */
  void: boolean;
}

export type TrendBreak = 'lab' | 'unit' | 'range';

export interface TrendSegment {
  points: TrendPoint[];
  lab: string | undefined;
  unit: string;
  range: ParsedRange;
  /** Why this segment is not comparable with the one before it (empty for the first). */
  breaks: TrendBreak[];
}

export type TrendDirection = 'rising' | 'falling' | 'stable' | 'variable' | 'too-few';

export interface TrendSeries {
  code: string;
  /** The analysis name, as the latest lab named it. */
  name: string;
  /** Oldest first, void ones included (for the table). */
  points: TrendPoint[];
  /** The points that may be used (never void), in comparable segments. */
  segments: TrendSegment[];
  /** How the last comparable results move, and how many it looked at. */
  summary: { direction: TrendDirection; count: number };
}

export interface TrendOptions {
  /** Only samples from this time on (`2026-01-01` or ISO 8601). */
  from?: string;
  /** Only samples until this time (a date includes its whole day). */
  to?: string;
}

/** A window bound: a date is a whole Oslo calendar day (summer time included). */
const at = (value: string | undefined, end = false) => osloBound(value, end);

/** How the last up to `n` numbers of a segment move. */
export function summarise(points: readonly TrendPoint[], n = 3): TrendSeries['summary'] {
  const values = points
    .filter((p) => p.value !== undefined && p.comparator === undefined)
    .slice(-n)
    .map((p) => p.value as number);
  if (values.length < 2) return { direction: 'too-few', count: values.length };
  const steps = values.slice(1).map((v, i) => v - (values[i] as number));
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const spread = Math.max(...values) - Math.min(...values);
  // Changes within 5 % of the level are noise for this purpose.
  if (spread <= Math.abs(mean) * 0.05) return { direction: 'stable', count: values.length };
  if (steps.every((step) => step > 0)) return { direction: 'rising', count: values.length };
  if (steps.every((step) => step < 0)) return { direction: 'falling', count: values.length };
  return { direction: 'variable', count: values.length };
}

/**
 * The series of analysis `code` (an NLK code, or the code `toCumulativeTable` keys rows on) across
 * `reports`, oldest first, in comparable segments.
 */
export function toTrendSeries(
  reports: readonly LabReport[],
  code: string,
  options: TrendOptions = {},
): TrendSeries {
  const from = at(options.from);
  const to = at(options.to, true);
  const points: TrendPoint[] = [];
  const seen = new Set<number>();
  let name = code;

  const walk = (report: LabReport, result: LabResult) => {
    if ((result.nlk === code || codeOf(result) === code) && !result.susceptibility) {
      const time = result.effective ?? report.sampleTime;
      const when = time ? osloInstant(time) : Number.NaN;
      // Reports come newest first: the first result for a sample time is the latest issued.
      if (
        time &&
        !Number.isNaN(when) &&
        !seen.has(when) &&
        (from === undefined || when >= from) &&
        (to === undefined || when <= to)
      ) {
        seen.add(when);
        if (points.length === 0) name = result.name;
        const value = result.value;
        points.push({
          time,
          at: when,
          value: value.kind === 'quantity' ? value.value : undefined,
          ...(value.kind === 'quantity' && value.comparator ? { comparator: value.comparator } : {}),
          ...(value.kind === 'quantity' && value.text ? { numberText: value.text } : {}),
          ...(value.kind === 'text' ? { text: value.text } : {}),
          unit: unitOf(result),
          range: result.range,
          classification: result.classification,
          status: result.status,
          lab: report.lab?.organisation,
          reportId: report.id,
          void: isVoidResult(result, report),
        });
      }
    }
    for (const member of result.members) walk(report, member);
  };
  for (const report of reports) for (const result of report.results) walk(report, result);
  points.sort((a, b) => a.at - b.at);

  const segments: TrendSegment[] = [];
  for (const point of points) {
    if (point.void) continue;
    const last = segments.at(-1);
    const breaks: TrendBreak[] = [];
    if (last) {
      if (point.lab !== last.lab) breaks.push('lab');
      // "µmol/L" and "umol/L" are one unit; "mg/dL" after "mmol/L" is not.
      if (!sameUnit(point.unit, last.unit)) breaks.push('unit');
      if ((point.range.text ?? '').trim() !== (last.range.text ?? '').trim()) breaks.push('range');
    }
    if (!last || breaks.length > 0) {
      segments.push({ points: [point], lab: point.lab, unit: point.unit, range: point.range, breaks });
    } else {
      last.points.push(point);
    }
  }

  return { code, name, points, segments, summary: summarise(segments.at(-1)?.points ?? []) };
}

/** Whether a point is drawn on the chart: a number that may be used (never a cancelled value). */
export const isPlotted = (point: Pick<TrendPoint, 'value' | 'void'>): boolean =>
  point.value !== undefined && !point.void;

/** The points drawn on the chart, in the order given: numbers that may be used, never void. */
export const plottedPoints = (points: readonly TrendPoint[]): TrendPoint[] => points.filter(isPlotted);

/**
 * How a drawn point is marked: a value that may still change (registered, preliminary), or one
 * the lab changed after it was first given (amended, corrected). Final values carry no mark.
 */
export function pointMark(point: Pick<TrendPoint, 'status'>): 'preliminary' | 'changed' | undefined {
  switch (point.status) {
    case 'registered':
    case 'preliminary':
      return 'preliminary';
    case 'amended':
    case 'corrected':
      return 'changed';
    default:
      return undefined;
  }
}

/** Whether pps-kit, not the lab, flagged the point (outside the range the lab sent). */
export const isComputedFlag = (point: Pick<TrendPoint, 'classification' | 'void'>): boolean =>
  !point.void &&
  point.classification.source === 'computed' &&
  point.classification.class !== 'normal' &&
  point.classification.class !== 'unknown';

/**
 * The analyses a trend can show: one per flowsheet row code that has at least one number, named
 * as the flowsheet names it, in Norwegian alphabetical order.
 */
export function trendAnalyses(reports: readonly LabReport[]): { code: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const row of toCumulativeTable(reports).rows) {
    if (seen.has(row.code)) continue;
    for (const cell of row.cells.values()) {
      if (cell.value.kind === 'quantity') {
        seen.set(row.code, row.name);
        break;
      }
    }
  }
  return [...seen].map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}
