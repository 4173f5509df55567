/**
 * The PPS client against the mock PPS, over the network through MSW: every method, both header
 * modes, paging, the privacy outcomes, the patient guard and the errors.
 */
import {
  createPpsClient,
  IDENTIFIER_SYSTEM,
  type NilarDiagnosticReport,
  type NilarObservation,
  PpsHttpError,
  PpsPatientMismatchError,
  type PpsSearchParams,
  PpsValidationError,
} from '@pps-kit/api-client';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getDefaultDataset } from '../data/dataset';
import { patientWithScenario } from '../data/patients';
import { createPpsHandlers } from '../pps/handlers';
import { createDpopProof } from '../shared/dpop';

const BASE = 'https://ehr.example.test/api/pps';
const server = setupServer(...createPpsHandlers());
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const client = createPpsClient({ baseUrl: BASE, retry: false });
const gp = { personId: patientWithScenario('gp-chemistry').personId };
/** How many reports the mock holds for the GP patient (ten years of chemistry and a few messages). */
const gpReports = new Set(
  (getDefaultDataset()[gp.personId] ?? [])
    .filter((r) => r.resourceType === 'DiagnosticReport')
    .map((r) => r.id),
).size;
const micro = { personId: patientWithScenario('microbiology').personId };

/** Records the requests that reach the mock, without changing its answers. */
function recordRequests() {
  const seen: { url: string; headers: Headers; body: URLSearchParams }[] = [];
  server.events.on('request:start', async ({ request }) => {
    if (request.method === 'POST') {
      seen.push({
        url: request.url,
        headers: request.headers,
        body: new URLSearchParams(await request.clone().text()),
      });
    }
  });
  return seen;
}
afterEach(() => server.events.removeAllListeners());

describe('metadata', () => {
  it('returns the CapabilityStatement', async () => {
    const statement = await client.metadata();
    expect(statement.fhirVersion).toBe('4.0.1');
    expect(statement.rest?.[0]?.resource?.map((r) => r.type)).toEqual(['DiagnosticReport', 'Observation']);
  });
});

describe('searchDiagnosticReports', () => {
  it('sends the proxy headers and a form body, and gets the patient’s reports', async () => {
    const seen = recordRequests();
    const result = await client.searchDiagnosticReports({
      ...gp,
      accessBasis: 'UNNTAK',
      requesterHprRole: 'LE',
    });
    expect(seen[0]?.headers.get('person-id')).toBe(gp.personId);
    expect(seen[0]?.headers.get('access-basis')).toBe('UNNTAK');
    expect(seen[0]?.headers.get('requester-hpr-role')).toBe('LE');
    expect(seen[0]?.headers.get('correlation-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(seen[0]?.url).not.toContain(gp.personId);
    expect(gpReports).toBeGreaterThan(40);
    expect(result.total).toBe(gpReports);
    expect(result.matches).toHaveLength(gpReports);
    expect(result.privacy).toEqual([]);
    expect(result.noData).toBe(false);
  });

  it('speaks the backdoor headers against the /fhir prefix', async () => {
    const seen = recordRequests();
    const backdoor = createPpsClient({
      baseUrl: 'https://backdoor.test.pps.nhn.no/fhir',
      mode: 'backdoor',
      retry: false,
    });
    const result = await backdoor.searchDiagnosticReports({
      ...micro,
      requesterHpr: '4128168',
      requesterHprRole: 'LE',
      requesterName: 'Kari Klinikersen',
      organisation: '999999999',
    });
    expect(result.matches.length).toBeGreaterThan(0);
    const headers = seen[0]?.headers;
    expect(headers?.get('x-nilar-patient')).toBe(micro.personId);
    expect(headers?.get('x-nilar-requester-hpr')).toBe('4128168');
    expect(headers?.get('x-nilar-requester-hpr-role')).toBe('LE');
    expect(headers?.get('x-nilar-requester-name')).toBe('Kari Klinikersen');
    expect(headers?.get('x-nilar-organisation')).toBe('999999999');
    expect(headers?.get('x-nilar-correlation-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(headers?.get('person-id')).toBeNull();
  });

  it('pages with _count and _skip, with self and next links', async () => {
    const first = await client.searchDiagnosticReports(gp, { _count: 15 });
    const second = await client.searchDiagnosticReports(gp, { _count: 15, _skip: 15 });
    expect(first.matches).toHaveLength(15);
    expect(second.matches).toHaveLength(15);
    expect(new Set([...first.matches, ...second.matches].map((r) => r.id)).size).toBe(30);
    expect(first.raw.link?.map((l) => l.relation)).toEqual(['self', 'next']);
    expect(second.raw.link?.map((l) => l.relation)).toEqual(['self', 'next', 'previous']);
    for (const link of first.raw.link ?? []) expect(link.url).not.toContain(gp.personId);
  });

  it('filters on a date interval, sent as two date keys', async () => {
    const seen = recordRequests();
    const result = await client.searchDiagnosticReports(gp, {
      date: [
        { prefix: 'ge', value: '2024-01-01' },
        { prefix: 'lt', value: '2025-01-01' },
      ],
    });
    expect(seen[0]?.body.getAll('date')).toEqual(['ge2024-01-01', 'lt2025-01-01']);
    expect(result.matches.length).toBeGreaterThan(0);
    for (const report of result.matches) expect(report.effectiveDateTime?.slice(0, 4)).toBe('2024');
  });

  it.each([
    ['a person id with a wrong check digit', { personId: '04886897868' }, {}, 'personId'],
    ['a person id of ten digits', { personId: '0488689786' }, {}, 'personId'],
    ['a person id with letters', { personId: '0488689786X' }, {}, 'personId'],
    ['a day the calendar does not have', gp, { date: [{ value: '2024-02-30' }] }, 'date[0]'],
    ['a date that is not a FHIR date', gp, { date: [{ prefix: 'ge', value: '1.1.2024' }] }, 'date[0]'],
    ['a prefix FHIR does not have', gp, { date: [{ prefix: 'xx', value: '2024-01-01' }] }, 'date[0]'],
    ['the second date of an interval', gp, { date: [{ value: '2024' }, { value: '2024-13' }] }, 'date[1]'],
    ['a negative _count', gp, { _count: -1 }, '_count'],
    ['a _skip that is not an integer', gp, { _skip: 1.5 }, '_skip'],
  ] as const)('refuses %s before sending (PPS would answer 400)', async (_, context, params, path) => {
    const seen = recordRequests();
    const error = await client
      .searchDiagnosticReports(context, params as PpsSearchParams)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PpsValidationError);
    expect((error as PpsValidationError).issues.map((issue) => issue.path)).toEqual([path]);
    const observations = await client
      .searchObservations(context, params as PpsSearchParams)
      .catch((e: unknown) => e);
    expect(observations).toBeInstanceOf(PpsValidationError);
    expect(seen).toEqual([]);
  });

  it('sends the date forms PPS takes: a year, a month, a day, a dateTime with its zone', async () => {
    const seen = recordRequests();
    await client.searchDiagnosticReports(gp, {
      date: [
        { prefix: 'ge', value: '2024' },
        { prefix: 'lt', value: '2024-06' },
      ],
    });
    await client.searchDiagnosticReports(gp, {
      date: [{ prefix: 'le', value: '2024-05-01T08:30:00+02:00' }],
    });
    expect(seen.map((request) => request.body.getAll('date'))).toEqual([
      ['ge2024', 'lt2024-06'],
      ['le2024-05-01T08:30:00+02:00'],
    ]);
  });

  it('finds a report by the lab’s report id', async () => {
    const result = await client.searchDiagnosticReports(micro, { identifier: 'MB26-104412' });
    expect(result.matches).toHaveLength(1);
    expect(result.matches[0]?.identifier?.[0]?.value).toBe('MB26-104412');
  });

  it.each([
    ['reservation', 'Reservation'],
    ['specific-block', 'Specific'],
    ['general-block', 'General'],
  ] as const)('reports a %s patient’s %s outcome, never as no data', async (scenario, code) => {
    const result = await client.searchDiagnosticReports({ personId: patientWithScenario(scenario).personId });
    expect(result.privacy).toEqual([code]);
    expect(result.matches).toEqual([]);
    expect(result.noData).toBe(false);
  });

  it('opens a General block with an elevated access basis; refuses one where nothing is blocked', async () => {
    const blocked = { personId: patientWithScenario('general-block').personId };
    const opened = await client.searchDiagnosticReports({ ...blocked, accessBasis: 'FORHOYET_SAMTYKKE' });
    expect(opened.privacy).toEqual([]);
    expect(opened.matches.length).toBeGreaterThan(0);
    const error = await client
      .searchDiagnosticReports({ ...gp, accessBasis: 'FORHOYET_AKUTT' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PpsHttpError);
    expect(error).toMatchObject({ status: 400, outcome: { issue: [{ code: 'forbidden' }] } });
  });

  it('says no data for an unknown person and for a patient PPS holds nothing for', async () => {
    // 70818815156: a valid D-nummer nobody in the mock PPS has.
    for (const personId of [patientWithScenario('no-data').personId, '70818815156']) {
      const result = await client.searchDiagnosticReports({ personId });
      expect(result.noData).toBe(true);
      expect(result.outcomes[0]?.issue[0]?.code).toBe('not-found');
    }
  });

  it('answers NHN’s documented test person Gry Telokk with her results, by default', async () => {
    const result = await client.searchDiagnosticReports(
      { personId: '12057900499' },
      { _include: ['DiagnosticReport:result'] },
    );
    expect(result.noData).toBe(false);
    expect(result.matches.length).toBeGreaterThan(0);
    // Hers, and no one else's: the client's patient guard checks the same.
    expect(new Set(result.matches.map((report) => report.subject?.identifier?.value))).toEqual(
      new Set(['12057900499']),
    );
  });

  it('refuses v2 without DPoP, and accepts it with the host’s DPoP headers', async () => {
    const v2 = createPpsClient({ baseUrl: BASE, apiVersion: 'v2', retry: false });
    await expect(v2.searchDiagnosticReports(gp)).rejects.toMatchObject({ status: 401 });
    const signed = createPpsClient({
      baseUrl: BASE,
      apiVersion: 'v2',
      retry: false,
      getAuthHeaders: async ({ method, url }) => ({
        authorization: 'DPoP token',
        dpop: await createDpopProof({ method, url, accessToken: 'token' }),
      }),
    });
    expect((await signed.searchDiagnosticReports(gp)).matches.length).toBeGreaterThan(0);
    // A proof that is no JWT is refused as PPS refuses it.
    const unsigned = createPpsClient({
      baseUrl: BASE,
      apiVersion: 'v2',
      retry: false,
      getAuthHeaders: async () => ({ authorization: 'DPoP token', dpop: 'proof' }),
    });
    await expect(unsigned.searchDiagnosticReports(gp)).rejects.toMatchObject({ status: 401 });
  });
});

describe('searchObservations', () => {
  it('finds the whole tree of a tag hit: the isolate with its susceptibilities', async () => {
    const result = await client.searchObservations(micro, {
      tag: ['urn:oid:2.16.578.1.12.4.1.1.7280:NPU06048'],
      _include: ['Observation:has-member'],
      _revinclude: ['DiagnosticReport:result'],
    });
    expect(result.matches.map((o) => o.valueCodeableConcept?.text)).toEqual([
      'Escherichia coli',
      'Enterococcus faecalis',
    ]);
    const members = Object.values(result.included.Observation ?? {}) as NilarObservation[];
    const nitrofurantoin = members.filter((o) => o.code.coding?.[0]?.code === 'NPU06048');
    expect(nitrofurantoin.map((o) => o.valueCodeableConcept?.coding?.[0]?.code)).toEqual(['S', 'S']);
    expect(Object.keys(result.included.DiagnosticReport ?? {})).toHaveLength(1);
  });

  it('accepts a bare code and the _tags spelling', async () => {
    const client2 = createPpsClient({ baseUrl: BASE, retry: false, tagParameter: '_tags' });
    const result = await client2.searchObservations(micro, { tag: ['NPU59105'] });
    expect(result.matches.map((o) => o.valueCodeableConcept?.text)).toEqual(['Ikke påvist']);
  });
});

describe('getReport', () => {
  it('returns one report with its requisition, requester, specimens, performers and result trees', async () => {
    const { matches } = await client.searchDiagnosticReports(micro, { identifier: 'MB26-104412' });
    const id = matches[0]?.id ?? '';
    const seen = recordRequests();
    const result = await client.getReport(micro, id);
    expect(seen).toHaveLength(1);
    const report = result.report as NilarDiagnosticReport;
    expect(report.id).toBe(id);
    const get = (ref: { reference?: string } | undefined) => {
      const [type, rid] = (ref?.reference ?? '').split('/');
      return result.included[type ?? '']?.[rid ?? ''];
    };
    const request = get(report.basedOn?.[0]) as {
      requester?: { reference?: string };
      reasonCode?: { text?: string }[];
    };
    expect(request.reasonCode?.[0]?.text).toContain('Dysuri');
    expect(get(request.requester)).toMatchObject({ practitioner: { display: 'Kari Klinikersen' } });
    expect(get(report.specimen?.[0])).toMatchObject({ type: { text: 'Urin, midtstråle' } });
    expect(report.performer?.length).toBeGreaterThan(0);
    for (const performer of report.performer ?? []) expect(get(performer)).toBeDefined();
    const isolate = get(report.result?.[0]) as NilarObservation;
    expect(isolate.hasMember).toHaveLength(6);
    for (const member of isolate.hasMember ?? []) expect(get(member)).toBeDefined();
  });

  it('returns no report for an id PPS does not hold', async () => {
    const result = await client.getReport(micro, '00000000-0000-4000-8000-000000000000');
    expect(result.report).toBeUndefined();
    expect(result.noData).toBe(true);
  });
});

describe('searchAllDiagnosticReports', () => {
  it('fetches every page, in parallel after the first, and merges them in order', async () => {
    const seen = recordRequests();
    const progress: number[] = [];
    const result = await client.searchAllDiagnosticReports(gp, { _count: 7 }, undefined, {
      concurrency: 3,
      onProgress: ({ loaded }) => progress.push(loaded),
    });
    expect(result.matches).toHaveLength(gpReports);
    expect(new Set(result.matches.map((r) => r.id)).size).toBe(gpReports);
    const skips = Array.from({ length: Math.ceil(gpReports / 7) }, (_, page) => String(page * 7));
    expect(seen.map((r) => r.body.get('_skip'))).toEqual(skips);
    // One search, one correlation id.
    expect(new Set(seen.map((r) => r.headers.get('correlation-id'))).size).toBe(1);
    expect(progress.at(-1)).toBe(gpReports);
    const times = result.matches.map((r) => Date.parse(r.effectiveDateTime ?? ''));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('stops after the first page when the data is hidden', async () => {
    const seen = recordRequests();
    const result = await client.searchAllDiagnosticReports({
      personId: patientWithScenario('general-block').personId,
    });
    expect(seen).toHaveLength(1);
    expect(result.privacy).toEqual(['General']);
  });
});

describe('the patient guard', () => {
  it('withholds a report about another person', async () => {
    server.use(
      http.post('*/DiagnosticReport/_search', () =>
        HttpResponse.json({
          resourceType: 'Bundle',
          type: 'searchset',
          entry: [
            {
              search: { mode: 'match' },
              resource: {
                resourceType: 'DiagnosticReport',
                id: 'r1',
                status: 'final',
                code: { text: 'Klinisk kjemi' },
                subject: { identifier: { system: IDENTIFIER_SYSTEM.fnr, value: micro.personId } },
              },
            },
          ],
        }),
      ),
    );
    const error = await client.searchDiagnosticReports(gp).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PpsPatientMismatchError);
    expect((error as Error).message).not.toContain(micro.personId);
    expect(error).toMatchObject({ path: 'entry[0].resource.subject' });
  });

  it('withholds an included resource about another person, and one that names no person', async () => {
    const real = await client.getReport(
      micro,
      (await client.searchDiagnosticReports(micro)).matches[0]?.id ?? '',
    );
    const raw = structuredClone(real.raw);
    const observation = raw.entry?.find((e) => e.resource?.resourceType === 'Observation')
      ?.resource as NilarObservation;
    observation.subject = { identifier: { system: IDENTIFIER_SYSTEM.fnr, value: gp.personId } };
    server.use(http.post('*/DiagnosticReport/_search', () => HttpResponse.json(raw)));
    await expect(client.searchDiagnosticReports(micro)).rejects.toBeInstanceOf(PpsPatientMismatchError);

    observation.subject = { display: 'Ukjent' };
    await expect(client.searchDiagnosticReports(micro)).rejects.toBeInstanceOf(PpsPatientMismatchError);
  });
});
