import { describe, expect, it } from 'vitest';
import type { Coding, NilarObservationStatus, NilarReportStatus } from '../shared/fhir';
import type { Classification } from './classify';
import { toCumulativeTable } from './cumulative';
import type { Fagomrade, LabReport, LabResult, LabValue } from './model';
import { parseReferenceRange } from './reference-range';
import { REPORT_STATUS_ORDER } from './status';
import { toTrendSeries } from './trend';
import {
  answerState,
  cancellationOf,
  type FindingKind,
  flagNote,
  hasFindings,
  isVoidResult,
  isVoidStatus,
  reportBanners,
  reportFindings,
  resultFinding,
  resultStatuses,
  sameUnit,
  unitKey,
} from './truth';

const NONE: Classification = { class: 'unknown', source: 'none', reason: 'not-numeric' };
const text = (t: string, codes: Coding[] = []): LabValue => ({ kind: 'text', text: t, codes });

let ids = 0;
function result(over: Partial<LabResult> = {}): LabResult {
  ids += 1;
  return {
    id: `r${ids}`,
    name: 'Analyse',
    codes: [],
    status: 'final',
    value: { kind: 'none' },
    range: parseReferenceRange(undefined),
    ranges: [],
    classification: NONE,
    comments: [],
    structured: [],
    method: [],
    performers: [],
    history: false,
    members: [],
    ...over,
  };
}

function report(over: Partial<LabReport> = {}): LabReport {
  ids += 1;
  return {
    id: `rep${ids}`,
    status: 'final',
    performers: [],
    specimens: [],
    results: [],
    repeatCopies: 0,
    comments: [],
    clinicalInfo: [],
    counts: { results: 0, abnormal: 0, abnormalComputed: 0 },
    raw: { resourceType: 'DiagnosticReport', id: 'x', status: 'final', code: {} } as LabReport['raw'],
    ...over,
  };
}

const lab = (cls: Classification['class'], direction?: 'high' | 'low'): Classification => ({
  class: cls,
  source: 'lab',
  reason: 'lab-flag',
  ...(direction ? { direction } : {}),
});
const computed = (cls: Classification['class']): Classification => ({
  class: cls,
  source: 'computed',
  reason: 'computed-above-range',
});
const sir = (code: string) =>
  result({ name: 'Ampicillin', value: { kind: 'coded', codes: [{ code }] }, susceptibility: { code } });

// Every status a report or a result can have: the lifecycle list the views sort by.
const ALL_REPORT: readonly NilarReportStatus[] = REPORT_STATUS_ORDER;
const ALL_OBSERVATION = REPORT_STATUS_ORDER.filter((s) => s !== 'partial') as NilarObservationStatus[];

describe('isVoidStatus / isVoidResult', () => {
  it.each(ALL_REPORT.map((s) => [s, s === 'cancelled' || s === 'entered-in-error'] as const))(
    '%s: void %s',
    (status, expected) => {
      expect(isVoidStatus(status)).toBe(expected);
      // A result is void by its own status, or by its report's.
      expect(isVoidResult({ status: 'final' }, { status })).toBe(expected);
      expect(isVoidResult({ status: status as NilarObservationStatus })).toBe(expected);
    },
  );
});

describe('resultFinding', () => {
  const cases: [string, LabResult, Fagomrade | undefined, FindingKind | undefined][] = [
    ['a lab flag high', result({ classification: lab('high') }), 'CLIN', 'lab-flag'],
    ['a lab flag low', result({ classification: lab('low') }), 'CLIN', 'lab-flag'],
    ['a lab flag outside', result({ classification: lab('outside') }), 'CLIN', 'lab-flag'],
    ['a lab flag critical', result({ classification: lab('critical', 'low') }), 'CLIN', 'lab-flag'],
    ['a lab flag pps-kit does not know', result({ classification: lab('unknown') }), 'CLIN', 'lab-flag'],
    ['the lab says normal', result({ classification: lab('normal') }), 'CLIN', undefined],
    ['computed high', result({ classification: computed('high') }), 'CLIN', 'computed-flag'],
    ['computed low', result({ classification: computed('low') }), 'CLIN', 'computed-flag'],
    ['computed within range', result({ classification: computed('normal') }), 'CLIN', undefined],
    ['computed inconclusive', result({ classification: computed('unknown') }), 'CLIN', undefined],
    ['a cancelled lab flag', result({ classification: lab('high'), status: 'cancelled' }), 'CLIN', undefined],
    [
      'an entered-in-error flag',
      result({ classification: lab('high'), status: 'entered-in-error' }),
      'CLIN',
      undefined,
    ],
    ['R', sir('R'), 'MBIO', 'resistant'],
    ['S', sir('S'), 'MBIO', undefined],
    ['I', sir('I'), 'MBIO', undefined],
    ['K', sir('K'), 'MBIO', undefined],
    ['an isolate', result({ value: text('Escherichia coli'), members: [sir('S')] }), 'MBIO', 'organism'],
    ['"Vekst"', result({ value: text('Vekst') }), 'MBIO', 'positive'],
    ['"Påvist"', result({ value: text('Påvist') }), 'CLIN', 'positive'],
    ['"Lett positiv"', result({ value: text('Lett positiv') }), 'CLIN', 'positive'],
    ['"Ikke påvist"', result({ value: text('Ikke påvist') }), 'MBIO', undefined],
    ['"Ingen vekst"', result({ value: text('Ingen vekst') }), 'MBIO', undefined],
    ['"Negativ"', result({ value: text('Negativ') }), 'MBIO', undefined],
    ['an organism in words', result({ value: text('Staphylococcus aureus') }), 'MBIO', 'positive'],
    ['an organism in words, outside microbiology', result({ value: text('Staph') }), 'CLIN', undefined],
    ['a number as text', result({ value: text('0,25') }), 'MBIO', undefined],
    ['"..." (pending)', result({ value: text('...') }), 'MBIO', undefined],
    ['a group heading', result({ value: text('Blodkultur'), members: [result()] }), 'MBIO', undefined],
    [
      'a coded "Positiv"',
      result({ value: { kind: 'coded', codes: [{ code: 'Positiv' }] } }),
      'MBIO',
      'positive',
    ],
    [
      'a pathology diagnosis by name',
      result({ name: 'Funn og undersøkelsesresultater', value: text('Hud.') }),
      'PAT',
      'diagnosis',
    ],
    [
      'a pathology diagnosis by text',
      result({ name: 'Svar', value: text('DIAGNOSE: Nevus') }),
      'PAT',
      'diagnosis',
    ],
    [
      'a pathology diagnosis by NORPAT code',
      result({
        name: 'Svar',
        value: text('Nevus', [{ system: 'urn:oid:2.16.578.1.12.4.1.1.7010', code: 'M87200' }]),
      }),
      'PAT',
      'diagnosis',
    ],
    ['a macroscopy text', result({ name: 'Makroskopi', value: text('En vevsbit.') }), 'PAT', undefined],
    ['no value', result(), 'MBIO', undefined],
  ];
  it.each(cases)('%s → %s', (_label, r, fagomrade, expected) => {
    expect(resultFinding(r, fagomrade)).toBe(expected);
  });
});

describe('reportFindings', () => {
  it('counts a positive blood culture with resistance as findings, an isolate once', () => {
    const isolate = result({
      name: 'Identifikasjon',
      value: text('Escherichia coli'),
      members: [result({ name: 'Mengde', value: text('Rik vekst') }), sir('R'), sir('S')],
    });
    const culture = result({ name: 'Blodkultur', members: [isolate] });
    const findings = reportFindings(report({ fagomrade: 'MBIO', results: [culture] }));
    expect(findings).toMatchObject({ void: false, positives: 1, resistant: 1, labFlags: 0, total: 2 });
    // Named: the isolate once (not the words under it), and the resistant antibiotic.
    expect(findings.found.map((f) => [f.result.name, f.kind])).toEqual([
      ['Identifikasjon', 'organism'],
      [expect.any(String), 'resistant'],
    ]);
    expect(findings.found[1]?.result.susceptibility?.code).toBe('R');
    expect(hasFindings(report({ fagomrade: 'MBIO', results: [culture] }))).toBe(true);
  });

  it('names flags and resistance under an isolate, but not the words that describe it', () => {
    const isolate = result({
      name: 'Identifikasjon',
      value: text('Staphylococcus aureus'),
      members: [
        result({ name: 'Mengde', value: text('Moderat vekst') }),
        result({ name: 'Kimtall', classification: lab('high') }),
        result({ name: 'Beregnet', classification: computed('low') }),
        result({ name: 'Funn', value: text('Påvist') }),
        sir('R'),
      ],
    });
    const findings = reportFindings(report({ fagomrade: 'MBIO', results: [isolate] }));
    expect(findings.found.map((f) => [f.result.name, f.kind])).toEqual([
      ['Identifikasjon', 'organism'],
      ['Kimtall', 'lab-flag'],
      ['Beregnet', 'computed-flag'],
      [expect.any(String), 'resistant'],
    ]);
  });

  it('counts nothing in a cancelled or entered-in-error report', () => {
    for (const status of ['cancelled', 'entered-in-error'] as const) {
      const findings = reportFindings(report({ status, results: [result({ classification: lab('high') })] }));
      expect(findings).toMatchObject({ void: true, total: 0, labFlags: 0 });
      expect(findings.found).toEqual([]);
    }
  });

  it('keeps the lab’s flags and computed classes apart, and leaves void results out', () => {
    const findings = reportFindings(
      report({
        results: [
          result({ classification: lab('high') }),
          result({ classification: computed('low') }),
          result({ classification: lab('low'), status: 'cancelled' }),
          result({ value: text('x'.repeat(120)) }),
        ],
      }),
    );
    expect(findings).toMatchObject({ labFlags: 1, computedFlags: 1, texts: 1, total: 2 });
    expect(findings.found.map((f) => [f.result.classification.class, f.kind])).toEqual([
      ['high', 'lab-flag'],
      ['low', 'computed-flag'],
    ]);
  });

  it('finds nothing in a negative culture', () => {
    const negative = report({ fagomrade: 'MBIO', results: [result({ value: text('Ingen vekst') })] });
    expect(reportFindings(negative).total).toBe(0);
    expect(reportFindings(negative).found).toEqual([]);
    expect(hasFindings(negative)).toBe(false);
  });
});

describe('flagNote', () => {
  it.each([
    ['only computed classes', [computed('high')], 'none-flagged'],
    ['computed beside the lab’s flags', [computed('high'), lab('low')], 'computed'],
    ['only the lab’s flags', [lab('low')], undefined],
    ['computed, all within range', [computed('normal')], undefined],
    ['nothing', [NONE], undefined],
  ] as const)('%s → %s', (_label, classes, expected) => {
    const results = classes.map((classification) => result({ classification }));
    expect(flagNote(report({ results }))).toBe(expected);
  });

  it('sees a lab flag anywhere in the tree', () => {
    const nested = result({ members: [result({ classification: lab('high') })] });
    expect(flagNote(report({ results: [result({ classification: computed('high') }), nested] }))).toBe(
      'computed',
    );
  });
});

describe('answerState', () => {
  it.each([
    ['a value', result({ value: text('Vekst') }), 'answered'],
    [
      'no value, answered in a member',
      result({ members: [result({ value: text('E. coli') })] }),
      'answered-below',
    ],
    [
      'no value, answered two levels down',
      result({ members: [result({ members: [result({ value: text('E. coli') })] })] }),
      'answered-below',
    ],
    ['registered', result({ status: 'registered' }), 'pending'],
    [
      'registered, a coded value without a code',
      result({ status: 'registered', value: { kind: 'coded', codes: [] } }),
      'pending',
    ],
    ['preliminary without a value', result({ status: 'preliminary' }), 'pending'],
    ['final, nothing there', result(), 'not-answered'],
    ['members with no values either', result({ members: [result()] }), 'not-answered'],
  ] as const)('%s → %s', (_label, r, expected) => {
    expect(answerState(r)).toBe(expected);
  });
});

describe('resultStatuses', () => {
  it.each(ALL_OBSERVATION.map((s) => [s, s === 'final' ? [] : [s]] as const))('%s → %j', (status, shown) => {
    expect(resultStatuses({ status })).toEqual(shown);
  });
  it.each([
    ['2', ['amended', 'preliminary']],
    ['8', ['amended', 'preliminary']],
    ['3', ['amended']],
  ] as const)('a changed result with 8245 %s → %j', (code, shown) => {
    expect(resultStatuses({ status: 'amended', labStatus: { status: { code } } })).toEqual(shown);
  });
});

describe('reportBanners', () => {
  it.each([
    ['registered', undefined, ['registered']],
    ['partial', undefined, ['preliminary']],
    ['preliminary', undefined, ['preliminary']],
    ['final', undefined, []],
    ['amended', undefined, ['amended']],
    ['corrected', undefined, ['amended']],
    ['appended', undefined, ['appended']],
    ['cancelled', undefined, ['cancelled']],
    ['entered-in-error', undefined, ['entered-in-error']],
    ['unknown', undefined, []],
    ['amended', 'P', ['amended', 'preliminary']],
    ['amended', 'S', ['amended', 'preliminary']],
    ['amended', 'F', ['amended']],
    ['unknown', 'A', ['appended']],
    ['cancelled', 'P', ['cancelled']],
    ['preliminary', 'P', ['preliminary']],
  ] as const)('%s with 7306 %s → %j', (status, code, banners) => {
    expect(reportBanners({ status, ...(code ? { labStatus: { status: { code } } } : {}) })).toEqual(banners);
  });
});

describe('cancellationOf', () => {
  it('says the requisition was cancelled only where the message says so', () => {
    const requisition = (code?: string) => ({
      reasons: [],
      comments: [],
      reservations: [],
      ...(code ? { labStatus: { servType: { code } } } : {}),
    });
    expect(cancellationOf({ status: 'cancelled', requisition: requisition('C') })).toBe('requisition');
    expect(cancellationOf({ status: 'cancelled', requisition: requisition('N') })).toBe('report');
    expect(cancellationOf({ status: 'cancelled' })).toBe('report');
    expect(cancellationOf({ status: 'final', requisition: requisition('C') })).toBeUndefined();
  });
});

describe('unitKey / sameUnit', () => {
  it.each([
    ['µmol/L', 'umol/L'],
    ['μmol/L', 'µmol/L'],
    ['mmol/l', 'mmol/L'],
    ['ml/min', 'mL/min'],
    ['10^9/L', '10E9/L'],
    ['x10E9/L', '10*9/L'],
    ['10#9/l', '10^9/L'],
    [' mmol / L ', 'mmol/L'],
  ])('%s is %s', (a, b) => {
    expect(sameUnit(a, b)).toBe(true);
  });
  it.each([
    ['mmol/L', 'mg/dL'],
    ['µmol/L', 'mmol/L'],
    ['U/L', 'IU/L'],
    ['g/L', 'g/dL'],
    ['10^9/L', '10^12/L'],
    ['', 'mmol/L'],
  ])('%s is not %s', (a, b) => {
    expect(sameUnit(a, b)).toBe(false);
  });
  it('leaves the rest as sent', () => {
    expect(unitKey('mmol/mol')).toBe('mmol/mol');
  });
});

const point = (
  over: Partial<LabResult> & { value: LabValue },
  when: string,
  status: NilarReportStatus = 'final',
) =>
  report({
    status,
    sampleTime: when,
    lab: { organisation: 'Lab', roles: [] },
    results: [result({ nlk: 'NPU1', name: 'P-Kreatinin', effective: when, ...over })],
  });

describe('the trend and the flowsheet use the rules', () => {
  const q = (value: number, unit: string): LabValue => ({ kind: 'quantity', value, unit });

  it('never plots a cancelled value, and lists it as void', () => {
    const reports = [
      point({ value: q(95, 'µmol/L') }, '2026-03-01T08:00:00+01:00', 'cancelled'),
      point({ value: q(80, 'µmol/L') }, '2026-02-01T08:00:00+01:00'),
      point({ value: q(70, 'µmol/L') }, '2026-01-01T08:00:00+01:00'),
    ];
    const series = toTrendSeries(reports, 'NPU1');
    expect(series.points.map((p) => [p.value, p.void])).toEqual([
      [70, false],
      [80, false],
      [95, true],
    ]);
    expect(series.segments.flatMap((s) => s.points.map((p) => p.value))).toEqual([70, 80]);
    expect(series.summary.count).toBe(2);
  });

  it('keeps µmol/L and umol/L in one segment and one row; mmol/L breaks', () => {
    const reports = [
      point({ value: q(0.09, 'mmol/L') }, '2026-03-01T08:00:00+01:00'),
      point({ value: q(80, 'umol/L') }, '2026-02-01T08:00:00+01:00'),
      point({ value: q(70, 'µmol/L') }, '2026-01-01T08:00:00+01:00'),
    ];
    const series = toTrendSeries(reports, 'NPU1');
    expect(series.segments.map((s) => [s.points.length, s.breaks])).toEqual([
      [2, []],
      [1, ['unit']],
    ]);
    const table = toCumulativeTable(reports);
    expect(table.rows.map((row) => [row.unit, row.cells.size])).toEqual([
      ['mmol/L', 1],
      ['umol/L', 2],
    ]);
  });

  it('flowsheet rows follow the lab’s order, not the order first met', () => {
    const analysis = (nlk: string, name: string) =>
      result({ nlk, name, value: { kind: 'quantity', value: 1 } });
    const newest = report({
      id: 'a',
      sampleTime: '2026-03-01T08:00:00+01:00',
      results: [analysis('NPU1', 'B-Hemoglobin'), analysis('NPU3', 'P-CRP')],
    });
    const older = report({
      id: 'b',
      sampleTime: '2026-02-01T08:00:00+01:00',
      results: [
        analysis('NPU1', 'B-Hemoglobin'),
        analysis('NPU2', 'B-Trombocytter'),
        analysis('NPU3', 'P-CRP'),
        analysis('NPU4', 'P-Natrium'),
      ],
    });
    const oldest = report({
      id: 'c',
      sampleTime: '2026-01-01T08:00:00+01:00',
      results: [analysis('NPU5', 'S-TSH'), analysis('NPU2', 'B-Trombocytter')],
    });
    expect(toCumulativeTable([newest, older, oldest]).rows.map((row) => row.name)).toEqual([
      'B-Hemoglobin',
      'B-Trombocytter',
      'P-CRP',
      'P-Natrium',
      'S-TSH',
    ]);
    expect(
      toCumulativeTable([newest, older, oldest], { order: 'oldest-first' }).rows.map((row) => row.name),
    ).toEqual(['B-Hemoglobin', 'B-Trombocytter', 'P-CRP', 'P-Natrium', 'S-TSH']);
  });

  it('a flowsheet row with a positive culture is kept by "only findings"; a cancelled flag is not', () => {
    const culture = report({
      fagomrade: 'MBIO',
      sampleTime: '2026-01-01T08:00:00+01:00',
      results: [result({ nlk: 'NPU2', name: 'Identifikasjon', value: text('Staphylococcus aureus') })],
    });
    const cancelled = point(
      { value: q(200, 'µmol/L'), classification: lab('high') },
      '2026-02-01T08:00:00+01:00',
      'cancelled',
    );
    const table = toCumulativeTable([cancelled, culture], { onlyAbnormal: true });
    expect(table.rows.map((row) => row.name)).toEqual(['Identifikasjon']);
    const all = toCumulativeTable([cancelled, culture]);
    const creatinine = all.rows.find((row) => row.name === 'P-Kreatinin');
    expect([...(creatinine?.cells.values() ?? [])].map((cell) => cell.void)).toEqual([true]);
  });
});

describe('the rules, row by row (mutation testing found these untested)', () => {
  const NORPAT = 'urn:oid:2.16.578.1.12.4.1.1.7010';
  const coded = (...codes: Coding[]): LabValue => ({ kind: 'coded', codes });

  it.each<[string, Partial<LabResult>, Fagomrade | undefined, FindingKind | undefined]>([
    [
      'a coded "Påvist" (display)',
      { value: coded({ code: 'POS', display: 'Påvist' }) },
      'MIKRO' as never,
      'positive',
    ],
    ['a coded "Positiv" (code only)', { value: coded({ code: 'Positiv' }) }, undefined, 'positive'],
    ['a coded value with neither display nor code', { value: coded({}) }, 'MBIO', undefined],
    [
      'a computed normal',
      { value: { kind: 'quantity', value: 5 }, classification: computed('normal') },
      undefined,
      undefined,
    ],
    [
      'a computed unknown',
      { value: { kind: 'quantity', value: 5 }, classification: computed('unknown') },
      undefined,
      undefined,
    ],
    [
      'a computed low',
      { value: { kind: 'quantity', value: 5 }, classification: computed('low') },
      undefined,
      'computed-flag',
    ],
    [
      'a lab normal',
      { value: { kind: 'quantity', value: 5 }, classification: lab('normal') },
      undefined,
      undefined,
    ],
    [
      'a lab critical',
      { value: { kind: 'quantity', value: 5 }, classification: lab('critical', 'low') },
      undefined,
      'lab-flag',
    ],
    [
      'a diagnosis name outside pathology',
      { name: 'Diagnose', value: text('Basalcellekarsinom') },
      'CLIN' as never,
      undefined,
    ],
    [
      'a diagnosis name in pathology, with results under it',
      { name: 'Diagnose', value: text('Se under'), members: [result()] },
      'PAT',
      undefined,
    ],
    [
      'words in microbiology, with results under it',
      { value: text('Se under'), members: [result()] },
      'MBIO',
      undefined,
    ],
    [
      'a NORPAT-coded answer in words',
      { name: 'Materiale', value: text('Hud', [{ system: NORPAT, code: 'T02' }]) },
      'PAT',
      'diagnosis',
    ],
    [
      'a NORPAT-coded coded answer',
      { name: 'Materiale', value: coded({ system: NORPAT, code: 'M80903', display: 'Hud' }) },
      'PAT',
      'diagnosis',
    ],
    [
      'an answer in words with another code system',
      { name: 'Materiale', value: text('Hud', [{ system: 'urn:x', code: 'T02' }]) },
      'PAT',
      undefined,
    ],
    [
      'a quantity in pathology',
      { name: 'Materiale', value: { kind: 'quantity', value: 3 } },
      'PAT',
      undefined,
    ],
  ])('%s', (_name, over, fagomrade, expected) => {
    expect(resultFinding(result(over), fagomrade)).toBe(expected);
  });

  it.each([
    ['x'.repeat(90), false],
    ['x'.repeat(91), true],
    ['kort\ntekst', true],
  ])('a text of %#: long text %s', (t, long) => {
    const r = result({ value: text(t) });
    expect(reportFindings(report({ results: [r] })).texts).toBe(long ? 1 : 0);
  });

  it('counts positives outside an isolate, each once; never a void long text, nor a finding as text', () => {
    const findings = reportFindings(
      report({
        fagomrade: 'MBIO',
        results: [
          result({ value: text('Påvist') }),
          result({ value: text('Positiv') }),
          result({ status: 'cancelled', value: text('x'.repeat(200)) }),
          result({ value: text(`Påvist ${'x'.repeat(200)}`) }),
        ],
      }),
    );
    expect(findings).toMatchObject({ positives: 3, texts: 0, total: 3 });
  });

  it.each<[string, Classification[], ReturnType<typeof flagNote>]>([
    ['only a lab normal beside a computed high', [lab('normal'), computed('high')], 'none-flagged'],
    ['a lab flag beside a computed high', [lab('high'), computed('high')], 'computed'],
    ['an unrecognised lab flag beside a computed low', [lab('unknown'), computed('low')], 'computed'],
    ['only computed unknown and normal', [computed('unknown'), computed('normal')], undefined],
    ['only the lab’s flags', [lab('high')], undefined],
  ])('flagNote: %s', (_name, classes, note) => {
    const results = classes.map((classification) =>
      result({ value: { kind: 'quantity', value: 1 }, classification }),
    );
    expect(flagNote(report({ results }))).toBe(note);
  });

  it.each<[string, Partial<LabResult>, NilarObservationStatus[]]>([
    ['final', { status: 'final' }, []],
    ['final, 8245 2', { status: 'final', labStatus: { status: { code: '2' } } }, []],
    ['amended, no lab status', { status: 'amended' }, ['amended']],
    ['amended, ServType only', { status: 'amended', labStatus: { servType: { code: 'M' } } }, ['amended']],
    ['amended, 8245 3', { status: 'amended', labStatus: { status: { code: '3' } } }, ['amended']],
    ...(['2', '8', '9', '10'] as const).map(
      (code) =>
        [
          `amended, 8245 ${code}`,
          { status: 'amended', labStatus: { status: { code } } },
          ['amended', 'preliminary'],
        ] as [string, Partial<LabResult>, NilarObservationStatus[]],
    ),
    ['corrected, 8245 2', { status: 'corrected', labStatus: { status: { code: '2' } } }, ['corrected']],
  ])('resultStatuses: %s', (_name, over, shown) => {
    expect(resultStatuses(result(over))).toEqual(shown);
  });

  it.each<[string, NilarReportStatus, string | undefined, string[]]>([
    ['final, 7306 S', 'final', 'S', ['preliminary']],
    ['final, 7306 P', 'final', 'P', ['preliminary']],
    ['final, 7306 F', 'final', 'F', []],
    ['amended, 7306 P', 'amended', 'P', ['amended', 'preliminary']],
    ['preliminary, 7306 P', 'preliminary', 'P', ['preliminary']],
    ['registered, 7306 S', 'registered', 'S', ['registered']],
    ['final, 7306 A', 'final', 'A', ['appended']],
    ['appended, 7306 A', 'appended', 'A', ['appended']],
    ['amended, 7306 A', 'amended', 'A', ['amended', 'appended']],
    ['cancelled, 7306 P', 'cancelled', 'P', ['cancelled']],
    ['entered-in-error, 7306 A', 'entered-in-error', 'A', ['entered-in-error']],
    ['corrected, no lab status', 'corrected', undefined, ['amended']],
    ['final, ServType only', 'final', undefined, []],
  ])('reportBanners: %s', (_name, status, code, banners) => {
    const labStatus = code === undefined ? { servType: { code: 'N' } } : { status: { code } };
    expect(reportBanners({ status, labStatus })).toEqual(banners);
  });

  it.each([
    ['no requisition', undefined, 'report'],
    ['a requisition without a lab status', { reasons: [], comments: [], reservations: [] }, 'report'],
    [
      'a requisition with a status only',
      { reasons: [], comments: [], reservations: [], labStatus: { status: { code: 'F' } } },
      'report',
    ],
    [
      'a cancelled requisition',
      { reasons: [], comments: [], reservations: [], labStatus: { servType: { code: 'C' } } },
      'requisition',
    ],
  ] as const)('cancellationOf, %s', (_name, requisition, who) => {
    expect(cancellationOf({ status: 'cancelled', ...(requisition ? { requisition } : {}) } as never)).toBe(
      who,
    );
  });

  it.each([
    [undefined, ''],
    ['', ''],
    ['ｍｍｏｌ／Ｌ', 'mmol/L'],
    ['mx10^9/L', 'mx10*9/L'],
    ['x10E12/l', '10*12/L'],
    ['10^-3', '10*-3'],
    ['10E', '10E'],
    ['mmol / L', 'mmol/L'],
  ])('unitKey(%j) is %j', (unit, key) => {
    expect(unitKey(unit)).toBe(key);
  });
});
