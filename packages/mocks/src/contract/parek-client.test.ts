import {
  createParekClient,
  IDENTIFIER_SYSTEM,
  PAREK_REQUESTER_UUID_SYSTEM,
  PpsPatientMismatchError,
} from '@pps-kit/api-client';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { patientWithScenario } from '../data/patients';
import { createParekHandlers } from '../parek/handlers';

const server = setupServer(...createParekHandlers());
const seen: Request[] = [];
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  server.events.on('request:start', ({ request }) => {
    seen.push(request);
  });
});
afterEach(() => {
  server.resetHandlers();
  seen.length = 0;
});
afterAll(() => server.close());

const BASE = 'https://ehr.example.test/api/parek';
const parek = createParekClient({ baseUrl: BASE, sourceSystem: 'pps-kit-tests', retry: false });
const gp = patientWithScenario('gp-chemistry').personId;

describe('PaRek client', () => {
  it('lists the patient’s requisitions with an nhn-event-id, keeping the patient out of the URL', async () => {
    const result = await parek.searchServiceRequests(gp);
    expect(result.matches.map((r) => r.status).sort()).toEqual(['active', 'completed', 'revoked']);
    expect(seen[0]?.headers.get('nhn-event-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(seen[0]?.headers.get('nhn-source-system')).toBe('pps-kit-tests');
    expect(seen[0]?.url).toBe(`${BASE}/v1/ServiceRequest/_search`);
  });

  it('narrows by status', async () => {
    const result = await parek.searchServiceRequests(gp, { status: ['active'] });
    expect(result.matches).toHaveLength(1);
    expect(result.matches[0]?.orderDetail?.map((d) => d.parameterFocus?.concept?.text)).toEqual([
      'B-HbA1c',
      'P-Kreatinin',
      'P-Kalium',
    ]);
  });

  it('finds the specimens collected for a requisition, and reads both by id', async () => {
    const [active] = (await parek.searchServiceRequests(gp, { status: ['active'] })).matches;
    const specimens = await parek.searchSpecimens(gp, { requestId: active?.id ?? '' });
    expect(specimens.matches).toHaveLength(1);
    const specimen = await parek.readSpecimen(specimens.matches[0]?.id ?? '');
    expect(specimen.type?.text).toBe('Blod');
    expect((await parek.readServiceRequest(active?.id ?? '')).status).toBe('active');
  });

  it('reports a missing requisition as 404', async () => {
    await expect(parek.readServiceRequest('00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({
      status: 404,
    });
  });

  it('refuses a request without nhn-event-id, like PaRek', async () => {
    const response = await fetch(`${BASE}/v1/ServiceRequest/_search`, {
      method: 'POST',
      body: 'subject:identifier=x|1',
    });
    expect(response.status).toBe(400);
  });

  it('keeps a created requisition, idempotent on the requester-defined UUID', async () => {
    const body = {
      resourceType: 'ServiceRequest',
      identifier: [{ system: PAREK_REQUESTER_UUID_SYSTEM, value: 'e1d2c3b4-a596-4877-8899-aabbccddeeff' }],
      status: 'active',
      intent: 'plan',
      subject: { identifier: { system: IDENTIFIER_SYSTEM.fnr, value: gp } },
      orderDetail: [{ parameter: [{ code: { text: 'Analyse' }, valueString: 'P-Ferritin' }] }],
    };
    const post = () =>
      fetch(`${BASE}/v1/ServiceRequest`, {
        method: 'POST',
        headers: { 'content-type': 'application/fhir+json', 'nhn-event-id': crypto.randomUUID() },
        body: JSON.stringify(body),
      });
    expect((await post()).status).toBe(201);
    expect((await post()).status).toBe(200);
    expect((await parek.searchServiceRequests(gp)).matches).toHaveLength(4);
  });

  it('withholds a requisition about another person', async () => {
    server.use(
      http.post('*/ServiceRequest/_search', () =>
        HttpResponse.json({
          resourceType: 'Bundle',
          type: 'searchset',
          entry: [
            {
              resource: {
                resourceType: 'ServiceRequest',
                id: 'x',
                status: 'active',
                intent: 'plan',
                subject: {
                  identifier: {
                    system: IDENTIFIER_SYSTEM.fnr,
                    value: patientWithScenario('microbiology').personId,
                  },
                },
              },
            },
          ],
        }),
      ),
    );
    await expect(parek.searchServiceRequests(gp)).rejects.toBeInstanceOf(PpsPatientMismatchError);
  });
});
