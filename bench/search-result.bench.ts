/**
 * Reading a PPS search answer: splitting and checking the Bundle, against JSON.parse of the same
 * text in the same run (the floor any client pays). Run with `pnpm bench`.
 */
import { type ResourceBase, toSearchResult } from '@pps-kit/api-client';
import { buildReport, searchset } from '@pps-kit/mocks';
import { bench, describe } from 'vitest';

function bundleText(reports: number): string {
  const resources: ResourceBase[] = [];
  for (let i = 0; i < reports; i += 1) {
    resources.push(
      ...buildReport({
        id: `bench-${i}`,
        personId: '13867410028',
        expertise: 'CLIN',
        status: 'final',
        collected: new Date(Date.UTC(2016, 0, 1) + i * 86_400_000).toISOString(),
        issued: new Date(Date.UTC(2016, 0, 1) + i * 86_400_000 + 3_600_000).toISOString(),
        lab: 'Fjordbyen sykehus, Avdeling for medisinsk biokjemi',
        results: [
          {
            code: { nlk: 'NPU04998' },
            name: 'P-Kreatinin',
            value: 70 + (i % 30),
            unit: 'µmol/L',
            range: '45 - 90',
          },
          {
            code: { nlk: 'NPU27300' },
            name: 'B-HbA1c',
            value: 40 + (i % 8),
            unit: 'mmol/mol',
            range: '20 - 42',
          },
        ],
      }),
    );
  }
  const [matches, includes] = [
    resources.filter((r) => r.resourceType === 'DiagnosticReport'),
    resources.filter((r) => r.resourceType !== 'DiagnosticReport'),
  ];
  return JSON.stringify(searchset({ selfUrl: 'bench', total: matches.length, matches, includes }));
}

for (const reports of [500, 5_000]) {
  const text = bundleText(reports);
  describe(`${reports} reports, ${reports * 3} entries`, () => {
    bench('JSON.parse', () => {
      JSON.parse(text);
    });
    bench('JSON.parse + toSearchResult', () => {
      toSearchResult(JSON.parse(text), 'DiagnosticReport');
    });
  });
}
