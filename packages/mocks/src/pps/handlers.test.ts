/** The mock PPS refuses what PPS refuses, and replays report versions in time. */
import { createPpsClient } from '@pps-kit/api-client';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patientWithScenario } from '../data/patients';
import { createPpsHandlers } from './handlers';

let now: Date | undefined;
const server = setupServer(...createPpsHandlers({ now: () => now }));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const SEARCH_URL = 'https://ehr.example.test/api/pps/DiagnosticReport/_search';
const personId = patientWithScenario('report-versions').personId;
const form = { 'content-type': 'application/x-www-form-urlencoded' };

async function post(headers: Record<string, string>, body = '') {
  const response = await fetch(SEARCH_URL, { method: 'POST', headers, body });
  return { status: response.status, json: (await response.json()) as { issue?: { diagnostics?: string }[] } };
}

describe('mock PPS refusals', () => {
  it.each([
    ['no person', { ...form, 'correlation-id': 'c' }, '', /person-id header is required/],
    ['no correlation id', { ...form, 'person-id': personId }, '', /correlation-id header is required/],
    [
      'a JSON body',
      { 'content-type': 'application/json', 'person-id': personId, 'x-request-id': 'c' },
      '{}',
      /x-www-form-urlencoded/,
    ],
    [
      'the patient in the body',
      { ...form, 'person-id': personId, cid: 'c' },
      `subject=${personId}`,
      /never in the body/,
    ],
    [
      'an unknown include',
      { ...form, 'person-id': personId, cid: 'c' },
      '_include=DiagnosticReport:subject',
      /Unsupported include/,
    ],
    [
      '_revinclude on reports',
      { ...form, 'person-id': personId, cid: 'c' },
      '_revinclude=DiagnosticReport:result',
      /does not apply/,
    ],
    ['a negative _skip', { ...form, 'person-id': personId, cid: 'c' }, '_skip=-1', /non-negative/],
    [
      'a person id with a wrong check digit',
      { ...form, 'person-id': '12057900498', cid: 'c' },
      '',
      /not a valid/,
    ],
    ['a person id of ten digits', { ...form, 'person-id': '1205790049', cid: 'c' }, '', /not a valid/],
    ['a name for a person id', { ...form, 'person-id': 'Gry Telokk', cid: 'c' }, '', /not a valid/],
    [
      'a date that is not one',
      { ...form, 'person-id': personId, cid: 'c' },
      'date=yesterday',
      /date must be/,
    ],
    ['a 13th month', { ...form, 'person-id': personId, cid: 'c' }, 'date=ge2026-13-01', /date must be/],
    ['30 February', { ...form, 'person-id': personId, cid: 'c' }, 'date=2026-02-30', /date must be/],
    ['a prefix PPS lacks', { ...form, 'person-id': personId, cid: 'c' }, 'date=sa2026-01-01', /date must be/],
    [
      'a time without a zone',
      { ...form, 'person-id': personId, cid: 'c' },
      'date=lt2026-01-01T10:00',
      /date must be/,
    ],
    [
      'a bad second date beside a good one',
      { ...form, 'person-id': personId, cid: 'c' },
      'date=ge2026-01-01&date=le2026-99',
      /date must be/,
    ],
  ])('refuses %s with 400 and an OperationOutcome', async (_, headers, body, message) => {
    const { status, json } = await post(headers, body);
    expect(status).toBe(400);
    expect(json.issue?.[0]?.diagnostics).toMatch(message);
  });

  it.each([
    'date=2026-11-01',
    'date=gt2017-09-20',
    'date=ge2020&date=lt2026-11',
    'date=le2026-11-01T10:00:00Z',
    'date=eq2026-11-01T10:00:00.5%2B01:00',
  ])('takes a date PPS takes: %s', async (body) => {
    expect((await post({ ...form, 'person-id': personId, cid: 'c' }, body)).status).toBe(200);
  });

  it('answers a malformed person id the host loaded messages for, as loaded, and refuses it otherwise', async () => {
    const loaded = setupServer(...createPpsHandlers({ patients: [], resources: { '54321': [] } }));
    server.close();
    loaded.listen({ onUnhandledRequest: 'error' });
    try {
      expect((await post({ ...form, 'person-id': '54321', cid: 'c' })).status).toBe(200);
      expect((await post({ ...form, 'person-id': '54322', cid: 'c' })).status).toBe(400);
    } finally {
      loaded.close();
      server.listen({ onUnhandledRequest: 'error' });
    }
  });

  it('accepts any correlation-id header name PPS accepts', async () => {
    for (const name of ['Correlation-Id', 'X-Request-Id', 'traceparent']) {
      expect((await post({ ...form, 'person-id': personId, [name]: 'c' })).status).toBe(200);
    }
  });
});

describe('report versions over time', () => {
  const client = createPpsClient({ baseUrl: 'https://ehr.example.test/api/pps', retry: false });
  const statusAt = async (time: string) => {
    now = new Date(time);
    const { matches } = await client.searchDiagnosticReports({ personId }, { identifier: 'KK26-560013' });
    now = undefined;
    return matches.map((r) => r.status);
  };

  it('shows the version issued by then: preliminary, then final, then amended', async () => {
    expect(await statusAt('2026-11-15T10:00:00Z')).toEqual([]);
    expect(await statusAt('2026-11-15T15:00:00Z')).toEqual(['preliminary']);
    expect(await statusAt('2026-11-16T16:00:00Z')).toEqual(['final']);
    expect(await statusAt('2026-11-18T12:00:00Z')).toEqual(['amended']);
  });
});

describe('paging links', () => {
  const headers = { 'person-id': personId, cid: 'c' };
  type Page = {
    entry?: { search?: { mode?: string }; resource?: { id?: string } }[];
    link?: { relation: string; url: string }[];
  };
  const ids = (page: Page) =>
    (page.entry ?? []).filter((e) => e.search?.mode === 'match').map((e) => e.resource?.id ?? '');
  const linkOf = (page: Page, relation: string) => page.link?.find((l) => l.relation === relation)?.url;

  it('are followed to the end by GET and by POST, and meet every report once, as _skip does', async () => {
    const first = (await (
      await fetch(SEARCH_URL, { method: 'POST', headers: { ...headers, ...form }, body: '_count=2' })
    ).json()) as Page;
    const all = (await (
      await fetch(SEARCH_URL, { method: 'POST', headers: { ...headers, ...form }, body: '_count=1000' })
    ).json()) as Page;
    for (const method of ['GET', 'POST'] as const) {
      const seen = [...ids(first)];
      let next = linkOf(first, 'next');
      let last = first;
      while (next) {
        expect(next).not.toContain(personId);
        last = (await (await fetch(next, { method, headers })).json()) as Page;
        seen.push(...ids(last));
        next = linkOf(last, 'next');
      }
      expect(seen).toEqual(ids(all));
      const previous = linkOf(last, 'previous');
      expect(previous).toBeDefined();
      const back = (await (await fetch(previous ?? '', { method, headers })).json()) as Page;
      expect(ids(back)).toEqual(ids(all).slice(-2 - ids(last).length, -ids(last).length));
    }
  });

  it('refuses the patient in the URL', async () => {
    const response = await fetch(`${SEARCH_URL}?patient=${personId}`, { headers });
    expect(response.status).toBe(400);
  });
});
