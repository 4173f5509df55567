import { describe, expect, it } from 'vitest';
import {
  formatAxisMonth,
  formatDate,
  formatDateTime,
  formatNumber,
  formatNumberText,
  formatRangeText,
  formatTime,
} from './format';

describe('formatDateTime', () => {
  it('shows Oslo time whatever zone the value was written in', () => {
    expect(formatDateTime('2026-11-20T07:15:00Z', 'nb')).toBe('20.11.2026 08:15');
    expect(formatDateTime('2026-07-01T23:30:00+02:00', 'nb')).toBe('01.07.2026 23:30');
  });

  it('crosses midnight by Oslo time, not UTC', () => {
    expect(formatDate('2026-03-10T23:30:00Z', 'nb')).toBe('11.03.2026');
  });

  it('shows a date the lab sent without a time as that date only, never as 01:00 or 02:00', () => {
    expect(formatDateTime('2017-09-20', 'nb')).toBe('20.09.2017');
    expect(formatDateTime('2017-01-20', 'en')).toBe('20/01/2017');
    expect(formatDate('2017-09-20', 'nb')).toBe('20.09.2017');
    expect(formatTime('2017-09-20', 'nb')).toBe('');
    expect(formatDateTime('2017-09', 'nb')).toBe('september 2017');
    expect(formatDateTime('2017', 'nb')).toBe('2017');
  });

  it('keeps a value it cannot parse instead of hiding it', () => {
    expect(formatDateTime('ukjent tid', 'en')).toBe('ukjent tid');
  });
});

describe('formatNumber', () => {
  it.each([
    [11.2, 'nb', '11,2'],
    [0.3, 'nb', '0,3'],
    [10000, 'nb', '10000'],
    [-2.5, 'nn', '−2,5'],
    [4.25, 'en', '4.25'],
    [0.0000012, 'nb', '0,0000012'],
  ] as const)('%s in %s is %s', (value, locale, text) => {
    expect(formatNumber(value, locale)).toBe(text);
  });
});

describe('formatNumberText', () => {
  it.each([
    ['14.0', 'nb', '14,0'],
    ['15.00', 'nn', '15,00'],
    ['0.50', 'nb', '0,50'],
    ['1,5', 'en', '1.5'],
    ['-2.50', 'nb', '\u22122,50'],
    ['0.50', 'en', '0.50'],
    ['pos', 'nb', 'pos'],
  ] as const)('%s in %s is %s: the lab’s digits kept', (text, locale, shown) => {
    expect(formatNumberText(text, locale)).toBe(shown);
  });
});

describe('one locale per screen: ranges read like the values beside them', () => {
  it.each([
    ['11,7 - 15,3', 'nb', '11,7 - 15,3'],
    ['11,7 - 15,3', 'nn', '11,7 - 15,3'],
    ['11,7 - 15,3', 'en', '11.7 - 15.3'],
    ['< 5,0', 'en', '< 5.0'],
    ['>60', 'en', '>60'],
    ['Negativ', 'en', 'Negativ'],
    ['2,5-4,5 mmol/L, 1,2', 'en', '2.5-4.5 mmol/L, 1.2'],
    // A comma that is not a decimal sign stays: "Hb, kvinner: 117".
    ['Hb, kvinner: 117 - 153', 'en', 'Hb, kvinner: 117 - 153'],
  ] as const)('%s in %s → %s', (text, locale, shown) => {
    expect(formatRangeText(text, locale)).toBe(shown);
  });
});

describe('the trend’s axis labels', () => {
  it('labels a year with the year, a month with its short name and year, in each locale', () => {
    expect(formatAxisMonth('2026-01', true, 'nb')).toBe('2026');
    expect(formatAxisMonth('2026-03', false, 'nb')).toMatch(/^mars? 2026$/);
    expect(formatAxisMonth('2026-05', false, 'en')).toMatch(/^May 2026$/);
  });
});
