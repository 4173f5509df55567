import {
  hasValidCheckDigits,
  NILAR_EXTENSION,
  type NilarDiagnosticReport,
  type NilarObservation,
  parsePersonId,
  type ResourceBase,
  validateNilarBundle,
} from '@pps-kit/api-client';
import { describe, expect, it } from 'vitest';
import { searchset } from '../pps/responses';
import { createDataset, getDefaultDataset } from './dataset';
import { generatePatientHistory } from './history';
import { patientWithScenario, testPatients } from './patients';

const dataset = getDefaultDataset();
const of = <T extends ResourceBase>(scenario: Parameters<typeof patientWithScenario>[0], type: string) =>
  (dataset[patientWithScenario(scenario).personId] ?? []).filter((r) => r.resourceType === type) as T[];

describe('test patients', () => {
  it('are at least eight, with valid synthetic numbers that match their birth dates', () => {
    expect(testPatients.length).toBeGreaterThanOrEqual(8);
    for (const patient of testPatients) {
      expect(hasValidCheckDigits(patient.personId), patient.personId).toBe(true);
      expect(parsePersonId(patient.personId)).toEqual({ kind: 'synthetic', birthDate: patient.birthDate });
    }
  });

  it('include NHN’s four SyntPop persons', () => {
    const ids = testPatients.map((p) => p.personId);
    expect(ids).toEqual(expect.arrayContaining(['04886897869', '23814898407', '11866499022', '22875298279']));
  });

  it('cover every scenario', () => {
    expect(new Set(testPatients.map((p) => p.scenario)).size).toBe(9);
  });
});

describe('the default dataset', () => {
  it('is the same for the same seed, and differs for another', () => {
    expect(JSON.stringify(createDataset(7))).toBe(JSON.stringify(createDataset(7)));
    expect(JSON.stringify(createDataset(7))).not.toBe(JSON.stringify(createDataset(8)));
  });

  it('is valid NILAR, about the right person, for every patient', () => {
    for (const patient of testPatients) {
      const resources = dataset[patient.personId] ?? [];
      const bundle = validateNilarBundle(
        JSON.parse(JSON.stringify(searchset({ selfUrl: 'x', total: 0, matches: resources }))),
      );
      for (const entry of bundle.entry ?? []) {
        const subject = (entry.resource as { subject?: { identifier?: { value?: string } } }).subject;
        if (subject) expect(subject.identifier?.value).toBe(patient.personId);
      }
    }
  });

  it('follows a GP patient’s chemistry for ten years', () => {
    const reports = of<NilarDiagnosticReport>('gp-chemistry', 'DiagnosticReport');
    const years = reports.map((r) => Number(r.effectiveDateTime?.slice(0, 4)));
    expect(Math.max(...years) - Math.min(...years)).toBeGreaterThanOrEqual(9);
    const units = new Set(
      of<NilarObservation>('gp-chemistry', 'Observation')
        .filter((o) => o.code.coding?.[0]?.code === 'NPU02593')
        .map((o) => o.valueQuantity?.unit),
    );
    expect(units).toEqual(new Set(['x 10E9/L', '10E9/L'])); // the lab changed part-way
  });

  it('holds microbiology isolates with S/I/R susceptibilities as hasMember', () => {
    const observations = of<NilarObservation>('microbiology', 'Observation');
    const isolate = observations.find((o) => o.valueCodeableConcept?.text === 'Escherichia coli');
    const members = (isolate?.hasMember ?? []).map((ref) =>
      observations.find((o) => `Observation/${o.id}` === ref.reference),
    );
    expect(
      members.map((m) => m?.valueCodeableConcept?.coding?.[0]?.code ?? m?.valueCodeableConcept?.text),
    ).toEqual(['>100 000 CFU/mL', 'R', 'S', 'S', 'I', 'S']);
    expect(isolate?.meta?.tag?.map((t) => t.code)).toContain('NPU06048');
  });

  it('holds long pathology and radiology text results', () => {
    const texts = [
      ...of<NilarObservation>('pathology-radiology', 'Observation').map(
        (o) => o.valueCodeableConcept?.text ?? '',
      ),
    ];
    expect(texts.some((t) => t.includes('\n\n') && t.length > 300)).toBe(true);
    const categories = of<NilarDiagnosticReport>('pathology-radiology', 'DiagnosticReport').map(
      (r) => r.category?.[0]?.coding?.[0]?.code,
    );
    expect(new Set(categories)).toEqual(new Set(['PAT', 'BLD']));
  });

  it('holds a report in three versions: preliminary, final, amended', () => {
    const reports = of<NilarDiagnosticReport>('report-versions', 'DiagnosticReport');
    const byId = new Map<string, NilarDiagnosticReport[]>();
    for (const report of reports) byId.set(report.id, [...(byId.get(report.id) ?? []), report]);
    const versions = [...byId.values()].find((v) => v.length === 3) ?? [];
    expect(versions.map((v) => v.status)).toEqual(['preliminary', 'final', 'amended']);
    const reportDates = versions.map(
      (v) => v.extension?.find((e) => e.url === NILAR_EXTENSION.reportDate)?.valueDateTime,
    );
    expect(new Set(reportDates).size).toBe(1);
    expect(reports.map((r) => r.status)).toEqual(expect.arrayContaining(['appended', 'cancelled']));
  });

  it('holds repeat copies, text ranges and odd units', () => {
    const observations = of<NilarObservation>('repeat-copies', 'Observation');
    expect(
      observations.some((o) => o.extension?.some((e) => e.url === NILAR_EXTENSION.history && e.valueBoolean)),
    ).toBe(true);
    expect(observations.map((o) => o.referenceRange?.[0]?.text)).toEqual(
      expect.arrayContaining(['< 0,5', '>60']),
    );
    expect(observations.map((o) => o.valueQuantity?.unit)).toEqual(expect.arrayContaining(['0', '10*9/L']));
  });

  it('holds nothing for the reserved and the no-data patients', () => {
    expect(dataset[patientWithScenario('reservation').personId]).toEqual([]);
    expect(dataset[patientWithScenario('no-data').personId]).toEqual([]);
  });
});

describe('generatePatientHistory', () => {
  it('makes the requested volume, reproducibly', () => {
    const options = { seed: 42, years: 10, reportsPerYear: 20, analytes: 30, fullPanelShare: 1 };
    const history = generatePatientHistory(options);
    const reports = history.filter((r) => r.resourceType === 'DiagnosticReport');
    const observations = history.filter((r) => r.resourceType === 'Observation');
    expect(reports).toHaveLength(200);
    expect(observations).toHaveLength(200 * 30);
    expect(JSON.stringify(generatePatientHistory(options))).toBe(JSON.stringify(history));
  });

  it('flags values outside the range as the lab would, and drifts when asked', () => {
    const history = generatePatientHistory({
      seed: 1,
      years: 10,
      reportsPerYear: 12,
      analytes: ['hba1c'],
      drift: { hba1c: 6 },
    });
    const values = history
      .filter((r): r is NilarObservation => r.resourceType === 'Observation')
      .sort((a, b) => Date.parse(a.effectiveDateTime ?? '') - Date.parse(b.effectiveDateTime ?? ''));
    const early = values.slice(0, 12).map((o) => o.valueQuantity?.value ?? 0);
    const late = values.slice(-12).map((o) => o.valueQuantity?.value ?? 0);
    expect(Math.min(...late)).toBeGreaterThan(Math.max(...early) - 10);
    for (const o of values) {
      const flagged = o.interpretation?.[0]?.coding?.[0]?.code === '1';
      expect(flagged).toBe((o.valueQuantity?.value ?? 0) > 42);
    }
  });

  it('refuses more analytes than it knows', () => {
    expect(() => generatePatientHistory({ seed: 1, years: 1, reportsPerYear: 1, analytes: 500 })).toThrow(
      RangeError,
    );
  });
});
