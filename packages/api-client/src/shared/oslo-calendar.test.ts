/**
 * The Oslo calendar on both changes of daylight saving time (2026: summer time from 29 March
 * 02:00, back on 25 October 03:00) and on ordinary winter and summer days.
 */
import { describe, expect, it } from 'vitest';
import { toCumulativeTable } from '../lab-results/cumulative';
import { toTrendSeries } from '../lab-results/trend';
import {
  isDateOnly,
  OSLO_TIME_ZONE,
  osloBound,
  osloDay,
  osloDayEnd,
  osloDayStart,
  osloInstant,
  osloOffset,
  osloToday,
  osloWallTime,
} from './oslo-calendar';

const utc = (iso: string) => Date.parse(iso);

describe('osloWallTime: an Oslo wall time with the offset Oslo had', () => {
  it.each([
    ['2026-01-15T08:00:00', '2026-01-15T08:00:00+01:00'],
    ['2026-07-01T00:30:00', '2026-07-01T00:30:00+02:00'],
    ['2026-07-01T00:30:00.250', '2026-07-01T00:30:00.250+02:00'],
    // Spring: 02:00 becomes 03:00.
    ['2026-03-29T01:59:59', '2026-03-29T01:59:59+01:00'],
    ['2026-03-29T03:00:00', '2026-03-29T03:00:00+02:00'],
    ['2026-03-29T02:30:00', '2026-03-29T02:30:00+01:00'], // does not exist: the winter offset
    ['2026-03-28T23:30:00', '2026-03-28T23:30:00+01:00'],
    // Autumn: 03:00 becomes 02:00 again; the repeated hour is read as the later (winter) one.
    ['2026-10-25T01:59:00', '2026-10-25T01:59:00+02:00'],
    ['2026-10-25T02:30:00', '2026-10-25T02:30:00+01:00'],
    ['2026-10-25T03:00:00', '2026-10-25T03:00:00+01:00'],
    ['2026-10-24T23:30:00', '2026-10-24T23:30:00+02:00'],
  ])('%s → %s', (local, expected) => {
    expect(osloWallTime(local)).toBe(expected);
  });

  it('is undefined for a value that is not a wall time; such a day has no start', () => {
    expect(osloWallTime('tomorrow')).toBeUndefined();
    expect(osloDayStart('tomorrow')).toBeNaN();
  });
});

describe('osloOffset', () => {
  it.each([
    ['2026-03-29T00:59:59Z', '+01:00'],
    ['2026-03-29T01:00:00Z', '+02:00'],
    ['2026-10-25T00:59:59Z', '+02:00'],
    ['2026-10-25T01:00:00Z', '+01:00'],
  ])('at %s is %s', (instant, offset) => {
    expect(osloOffset(utc(instant))).toBe(offset);
  });
});

describe('osloDay: the Oslo day of a time', () => {
  it.each([
    ['2026-07-01T00:30:00+02:00', '2026-07-01'], // the sample a fixed +01:00 put on 30 June
    ['2026-06-30T22:30:00Z', '2026-07-01'],
    ['2026-06-30T21:59:59Z', '2026-06-30'],
    ['2026-01-01T00:30:00+01:00', '2026-01-01'],
    ['2025-12-31T23:30:00Z', '2026-01-01'],
    ['2026-03-29T00:30:00Z', '2026-03-29'],
    ['2026-10-25T23:30:00Z', '2026-10-26'],
    ['2026-10-25T22:59:59Z', '2026-10-25'],
    ['2026-07-01', '2026-07-01'],
    ['not a time', ''],
  ])('%s is on %s', (value, day) => {
    expect(osloDay(value)).toBe(day);
  });
});

describe('Oslo days: start, end and length', () => {
  it.each([
    ['2026-01-15', '2026-01-14T23:00:00.000Z', '2026-01-15T22:59:59.999Z', 24],
    ['2026-07-01', '2026-06-30T22:00:00.000Z', '2026-07-01T21:59:59.999Z', 24],
    ['2026-03-29', '2026-03-28T23:00:00.000Z', '2026-03-29T21:59:59.999Z', 23],
    ['2026-10-25', '2026-10-24T22:00:00.000Z', '2026-10-25T22:59:59.999Z', 25],
    ['2026-12-31', '2026-12-30T23:00:00.000Z', '2026-12-31T22:59:59.999Z', 24],
  ])('%s runs from %s to %s (%s hours)', (day, start, end, hours) => {
    expect(new Date(osloDayStart(day)).toISOString()).toBe(start);
    expect(new Date(osloDayEnd(day)).toISOString()).toBe(end);
    expect((osloDayEnd(day) + 1 - osloDayStart(day)) / 3_600_000).toBe(hours);
  });

  it('bounds a window: a date is its whole day, a time an instant, nothing is no bound', () => {
    expect(osloBound('2026-07-01', false)).toBe(utc('2026-06-30T22:00:00Z'));
    expect(osloBound('2026-07-01', true)).toBe(utc('2026-07-01T21:59:59.999Z'));
    expect(osloBound('2026-07-01T10:00:00+02:00', true)).toBe(utc('2026-07-01T08:00:00Z'));
    expect(osloBound(undefined, false)).toBeUndefined();
    expect(osloBound('', true)).toBeUndefined();
    expect(osloBound('soon', true)).toBeUndefined();
  });

  it('a date is its day’s first instant; a time is itself', () => {
    expect(osloInstant('2026-07-01')).toBe(utc('2026-06-30T22:00:00Z'));
    expect(osloInstant('2026-07-01T00:30:00+02:00')).toBe(utc('2026-06-30T22:30:00Z'));
    expect(isDateOnly('2026-07-01')).toBe(true);
    expect(isDateOnly('2026-07-01T00:00')).toBe(false);
    expect(isDateOnly('12026-07-01')).toBe(false);
    expect(isDateOnly('2026-07-011')).toBe(false);
    expect(OSLO_TIME_ZONE).toBe('Europe/Oslo');
  });

  it('today is Oslo’s date', () => {
    expect(osloToday(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(osloToday(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
  });
});

describe('the flowsheet and trend windows keep a summer sample taken 00:00–00:59 on its day', () => {
  const report = (sampleTime: string) =>
    ({
      id: sampleTime,
      status: 'final',
      sampleTime,
      performers: [],
      specimens: [],
      repeatCopies: 0,
      comments: [],
      clinicalInfo: [],
      counts: { results: 1, abnormal: 0, abnormalComputed: 0 },
      raw: { resourceType: 'DiagnosticReport', id: sampleTime, status: 'final', code: {} },
      results: [
        {
          id: `o-${sampleTime}`,
          name: 'P-Kalium',
          nlk: 'NPU03230',
          codes: [],
          status: 'final',
          value: { kind: 'quantity', value: 4.1, unit: 'mmol/L' },
          unit: 'mmol/L',
          range: { text: undefined, kind: 'empty' },
          ranges: [],
          classification: { class: 'unknown', source: 'none', reason: 'no-range' },
          comments: [],
          structured: [],
          method: [],
          performers: [],
          history: false,
          members: [],
        },
      ],
    }) as never;

  it.each([
    ['summer, 00:30', '2026-07-01T00:30:00+02:00', '2026-07-01'],
    ['summer, 23:30', '2026-07-01T23:30:00+02:00', '2026-07-01'],
    ['winter, 00:30', '2026-01-15T00:30:00+01:00', '2026-01-15'],
    ['the short spring day, 23:59', '2026-03-29T23:59:00+02:00', '2026-03-29'],
    ['the long autumn day, 23:30', '2026-10-25T23:30:00+01:00', '2026-10-25'],
  ])('%s is inside its day and outside the next and the day before', (_name, time, day) => {
    const next = new Date(`${day}T12:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    const before = new Date(`${day}T12:00:00Z`);
    before.setUTCDate(before.getUTCDate() - 1);
    const rows = (from: string, to: string) => toCumulativeTable([report(time)], { from, to }).rows.length;
    expect(rows(day, day)).toBe(1);
    expect(rows(next.toISOString().slice(0, 10), next.toISOString().slice(0, 10))).toBe(0);
    expect(rows(before.toISOString().slice(0, 10), before.toISOString().slice(0, 10))).toBe(0);
    const points = (from: string, to: string) =>
      toTrendSeries([report(time)], 'NPU03230', { from, to }).points.length;
    expect(points(day, day)).toBe(1);
    expect(points(next.toISOString().slice(0, 10), next.toISOString().slice(0, 10))).toBe(0);
  });
});
