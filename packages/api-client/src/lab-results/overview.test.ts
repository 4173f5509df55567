/** The overview's filter, grouping, report kind and "new since" rules, case by case. */
import { describe, expect, it } from 'vitest';
import type { Fagomrade, LabReport, LabResult } from './model';
import { filterReports, groupReports, isNewSince, reportKind } from './overview';

const flagged = {
  id: 'r1',
  name: 'Hb',
  status: 'final',
  value: { kind: 'quantity', value: 9.1 },
  classification: { source: 'lab', class: 'low' },
  members: [],
} as unknown as LabResult;

function report(id: string, init: Partial<LabReport> = {}): LabReport {
  return { id, status: 'final', results: [], ...init } as unknown as LabReport;
}

// Oslo is UTC+1 in winter, UTC+2 in summer: these instants fall on the Oslo days named.
const a = report('a', { fagomrade: 'MBIO', sampleTime: '2026-11-30T23:30:00Z' }); // Oslo 1 Dec
const b = report('b', { fagomrade: 'CLIN', sampleTime: '2026-11-30T12:00:00Z', results: [flagged] });
const c = report('c', { sampleTime: '2026-10-05T08:00:00+02:00' });
const d = report('d', { fagomrade: 'MBIO' }); // no sample time
const all = [a, b, c, d];
const ids = (reports: readonly LabReport[]) => reports.map((r) => r.id);

describe('filterReports', () => {
  it.each([
    ['no filter', {}, ['a', 'b', 'c', 'd']],
    ['empty fields', { fagomrade: '', from: '', to: '', onlyAbnormal: false }, ['a', 'b', 'c', 'd']],
    ['one fagområde', { fagomrade: 'MBIO' as Fagomrade }, ['a', 'd']],
    ['a fagområde none has', { fagomrade: 'PAT' as Fagomrade }, []],
    ['from an Oslo day (inclusive)', { from: '2026-12-01' }, ['a']],
    ['to an Oslo day (inclusive)', { to: '2026-11-30' }, ['b', 'c']],
    ['a range of one day', { from: '2026-10-05', to: '2026-10-05' }, ['c']],
    ['only with findings', { onlyAbnormal: true }, ['b']],
    [
      'every field at once',
      { fagomrade: 'CLIN' as Fagomrade, from: '2026-11-01', onlyAbnormal: true },
      ['b'],
    ],
  ] as const)('%s', (_name, filter, expected) => {
    expect(ids(filterReports(all, filter))).toEqual(expected);
  });

  it('keeps the order it was given', () => {
    expect(ids(filterReports([d, c, b, a], {}))).toEqual(['d', 'c', 'b', 'a']);
  });
});

describe('groupReports', () => {
  it('by date: one group per Oslo month, in the order met, undated last as met', () => {
    const e = report('e', { sampleTime: '2026-11-02T09:00:00Z' });
    expect(groupReports([a, b, e, c, d], 'date').map((g) => [g.key, g.month, ids(g.reports)])).toEqual([
      ['2026-12', '2026-12', ['a']],
      ['2026-11', '2026-11', ['b', 'e']],
      ['2026-10', '2026-10', ['c']],
      ['unknown', undefined, ['d']],
    ]);
  });

  it('by fagområde: in the order of FAGOMRADER, those naming none last, empty groups left out', () => {
    expect(groupReports(all, 'expertise').map((g) => [g.key, g.fagomrade, ids(g.reports)])).toEqual([
      ['CLIN', 'CLIN', ['b']],
      ['MBIO', 'MBIO', ['a', 'd']],
      ['unknown', undefined, ['c']],
    ]);
  });

  it('no reports, no groups', () => {
    expect(groupReports([], 'date')).toEqual([]);
    expect(groupReports([], 'expertise')).toEqual([]);
  });
});

describe('reportKind', () => {
  it.each([
    ['fagområde and the same type', { fagomrade: 'MBIO', reportType: { code: 'MBIO' } }, 'MBIO', undefined],
    ['fagområde and a narrower type', { fagomrade: 'PAT', reportType: { code: 'HIST' } }, 'PAT', 'HIST'],
    ['only a type', { reportType: { code: 'RTG' } }, 'RTG', undefined],
    ['only a fagområde', { fagomrade: 'CLIN' }, 'CLIN', undefined],
    ['neither', {}, undefined, undefined],
  ] as const)('%s', (_name, init, code, type) => {
    expect(reportKind(init as Pick<LabReport, 'fagomrade' | 'reportType'>)).toEqual({ code, type });
  });
});

describe('isNewSince', () => {
  const since = Date.parse('2026-11-20T10:00:00Z');
  it.each([
    ['issued after', '2026-11-20T10:00:01Z', since, true],
    ['issued at the same instant', '2026-11-20T10:00:00Z', since, false],
    ['issued before', '2026-11-19T10:00:00Z', since, false],
    ['no time to compare with', '2026-11-21T10:00:00Z', undefined, false],
    ['no issued time', undefined, since, false],
    ['an issued time that is no time', 'i går', since, false],
  ] as const)('%s', (_name, issued, after, expected) => {
    expect(isNewSince(issued === undefined ? {} : { issued }, after)).toBe(expected);
  });
});
