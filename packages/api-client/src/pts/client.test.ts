/**
 * The PTS client's patient guard, at the network (MSW): a restriction about another person, or
 * about another object than the one asked about, is never shown as this patient's.
 */
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PpsPatientMismatchError, PpsResponseError } from '../shared/errors';
import { createPtsClient } from './client';

const BASE = 'https://pts.example.test';
const PATIENT = '13867410028';
const OTHER = '01017012345';
const OBJECT = { type: 'Svarrapport', value: '3f1c2b7e-5d4a-4c3b-9e8f-1a2b3c4d5e6f' } as const;
const OTHER_OBJECT = { type: 'Svarrapport', value: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' } as const;
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const restriction = (offId: string, object: { type: string; value: string } = OBJECT) => ({
  patientSafetyObject: { person: { offId }, confidentialObjectId: object },
  confidentialityCode: 'NORU',
  delayDeliveryUntil: '2027-01-01T00:00:00Z',
});
const answer = (path: string, body: unknown) =>
  server.use(http.post(`${BASE}${path}`, () => HttpResponse.json(body as never)));
const client = createPtsClient({ baseUrl: BASE, retry: false });
const SAFETY = '/v0.5/access-restrictions/patient-safety';

describe('PTS: whose restriction', () => {
  it('keeps the patient’s own restrictions', async () => {
    answer(`${SAFETY}/_search`, [restriction(PATIENT), restriction(PATIENT, OTHER_OBJECT)]);
    await expect(client.searchPatientSafetyRestrictions({ offId: PATIENT })).resolves.toHaveLength(2);
  });

  it.each([
    [
      'a search',
      () => client.searchPatientSafetyRestrictions({ offId: PATIENT }),
      `${SAFETY}/_search`,
      [restriction(PATIENT), restriction(OTHER)],
      '[1].patientSafetyObject.person.offId',
    ],
    [
      'associate-parent',
      () =>
        client.associateParent({
          offId: PATIENT,
          confidentialObjectId: OBJECT,
          parentConfidentialObjectId: { type: 'Rekvisisjon', value: OTHER_OBJECT.value },
        }),
      `${SAFETY}/associate-parent`,
      [restriction(OTHER)],
      '[0].patientSafetyObject.person.offId',
    ],
    [
      'a created restriction',
      () =>
        client.createPatientSafetyRestriction({
          patientSafetyObject: { person: { offId: PATIENT }, confidentialObjectId: OBJECT },
          confidentialityCode: 'NORU',
          delayDeliveryUntil: '2099-01-01T00:00:00Z',
        }),
      SAFETY,
      restriction(OTHER),
      '$.patientSafetyObject.person.offId',
    ],
    [
      'a privacy restriction naming a person',
      () => client.searchPatientPrivacyRestrictions(PATIENT),
      '/access-restrictions/patient-privacy/_search',
      [
        {
          privacyType: 'Block',
          privacyLevel: 'Soft',
          restrictionDomain: 'PPS',
          objectScope: { type: 'All' },
          subjectScope: { type: 'Specified' },
          person: { offId: OTHER },
        },
      ],
      '[0].person.offId',
    ],
  ] as const)('refuses another person’s restriction in %s', async (_name, call, path, body, at) => {
    answer(path, body);
    const error = await call().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PpsPatientMismatchError);
    expect(error).toMatchObject({ path: at });
    expect((error as Error).message).not.toContain(OTHER);
  });

  it('refuses a restriction on another object than the one asked about', async () => {
    answer(`${SAFETY}/_search`, [restriction(PATIENT, OTHER_OBJECT)]);
    const error = await client
      .searchPatientSafetyRestrictions({ offId: PATIENT, confidentialObjectId: OBJECT })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PpsResponseError);
    expect(error).toMatchObject({ path: '[0].patientSafetyObject.confidentialObjectId' });
  });

  it('keeps privacy restrictions that name no person (the documented shape)', async () => {
    answer('/access-restrictions/patient-privacy/_search', [
      {
        privacyType: 'Block',
        privacyLevel: 'Soft',
        restrictionDomain: 'PPS',
        objectScope: { type: 'All' },
        subjectScope: { type: 'Specified' },
      },
      {
        privacyType: 'Shield',
        privacyLevel: 'Hard',
        restrictionDomain: 'PPS',
        objectScope: { type: 'All' },
        subjectScope: { type: 'Specified' },
        offId: PATIENT,
      },
    ]);
    await expect(client.searchPatientPrivacyRestrictions(PATIENT)).resolves.toHaveLength(2);
  });
});
