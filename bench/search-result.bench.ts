/**
 * Reading a PPS search answer: validating and splitting the Bundle, against JSON.parse of the same
 * text in the same run (the floor any client pays). Run with `pnpm bench`.
 */
import { toSearchResult, validateNilarBundle } from '@pps-kit/api-client';
import { generatePatientHistory, searchset } from '@pps-kit/mocks';
import { bench, describe } from 'vitest';

const PERSON = '13867410028';

function bundleText(reports: number): string {
  const resources = generatePatientHistory({
    seed: 1,
    personId: PERSON,
    years: 10,
    reportsPerYear: reports / 10,
    analytes: 10,
    fullPanelShare: 1,
  });
  const matches = resources.filter((r) => r.resourceType === 'DiagnosticReport');
  const includes = resources.filter((r) => r.resourceType !== 'DiagnosticReport');
  return JSON.stringify(searchset({ selfUrl: 'bench', total: matches.length, matches, includes }));
}

for (const reports of [500, 5_000]) {
  const text = bundleText(reports);
  describe(`${reports} reports with 10 results each (${(text.length / 1e6).toFixed(1)} MB)`, () => {
    bench('JSON.parse', () => {
      JSON.parse(text);
    });
    bench('JSON.parse + validateNilarBundle + toSearchResult', () => {
      toSearchResult(validateNilarBundle(JSON.parse(text)), 'DiagnosticReport', PERSON);
    });
  });
}
