import { describe, expect, it } from 'vitest';
import type { PatientPrivacyRestriction, PatientSafetyRestriction } from './types';
import {
  citizenVisibility,
  ppsPrivacyRestrictions,
  requisitionObjectId,
  type VisibilityPart,
  visibilitySummary,
} from './visibility';

const NOW = new Date('2026-11-20T12:00:00Z');
const restriction = (fields: Partial<PatientSafetyRestriction>): PatientSafetyRestriction => ({
  patientSafetyObject: {
    person: { offId: '13867410028' },
    confidentialObjectId: { type: 'Svarrapport', value: 'b3f4c6d8-0a1b-4c2d-8e3f-405162738495' },
  },
  confidentialityCode: 'NORU',
  ...fields,
});

describe('citizenVisibility', () => {
  it('is visible with no restriction, with code N, or with a delay that has passed', () => {
    expect(citizenVisibility([], NOW)).toEqual({ kind: 'visible' });
    expect(citizenVisibility([restriction({ confidentialityCode: 'N' })], NOW)).toEqual({ kind: 'visible' });
    expect(citizenVisibility([restriction({ delayDeliveryUntil: '2026-11-01T00:00:00Z' })], NOW)).toEqual({
      kind: 'visible',
    });
  });

  it('is delayed until the latest delay that has not passed', () => {
    const visibility = citizenVisibility(
      [
        restriction({ delayDeliveryUntil: '2026-12-01T00:00:00Z' }),
        restriction({ delayDeliveryUntil: '2026-12-24T00:00:00Z' }),
      ],
      NOW,
    );
    expect(visibility).toMatchObject({ kind: 'delayed', until: '2026-12-24T00:00:00.000Z' });
  });

  it('counts days of delay from the given start, or from when the restriction was made', () => {
    expect(
      citizenVisibility([restriction({ delayDays: 14, createdTime: '2026-11-15T08:00:00Z' })], NOW),
    ).toMatchObject({ kind: 'delayed', until: '2026-11-29T08:00:00.000Z' });
    expect(
      citizenVisibility([restriction({ delayDays: 1, delayFromTime: '2026-11-10T08:00:00Z' })], NOW),
    ).toEqual({ kind: 'visible' });
  });

  it('is withheld for a NORN code or a delay to year 9999, whatever else applies', () => {
    expect(
      citizenVisibility(
        [
          restriction({ delayDeliveryUntil: '2026-12-01T00:00:00Z' }),
          restriction({ confidentialityCode: 'NORN_FFL' }),
        ],
        NOW,
      ).kind,
    ).toBe('withheld');
    expect(citizenVisibility([restriction({ delayDeliveryUntil: '9999-12-31T23:59:59Z' })], NOW).kind).toBe(
      'withheld',
    );
  });

  it('is delayed without a date when PTS gives none', () => {
    const visibility = citizenVisibility([restriction({})], NOW);
    expect(visibility.kind).toBe('delayed');
    expect(visibility).not.toHaveProperty('until');
  });
});

describe('visibilitySummary: one answer for a report and its requisition', () => {
  const data = (...restrictions: PatientSafetyRestriction[]): VisibilityPart => ({
    state: 'data',
    restrictions,
  });
  const delayed = restriction({ delayDeliveryUntil: '2026-12-15T00:00:00Z' });
  const withheld = restriction({
    confidentialityCode: 'NORN_BARN' as PatientSafetyRestriction['confidentialityCode'],
  });
  it.each([
    ['both visible', [data(), data()], 'visible'],
    ['one delayed, one visible: the delay', [data(delayed), data()], 'delayed'],
    ['one withheld, one failed: withheld', [data(withheld), { state: 'error' }], 'withheld'],
    ['one delayed, one failed: unknown, never a date', [data(delayed), { state: 'error' }], 'unknown'],
    ['one visible, one failed: unknown, never "now"', [data(), { state: 'error' }], 'unknown'],
    ['one visible, one loading: checking', [data(), { state: 'loading' }], 'checking'],
    ['one failed, one loading: unknown', [{ state: 'error' }, { state: 'loading' }], 'unknown'],
    ['nothing to check', [], 'visible'],
  ] as const)('%s', (_label, parts, kind) => {
    expect(visibilitySummary(parts as readonly VisibilityPart[], NOW).kind).toBe(kind);
  });
  it('keeps the latest date of the parts', () => {
    const later = restriction({ delayDeliveryUntil: '2026-12-24T00:00:00Z' });
    expect(visibilitySummary([data(delayed), data(later)], NOW)).toMatchObject({
      kind: 'delayed',
      until: '2026-12-24T00:00:00.000Z',
    });
  });
});

describe('requisitionObjectId', () => {
  it('takes the id PTS can hold: a UUID, the requisition id first', () => {
    const uuid = 'b3f4c6d8-0a1b-4c2d-8e3f-405162738495';
    expect(requisitionObjectId({ id: uuid, resourceId: 'x-sr' })).toEqual({
      type: 'Rekvisisjon',
      value: uuid,
    });
    expect(requisitionObjectId({ id: 'R-55120', resourceId: uuid })).toEqual({
      type: 'Rekvisisjon',
      value: uuid,
    });
    expect(requisitionObjectId({ id: 'R-55120', resourceId: 'x-sr' })).toBeUndefined();
    const other = 'c4a5d7e9-1b2c-4d3e-9f40-516273849506';
    expect(requisitionObjectId({ id: uuid, resourceId: other })?.value).toBe(uuid);
    expect(requisitionObjectId(undefined)).toBeUndefined();
  });
});

describe('citizenVisibility: each way a delay is written', () => {
  const UUID_A = 'b3f4c6d8-0a1b-4c2d-8e3f-405162738495';
  it.each<
    [
      string,
      Partial<PatientSafetyRestriction>,
      ReturnType<typeof citizenVisibility>['kind'],
      string | undefined,
    ]
  >([
    ['a delay that ends exactly now', { delayDeliveryUntil: NOW.toISOString() }, 'visible', undefined],
    [
      'a delay that ends a millisecond after now',
      { delayDeliveryUntil: '2026-11-20T12:00:00.001Z' },
      'delayed',
      '2026-11-20T12:00:00.001Z',
    ],
    ['a delay to the year 9000', { delayDeliveryUntil: '9000-01-01T00:00:00Z' }, 'withheld', undefined],
    [
      'a delay to the end of 8999',
      { delayDeliveryUntil: '8999-12-31T23:59:59Z' },
      'delayed',
      '8999-12-31T23:59:59.000Z',
    ],
    [
      'an unreadable date, with days from a time',
      { delayDeliveryUntil: 'snart', delayDays: 10, delayFromTime: '2026-11-15T12:00:00Z' },
      'delayed',
      '2026-11-25T12:00:00.000Z',
    ],
    [
      'days from the time it was created',
      { delayDays: 7, createdTime: '2026-11-18T12:00:00Z' },
      'delayed',
      '2026-11-25T12:00:00.000Z',
    ],
    ['days that have passed', { delayDays: 1, delayFromTime: '2026-11-01T00:00:00Z' }, 'visible', undefined],
    ['days from no time at all', { delayDays: 7 }, 'delayed', undefined],
    ['an unreadable date and no days', { delayDeliveryUntil: 'snart' }, 'delayed', undefined],
  ])('%s', (_name, fields, kind, until) => {
    const visibility = citizenVisibility([restriction(fields)], NOW);
    expect(visibility.kind).toBe(kind);
    expect(visibility.kind === 'delayed' ? visibility.until : undefined).toBe(until);
  });

  it.each([
    [{ resourceId: UUID_A }, UUID_A],
    [{ id: 'R-55120', resourceId: UUID_A }, UUID_A],
    [{ id: UUID_A, resourceId: 'sr-1' }, UUID_A],
    [{ id: 'R-55120', resourceId: 'sr-1' }, undefined],
    [{}, undefined],
    [undefined, undefined],
  ])('requisitionObjectId(%j) is %s', (requisition, value) => {
    expect(requisitionObjectId(requisition)?.value).toBe(value);
  });
});

describe('ppsPrivacyRestrictions', () => {
  const restriction = (id: string, restrictionDomain: string) =>
    ({
      id,
      privacyType: 'Block',
      privacyLevel: 'Soft',
      restrictionDomain,
      objectScope: { type: 'All' },
      subjectScope: { type: 'Specified' },
    }) as PatientPrivacyRestriction;

  it.each([
    ['PPS', true],
    ['', true],
    ['KJ', false],
    ['pps', false],
    ['EPJ', false],
  ])('a restriction of domain "%s" holds for PPS: %s', (domain, holds) => {
    expect(ppsPrivacyRestrictions([restriction('a', domain)]).length).toBe(holds ? 1 : 0);
  });

  it('keeps the order PTS sent, and a restriction that names no domain at all', () => {
    const none = {
      ...restriction('c', 'PPS'),
      restrictionDomain: undefined,
    } as unknown as PatientPrivacyRestriction;
    const list = [restriction('a', 'PPS'), restriction('b', 'KJ'), none, restriction('d', 'PPS')];
    expect(ppsPrivacyRestrictions(list).map((r) => r.id)).toEqual(['a', 'c', 'd']);
  });
});
