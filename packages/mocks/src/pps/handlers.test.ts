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
  ])('refuses %s with 400 and an OperationOutcome', async (_, headers, body, message) => {
    const { status, json } = await post(headers, body);
    expect(status).toBe(400);
    expect(json.issue?.[0]?.diagnostics).toMatch(message);
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
