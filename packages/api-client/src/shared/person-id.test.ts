import { describe, expect, it } from 'vitest';
import { hasValidCheckDigits, isValidPersonId, parsePersonId } from './person-id';

describe('parsePersonId', () => {
  it.each([
    // Synthetic numbers from ../shared/domain/lab-domain.md §7.3 and NHN's SyntPop persons.
    ['13867410028', 'synthetic', '1974-06-13'],
    ['02915821122', 'synthetic', '1958-11-02'],
    ['24829130269', 'synthetic', '1991-02-24'],
    ['07894540189', 'synthetic', '1945-09-07'],
    ['15831250086', 'synthetic', '2012-03-15'],
    ['04886897869', 'synthetic', '1968-08-04'],
    ['23814898407', 'synthetic', '1948-01-23'],
    ['11866499022', 'synthetic', '1964-06-11'],
    ['22875298279', 'synthetic', '1952-07-22'],
    // Test persons from NHN documentation and the NILAR samples.
    ['12057900499', 'fnr', '1979-05-12'],
    ['13116900216', 'fnr', '1969-11-13'],
  ])('%s is a valid %s number born %s', (id, kind, birthDate) => {
    expect(parsePersonId(id)).toEqual({ kind, birthDate });
  });

  it('reads a D-number combined with a synthetic month', () => {
    expect(parsePersonId('70818815156')).toEqual({ kind: 'synthetic', birthDate: '1988-01-30' });
  });

  it.each([
    ['13867410029', 'wrong second check digit'],
    ['13867410018', 'wrong first check digit'],
    ['1386741002', 'ten digits'],
    ['138674100280', 'twelve digits'],
    ['1386741002a', 'a letter'],
    ['', 'empty'],
  ])('rejects %s (%s)', (id) => {
    expect(isValidPersonId(id)).toBe(false);
  });

  it('accepts the 2032 rule, where the first check digit may leave a remainder up to 3', () => {
    // 1386741002 has remainder 0 for K1; find a number whose K1 remainder is 2 with a valid K2.
    const base = '010132500';
    const candidates: string[] = [];
    for (let k1 = 0; k1 <= 9; k1 += 1) {
      for (let k2 = 0; k2 <= 9; k2 += 1) candidates.push(`${base}${k1}${k2}`);
    }
    const remainder = (id: string) =>
      [3, 7, 6, 1, 8, 9, 4, 5, 2, 1].reduce((sum, w, i) => sum + w * Number(id[i]), 0) % 11;
    const newRule = candidates.find((id) => remainder(id) === 2 && hasValidCheckDigits(id));
    expect(newRule).toBeDefined();
    expect(isValidPersonId(newRule ?? '')).toBe(true);
  });
});
