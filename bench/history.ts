/** The synthetic histories the benchmarks run on. */
import { generatePatientHistory, searchset } from '@pps-kit/mocks';

export const PERSON = '13867410028';
const ANALYTES = 20;

/**
 * A ten-year chemistry history with `observations` results as PPS search Bundle text: every
 * report carries the same 20 analyses, so the number of reports is `observations / 20`.
 */
export function historyBundleText(observations: number): string {
  const resources = generatePatientHistory({
    seed: 3,
    personId: PERSON,
    years: 10,
    reportsPerYear: observations / ANALYTES / 10,
    analytes: ANALYTES,
    fullPanelShare: 1,
  });
  const matches = resources.filter((r) => r.resourceType === 'DiagnosticReport');
  const includes = resources.filter((r) => r.resourceType !== 'DiagnosticReport');
  return JSON.stringify(searchset({ selfUrl: 'bench', total: matches.length, matches, includes }));
}
