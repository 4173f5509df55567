/**
 * A patient-safety restriction's effect on the patient's own access, per case
 * and locale: withheld, delayed until a date (with its days), delayed by code where no end can be
 * read, and no longer in force (expired), with a date or with days.
 */
import type { PatientSafetyRestriction } from '@pps-kit/api-client';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../shared/i18n';
import { TEXTS } from '../testing/texts';
import { effectText } from './safety-words';

const NOW = new Date('2026-12-03T12:00:00Z');
const base: PatientSafetyRestriction = {
  patientSafetyObject: {
    person: { offId: '13116900216' },
    confidentialObjectId: { type: 'Rekvisisjon', value: '7f0c4e1a-0000-4000-8000-000000000001' },
  },
  confidentialityCode: 'NORU',
};
const cases: Record<string, Partial<PatientSafetyRestriction>> = {
  withheld: { confidentialityCode: 'NORN_FFL' },
  'until a date': { delayDeliveryUntil: '2026-12-20T12:00:00Z' },
  'for days from a time': { delayDays: 14, delayFromTime: '2026-12-01T12:00:00Z' },
  'for one day': { delayDays: 1, delayFromTime: '2026-12-03T06:00:00Z' },
  'for days, no start': { delayDays: 5 },
  'by code alone': {},
  'expired, a date': { delayDeliveryUntil: '2026-11-20T12:00:00Z' },
  'expired, days': { delayDays: 2, delayFromTime: '2026-11-01T12:00:00Z' },
  'code N': { confidentialityCode: 'N' },
};

describe('the effect of a patient-safety restriction', () => {
  it.each<[Locale, string, string]>([
    ['nb', 'withheld', 'Holdes tilbake'],
    ['nb', 'until a date', 'Utsatt til 20.12.2026'],
    ['nb', 'for days from a time', 'Utsatt til 15.12.2026 (14 dager)'],
    ['nb', 'for one day', 'Utsatt til 04.12.2026 (1 dag)'],
    ['nb', 'for days, no start', 'Utsatt innsyn for innbygger (5 dager)'],
    ['nb', 'by code alone', 'Utsatt innsyn for innbygger'],
    ['nb', 'expired, a date', 'Utsatt til 20.11.2026 (utløpt)'],
    ['nb', 'expired, days', 'Utsatt i 2 dager (utløpt)'],
    ['nb', 'code N', 'Normal'],
    ['nn', 'for days from a time', 'Utsett til 15.12.2026 (14 dagar)'],
    ['nn', 'for days, no start', `${TEXTS.nn.access.codeLabels.NORU} (5 dagar)`],
    ['nn', 'expired, a date', 'Utsett til 20.11.2026 (gått ut)'],
    ['nn', 'expired, days', 'Utsett i 2 dagar (gått ut)'],
    ['en', 'for one day', 'Delayed until 04/12/2026 (1 day)'],
    ['en', 'until a date', 'Delayed until 20/12/2026'],
    ['en', 'expired, days', 'Delayed 2 days (expired)'],
    ['en', 'withheld', 'Withheld'],
  ])('%s, %s', (locale, name, expected) => {
    const restriction = { ...base, ...cases[name] };
    expect(effectText(restriction, TEXTS[locale].access, locale, NOW)).toBe(expected);
  });
});
