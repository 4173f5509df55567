import { describe, expect, it } from 'vitest';
import { parseDateText, toDateText } from './date-text';

describe('dates as clinicians type them', () => {
  it.each([
    ['05.03.2026', '2026-03-05'],
    ['5.3.2026', '2026-03-05'],
    [' 05.03.2026 ', '2026-03-05'],
    ['05/03/2026', '2026-03-05'],
    ['05-03-2026', '2026-03-05'],
    ['2026-03-05', '2026-03-05'],
    ['29.02.2024', '2024-02-29'],
    ['31.12.1899', '1899-12-31'],
    ['', ''],
    ['   ', ''],
  ])('reads %j as %j', (text, iso) => {
    expect(parseDateText(text)).toBe(iso);
  });

  it.each([
    '29.02.2026',
    '31.04.2026',
    '00.01.2026',
    '01.13.2026',
    '01.00.2026',
    '1.1.26',
    '2026-3-5',
    '03/05/2026x',
    '05.03.20266',
    'i går',
    '05.03',
  ])('refuses %j: not a date on the calendar in dd.mm.åååå', (text) => {
    expect(parseDateText(text)).toBeUndefined();
  });

  it('writes ISO dates as dd.mm.åååå, and leaves anything else as it is', () => {
    expect(toDateText('2026-03-05')).toBe('05.03.2026');
    expect(toDateText('')).toBe('');
    expect(toDateText('05.03.2026')).toBe('05.03.2026');
  });
});
