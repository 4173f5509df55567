/**
 * Svarrapport timestamps to FHIR, row by row: dates stay dates, zones are kept, Oslo wall times
 * get Oslo's offset (both changes of daylight saving time), and no impossible day, time or zone
 * is ever rolled over into another.
 */
import { describe, expect, it } from 'vitest';
import { dateOf, toFhirDateTime } from './dates';
import { SvarrapportError } from './errors';
import { parseXml } from './xml';

describe('toFhirDateTime', () => {
  it.each([
    ['2026', '2026'],
    ['2026-11', '2026-11'],
    ['2026-11-20', '2026-11-20'],
    [' 2026-11-20 ', '2026-11-20'],
    ['2024-02-29', '2024-02-29'],
    ['2026-01-15T08:05', '2026-01-15T08:05:00+01:00'],
    ['2026-01-15 08:05:09', '2026-01-15T08:05:09+01:00'],
    ['2026-07-01T00:30:00', '2026-07-01T00:30:00+02:00'],
    ['2026-07-01T00:30:00.5', '2026-07-01T00:30:00.500+02:00'],
    ['2026-07-01T00:30:00.123456', '2026-07-01T00:30:00.123+02:00'],
    ['2026-03-29T01:59:00', '2026-03-29T01:59:00+01:00'],
    ['2026-03-29T03:00:00', '2026-03-29T03:00:00+02:00'],
    ['2026-10-25T01:59:00', '2026-10-25T01:59:00+02:00'],
    ['2026-10-25T03:00:00', '2026-10-25T03:00:00+01:00'],
    ['2026-07-01T08:00:00Z', '2026-07-01T08:00:00Z'],
    ['2026-07-01T08:00:00+0530', '2026-07-01T08:00:00+05:30'],
    ['2026-07-01T08:00:00-03:00', '2026-07-01T08:00:00-03:00'],
    ['2026-07-01T08:00:00+14:00', '2026-07-01T08:00:00+14:00'],
    ['2026-07-01T23:59:59', '2026-07-01T23:59:59+02:00'],
  ])('"%s" → %s', (ts, fhir) => {
    expect(toFhirDateTime(ts, 'Message/GenDate')).toBe(fhir);
  });

  it.each([
    ['2026-02-29', 'is not a day of the calendar'],
    ['2026-04-31', 'is not a day of the calendar'],
    ['2026-00-10', 'is not a day of the calendar'],
    ['2026-13', 'is not a day of the calendar'],
    ['2026-11-00', 'is not a day of the calendar'],
    ['2026-02-30T10:00', 'is not a day of the calendar'],
    ['2026-13-01T10:00', 'is not a day of the calendar'],
    ['2026-11-20T24:00', 'is not a time of day'],
    ['2026-11-20T10:60', 'is not a time of day'],
    ['2026-11-20T10:00:60', 'is not a time of day'],
    ['2026-11-20T10:00:00+15:00', 'has no valid UTC offset'],
    ['2026-11-20T10:00:00+01:60', 'has no valid UTC offset'],
    ['2026-11-20T10:00:00-1500', 'has no valid UTC offset'],
    ['20.11.2026', 'is not a date or time'],
    ['2026-11-20T10', 'is not a date or time'],
    ['', 'is not a date or time'],
  ])('"%s" %s: an invalid-value error naming the element, never another day', (ts, why) => {
    let error: unknown;
    try {
      toFhirDateTime(ts, 'Message/ServReport/IssueDate');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SvarrapportError);
    expect(error).toMatchObject({
      code: 'invalid-value',
      element: 'Message/ServReport/IssueDate',
      reason: `"${ts}" ${why}`,
    });
  });
});

describe('dateOf', () => {
  const element = (v?: string) => parseXml(`<IssueDate${v === undefined ? '' : ` V="${v}"`}/>`);
  it('reads V, naming the element when it is no date', () => {
    expect(dateOf(element('2026-11-20T10:00:00'))).toBe('2026-11-20T10:00:00+01:00');
    expect(() => dateOf(element('i morgen'))).toThrow(/IssueDate/);
  });
  it('is undefined for no element, no V, or an empty V', () => {
    expect(dateOf(undefined)).toBeUndefined();
    expect(dateOf(element())).toBeUndefined();
    expect(dateOf(element(''))).toBeUndefined();
  });
});
