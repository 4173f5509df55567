import { describe, expect, it } from 'vitest';
import { toSearchResult } from '../pps/search-result';
import { PVK_OUTCOME_SYSTEM } from '../shared/code-systems';
import { PpsPagingError, PpsResponseError } from '../shared/errors';
import type { Bundle, NilarDiagnosticReport, ResourceBase } from '../shared/fhir';
import { toLabReports } from './model';
import { type LabReportPageModel, mergeLabReportPages, reportPage } from './model-pages';

const PERSON = '13867410028';
const subject = { identifier: { system: 'urn:oid:2.16.578.1.12.4.1.4.1', value: PERSON } };

const report = (id: string, time: string, conclusion?: string): NilarDiagnosticReport =>
  ({
    resourceType: 'DiagnosticReport',
    id,
    status: 'final',
    code: { text: 'Klinisk kjemi' },
    subject,
    effectiveDateTime: time,
    ...(conclusion ? { conclusion } : {}),
  }) as NilarDiagnosticReport;

const outcome = (code: string): ResourceBase =>
  ({
    resourceType: 'OperationOutcome',
    issue: [{ severity: 'information', code }],
  }) as unknown as ResourceBase;

const pvk = (code: string): ResourceBase =>
  ({
    resourceType: 'OperationOutcome',
    issue: [
      {
        severity: 'information',
        code: 'suppressed',
        details: { coding: [{ system: PVK_OUTCOME_SYSTEM, code }] },
      },
    ],
  }) as unknown as ResourceBase;

/** A page as the views hold it: what PPS sent, split, and its model. */
function page(
  matches: NilarDiagnosticReport[],
  { total, outcomes = [] }: { total?: number; outcomes?: ResourceBase[] } = {},
): LabReportPageModel {
  const bundle = {
    resourceType: 'Bundle',
    type: 'searchset',
    ...(total === undefined ? {} : { total }),
    entry: [
      ...matches.map((resource) => ({ resource, search: { mode: 'match' } })),
      ...outcomes.map((resource) => ({ resource, search: { mode: 'outcome' } })),
    ],
  } as unknown as Bundle;
  const sent = toSearchResult<NilarDiagnosticReport>(bundle, 'DiagnosticReport', PERSON);
  return { sent, model: toLabReports(sent) };
}

const ids = (pages: LabReportPageModel[]) => mergeLabReportPages(pages).reports.map((r) => r.id);

describe('mergeLabReportPages: the pages of one search as one model', () => {
  it.each([
    [
      'one page, newest first',
      [
        [
          ['a', '2026-01-01'],
          ['b', '2026-03-01'],
        ],
      ],
      ['b', 'a'],
    ],
    [
      'pages in any order of time, newest first',
      [[['a', '2026-01-01']], [['b', '2026-03-01']], [['c', '2026-02-01']]],
      ['b', 'c', 'a'],
    ],
    [
      'a report that moved to the next page while paging: once',
      [
        [
          ['a', '2026-01-01'],
          ['b', '2026-02-01'],
        ],
        [
          ['b', '2026-02-01'],
          ['c', '2026-03-01'],
        ],
      ],
      ['c', 'b', 'a'],
    ],
    [
      'the same report on three pages: once',
      [[['a', '2026-01-01']], [['a', '2026-01-01']], [['a', '2026-01-01']]],
      ['a'],
    ],
    ['no pages: no reports', [], []],
  ] as const)('%s', (_name, pages, expected) => {
    expect(ids(pages.map((matches) => page(matches.map(([id, time]) => report(id, time)))))).toEqual(
      expected,
    );
  });

  it('two different reports under one id are an error, never one hiding the other', () => {
    const pages = [
      page([report('a', '2026-01-01', 'Normal')]),
      page([report('a', '2026-01-01', 'Forhøyet')]),
    ];
    expect(() => mergeLabReportPages(pages)).toThrow(PpsResponseError);
    expect(() => mergeLabReportPages(pages)).toThrow(
      'two different DiagnosticReport resources share the id a',
    );
    expect(() => mergeLabReportPages(pages)).toThrow(
      expect.objectContaining({ path: 'DiagnosticReport/a.id' }),
    );
  });

  it('the same report sent again as an equal copy is no error', () => {
    expect(() =>
      mergeLabReportPages([
        page([report('a', '2026-01-01', 'Normal')]),
        page([report('a', '2026-01-01', 'Normal')]),
      ]),
    ).not.toThrow();
  });

  it('privacy and hidden codes of every page, once each; total from the first page; no data only if no page has any', () => {
    const merged = mergeLabReportPages([
      page([report('a', '2026-01-01')], { total: 3, outcomes: [outcome('suppressed')] }),
      page([], { total: 9, outcomes: [outcome('suppressed'), outcome('too-costly')] }),
    ]);
    expect(merged.total).toBe(3);
    expect(merged.hidden).toEqual(['suppressed', 'too-costly']);
    expect(merged.noData).toBe(false);
    expect(mergeLabReportPages([page([]), page([])]).noData).toBe(true);
    expect(mergeLabReportPages([page([]), page([report('a', '2026-01-01')])]).noData).toBe(false);
  });

  it('privacy outcomes of every page, once each: hidden data is never "no results"', () => {
    const merged = mergeLabReportPages([
      page([report('a', '2026-01-01')], { outcomes: [pvk('General')] }),
      page([], { outcomes: [pvk('General'), pvk('Specific')] }),
    ]);
    expect(merged.privacy).toEqual(['General', 'Specific']);
    expect(merged.noData).toBe(false);
  });

  it('carries why paging stopped, and says nothing when it did not', () => {
    const incomplete = new PpsPagingError({ problem: 'page-repeated', loaded: 1, atLeast: 2 });
    expect(mergeLabReportPages([page([report('a', '2026-01-01')])], incomplete).incomplete).toBe(incomplete);
    expect(mergeLabReportPages([page([report('a', '2026-01-01')])])).not.toHaveProperty('incomplete');
  });
});

describe('reportPage: what a page keeps of the split answer', () => {
  it('keeps the reports, total and outcomes paging and merging read, and the model of the whole answer', () => {
    const r = report('r1', '2026-03-01T08:00:00+01:00', 'Normal');
    const full = page([r], { total: 7, outcomes: [pvk('General'), outcome('suppressed')] });
    const kept = reportPage(full.sent as Parameters<typeof reportPage>[0]);
    expect(kept.sent).toEqual({
      matches: [r],
      total: 7,
      privacy: ['General'],
      hidden: ['suppressed'],
      noData: false,
    });
    expect(kept.sent.matches[0]).toBe(r);
    expect(kept.model).toEqual(full.model);
    expect(Object.keys(kept.sent).sort()).toEqual(['hidden', 'matches', 'noData', 'privacy', 'total']);
  });
});
