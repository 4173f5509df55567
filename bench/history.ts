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

/** Every `Type/id` a resource refers to, wherever in it. */
function referencesOf(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) referencesOf(item, found);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'reference' && typeof item === 'string') found.push(item);
      else referencesOf(item, found);
    }
  }
  return found;
}

/**
 * The same ten-year history as the pages PPS sends (`pageSize` reports each, newest first, each
 * page with what its reports refer to, followed to the end), as Bundle text.
 */
export function historyPageTexts(observations: number, pageSize = 50): string[] {
  const resources = generatePatientHistory({
    seed: 3,
    personId: PERSON,
    years: 10,
    reportsPerYear: observations / ANALYTES / 10,
    analytes: ANALYTES,
    fullPanelShare: 1,
  });
  const byRef = new Map(resources.map((r) => [`${r.resourceType}/${r.id}`, r]));
  const reports = resources
    .filter((r) => r.resourceType === 'DiagnosticReport')
    .sort((a, b) =>
      String((b as { effectiveDateTime?: string }).effectiveDateTime).localeCompare(
        String((a as { effectiveDateTime?: string }).effectiveDateTime),
      ),
    );
  const texts: string[] = [];
  for (let start = 0; start < reports.length; start += pageSize) {
    const matches = reports.slice(start, start + pageSize);
    const included = new Map<string, (typeof resources)[number]>();
    const queue = matches.flatMap((report) => referencesOf(report));
    for (let ref = queue.pop(); ref !== undefined; ref = queue.pop()) {
      const resource = byRef.get(ref);
      if (!resource || included.has(ref) || resource.resourceType === 'DiagnosticReport') continue;
      included.set(ref, resource);
      queue.push(...referencesOf(resource));
    }
    texts.push(
      JSON.stringify(
        searchset({ selfUrl: 'bench', total: reports.length, matches, includes: [...included.values()] }),
      ),
    );
  }
  return texts;
}
