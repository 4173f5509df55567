import { describe, expect, it } from 'vitest';
import { isClosedRequisition, type ParekStage, splitRequisitions, toParekRequisitions } from './model';
import type { ParekServiceRequest, ParekSpecimen } from './types';

const NOW = new Date('2026-11-20T12:00:00Z');
const subject = { identifier: { value: '13867410028' } };

const request = (id: string, fields: Partial<ParekServiceRequest>): ParekServiceRequest => ({
  resourceType: 'ServiceRequest',
  id,
  status: 'active',
  intent: 'plan',
  subject,
  ...fields,
});
const specimen = (id: string, requestId: string, collected: string): ParekSpecimen => ({
  resourceType: 'Specimen',
  id,
  identifier: [{ value: id.toUpperCase() }],
  type: { text: 'Blod' },
  collection: { collectedDateTime: collected, collector: { display: 'Legekontoret' } },
  request: [{ reference: `ServiceRequest/${requestId}` }],
});

describe('toParekRequisitions', () => {
  it('reads title, analyses, period, requester and notes', () => {
    const [requisition] = toParekRequisitions(
      [
        request('a', {
          code: { concept: { text: 'Årskontroll diabetes' } },
          orderDetail: [
            {
              parameterFocus: {
                concept: {
                  coding: [
                    { system: 'urn:oid:2.16.578.1.12.4.1.1.7280', code: 'NPU27300', display: 'B-HbA1c' },
                  ],
                },
              },
              parameter: [{ code: { text: 'Analyse' } }],
            },
            { parameter: [{ code: { text: 'Analyse' }, valueString: 'P-Kalium' }] },
          ],
          occurrencePeriod: { start: '2026-11-13T00:00:00Z', end: '2026-12-20T00:00:00Z' },
          authoredOn: '2026-11-06T00:00:00Z',
          contained: [
            {
              resourceType: 'PractitionerRole',
              id: 'r',
              practitioner: { display: 'Gunnar Fastlege' },
              organization: { display: 'Fjordbyen legekontor' },
            },
          ],
          requester: { reference: '#r' },
          note: [{ text: 'Ikke faste nødvendig.' }],
        }),
      ],
      [],
      NOW,
    );
    expect(requisition).toEqual({
      id: 'a',
      status: 'active',
      stage: 'planned',
      window: 'open',
      title: 'Årskontroll diabetes',
      analyses: [{ name: 'B-HbA1c', code: 'NPU27300' }, { name: 'P-Kalium' }],
      period: { start: '2026-11-13T00:00:00Z', end: '2026-12-20T00:00:00Z' },
      authoredOn: '2026-11-06T00:00:00Z',
      requester: { person: 'Gunnar Fastlege', organisation: 'Fjordbyen legekontor' },
      notes: ['Ikke faste nødvendig.'],
      specimens: [],
    });
  });

  it('tracks the specimens taken so far, oldest first, and orders requisitions by stage', () => {
    const list = toParekRequisitions(
      [
        request('revoked', { status: 'revoked', authoredOn: '2026-10-01T00:00:00Z' }),
        request('done', { status: 'completed', authoredOn: '2026-08-01T00:00:00Z' }),
        request('later', {
          occurrencePeriod: { start: '2026-12-01T00:00:00Z', end: '2026-12-15T00:00:00Z' },
        }),
        request('late', { occurrencePeriod: { start: '2026-10-01T00:00:00Z', end: '2026-11-01T00:00:00Z' } }),
        request('started', { occurrencePeriod: { start: '2026-11-01T00:00:00Z' } }),
      ],
      [
        specimen('s2', 'started', '2026-11-18T09:00:00Z'),
        specimen('s1', 'started', '2026-11-10T09:00:00Z'),
        specimen('s3', 'done', '2026-08-10T09:00:00Z'),
      ],
      NOW,
    );
    expect(list.map((r) => [r.id, r.stage, r.window])).toEqual([
      ['started', 'collecting', 'open'],
      ['late', 'planned', 'overdue'],
      ['later', 'planned', 'upcoming'],
      ['done', 'completed', undefined],
      ['revoked', 'revoked', undefined],
    ]);
    expect(list[0]?.specimens.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(list[0]?.specimens[0]).toEqual({
      id: 's1',
      type: 'Blod',
      collected: '2026-11-10T09:00:00Z',
      collector: 'Legekontoret',
      accession: 'S1',
    });
  });
});

describe('open and closed requisitions', () => {
  it.each<[ParekStage, 'active' | 'closed']>([
    ['planned', 'active'],
    ['collecting', 'active'],
    ['other', 'active'],
    ['completed', 'closed'],
    ['revoked', 'closed'],
  ])('a %s requisition is %s', (stage, side) => {
    expect(isClosedRequisition({ stage })).toBe(side === 'closed');
    const { active, closed } = splitRequisitions([{ stage }]);
    expect((side === 'closed' ? closed : active).length).toBe(1);
    expect((side === 'closed' ? active : closed).length).toBe(0);
  });

  it('keeps the order it was given on each side', () => {
    const list = [
      { id: 'a', stage: 'completed' },
      { id: 'b', stage: 'collecting' },
      { id: 'c', stage: 'revoked' },
      { id: 'd', stage: 'planned' },
    ] as const;
    const { active, closed } = splitRequisitions(list);
    expect(active.map((r) => r.id)).toEqual(['b', 'd']);
    expect(closed.map((r) => r.id)).toEqual(['a', 'c']);
  });
});
