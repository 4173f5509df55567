import { HttpResponse, http, type JsonBodyType } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PVK_OUTCOME_SYSTEM_LEGACY } from '../shared/code-systems';
import { PpsHttpError, PpsNetworkError, PpsResponseError } from '../shared/errors';
import { createPpsClient } from './client';

const BASE = 'https://pps.example.test/api/pps';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const report = (id: string) => ({
  resourceType: 'DiagnosticReport',
  id,
  status: 'final',
  code: { text: 'Medisinsk biokjemi' },
  subject: { identifier: { system: 'urn:oid:2.16.578.1.12.4.1.4.1', value: '13867410028' } },
});

/** Records what reached the network and answers with `body`. */
function capture(body: JsonBodyType, init?: ResponseInit) {
  const seen: { url: string; headers: Headers; form: URLSearchParams; contentType: string | null }[] = [];
  server.use(
    http.post(`${BASE}/*`, async ({ request }) => {
      seen.push({
        url: request.url,
        headers: request.headers,
        form: new URLSearchParams(await request.text()),
        contentType: request.headers.get('content-type'),
      });
      return typeof body === 'string' ? new HttpResponse(body, init) : HttpResponse.json(body, init);
    }),
  );
  return seen;
}

describe('createPpsClient: the request', () => {
  it('POSTs a form body with the patient in proxy headers', async () => {
    const seen = capture({ resourceType: 'Bundle', type: 'searchset', entry: [] });
    const client = createPpsClient({ baseUrl: `${BASE}/` });
    await client.searchDiagnosticReports(
      { personId: '13867410028', accessBasis: 'UNNTAK', requesterHprRole: 'LE' },
      {
        date: [
          { prefix: 'ge', value: '2024-01-01' },
          { prefix: 'lt', value: '2025-01-01' },
        ],
        _include: ['DiagnosticReport:based-on', 'DiagnosticReport:specimen'],
        _count: 20,
        _skip: 40,
      },
    );
    const [request] = seen;
    expect(request?.url).toBe(`${BASE}/DiagnosticReport/_search`);
    expect(request?.contentType).toBe('application/x-www-form-urlencoded');
    expect(request?.headers.get('person-id')).toBe('13867410028');
    expect(request?.headers.get('access-basis')).toBe('UNNTAK');
    expect(request?.headers.get('requester-hpr-role')).toBe('LE');
    expect(request?.headers.get('correlation-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(request?.form.getAll('date')).toEqual(['ge2024-01-01', 'lt2025-01-01']);
    expect(request?.form.get('_include')).toBe('DiagnosticReport:based-on,DiagnosticReport:specimen');
    expect(request?.form.get('_count')).toBe('20');
    expect(request?.form.get('_skip')).toBe('40');
    // The patient never travels in the body or the URL.
    expect(request?.url).not.toContain('13867410028');
    expect(request?.form.toString()).not.toContain('13867410028');
  });

  it('uses the x-nilar-* headers in backdoor mode and the /v2 prefix for v2', async () => {
    const seen = capture({ resourceType: 'Bundle', type: 'searchset' });
    const client = createPpsClient({ baseUrl: BASE, mode: 'backdoor', apiVersion: 'v2' });
    await client.searchDiagnosticReports({
      personId: '02915821122',
      correlationId: 'corr-1',
      requesterHpr: '9144889',
    });
    const [request] = seen;
    expect(request?.url).toBe(`${BASE}/v2/DiagnosticReport/_search`);
    expect(request?.headers.get('x-nilar-patient')).toBe('02915821122');
    expect(request?.headers.get('x-nilar-correlation-id')).toBe('corr-1');
    expect(request?.headers.get('x-nilar-requester-hpr')).toBe('9144889');
    expect(request?.headers.get('person-id')).toBeNull();
  });

  it('adds the host’s auth headers', async () => {
    const seen = capture({ resourceType: 'Bundle', type: 'searchset' });
    const client = createPpsClient({
      baseUrl: BASE,
      getAuthHeaders: async ({ method, url }) => ({ dpop: `${method} ${url}` }),
    });
    await client.searchDiagnosticReports({ personId: '13867410028' });
    expect(seen[0]?.headers.get('dpop')).toBe(`POST ${BASE}/DiagnosticReport/_search`);
  });
});

describe('createPpsClient: the answer', () => {
  // Retries are transport.test.ts's; here an error is the answer itself.
  const client = createPpsClient({ baseUrl: BASE, retry: false });
  const patient = { personId: '13867410028' };

  it('splits matches, includes and outcomes', async () => {
    capture({
      resourceType: 'Bundle',
      type: 'searchset',
      total: 7,
      entry: [
        { resource: report('r1'), search: { mode: 'match' } },
        {
          resource: {
            resourceType: 'ServiceRequest',
            id: 's1',
            status: 'completed',
            intent: 'order',
            subject: report('x').subject,
          },
          search: { mode: 'include' },
        },
        { resource: report('r2'), search: { mode: 'match' } },
      ],
    });
    const result = await client.searchDiagnosticReports(patient);
    expect(result.matches.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(result.included.ServiceRequest?.s1).toMatchObject({ id: 's1' });
    expect(result.total).toBe(7);
    expect(result.privacy).toEqual([]);
    expect(result.noData).toBe(false);
  });

  it('reports a privacy outcome from the legacy code system, and never as "no data"', async () => {
    capture({
      resourceType: 'Bundle',
      type: 'searchset',
      entry: [
        {
          search: { mode: 'outcome' },
          resource: {
            resourceType: 'OperationOutcome',
            issue: [
              {
                severity: 'information',
                code: 'not-found',
                details: { coding: [{ system: PVK_OUTCOME_SYSTEM_LEGACY, code: 'General' }] },
              },
            ],
          },
        },
      ],
    });
    const result = await client.searchDiagnosticReports(patient);
    expect(result.privacy).toEqual(['General']);
    expect(result.noData).toBe(false);
    expect(result.matches).toEqual([]);
  });

  it('reports not-found as no data', async () => {
    capture({
      resourceType: 'Bundle',
      type: 'searchset',
      entry: [
        {
          search: { mode: 'outcome' },
          resource: {
            resourceType: 'OperationOutcome',
            issue: [{ severity: 'information', code: 'not-found' }],
          },
        },
      ],
    });
    expect((await client.searchDiagnosticReports(patient)).noData).toBe(true);
  });

  it('throws PpsHttpError with the OperationOutcome of a 400', async () => {
    capture(
      {
        resourceType: 'OperationOutcome',
        issue: [{ severity: 'error', code: 'required', diagnostics: 'person-id header is missing' }],
      },
      { status: 400 },
    );
    const error = await client.searchDiagnosticReports(patient).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PpsHttpError);
    expect(error).toMatchObject({ status: 400, message: 'HTTP 400: person-id header is missing' });
    expect((error as PpsHttpError).correlationId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps a plain-text error body', async () => {
    capture('Service Unavailable', { status: 503, headers: { 'content-type': 'text/plain' } });
    const error = await client.searchDiagnosticReports(patient).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'http', status: 503, bodyText: 'Service Unavailable' });
  });

  it('names the path of a wrong shape', async () => {
    const { status: _missing, ...noStatus } = report('x');
    capture({ resourceType: 'Bundle', type: 'searchset', entry: [{ resource: noStatus }] });
    const error = await client.searchDiagnosticReports(patient).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PpsResponseError);
    expect(error).toMatchObject({ path: 'entry[0].resource.status' });
  });

  it('refuses a match of another resource type', async () => {
    capture({
      resourceType: 'Bundle',
      type: 'searchset',
      entry: [
        {
          search: { mode: 'match' },
          resource: {
            resourceType: 'Observation',
            id: 'o',
            status: 'final',
            code: {},
            subject: report('x').subject,
          },
        },
      ],
    });
    await expect(client.searchDiagnosticReports(patient)).rejects.toMatchObject({
      path: 'entry[0].resource.resourceType',
    });
  });

  it('wraps a failed connection in PpsNetworkError', async () => {
    server.use(http.post(`${BASE}/*`, () => HttpResponse.error()));
    await expect(client.searchDiagnosticReports(patient)).rejects.toBeInstanceOf(PpsNetworkError);
  });
});

describe('createPpsClient: searchDiagnosticReportsText, for readers elsewhere', () => {
  const patient = { personId: '13867410028' };

  it('sends the same request and gives the text; read() gives what searchDiagnosticReports gives', async () => {
    const bundle = {
      resourceType: 'Bundle',
      type: 'searchset',
      total: 1,
      entry: [{ resource: report('r1') }],
    };
    const seen = capture(bundle);
    const client = createPpsClient({ baseUrl: BASE });
    const answer = await client.searchDiagnosticReportsText?.(patient, { _count: 5 });
    const searched = await client.searchDiagnosticReports(patient, { _count: 5 });
    expect(JSON.parse(answer?.text ?? '')).toEqual(bundle);
    expect(answer?.correlationId).toBe(seen[0]?.headers.get('correlation-id'));
    expect(seen[0]?.form.toString()).toBe(seen[1]?.form.toString());
    expect(answer?.read()).toEqual(searched);
  });

  it('throws the HTTP error as the other does, and read() the reading errors', async () => {
    capture(
      { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'invalid' }] },
      { status: 400 },
    );
    const client = createPpsClient({ baseUrl: BASE, retry: false });
    await expect(client.searchDiagnosticReportsText?.(patient)).rejects.toBeInstanceOf(PpsHttpError);
    server.resetHandlers();
    capture('{"resourceType":', { headers: { 'content-type': 'application/fhir+json' } });
    const answer = await client.searchDiagnosticReportsText?.(patient);
    expect(() => answer?.read()).toThrow(PpsResponseError);
  });
});
