/**
 * 10,000 mutated PPS answers through the whole path a clinician's screen takes: validation, the
 * lab-results model and LabReportView. Each either renders or stops with a typed pps-kit error;
 * nothing else escapes, and nothing a lab sent is ever turned into markup.
 */
import {
  type Bundle,
  createPpsClient,
  isPpsError,
  type NilarDiagnosticReport,
  toLabReports,
  toSearchResult,
  validateNilarBundle,
} from '@pps-kit/api-client';
import { getDefaultDataset, patientWithScenario, type ScenarioName, searchset } from '@pps-kit/mocks';
import { QueryClient } from '@tanstack/react-query';
import fc from 'fast-check';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LabReportView } from '../lab-results/lab-report-view';
import { ppsQueries } from '../lab-results/queries';
import { PpsProvider } from '../provider/pps-provider';

const client = createPpsClient({ baseUrl: '/api/pps' });
const PAYLOAD = '<img src=x onerror="alert(1)"><script>alert(1)</script>';

function bundleOf(scenario: ScenarioName): { personId: string; json: unknown } {
  const { personId } = patientWithScenario(scenario);
  const resources = getDefaultDataset()[personId] ?? [];
  // PPS holds each report's latest version only (pps-api.md §7.7); the dataset keeps every version.
  const latest = new Map<string, NilarDiagnosticReport>();
  for (const r of resources) {
    if (r.resourceType !== 'DiagnosticReport') continue;
    const report = r as NilarDiagnosticReport;
    const earlier = latest.get(report.id);
    if (!earlier || Date.parse(earlier.issued ?? '') <= Date.parse(report.issued ?? ''))
      latest.set(report.id, report);
  }
  const matches = [...latest.values()];
  const includes = resources.filter((r) => r.resourceType !== 'DiagnosticReport');
  return {
    personId,
    json: JSON.parse(
      JSON.stringify(searchset({ selfUrl: 'test', total: matches.length, matches, includes })),
    ),
  };
}
const bases = (['report-versions', 'microbiology', 'pathology-radiology'] as const).map(bundleOf);

type Path = (string | number)[];
function paths(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) paths(item, [...at, index], out);
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) paths(inner, [...at, key], out);
  }
  return out;
}

type Change = { delete: true } | { value: unknown };
function mutate(json: unknown, path: Path, change: Change): unknown {
  const copy: unknown = structuredClone(json);
  if (path.length === 0) return 'value' in change ? change.value : undefined;
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1) as string | number;
  if ('delete' in change) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else parent[last] = change.value;
  return copy;
}

/** Renders every report of a search answer in LabReportView, with the answer already in the cache. */
function renderEvery(bundle: Bundle, personId: string): string[] {
  const model = toLabReports(toSearchResult<NilarDiagnosticReport>(bundle, 'DiagnosticReport', personId));
  return model.reports.map((report) => {
    const queryClient = new QueryClient();
    const patient = { personId };
    queryClient.setQueryData(ppsQueries.report(client, patient, report.id).queryKey, {
      report,
      privacy: model.privacy,
      hidden: model.hidden,
      noData: model.noData,
    });
    return renderToStaticMarkup(
      <PpsProvider client={client} patient={patient} queryClient={queryClient}>
        <LabReportView reportId={report.id} />
      </PpsProvider>,
    );
  });
}

describe('hostile and broken answers', () => {
  it('the unmutated answers render every report', () => {
    for (const base of bases) {
      const pages = renderEvery(validateNilarBundle(base.json), base.personId);
      expect(pages.length).toBeGreaterThan(0);
      for (const html of pages) expect(html).toContain('data-state="data"');
    }
  });

  it('10,000 mutations: each renders, or stops with a typed error; no markup from the data', () => {
    const mutation = fc.constantFrom(...bases).chain((base) =>
      fc.tuple(
        fc.constant(base),
        fc.constantFrom(...paths(base.json)),
        fc.oneof(
          fc.constant({ delete: true } as const),
          fc.anything().map((value) => ({ value })),
          fc.constantFrom(null, '', 0, -1, 1.5, 1e308, [], {}, 'final', PAYLOAD).map((value) => ({ value })),
        ),
      ),
    );
    let rendered = 0;
    let refused = 0;
    fc.assert(
      fc.property(mutation, ([base, path, change]) => {
        const input = mutate(base.json, path, change);
        let pages: string[];
        try {
          pages = renderEvery(validateNilarBundle(input), base.personId);
        } catch (error) {
          refused += 1;
          expect(isPpsError(error), String(error)).toBe(true);
          return;
        }
        rendered += 1;
        for (const html of pages) {
          // A payload placed anywhere comes out as escaped text, never as an element.
          expect(html).not.toMatch(/<(img|script)\b/i);
        }
      }),
      { numRuns: 10_000 },
    );
    expect(rendered).toBeGreaterThan(1000);
    expect(refused).toBeGreaterThan(100);
  }, 300_000);
});
