import { createPtsClient, PpsHttpError, PpsValidationError } from '@pps-kit/api-client';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patientWithScenario } from '../data/patients';
import { createPtsHandlers } from '../pts/handlers';

let clock: Date | undefined;
const server = setupServer(...createPtsHandlers({ now: () => clock ?? new Date() }));
let requests = 0;
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  server.events.on('request:start', () => {
    requests += 1;
  });
});
afterAll(() => server.close());

const BASE = 'https://ehr.example.test/api/pts';
const pts = createPtsClient({ baseUrl: BASE, retry: false });
const pathology = patientWithScenario('pathology-radiology').personId;
const other = patientWithScenario('gp-chemistry').personId;
const report = (value: string) => ({ type: 'Svarrapport' as const, value });
const requisition = (value: string) => ({ type: 'Rekvisisjon' as const, value });
const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe('patient-safety restrictions', () => {
  it('finds the seeded delay on the histology report', async () => {
    const found = await pts.searchPatientSafetyRestrictions({ offId: pathology });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ confidentialityCode: 'NORU', cause: 'Manual' });
  });

  it('leaves out delays that have run out when ApplicableOnly is set', async () => {
    // The seeded delay runs 14 days from when the mock starts (or the report's issue, if later).
    clock = new Date('2026-11-20T12:00:00Z');
    expect(
      await pts.searchPatientSafetyRestrictions({ offId: pathology, ApplicableOnly: true }),
    ).toHaveLength(1);
    const [seeded] = await pts.searchPatientSafetyRestrictions({ offId: pathology });
    const until = Date.parse(seeded?.delayDeliveryUntil ?? '');
    expect(until).toBeGreaterThan(clock.getTime());
    clock = new Date(until + 60_000);
    expect(await pts.searchPatientSafetyRestrictions({ offId: pathology, ApplicableOnly: true })).toEqual([]);
    expect(await pts.searchPatientSafetyRestrictions({ offId: pathology })).toHaveLength(1);
    clock = undefined;
  });

  it('creates a restriction that the next search finds', async () => {
    const object = report('0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d');
    const created = await pts.createPatientSafetyRestriction({
      patientSafetyObject: { person: { offId: other }, confidentialObjectId: object },
      confidentialityCode: 'NORU',
      delayDeliveryUntil: future(10),
    });
    expect(created).toMatchObject({
      id: expect.any(String),
      cause: 'Manual',
      createdTime: expect.any(String),
    });
    const found = await pts.searchPatientSafetyRestrictions({ offId: other, confidentialObjectId: object });
    expect(found.map((r) => r.id)).toEqual([created.id]);
  });

  it('withholds for ever with a NORN code, which takes no delay', async () => {
    const created = await pts.createPatientSafetyRestriction({
      patientSafetyObject: {
        person: { offId: other },
        confidentialObjectId: report('1a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d'),
      },
      confidentialityCode: 'NORN_FFL',
    });
    expect(created.delayDeliveryUntil?.startsWith('9999')).toBe(true);
  });

  it('checks a restriction before sending it, field by field', async () => {
    requests = 0;
    const error = await pts
      .createPatientSafetyRestriction({
        patientSafetyObject: { person: { offId: '12345678901' }, confidentialObjectId: report('not-a-uuid') },
        confidentialityCode: 'NORU',
        delayDays: 3,
        delayDeliveryUntil: '2020-01-01T00:00:00Z',
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PpsValidationError);
    const issues = (error as PpsValidationError).issues.map((i) => `${i.path}:${i.code}`);
    expect(issues).toEqual(
      expect.arrayContaining([
        'patientSafetyObject.person.offId:invalid',
        'patientSafetyObject.confidentialObjectId.value:invalid',
        'delayDays:exactly-one',
        'delayDeliveryUntil:exactly-one',
        'delayDays:not-allowed',
        'delayDeliveryUntil:in-past',
      ]),
    );
    expect(requests).toBe(0);
  });

  it('is refused by the mock service too when the client is bypassed', async () => {
    const response = await fetch(`${BASE}/v0.5/access-restrictions/patient-safety`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        patientSafetyObject: {
          person: { offId: other },
          confidentialObjectId: requisition('2a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d'),
        },
        confidentialityCode: 'N',
        delayDays: 5,
      }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: { delayDays: ['code N takes no delay'] } });
  });

  it('derives the requisition’s restriction for the report associated with it', async () => {
    const parent = requisition('3a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d');
    const child = report('4a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d');
    await pts.createPatientSafetyRestriction({
      patientSafetyObject: { person: { offId: other }, confidentialObjectId: parent },
      confidentialityCode: 'NORU',
      delayDays: 14,
    });
    const derived = await pts.associateParent({
      offId: other,
      confidentialObjectId: child,
      parentConfidentialObjectId: parent,
    });
    expect(derived).toHaveLength(1);
    expect(derived[0]).toMatchObject({ cause: 'Derived', delayDays: 14, parentConfidentialObjectId: parent });
    const found = await pts.searchPatientSafetyRestrictions({ offId: other, confidentialObjectId: child });
    expect(found).toHaveLength(1);
  });
});

describe('patient-privacy restrictions', () => {
  it('lists a General block as a soft Block on all of PPS', async () => {
    const found = await pts.searchPatientPrivacyRestrictions(patientWithScenario('general-block').personId);
    expect(found).toEqual([
      expect.objectContaining({ privacyType: 'Block', privacyLevel: 'Soft', restrictionDomain: 'PPS' }),
    ]);
  });

  it('lists none for a patient without restrictions', async () => {
    expect(await pts.searchPatientPrivacyRestrictions(other)).toEqual([]);
  });

  it('refuses a search without a valid person id, before sending', async () => {
    await expect(pts.searchPatientPrivacyRestrictions('123')).rejects.toBeInstanceOf(PpsValidationError);
  });

  it('reports the service’s refusal as PpsHttpError carrying the problem document', async () => {
    server.use(
      http.post('*/access-restrictions/patient-privacy/_search', () =>
        HttpResponse.json(
          { title: 'Invalid', status: 400, errors: { offId: ['unknown person'] } },
          { status: 400 },
        ),
      ),
    );
    const error = await pts.searchPatientPrivacyRestrictions(other).catch((e: unknown) => e);
    server.resetHandlers();
    expect(error).toBeInstanceOf(PpsHttpError);
    expect(error).toMatchObject({
      status: 400,
      body: { errors: { offId: ['unknown person'] } },
      bodyText: undefined,
    });
  });
});
