/** The flowsheet and trend models over the mock dataset and generated histories. */
import {
  type CumulativeTable,
  FlowsheetIndex,
  newestFirst,
  toCumulativeTable,
  toLabReports,
  toSearchResult,
  toTrendSeries,
} from '@pps-kit/api-client';
import { describe, expect, it } from 'vitest';
import { getDefaultDataset } from '../data/dataset';
import { generatePatientHistory } from '../data/history';
import { patientWithScenario } from '../data/patients';
import { searchset } from '../pps/responses';

/** Resources as a search with every include would return them, as the model. */
function reportsOf(resources: readonly { resourceType: string }[], personId: string) {
  const matches = resources.filter((r) => r.resourceType === 'DiagnosticReport');
  const includes = resources.filter((r) => r.resourceType !== 'DiagnosticReport');
  const bundle = searchset({
    selfUrl: 'x',
    total: matches.length,
    matches: matches as never,
    includes: includes as never,
  });
  return toLabReports(toSearchResult(bundle, 'DiagnosticReport', personId)).reports;
}

const gp = patientWithScenario('gp-chemistry').personId;
const reports = reportsOf(getDefaultDataset()[gp] ?? [], gp);

describe('toCumulativeTable', () => {
  const table = toCumulativeTable(reports);

  it('has one row per analysis and unit, grouped by fagområde', () => {
    // "x 10E9/L" and "10E9/L" are one unit spelled two ways: one row.
    const leukocytes = table.rows.filter((row) => row.code === 'NPU02593');
    expect(leukocytes).toHaveLength(1);
    const units = new Set(
      [...(leukocytes[0]?.cells.values() ?? [])].map((c) =>
        c.value.kind === 'quantity' ? c.value.unit : '',
      ),
    );
    expect(units).toEqual(new Set(['10E9/L', 'x 10E9/L']));
    // The genetics report is long text only, so it has no row.
    expect(table.groups.map((group) => group.fagomrade)).toEqual(['CLIN', 'FARM', 'IMTR']);
    expect(new Set(table.rows.map((row) => row.key)).size).toBe(table.rows.length);
  });

  it('has one column per sample time, newest first, and cells that point at their report', () => {
    const times = table.columns.map((column) => column.at);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const creatinine = table.rows.find((row) => row.code === 'NPU04998');
    const [index, cell] = [...(creatinine?.cells ?? [])][0] ?? [];
    expect(cell?.value.kind).toBe('quantity');
    // The newest creatinine comes from the lab the GP uses now.
    expect(cell?.lab).toBe('Dalen medisinske laboratorium');
    expect(reports.find((r) => r.id === cell?.reportId)?.sampleTime).toBe(table.columns[index ?? -1]?.time);
    expect(table.results).toBe(table.rows.reduce((n, row) => n + row.cells.size, 0));
  });

  it('filters by search, fagområde, date window and abnormal results, and orders oldest first', () => {
    const kreat = toCumulativeTable(reports, { search: 'krea' });
    expect(kreat.rows.length).toBeGreaterThan(0);
    expect(kreat.rows.every((row) => row.name.toLowerCase().includes('krea'))).toBe(true);
    expect(kreat.columns.length).toBeLessThan(table.columns.length + 1);
    expect(toCumulativeTable(reports, { fagomrader: ['IMTR'] }).rows.map((r) => r.name)).toEqual([
      'Ery-ABO-RhD-antigen',
      'P-CCP IgG',
    ]);
    const window = toCumulativeTable(reports, { from: '2025-01-01', to: '2025-12-31' });
    expect(window.columns.length).toBeGreaterThan(0);
    expect(window.columns.every((c) => c.time.startsWith('2025'))).toBe(true);
    const abnormal = toCumulativeTable(reports, { onlyAbnormal: true });
    expect(abnormal.rows.length).toBeGreaterThan(0);
    expect(abnormal.rows.every((row) => row.abnormal)).toBe(true);
    expect(abnormal.rows.length).toBeLessThan(table.rows.length);
    const oldest = toCumulativeTable(reports, { order: 'oldest-first' });
    expect(oldest.columns[0]?.at).toBe(table.columns.at(-1)?.at);
  });

  /** What a clinician sees: each cell's analysis, unit, time, value, flag and report, in order. */
  const seen = (t: CumulativeTable) =>
    t.rows.flatMap((row) =>
      [...row.cells].map(
        ([index, cell]) =>
          `${row.key} ${t.columns[index]?.time} ${cell.resultId} ${JSON.stringify(cell.value)} ` +
          `${cell.classification.class} ${cell.reportId} +${cell.more}`,
      ),
    );

  it('gives the same cells whatever order the reports come in', () => {
    const history = reportsOf(
      generatePatientHistory({ seed: 5, years: 4, reportsPerYear: 25, analytes: 12 }),
      '13867410028',
    );
    const byId = [...history].sort((a, b) => a.id.localeCompare(b.id));
    for (const order of ['newest-first', 'oldest-first'] as const) {
      // Rows come in the order their analyses are first met; their cells must not depend on it.
      const expected = seen(toCumulativeTable(history, { order })).sort();
      expect(expected.length).toBeGreaterThan(500);
      expect(seen(toCumulativeTable([...history].reverse(), { order })).sort()).toEqual(expected);
      expect(seen(toCumulativeTable(byId, { order })).sort()).toEqual(expected);
    }
    // Each row's cells come in column order.
    const rows = toCumulativeTable(byId).rows;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const keys = [...row.cells.keys()];
      expect(keys).toEqual([...keys].sort((a, b) => a - b));
    }
  });

  it('gives the same table whether a history comes in one search or page by page', () => {
    const resources = generatePatientHistory({ seed: 8, years: 3, reportsPerYear: 40, analytes: 15 });
    const whole = reportsOf(resources, '13867410028');
    const matches = resources.filter((r) => r.resourceType === 'DiagnosticReport');
    const includes = resources.filter((r) => r.resourceType !== 'DiagnosticReport');
    // Three pages whose reports interleave in time, merged newest first as the page hook does.
    const paged = [0, 1, 2]
      .flatMap((page) =>
        reportsOf([...matches.filter((_, index) => index % 3 === page), ...includes], '13867410028'),
      )
      .sort(newestFirst);
    const filters = [
      {},
      { order: 'oldest-first' as const },
      { from: '2025-01-01', search: 'p-', onlyAbnormal: true },
    ];
    for (const options of filters) {
      const expected = toCumulativeTable(whole, options);
      const actual = toCumulativeTable(paged, options);
      expect(actual.columns).toEqual(expected.columns);
      expect(seen(actual)).toEqual(seen(expected));
      expect(seen(actual).length).toBeGreaterThan(100);
    }
  });

  it('shares its frozen column objects with other tables over the same reports and index', () => {
    const index = new FlowsheetIndex();
    const first = toCumulativeTable(reports, {}, index);
    const again = toCumulativeTable(reports, { order: 'oldest-first' }, index);
    expect(again.columns.at(-1)).toBe(first.columns[0]);
    expect(Object.isFrozen(first.columns[0])).toBe(true);
  });

  it('with one index kept across filter changes and new pages, gives the tables built afresh', () => {
    const resources = generatePatientHistory({ seed: 9, years: 3, reportsPerYear: 40, analytes: 15 });
    const matches = resources.filter((r) => r.resourceType === 'DiagnosticReport');
    const includes = resources.filter((r) => r.resourceType !== 'DiagnosticReport');
    const pages = [0, 1, 2].map((page) =>
      reportsOf([...matches.filter((_, index) => index % 3 === page), ...includes], '13867410028'),
    );
    const index = new FlowsheetIndex();
    const filters = [{}, { order: 'oldest-first' as const }, { search: 'krea', onlyAbnormal: true }];
    let loaded: typeof reports = [];
    for (const page of pages) {
      // A page arrives, merged newest first as the page hook does; then the user changes filters.
      loaded = [...loaded, ...page].sort(newestFirst);
      for (const options of filters) {
        const kept = toCumulativeTable(loaded, options, index);
        const fresh = toCumulativeTable(loaded, options);
        expect(kept.columns).toEqual(fresh.columns);
        expect(seen(kept)).toEqual(seen(fresh));
        expect(kept.results).toBe(fresh.results);
      }
    }
    // A report whose results were replaced after the index met it is read as it is now.
    const changed = loaded.map((report) => ({ ...report }));
    const target = changed.find((report) => report.results.some((r) => r.nlk === 'NPU04998'));
    if (!target) throw new Error('no creatinine');
    toCumulativeTable(changed, {}, index);
    target.results = target.results.filter((result) => result.nlk !== 'NPU04998');
    expect(seen(toCumulativeTable(changed, {}, index))).toEqual(seen(toCumulativeTable(changed)));
  });

  it('shows the first of several results for one analysis and sample time, and counts the rest', () => {
    const [newest, ...rest] = reports;
    if (!newest) throw new Error('no reports');
    // The newest report again at the end, as a second copy: its cells are the first one's.
    const twice = toCumulativeTable([newest, ...rest, { ...newest, id: 'copy' }]);
    const cells = twice.rows.flatMap((row) => [...row.cells.values()]);
    const fromNewest = cells.filter((cell) => cell.reportId === newest.id);
    expect(fromNewest.length).toBeGreaterThan(0);
    expect(fromNewest.every((cell) => cell.more >= 1)).toBe(true);
    expect(cells.some((cell) => cell.reportId === 'copy')).toBe(false);
    expect(twice.results).toBe(table.results);
  });

  it('reads reports built by hand, and a report whose results were replaced, as they are now', () => {
    const byHand = reports.map((report) => ({ ...report, results: [...report.results] }));
    expect(seen(toCumulativeTable(byHand))).toEqual(seen(table));
    const creatinine = byHand.find((report) => report.results.some((r) => r.nlk === 'NPU04998'));
    if (!creatinine) throw new Error('no creatinine');
    creatinine.results = creatinine.results.filter((result) => result.nlk !== 'NPU04998');
    const after = toCumulativeTable(byHand);
    expect(
      after.rows
        .filter((row) => row.code === 'NPU04998')
        .flatMap((row) => [...row.cells.values()])
        .some((cell) => cell.reportId === creatinine.id),
    ).toBe(false);
  });

  it('builds a cell once, and reads it the same way by key and by iteration', () => {
    const row = table.rows.find((r) => r.cells.size > 1);
    const [[index, cell] = []] = [...(row?.cells ?? [])];
    expect(index).toBeDefined();
    expect(row?.cells.get(index as number)).toBe(cell);
    expect(row?.cells.has(index as number)).toBe(true);
    expect(row?.cells.get(table.columns.length + 5)).toBeUndefined();
    expect(row?.cells.has(-1)).toBe(false);
  });

  it('leaves long texts and susceptibilities out', () => {
    const micro = patientWithScenario('microbiology').personId;
    const rows = toCumulativeTable(reportsOf(getDefaultDataset()[micro] ?? [], micro)).rows;
    expect(rows.some((row) => row.code === 'NPU06045')).toBe(false); // Us-Ampicillin
    expect(rows.some((row) => row.code === 'NPU19748')).toBe(true); // P-CRP
  });

  it('grows linearly: ten times the results give ten times the cells', () => {
    const small = toCumulativeTable(
      reportsOf(
        generatePatientHistory({ seed: 3, years: 1, reportsPerYear: 20, analytes: 20, fullPanelShare: 1 }),
        '13867410028',
      ),
    );
    const large = toCumulativeTable(
      reportsOf(
        generatePatientHistory({ seed: 3, years: 10, reportsPerYear: 20, analytes: 20, fullPanelShare: 1 }),
        '13867410028',
      ),
    );
    expect(small.results).toBe(20 * 20);
    expect(large.results).toBe(200 * 20);
    expect(large.columns).toHaveLength(200);
  });
});

describe('toTrendSeries', () => {
  it('splits where the lab changes, and says why; µmol/L and umol/L are one unit', () => {
    const series = toTrendSeries(reports, 'NPU04998');
    expect(series.name).toBe('P-Kreatinin');
    expect(series.segments).toHaveLength(2);
    expect(series.segments[1]?.breaks).toEqual(['lab']);
    expect(series.segments[0]?.unit).toBe('µmol/L');
    expect(series.segments[1]?.unit).toBe('umol/L');
    expect(series.points.length).toBe(series.segments.reduce((n, s) => n + s.points.length, 0));
    const times = series.points.map((p) => p.at);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('splits where the reference range changes', () => {
    const series = toTrendSeries(reports, 'NPU02593');
    expect(series.segments[1]?.breaks).toEqual(['lab', 'range']);
    expect(series.segments[1]?.range.text).toBe('3,5 - 11,0');
  });

  it('follows the drift of HbA1c over ten years', () => {
    const series = toTrendSeries(reports, 'NPU27300');
    const first = series.points.slice(0, 5).map((p) => p.value ?? 0);
    const last = series.points.slice(-5).map((p) => p.value ?? 0);
    expect(Math.min(...last)).toBeGreaterThan(Math.max(...first));
    expect(['rising', 'variable', 'stable', 'falling']).toContain(series.summary.direction);
  });

  it('takes a date window', () => {
    const series = toTrendSeries(reports, 'NPU04998', { from: '2024-01-01', to: '2024-12-31' });
    expect(series.points.every((p) => p.time.startsWith('2024'))).toBe(true);
    expect(series.points.length).toBeGreaterThan(0);
  });
});
