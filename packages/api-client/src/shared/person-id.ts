/**
 * Norwegian person identifiers: fødselsnummer, D-nummer, H-nummer, synthetic (Tenor) numbers and
 * felles hjelpenummer. Source: ../shared/domain/lab-domain.md §7.
 */

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2, 1];
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

const weightedSum = (digits: readonly number[], weights: readonly number[]) =>
  weights.reduce((sum, weight, index) => sum + weight * (digits[index] ?? 0), 0);

/**
 * The mod-11 check of an 11-digit person identifier. From 2032 the first check digit may leave a
 * remainder of 0 to 3 (lab-domain.md §7.1); both rules are accepted.
 */
export function hasValidCheckDigits(id: string): boolean {
  if (!/^\d{11}$/.test(id)) return false;
  const digits = [...id].map(Number);
  return weightedSum(digits, K1_WEIGHTS) % 11 <= 3 && weightedSum(digits, K2_WEIGHTS) % 11 === 0;
}

export type PersonIdKind = 'fnr' | 'dnr' | 'hnr' | 'fhnr' | 'synthetic';

export interface PersonIdInfo {
  kind: PersonIdKind;
  /** `YYYY-MM-DD`, when the number encodes a birth date (not for felles hjelpenummer). */
  birthDate?: string;
}

function century(year: number, individual: number): number | undefined {
  if (individual <= 499) return 1900;
  if (individual >= 900 && year >= 40) return 1900;
  if (individual >= 500 && individual <= 749 && year >= 54) return 1800;
  if (individual >= 500 && year <= 39) return 2000;
  return undefined;
}

/**
 * What kind of number `id` is, with its birth date, or `undefined` when it is not a valid
 * person identifier. Synthetic Tenor numbers (month + 80) are recognised; so are D-numbers
 * (day + 40) and H-numbers (month + 40).
 */
export function parsePersonId(id: string): PersonIdInfo | undefined {
  if (!hasValidCheckDigits(id)) return undefined;
  const first = Number(id[0]);
  if (first === 8 || first === 9) return { kind: 'fhnr' };
  let day = Number(id.slice(0, 2));
  let month = Number(id.slice(2, 4));
  const year = Number(id.slice(4, 6));
  let kind: PersonIdKind = 'fnr';
  if (day > 40) {
    day -= 40;
    kind = 'dnr';
  }
  if (month > 80) {
    month -= 80;
    kind = 'synthetic';
  } else if (month > 40) {
    month -= 40;
    kind = 'hnr';
  }
  const base = century(year, Number(id.slice(6, 9)));
  if (base === undefined || month < 1 || month > 12 || day < 1) return undefined;
  const fullYear = base + year;
  const lastDay = new Date(Date.UTC(fullYear, month, 0)).getUTCDate();
  if (day > lastDay) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return { kind, birthDate: `${fullYear}-${pad(month)}-${pad(day)}` };
}

/** Whether `id` is a valid fødselsnummer, D-nummer, H-nummer, synthetic number or FH-nummer. */
export const isValidPersonId = (id: string): boolean => parsePersonId(id) !== undefined;
