/** Sections of a report: every top-level result in one section, isolates and their S/I/R table. */
import { describe, expect, it } from 'vitest';
import type { LabResult, LabSpecimen, LabValue } from './model';
import { microbiologyOf, reportSections, resultDetails, sectionOf } from './report-sections';

let next = 0;
function result(name: string, value: LabValue, members: LabResult[] = [], more: Partial<LabResult> = {}) {
  next += 1;
  return {
    id: `r${next}`,
    name,
    status: 'final',
    value,
    members,
    comments: [],
    ...more,
  } as unknown as LabResult;
}
const text = (t: string): LabValue => ({ kind: 'text', text: t }) as LabValue;
const number = (value: number): LabValue =>
  ({ kind: 'quantity', value, text: String(value) }) as unknown as LabValue;
const none = { kind: 'none' } as LabValue;
const sir = (name: string, code: string, comments: string[] = []) =>
  result(name, text(code), [], {
    susceptibility: { code } as NonNullable<LabResult['susceptibility']>,
    comments,
  });
const narrative = text(`Snitt viser ${'ordinært slimhinnevev '.repeat(6)}`);

describe('sectionOf', () => {
  it.each([
    ['a number', result('Hb', number(13)), 'table'],
    ['a short text', result('Utseende', text('Klar')), 'table'],
    ['a long text', result('Makro', narrative), 'text'],
    ['a text with line breaks', result('Mikro', text('Linje 1\nLinje 2')), 'text'],
    ['a panel of long texts only', result('Histologi', none, [result('Makro', narrative)]), 'text'],
    [
      'a panel of long texts and a number',
      result('Panel', none, [result('Makro', narrative), result('Hb', number(1))]),
      'table',
    ],
    ['an isolate', result('E. coli', text('E. coli'), [sir('Ampicillin', 'R')]), 'microbiology'],
    [
      'a culture with an isolate deep inside',
      result('Blodkultur', none, [
        result('Flaske 1', none, [result('E. coli', text('E. coli'), [sir('Ampicillin', 'S')])]),
      ]),
      'microbiology',
    ],
  ] as const)('%s: %s', (_name, r, section) => {
    expect(sectionOf(r)).toBe(section);
  });
});

describe('reportSections', () => {
  it('puts every top-level result in exactly one section, in the lab’s order', () => {
    const results = [
      result('Hb', number(13)),
      result('Makro', narrative),
      result('E. coli', text('E. coli'), [sir('Ampicillin', 'R')]),
      result('CRP', number(4)),
    ];
    const sections = reportSections({ results });
    expect(sections.table.map((r) => r.name)).toEqual(['Hb', 'CRP']);
    expect(sections.text.map((r) => r.name)).toEqual(['Makro']);
    expect(sections.microbiology.map((r) => r.name)).toEqual(['E. coli']);
  });
});

describe('microbiologyOf', () => {
  it('is undefined without isolates', () => {
    expect(microbiologyOf({ results: [result('Hb', number(13))], specimens: [] })).toBeUndefined();
  });

  it('names each isolate’s place, specimen and details, and one S/I/R row per antibiotic', () => {
    const specimen = { id: 's1', type: 'Blod', accession: '123' } as LabSpecimen;
    const coli = result(
      'Art',
      text('E. coli'),
      [sir('Ampicillin', 'R', ['ESBL', 'påvist']), sir('Gentamicin', 'S'), result('Mengde', text('Rikelig'))],
      { specimenId: 's1' },
    );
    const staph = result('Art', text('S. aureus'), [sir('Kloksacillin', 'S'), sir('Ampicillin', 'I')]);
    const culture = result('Blodkultur', text('Vekst'), [result('Flaske 1', none, [coli]), staph]);
    const view = microbiologyOf({ results: [culture], specimens: [specimen] });
    expect(view?.cultures.map((c) => [c.culture.name, c.details.map((d) => d.name)])).toEqual([
      ['Blodkultur', ['Flaske 1']],
    ]);
    expect(
      view?.isolates.map((i) => [i.foundIn.map((r) => r.name), i.specimen?.id, i.details.map((d) => d.name)]),
    ).toEqual([
      [['Blodkultur', 'Flaske 1'], 's1', ['Mengde']],
      [['Blodkultur'], undefined, []],
    ]);
    expect(
      view?.susceptibility.map((row) => [
        row.antibiotic,
        row.tests.map((t) => t.map((m) => m.susceptibility?.code)),
      ]),
    ).toEqual([
      ['Ampicillin', [['R'], ['I']]],
      ['Gentamicin', [['S'], []]],
      ['Kloksacillin', [[], ['S']]],
    ]);
    expect(view?.notes).toEqual(['Ampicillin: ESBL påvist']);
  });

  it('an isolate at the top is no culture of its own', () => {
    const isolate = result('E. coli', text('E. coli'), [sir('Ampicillin', 'R')]);
    const view = microbiologyOf({ results: [isolate], specimens: [] });
    expect(view?.cultures).toEqual([]);
    expect(view?.isolates.map((i) => i.isolate.id)).toEqual([isolate.id]);
  });

  it('leaves out of a result’s details what is shown elsewhere', () => {
    const isolate = result('Art', text('E. coli'), [sir('Ampicillin', 'R')]);
    expect(
      resultDetails(result('Kultur', none, [isolate, result('Mengde', text('Rikelig'))])).map((r) => r.name),
    ).toEqual(['Mengde']);
  });
});
