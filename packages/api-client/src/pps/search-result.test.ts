/**
 * What a search answer says about hidden data, and what it may never say: every outcome a
 * searchset can carry, and the same resource sent twice. Hidden or failed is never "no results".
 */
import { describe, expect, it } from 'vitest';
import { PVK_OUTCOME_SYSTEM, PVK_OUTCOME_SYSTEM_LEGACY } from '../shared/code-systems';
import { PpsOutcomeError, PpsResponseError } from '../shared/errors';
import type { Bundle, OperationOutcomeIssue, ResourceBase } from '../shared/fhir';
import { mergeSearchResults, toSearchResult } from './search-result';

const PATIENT = '13867410028';
const subject = { identifier: { system: 'urn:oid:2.16.578.1.12.4.1.4.1', value: PATIENT } };
const report = (id: string, extra: Record<string, unknown> = {}): ResourceBase =>
  ({
    resourceType: 'DiagnosticReport',
    id,
    status: 'final',
    code: { text: 'Biokjemi' },
    subject,
    ...extra,
  }) as ResourceBase;
const observation = (id: string, value: number): ResourceBase =>
  ({
    resourceType: 'Observation',
    id,
    status: 'final',
    code: { text: 'Hb' },
    subject,
    valueQuantity: { value },
  }) as ResourceBase;
const outcome = (...issue: OperationOutcomeIssue[]): ResourceBase =>
  ({ resourceType: 'OperationOutcome', issue }) as ResourceBase;
const bundle = (...resources: ResourceBase[]): Bundle => ({
  resourceType: 'Bundle',
  type: 'searchset',
  entry: resources.map((resource) => ({
    resource,
    search: {
      mode:
        resource.resourceType === 'DiagnosticReport'
          ? 'match'
          : resource.resourceType === 'OperationOutcome'
            ? 'outcome'
            : 'include',
    },
  })),
});
const search = (...resources: ResourceBase[]) =>
  toSearchResult(bundle(...resources), 'DiagnosticReport', PATIENT, 'corr-9');
const pvk = (code: string, system = PVK_OUTCOME_SYSTEM) => ({ coding: [{ system, code }] });

describe('toSearchResult: outcomes', () => {
  it.each([
    ['not-found (PPS’s "no data")', { severity: 'information', code: 'not-found' }, [], [], true],
    ['not-found as a warning', { severity: 'warning', code: 'not-found' }, [], [], true],
    ['informational', { severity: 'information', code: 'informational' }, [], [], true],
    ['suppressed', { severity: 'information', code: 'suppressed' }, [], ['suppressed'], false],
    [
      'an issue code pps-kit does not know',
      { severity: 'warning', code: 'security' },
      [],
      ['security'],
      false,
    ],
    [
      'Specific',
      { severity: 'information', code: 'suppressed', details: pvk('Specific') },
      ['Specific'],
      [],
      false,
    ],
    [
      'General',
      { severity: 'information', code: 'suppressed', details: pvk('General') },
      ['General'],
      [],
      false,
    ],
    [
      'Reservation',
      { severity: 'information', code: 'not-found', details: pvk('Reservation') },
      ['Reservation'],
      [],
      false,
    ],
    [
      'General, legacy system',
      { severity: 'information', code: 'x', details: pvk('General', PVK_OUTCOME_SYSTEM_LEGACY) },
      ['General'],
      [],
      false,
    ],
    [
      'a PVK code pps-kit does not know',
      { severity: 'information', code: 'suppressed', details: pvk('Blocked') },
      [],
      ['Blocked'],
      false,
    ],
    [
      'a PVK coding without a code',
      { severity: 'information', code: 'suppressed', details: { coding: [{ system: PVK_OUTCOME_SYSTEM }] } },
      [],
      ['suppressed'],
      false,
    ],
    [
      'General with an error severity',
      { severity: 'error', code: 'forbidden', details: pvk('General') },
      ['General'],
      [],
      false,
    ],
  ] as const)('%s', (_name, issue, privacy, hidden, noData) => {
    const result = search(outcome(issue as OperationOutcomeIssue));
    expect(result).toMatchObject({ privacy, hidden, noData, matches: [] });
  });

  it.each([
    ['error', 'exception'],
    ['fatal', 'timeout'],
  ] as const)('an only outcome with severity %s is a failed search, never "no results"', (severity, code) => {
    let error: unknown;
    try {
      search(outcome({ severity, code }), outcome({ severity: 'information', code: 'not-found' }));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(PpsOutcomeError);
    expect(error).toMatchObject({ kind: 'outcome', codes: [code], correlationId: 'corr-9' });
  });

  it('an error beside reports keeps the reports and says some data may be missing', () => {
    const result = search(report('r1'), outcome({ severity: 'error', code: 'incomplete' }));
    expect(result.matches.map((r) => r.id)).toEqual(['r1']);
    expect(result).toMatchObject({ hidden: ['incomplete'], noData: false });
  });

  it('names each code once, in the order sent', () => {
    const result = search(
      outcome({ severity: 'information', code: 'suppressed' }, { severity: 'information', code: 'security' }),
      outcome({ severity: 'information', code: 'suppressed' }),
    );
    expect(result.hidden).toEqual(['suppressed', 'security']);
  });

  it('an empty page is no data', () => {
    expect(search()).toMatchObject({ noData: true, privacy: [], hidden: [], matches: [] });
  });
});

describe('toSearchResult: the same id twice', () => {
  it('shows an exact copy once', () => {
    const result = search(report('r1'), report('r1'), observation('o1', 5), observation('o1', 5));
    expect(result.matches).toHaveLength(1);
    expect(Object.keys(result.included.Observation ?? {})).toEqual(['o1']);
  });

  it.each([
    ['two different reports', [report('r1'), report('r1', { status: 'amended' })], 'entry[1].resource.id'],
    [
      'two different results',
      [report('r1'), observation('o1', 5), observation('o1', 50)],
      'entry[2].resource.id',
    ],
  ])('refuses %s under one id: either would hide the other', (_name, resources, path) => {
    expect(() => search(...resources)).toThrow(PpsResponseError);
    expect(() => search(...resources)).toThrow(new RegExp(path.replace(/[[\].]/g, '\\$&')));
  });
});

describe('mergeSearchResults', () => {
  const page = (...resources: ResourceBase[]) => search(...resources);

  it('keeps page order, shows a report that moved between pages once, and merges what is hidden', () => {
    const merged = mergeSearchResults([
      page(report('r1'), report('r2'), outcome({ severity: 'information', code: 'suppressed' })),
      page(report('r2'), report('r3'), observation('o1', 5)),
    ]);
    expect(merged.matches.map((r) => r.id)).toEqual(['r1', 'r2', 'r3']);
    expect(merged.hidden).toEqual(['suppressed']);
    expect(merged.noData).toBe(false);
    expect(Object.keys(merged.included.Observation ?? {})).toEqual(['o1']);
  });

  it.each([
    ['a report', [page(report('r1')), page(report('r1', { status: 'amended' }))]],
    ['a result', [page(report('r1'), observation('o1', 5)), page(report('r2'), observation('o1', 6))]],
  ])('refuses %s that differs between pages under one id', (_name, pages) => {
    expect(() => mergeSearchResults(pages)).toThrow(PpsResponseError);
  });

  it('is no data only when every page is', () => {
    expect(mergeSearchResults([page(), page()]).noData).toBe(true);
    expect(mergeSearchResults([page(), page(report('r1'))]).noData).toBe(false);
  });

  it('needs a page', () => {
    expect(() => mergeSearchResults([])).toThrow();
  });
});
