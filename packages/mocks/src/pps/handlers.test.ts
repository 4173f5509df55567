import { createPpsClient, PpsHttpError } from '@pps-kit/api-client';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mockPatients } from '../data/patients';
import { handlers } from './handlers';

const server = setupServer(...handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const client = createPpsClient({ baseUrl: 'https://ehr.example.test/api/pps' });
const backdoor = createPpsClient({ baseUrl: 'https://backdoor.test.pps.nhn.no/fhir', mode: 'backdoor' });
const idOf = (scenario: string) => {
  const patient = mockPatients.find((p) => p.scenario === scenario);
  if (!patient) throw new Error(`no mock patient with scenario ${scenario}`);
  return patient.personId;
};

describe('mock PPS DiagnosticReport/_search', () => {
  it('returns the patient’s reports, newest first, with their results on request', async () => {
    const personId = idOf('results');
    const result = await client.searchDiagnosticReports(
      { personId },
      { _include: ['DiagnosticReport:result'] },
    );
    expect(result.matches.length).toBeGreaterThan(1);
    const times = result.matches.map((r) => Date.parse(r.effectiveDateTime ?? ''));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    for (const report of result.matches) {
      expect(report.subject.identifier?.value).toBe(personId);
      for (const ref of report.result ?? []) {
        const [type, id] = (ref.reference ?? '').split('/');
        expect(result.included[type ?? '']?.[id ?? '']).toBeDefined();
      }
    }
    expect(result.total).toBe(result.matches.length);
  });

  it('pages with _count and _skip, and reports the total', async () => {
    const personId = idOf('results');
    const all = await client.searchDiagnosticReports({ personId });
    const page = await client.searchDiagnosticReports({ personId }, { _count: 2, _skip: 1 });
    expect(page.total).toBe(all.total);
    expect(page.matches.map((r) => r.id)).toEqual(all.matches.slice(1, 3).map((r) => r.id));
  });

  it('filters on the date interval', async () => {
    const personId = idOf('results');
    const result = await client.searchDiagnosticReports(
      { personId },
      {
        date: [
          { prefix: 'ge', value: '2026-11-01' },
          { prefix: 'lt', value: '2026-12-01' },
        ],
      },
    );
    expect(result.matches.length).toBeGreaterThan(0);
    for (const report of result.matches) expect(report.effectiveDateTime?.slice(0, 7)).toBe('2026-11');
  });

  it('answers the backdoor headers too', async () => {
    const result = await backdoor.searchDiagnosticReports({ personId: idOf('results') });
    expect(result.matches.length).toBeGreaterThan(0);
  });

  it.each([
    ['reservation', 'Reservation'],
    ['specific-block', 'Specific'],
    ['general-block', 'General'],
  ])('hides the data of a %s patient behind a %s outcome', async (scenario, code) => {
    const result = await client.searchDiagnosticReports({ personId: idOf(scenario) });
    expect(result.privacy).toEqual([code]);
    expect(result.matches).toEqual([]);
    expect(result.noData).toBe(false);
  });

  it('opens a General block with an elevated access basis, and refuses it where nothing is blocked', async () => {
    const opened = await client.searchDiagnosticReports({
      personId: idOf('general-block'),
      accessBasis: 'FORHOYET_SAMTYKKE',
    });
    expect(opened.privacy).toEqual([]);
    expect(opened.matches.length).toBeGreaterThan(0);
    await expect(
      client.searchDiagnosticReports({ personId: idOf('results'), accessBasis: 'FORHOYET_SAMTYKKE' }),
    ).rejects.toMatchObject({ status: 400 });
  });

  it('says not-found for a patient without data', async () => {
    const result = await client.searchDiagnosticReports({ personId: idOf('no-data') });
    expect(result.noData).toBe(true);
    expect(result.privacy).toEqual([]);
  });

  it('refuses v2 without DPoP, like PPS', async () => {
    const v2 = createPpsClient({ baseUrl: 'https://ehr.example.test/api/pps', apiVersion: 'v2' });
    const error = await v2.searchDiagnosticReports({ personId: idOf('results') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PpsHttpError);
    expect(error).toMatchObject({ status: 401 });
  });
});

describe('mock patients', () => {
  it('use synthetic numbers only: month + 80 and valid mod-11 check digits', () => {
    for (const { personId, birthDate } of mockPatients) {
      const digits = [...personId].map(Number);
      const weighted = (weights: number[]) => weights.reduce((sum, w, i) => sum + w * (digits[i] ?? 0), 0);
      expect(weighted([3, 7, 6, 1, 8, 9, 4, 5, 2, 1]) % 11, personId).toBe(0);
      expect(weighted([5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11, personId).toBe(0);
      expect(Number(personId.slice(2, 4)), personId).toBeGreaterThan(80);
      expect(personId.slice(0, 2)).toBe(birthDate.slice(8, 10));
      expect(Number(personId.slice(2, 4)) - 80).toBe(Number(birthDate.slice(5, 7)));
    }
  });
});
