/**
 * The lab-results model over real-shaped data: the sample messages (read in place) and the mock
 * dataset, fetched through the client.
 */
import {
  createPpsClient,
  type LabResult,
  type NilarDiagnosticReport,
  type ResourceBase,
  susceptibilityMeasure,
  toLabReports,
  toSearchResult,
  toTrendSeries,
} from '@pps-kit/api-client';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patientWithScenario } from '../data/patients';
import { createPpsHandlers } from '../pps/handlers';
import { svarrapportToNilar } from '../svarrapport/convert';
import { readSample, samplesPresent } from '../svarrapport/testing/samples';
import { testMessage } from '../svarrapport/testing/test-message';
import { svarrapporterToResources } from '../svarrapport/versions';

const present = samplesPresent;

/** A sample message as PPS would return it from a search with every include. */
function fromSample(name: string) {
  const bundle = svarrapportToNilar(readSample(name));
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
    // The number beside S/I/R as the lab wrote it; it says nothing of what it is (no unit, no "MIC").
    expect(ecoli?.members[2]?.susceptibility).toEqual({
      code: 'S',
      display: 'Sensitiv, standarddose',
      value: '0,25',
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

describe('toLabReports over what the converter keeps', () => {
  const model = (items: string, report = '') =>
    toLabReports(
      toSearchResult(svarrapportToNilar(testMessage({ items, report })), 'DiagnosticReport', '13867410028'),
    ).reports[0];
  const value = (items: string) => model(items)?.results[0]?.value;
  const num = (v: string, extra = '') =>
    `<ResultItem><NumResult>${extra}<NumResultValue V="${v}" U="mmol/L"/></NumResult><Investigation><Id V="X" OT="X"/></Investigation></ResultItem>`;

  it('gives a number the lab’s own digits, its operator, or its text when it is none', () => {
    expect(value(num('14.0'))).toEqual({ kind: 'quantity', value: 14, unit: 'mmol/L', text: '14.0' });
    expect(value(num('11.2'))).toEqual({ kind: 'quantity', value: 11.2, unit: 'mmol/L' });
    expect(value(num('5', '<ArithmeticComp V="ML"/>'))).toMatchObject({
      comparator: '<',
      labComparator: 'ML',
    });
    expect(value(num('pos'))).toEqual({ kind: 'text', text: 'pos', codes: [], unit: 'mmol/L' });
  });

  it('carries the lab’s digits into the trend', () => {
    const xml = (id: string, v: string, at: string) =>
      testMessage({
        genDate: at,
        issueDate: at,
        report: '',
        patient: `<AnalysedSubject><CollectedSample><CollectedDate V="${at}"/></CollectedSample><IdByServProvider>${id}</IdByServProvider></AnalysedSubject>`,
        items: `<ResultItem><NumResult><NumResultValue V="${v}" U="mmol/L"/></NumResult><Investigation><Id V="NPU1" S="2.16.578.1.12.4.1.1.7280" OT="P-Glukose"/></Investigation></ResultItem>`,
      }).replace('<ServProvId>T-1</ServProvId>', `<ServProvId>${id}</ServProvId>`);
    const resources = svarrapporterToResources([
      xml('A', '14.0', '2026-10-01T08:00:00'),
      xml('B', '9.5', '2026-11-01T08:00:00'),
    ])['13867410028'] as ResourceBase[];
    const reports = toLabReports(
      toSearchResult(
        {
          resourceType: 'Bundle',
          type: 'searchset',
          entry: resources.map((resource) => ({
            resource,
            search: { mode: resource.resourceType === 'DiagnosticReport' ? 'match' : 'include' },
          })),
        },
        'DiagnosticReport',
        '13867410028',
      ),
    ).reports;
    const trend = toTrendSeries(reports, 'NPU1');
    expect(trend.segments.flatMap((s) => s.points).map((p) => [p.value, p.numberText])).toEqual([
      [14, '14.0'],
      [9.5, undefined],
    ]);
  });

  it('reads structured findings, method, people and the lab’s status codes', () => {
    const result = model(
      `<ResultItem><TextResult><TextResultValue>x</TextResultValue></TextResult><ServType V="M"/>
        <Investigation><Id V="CT" OT="CT thorax"/><Spec V="K" OT="Med kontrast"/></Investigation><StatusInvestigation V="2"/>
        <RelServProv><Relation V="SLE"/><HCP><HCProf><Name>Siri Signer</Name></HCProf></HCP></RelServProv>
        <StructuredInfo><Type V="T" OT="Tumorstørrelse"/><PhysicalInfo><Quantity V="4.50" U="cm"/></PhysicalInfo></StructuredInfo>
        <StructuredInfo><Type V="K" OT="Karinnvekst"/><BooleanInfo><Flag V="false"/></BooleanInfo></StructuredInfo>
      </ResultItem>`,
    )?.results[0];
    expect(result?.structured).toEqual([
      { heading: 'Tumorstørrelse', value: { kind: 'quantity', value: 4.5, unit: 'cm', text: '4.50' } },
      { heading: 'Karinnvekst', value: { kind: 'boolean', value: false } },
    ]);
    expect(result?.method).toEqual(['Med kontrast']);
    expect(result?.performers.map((p) => p.person)).toEqual(['Siri Signer']);
    expect(result?.labStatus).toMatchObject({ servType: { code: 'M' }, status: { code: '2' } });
  });

  it('reads clinical information from NILAR’s complex extension', () => {
    const report = toLabReports(
      toSearchResult(
        svarrapportToNilar(
          testMessage({
            patient:
              '<InfItem><Observation><Description>Feber i tre dager</Description></Observation><Type V="OPPL" DN="Klinisk opplysning"/></InfItem>',
          }),
        ),
        'DiagnosticReport',
        '13867410028',
      ),
    ).reports[0];
    expect(report?.clinicalInfo).toEqual(['Klinisk opplysning: Feber i tre dager']);
  });

  it.each([
    ['mg/L', 'Us-Cefotaksim', 'mic'],
    ['mg/l', 'Us-Cefotaksim', 'mic'],
    ['µg/mL', 'Us-Cefotaksim', 'mic'],
    ['mm', 'Ciprofloksacin', 'zone-diameter'],
    [undefined, 'Penicillin G (MIC)', 'mic'],
    [undefined, 'Us-Mecillinam', undefined],
    ['', 'Us-Mecillinam', undefined],
    ['mmol/L', 'Us-Mecillinam', undefined],
  ] as const)('a number beside S/I/R with unit %s in %s is %s', (unit, name, measure) => {
    expect(susceptibilityMeasure(unit, name)).toBe(measure);
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
    const shown = flat(withCopy?.results ?? []);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((r) => !r.history)).toBe(true);
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
