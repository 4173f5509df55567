import { describe, expect, it } from 'vitest';
import { timeTicks } from './time-ticks';

const at = (iso: string) => Date.parse(iso);

describe('the trend’s time axis', () => {
  it('puts a tick on each new year in Oslo over ten years', () => {
    const ticks = timeTicks(at('2016-11-20T10:00:00Z'), at('2026-11-20T10:00:00Z'), 12);
    expect(ticks.map((t) => t.month)).toEqual([
      '2017-01',
      '2018-01',
      '2019-01',
      '2020-01',
      '2021-01',
      '2022-01',
      '2023-01',
      '2024-01',
      '2025-01',
      '2026-01',
    ]);
    expect(ticks.every((t) => t.year)).toBe(true);
    // Oslo's midnight on 1 January: 23:00 UTC the day before.
    expect(new Date(ticks[0]?.at ?? 0).toISOString()).toBe('2016-12-31T23:00:00.000Z');
  });

  it('thins the years to fit a narrow chart', () => {
    const ticks = timeTicks(at('2016-11-20T10:00:00Z'), at('2026-11-20T10:00:00Z'), 4);
    expect(ticks.map((t) => t.month)).toEqual(['2020-01', '2025-01']);
  });

  it('ticks months over a few months, on Oslo’s first of the month (summer time too)', () => {
    const ticks = timeTicks(at('2026-05-10T00:00:00Z'), at('2026-08-20T00:00:00Z'), 6);
    expect(ticks.map((t) => t.month)).toEqual(['2026-06', '2026-07', '2026-08']);
    expect(new Date(ticks[0]?.at ?? 0).toISOString()).toBe('2026-05-31T22:00:00.000Z');
    expect(ticks.some((t) => t.year)).toBe(false);
  });

  it('ticks quarters over two years, a year start marked as such', () => {
    const ticks = timeTicks(at('2025-01-15T00:00:00Z'), at('2026-12-15T00:00:00Z'), 8);
    expect(ticks.map((t) => t.month)).toEqual([
      '2025-04',
      '2025-07',
      '2025-10',
      '2026-01',
      '2026-04',
      '2026-07',
      '2026-10',
    ]);
    expect(ticks.filter((t) => t.year).map((t) => t.month)).toEqual(['2026-01']);
  });

  it('has no tick inside one month, and none for an empty range', () => {
    expect(timeTicks(at('2026-03-02T00:00:00Z'), at('2026-03-20T00:00:00Z'), 6)).toEqual([]);
    expect(timeTicks(at('2026-03-20T00:00:00Z'), at('2026-03-02T00:00:00Z'), 6)).toEqual([]);
  });
});
