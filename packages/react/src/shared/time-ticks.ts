/**
 * The trend's time axis: ticks on the first of a month or a year in Oslo, as many as fit. Ten
 * years get one per year ("2019"), two years one per quarter, a few months one per month
 * ("mar. 2026"); never more than `max`.
 */
import { osloDay, osloDayStart } from '@pps-kit/api-client';

export interface TimeTick {
  /** The tick's instant, ms: the first moment of its month or year in Oslo. */
  at: number;
  /** Whether it starts a year: labelled with the year alone. */
  year: boolean;
  /** `2026-03`: the month it starts. */
  month: string;
}

/** Steps in months, smallest first. */
const STEPS = [1, 2, 3, 6, 12, 24, 60, 120] as const;

/** Months from January of year 0: `2026-03` → 2026 × 12 + 2. */
const monthIndex = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;

const monthKey = (index: number) =>
  `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;

/** Ticks inside [from, to] (ms), at most `max` of them. */
export function timeTicks(from: number, to: number, max: number): TimeTick[] {
  if (!(to >= from) || max < 1) return [];
  const first = monthIndex(osloDay(new Date(from).toISOString()));
  const last = monthIndex(osloDay(new Date(to).toISOString()));
  for (const step of STEPS) {
    // Years step from January, months from a multiple of the step (quarters start in Jan, Apr …).
    const start = Math.ceil(first / step) * step;
    const ticks: TimeTick[] = [];
    for (let index = start; index <= last + 1; index += step) {
      const month = monthKey(index);
      const at = osloDayStart(`${month}-01`);
      if (at >= from && at <= to) ticks.push({ at, year: index % 12 === 0, month });
    }
    if (ticks.length <= max) return ticks;
  }
  return [];
}
