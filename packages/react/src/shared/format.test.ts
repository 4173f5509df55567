import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber } from './format';

describe('formatDateTime', () => {
  it('shows Oslo time whatever zone the value was written in', () => {
    expect(formatDateTime('2026-11-20T07:15:00Z', 'nb')).toBe('20.11.2026 08:15');
    expect(formatDateTime('2026-07-01T23:30:00+02:00', 'nb')).toBe('01.07.2026 23:30');
  });

  it('crosses midnight by Oslo time, not UTC', () => {
    expect(formatDate('2026-03-10T23:30:00Z', 'nb')).toBe('11.03.2026');
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
