/**
 * Person identifiers, rule by rule: the century from the individual number, D-, H- and
 * synthetic numbers, the calendar, and both check digits. Numbers are built here with check
 * digits computed by the rule in lab-domain.md §7.1, so that each row tests one rule only.
 */
import { describe, expect, it } from 'vitest';
import { hasValidCheckDigits, isValidPersonId, parsePersonId } from './person-id';

const K1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
const sum = (digits: number[], weights: number[]) =>
  weights.reduce((s, w, i) => s + w * (digits[i] as number), 0);

/** Nine digits with check digits: the first leaving remainder `k1Remainder` (0 before 2032, 0–3 after). */
function withChecks(nine: string, k1Remainder = 0): string {
  const digits = [...nine].map(Number);
  const s1 = sum(digits, K1);
  const k1 = (((k1Remainder - s1) % 11) + 11) % 11;
  if (k1 > 9) throw new Error(`no first check digit for ${nine} with remainder ${k1Remainder}`);
  const k2 = (11 - (sum([...digits, k1], K2) % 11)) % 11;
  if (k2 > 9) throw new Error(`no second check digit for ${nine}`);
  return `${nine}${k1}${k2}`;
}
/** The first number from `ddmmyy` + individual numbers from..to that has check digits. */
function person(ddmmyy: string, from: number, to = from): string {
  for (let individual = from; individual <= to; individual += 1) {
    try {
      return withChecks(`${ddmmyy}${String(individual).padStart(3, '0')}`);
    } catch {
      // this individual number has no check digits; try the next
    }
  }
  throw new Error(`no valid number for ${ddmmyy} ${from}-${to}`);
}

describe('parsePersonId: century from the individual number', () => {
  it.each([
    ['010174', 0, 499, 'fnr', '1974-01-01'],
    ['010174', 499, 499, 'fnr', '1974-01-01'],
    ['010100', 0, 50, 'fnr', '1900-01-01'],
    ['010174', 500, 749, 'fnr', '1874-01-01'],
    ['010154', 700, 749, 'fnr', '1854-01-01'],
    ['010199', 500, 520, 'fnr', '1899-01-01'],
    ['010139', 500, 520, 'fnr', '2039-01-01'],
    ['010139', 880, 899, 'fnr', '2039-01-01'],
    ['010139', 900, 999, 'fnr', '2039-01-01'],
    ['010100', 500, 520, 'fnr', '2000-01-01'],
    ['010140', 900, 999, 'fnr', '1940-01-01'],
    ['010199', 900, 999, 'fnr', '1999-01-01'],
  ])('%s with individual number %s–%s is a %s born %s', (ddmmyy, from, to, kind, birthDate) => {
    expect(parsePersonId(person(ddmmyy, from, to))).toEqual({ kind, birthDate });
  });

  it.each([
    ['010153', 500, 749, 'individual 500–749 before 1854'],
    ['010140', 500, 899, 'individual 500–899 in 1940–1953'],
    ['010175', 750, 899, 'individual 750–899 after 1939'],
  ])('%s with individual number %s–%s has no century (%s)', (ddmmyy, from, to) => {
    for (let individual = from; individual <= to; individual += 37) {
      let id: string | undefined;
      try {
        id = person(ddmmyy, individual, individual + 36);
      } catch {
        continue;
      }
      expect(parsePersonId(id)).toBeUndefined();
    }
  });
});

describe('parsePersonId: kinds and the calendar', () => {
  it.each([
    ['D-nummer: day + 40', '410174', 'dnr', '1974-01-01'],
    ['D-nummer on the 31st', '710174', 'dnr', '1974-01-31'],
    ['H-nummer: month + 40', '014174', 'hnr', '1974-01-01'],
    ['H-nummer in December', '015274', 'hnr', '1974-12-01'],
    ['synthetic (Tenor): month + 80', '018174', 'synthetic', '1974-01-01'],
    ['synthetic D-nummer', '418174', 'synthetic', '1974-01-01'],
    ['29 February in a leap year', '290276', 'fnr', '1976-02-29'],
    ['30 April', '300474', 'fnr', '1974-04-30'],
    ['31 December', '311274', 'fnr', '1974-12-31'],
  ])('%s', (_name, ddmmyy, kind, birthDate) => {
    expect(parsePersonId(person(ddmmyy, 100, 199))).toEqual({ kind, birthDate });
  });

  it.each([
    ['day 40 (no D-nummer, no day)', '400174'],
    ['day 00', '000174'],
    ['month 00', '010074'],
    ['month 13', '011374'],
    ['month 40 (no H-nummer, no month)', '014074'],
    ['month 53 (an H-nummer past December)', '015374'],
    ['month 80 (no synthetic number, no month)', '018074'],
    ['month 93 (a synthetic number past December)', '019374'],
    ['29 February in a common year', '290275'],
    ['31 April', '310474'],
    ['32 January', '320174'],
    ['D-nummer on 32 January', '720174'],
  ])('is not a person id: %s', (_name, ddmmyy) => {
    expect(parsePersonId(person(ddmmyy, 100, 199))).toBeUndefined();
  });

  it.each([['8'], ['9']])('felles hjelpenummer starting with %s has no birth date', (first) => {
    const id = person(`${first}00000`, 100, 199);
    expect(parsePersonId(id)).toEqual({ kind: 'fhnr' });
    expect(isValidPersonId(id)).toBe(true);
  });
});

describe('check digits', () => {
  /** A number born 1 January 1974 whose first check digit leaves `remainder`. */
  const leaving = (remainder: number): string => {
    for (let individual = 100; individual < 500; individual += 1) {
      try {
        return withChecks(`010174${individual}`, remainder);
      } catch {
        // try the next individual number
      }
    }
    throw new Error(`no number leaves remainder ${remainder}`);
  };

  it.each([0, 1, 2, 3])(
    'a first check digit leaving remainder %s is valid (the rule from 2032)',
    (remainder) => {
      expect(hasValidCheckDigits(leaving(remainder))).toBe(true);
    },
  );

  it.each([4, 5, 10])('a first check digit leaving remainder %s is not', (remainder) => {
    const id = leaving(remainder);
    expect(hasValidCheckDigits(id)).toBe(false);
    expect(parsePersonId(id)).toBeUndefined();
  });

  it('a wrong second check digit is not valid', () => {
    const id = person('010174', 100, 199);
    const wrong = `${id.slice(0, 10)}${(Number(id[10]) + 1) % 10}`;
    expect(hasValidCheckDigits(wrong)).toBe(false);
  });

  it.each([['1386741002'], ['138674100280'], ['1386741002a'], [''], [' 13867410028']])(
    '"%s" is not 11 digits',
    (id) => {
      expect(hasValidCheckDigits(id)).toBe(false);
    },
  );
});
