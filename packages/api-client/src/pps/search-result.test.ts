/**
 * What a search answer says about hidden data, and what it may never say: every outcome a
 * searchset can carry, and the same resource sent twice. Hidden or failed is never "no results".
 */
import { describe, expect, it } from 'vitest';
import { PVK_OUTCOME_SYSTEM, PVK_OUTCOME_SYSTEM_LEGACY } from '../shared/code-systems';
import { PpsOutcomeError, PpsResponseError } from '../shared/errors';
import type { Bundle, OperationOutcomeIssue, ResourceBase } from '../shared/fhir';
import { mergeSearchResults, privacyOutcome, toSearchResult } from './search-result';

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

  it('an error beside a privacy outcome is the privacy outcome', () => {
    const result = search(
      outcome({ severity: 'information', code: 'suppressed', details: pvk('General') }),
      outcome({ severity: 'error', code: 'exception' }),
    );
    expect(result).toMatchObject({ privacy: ['General'], hidden: ['exception'], noData: false });
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

describe('toSearchResult: entries', () => {
  it('takes the search mode from the resource type when PPS sends none', () => {
    const b: Bundle = {
      resourceType: 'Bundle',
      type: 'searchset',
      entry: [{ resource: report('r1') }, { resource: observation('o1', 5) }],
    };
    const result = toSearchResult(b, 'DiagnosticReport', PATIENT);
    expect(result.matches.map((r) => r.id)).toEqual(['r1']);
    expect(Object.keys(result.included.Observation ?? {})).toEqual(['o1']);
  });

  it('refuses an entry without a resource, and a match of another type, naming the path', () => {
    const empty = { resourceType: 'Bundle', type: 'searchset', entry: [{}] } as Bundle;
    expect(() => toSearchResult(empty, 'DiagnosticReport', PATIENT)).toThrow(
      'Unexpected response at entry[0].resource: expected a resource',
    );
    const wrong = {
      resourceType: 'Bundle',
      type: 'searchset',
      entry: [{ resource: observation('o1', 5), search: { mode: 'match' } }],
    } as Bundle;
    expect(() => toSearchResult(wrong, 'DiagnosticReport', PATIENT)).toThrow(
      'Unexpected response at entry[0].resource.resourceType: expected DiagnosticReport, got Observation',
    );
  });

  it('keeps reports without ids, each, and leaves includes without ids out of the index', () => {
    const { id: _r, ...noId } = report('x') as ResourceBase & { id?: string };
    const { id: _o, ...includeNoId } = observation('x', 5) as ResourceBase & { id?: string };
    const result = search(
      noId as ResourceBase,
      { ...noId, status: 'amended' } as ResourceBase,
      includeNoId as ResourceBase,
    );
    expect(result.matches).toHaveLength(2);
    expect(result.included).toEqual({});
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
    expect(() => search(...resources)).toThrow(
      /two different (DiagnosticReport|Observation) resources share the id (r1|o1)$/,
    );
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
    expect(merged.outcomes).toHaveLength(1);
    expect(merged.outcomes[0]?.issue[0]?.code).toBe('suppressed');
    expect(merged.noData).toBe(false);
    expect(Object.keys(merged.included.Observation ?? {})).toEqual(['o1']);
  });

  it.each([
    ['a report', [page(report('r1')), page(report('r1', { status: 'amended' }))]],
    ['a result', [page(report('r1'), observation('o1', 5)), page(report('r2'), observation('o1', 6))]],
  ])('refuses %s that differs between pages under one id, naming page and resource', (_name, pages) => {
    expect(() => mergeSearchResults(pages)).toThrow(PpsResponseError);
    expect(() => mergeSearchResults(pages)).toThrow(
      /at page\[1\]\.(DiagnosticReport\/r1|Observation\/o1)\.id/,
    );
  });

  it('keeps every page’s privacy outcome', () => {
    const pvkPage = page(outcome({ severity: 'information', code: 'suppressed', details: pvk('Specific') }));
    expect(mergeSearchResults([page(report('r1')), pvkPage]).privacy).toEqual(['Specific']);
  });

  it('is no data only when every page is', () => {
    expect(mergeSearchResults([page(), page()]).noData).toBe(true);
    expect(mergeSearchResults([page(), page(report('r1'))]).noData).toBe(false);
  });

  it('needs a page', () => {
    expect(() => mergeSearchResults([])).toThrow('mergeSearchResults needs at least one page');
  });
});

describe('privacyOutcome', () => {
  it.each([
    [[], 'no-data'],
    [['General'], 'General'],
    [['Specific'], 'Specific'],
    [['Reservation'], 'Reservation'],
    [['General', 'Specific'], 'Specific'],
    [['Specific', 'General'], 'Specific'],
    [['General', 'Reservation'], 'Reservation'],
    [['Specific', 'Reservation', 'General'], 'Reservation'],
    [['Unknown' as never], 'General'],
  ] as const)('%j: %s', (codes, outcome) => {
    expect(privacyOutcome(codes)).toBe(outcome);
  });
});
