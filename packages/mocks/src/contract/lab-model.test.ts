/**
 * The lab-results model over real-shaped data: the sample messages (read in place) and the mock
 * dataset, fetched through the client.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  createPpsClient,
  type LabResult,
  type NilarDiagnosticReport,
  toLabReports,
  toSearchResult,
} from '@pps-kit/api-client';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patientWithScenario } from '../data/patients';
import { createPpsHandlers } from '../pps/handlers';
import { svarrapportToNilar } from '../svarrapport/convert';

const SAMPLES =
  process.env.PPS_KIT_SAMPLES ?? path.resolve(import.meta.dirname, '../../../../../shared/data/svarrapport');
const present = existsSync(SAMPLES);

/** A sample message as PPS would return it from a search with every include. */
function fromSample(name: string) {
  const bundle = svarrapportToNilar(readFileSync(path.join(SAMPLES, name)));
  const report = bundle.entry?.find((e) => e.resource?.resourceType === 'DiagnosticReport')
    ?.resource as NilarDiagnosticReport;
  return toLabReports(toSearchResult(bundle, 'DiagnosticReport', report.subject.identifier?.value ?? ''));
}

const flat = (results: readonly LabResult[]): LabResult[] => results.flatMap((r) => [r, ...flat(r.members)]);

describe.skipIf(!present)('toLabReports over the sample messages', () => {
  it('joins a chemistry report: values, units, verbatim ranges and the lab’s flags', () => {
    const [report] = fromSample('SvarMBK-Unilab-OUS_Endelig_20200317.xml').reports;
    expect(report?.reportType?.code).toBe('CLIN');
    expect(report?.fagomrade).toBe('CLIN');
    expect(report?.lab?.organisation).toBe(
      'Oslo Universitetssykehus HF, Avdeling for medisinsk biokjemi Gaustad',
    );
    expect(report?.requester?.person).toBe('Juel E. Nissen, Lege');
    expect(report?.specimens.length).toBeGreaterThan(1);
    const hb = report?.results.find((r) => r.nlk === 'NOR05172');
    expect(hb).toMatchObject({
      name: 'B-Hemoglobin',
      value: { kind: 'quantity', value: 11, unit: 'g/dL' },
      range: { text: '13.4 - 17.0', low: 13.4, high: 17 },
      classification: { class: 'low', source: 'lab' },
      accredited: true,
    });
    expect(report?.comments[0]?.text).toMatch(/^Ved registrering av prøver/);
    expect(report?.counts.abnormal).toBeGreaterThan(0);
  });

  it('builds microbiology isolates with their susceptibilities', () => {
    const [report] = fromSample('Svar_mikrobiologi_dyrkning_v1-4_Ny.xml').reports;
    expect(report?.fagomrade).toBe('MBIO');
    const [ecoli] = report?.results ?? [];
    expect(ecoli?.value).toMatchObject({ kind: 'text', text: 'Escherichia coli' });
    expect(ecoli?.members.map((m) => m.susceptibility?.code ?? m.name)).toEqual([
      'Mengde',
      'R',
      'S',
      'S',
      'I',
      'R',
    ]);
    expect(ecoli?.members[2]?.susceptibility).toEqual({
      code: 'S',
      display: 'Sensitiv, standarddose',
      mic: '0,25',
    });
    expect(ecoli?.members[1]?.classification.class).toBe('unknown');
  });

  it('reads a pathology report as text results in the PAT fagområde', () => {
    const [report] = fromSample('Svar_patologi_histologi_v1-4_Ny.xml').reports;
    expect(report?.fagomrade).toBe('PAT');
    expect(report?.mainExpertise?.code).toBe('PAT');
    expect(flat(report?.results ?? []).some((r) => r.value.kind === 'text' && r.value.text.length > 40)).toBe(
      true,
    );
  });
});

describe('toLabReports over the mock PPS', () => {
  const server = setupServer(...createPpsHandlers());
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());
  const client = createPpsClient({ baseUrl: 'https://ehr.example.test/api/pps', retry: false });
  const includes = {
    _include: [
      'DiagnosticReport:result',
      'DiagnosticReport:based-on',
      'DiagnosticReport:specimen',
      'DiagnosticReport:performer',
    ],
    '_include:iterate': ['Observation:has-member', 'ServiceRequest:requester'],
  };

  it('leaves repeat copies out and says how many', async () => {
    const personId = patientWithScenario('repeat-copies').personId;
    const model = toLabReports(await client.searchDiagnosticReports({ personId }, includes));
    const withCopy = model.reports.find((r) => r.repeatCopies > 0);
    expect(withCopy?.repeatCopies).toBe(1);
    expect(flat(withCopy?.results ?? []).every((r) => !r.history)).toBe(true);
  });

  it('sorts newest sample first and joins requisition, requester and specimens', async () => {
    const personId = patientWithScenario('microbiology').personId;
    const model = toLabReports(await client.searchDiagnosticReports({ personId }, includes));
    const times = model.reports.map((r) => Date.parse(r.sampleTime ?? ''));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const urine = model.reports.find((r) => r.labReportId === 'MB26-104412');
    expect(urine?.requisition?.reasons[0]).toEqual({
      heading: 'Aktuell problemstilling',
      text: 'Dysuri og feber i to dager. Ikke antibiotika siste måned.',
    });
    expect(urine?.requester?.person).toBe('Kari Klinikersen');
    expect(urine?.specimens[0]?.type).toBe('Urin, midtstråle');
  });

  it('carries the privacy outcome along, with no reports', async () => {
    const model = toLabReports(
      await client.searchDiagnosticReports({ personId: patientWithScenario('general-block').personId }),
    );
    expect(model).toMatchObject({ reports: [], privacy: ['General'], noData: false });
  });

  it('counts results outside the range, telling the computed ones apart', async () => {
    const personId = patientWithScenario('repeat-copies').personId;
    const model = toLabReports(await client.searchDiagnosticReports({ personId }, includes));
    const message = model.reports.find((r) => r.labReportId === 'PK-2026-77120');
    // Leukocytter (flag 1) and Kalium (flag 1): the lab's flags; nothing computed.
    expect(message?.counts).toMatchObject({ abnormal: 1, abnormalComputed: 0 });
  });
});
