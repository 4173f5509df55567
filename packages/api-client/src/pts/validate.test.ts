import { describe, expect, it } from 'vitest';
import type { NewPatientSafetyRestriction } from './types';
import { checkAssociateParent, checkNewPatientSafetyRestriction } from './validate';

const now = new Date('2026-11-25T12:00:00Z');
const base = (type: 'Svarrapport' | 'Rekvisisjon' = 'Svarrapport'): NewPatientSafetyRestriction => ({
  patientSafetyObject: {
    person: { offId: '13867410028' },
    confidentialObjectId: { type, value: '7f1d3c52-0b8e-4c11-9a57-1c2e3d4f5a01' },
  },
  confidentialityCode: 'NORU',
});
const codes = (body: NewPatientSafetyRestriction) =>
  checkNewPatientSafetyRestriction(body, now).map((issue) => `${issue.path}:${issue.code}`);

describe('checkNewPatientSafetyRestriction', () => {
  it.each<[string, NewPatientSafetyRestriction, string[]]>([
    ['a delay until a future date', { ...base(), delayDeliveryUntil: '2026-12-09T00:00:00Z' }, []],
    ['a delay in days on a requisition', { ...base('Rekvisisjon'), delayDays: 10 }, []],
    ['a delay from a time', { ...base(), delayFromTime: '2026-11-25T12:00:00Z' }, []],
    ['withheld for ever, no delay', { ...base(), confidentialityCode: 'NORN_FFL' }, []],
    ['normal, no delay', { ...base(), confidentialityCode: 'N' }, []],
    [
      'no delay for NORU',
      base(),
      ['delayDays:exactly-one', 'delayDeliveryUntil:exactly-one', 'delayFromTime:exactly-one'],
    ],
    [
      'two delays',
      { ...base('Rekvisisjon'), delayDays: 3, delayFromTime: '2026-11-26T00:00:00Z' },
      ['delayDays:exactly-one', 'delayFromTime:exactly-one'],
    ],
    [
      'a delay with N',
      { ...base(), confidentialityCode: 'N', delayDeliveryUntil: '2026-12-09T00:00:00Z' },
      ['delayDeliveryUntil:not-allowed'],
    ],
    ['days on a report', { ...base(), delayDays: 3 }, ['delayDays:not-allowed']],
    ['zero days', { ...base('Rekvisisjon'), delayDays: 0 }, ['delayDays:out-of-range']],
    ['half a day', { ...base('Rekvisisjon'), delayDays: 1.5 }, ['delayDays:out-of-range']],
    [
      'a date in the past',
      { ...base(), delayDeliveryUntil: '2026-11-01T00:00:00Z' },
      ['delayDeliveryUntil:in-past'],
    ],
    [
      'a date that is not one',
      { ...base(), delayDeliveryUntil: 'neste uke' },
      ['delayDeliveryUntil:invalid'],
    ],
    [
      'a cause PTS does not know',
      { ...base(), delayFromTime: '2026-11-26T00:00:00Z', cause: 'Whim' as never },
      ['cause:invalid'],
    ],
    ['no code', { ...base(), confidentialityCode: '' }, ['confidentialityCode:required']],
  ])('%s', (_, body, expected) => {
    expect(codes(body)).toEqual(expected);
  });

  it('checks the person and the object', () => {
    const body = {
      ...base(),
      delayFromTime: '2026-11-26T00:00:00Z',
      patientSafetyObject: {
        person: { offId: '13867410029' },
        confidentialObjectId: { type: 'Epikrise', value: 'x' },
      },
    } as unknown as NewPatientSafetyRestriction;
    expect(codes(body)).toEqual([
      'patientSafetyObject.person.offId:invalid',
      'patientSafetyObject.confidentialObjectId.type:invalid',
      'patientSafetyObject.confidentialObjectId.value:invalid',
    ]);
  });
});

describe('checkAssociateParent', () => {
  it('wants a Svarrapport under a Rekvisisjon', () => {
    const id = '7f1d3c52-0b8e-4c11-9a57-1c2e3d4f5a01';
    expect(
      checkAssociateParent({
        offId: '13867410028',
        confidentialObjectId: { type: 'Rekvisisjon', value: id },
        parentConfidentialObjectId: { type: 'Svarrapport', value: id },
      }).map((i) => i.path),
    ).toEqual(['confidentialObjectId.type', 'parentConfidentialObjectId.type']);
  });
});
