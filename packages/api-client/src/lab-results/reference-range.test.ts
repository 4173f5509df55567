import { describe, expect, it } from 'vitest';
import { parseReferenceRange } from './reference-range';

describe('parseReferenceRange', () => {
  // Texts as they occur in ../shared/data/svarrapport.
  it.each([
    ['3,5 - 10,0', 'interval', 3.5, 10],
    ['11,7 - 15,3', 'interval', 11.7, 15.3],
    ['13.4 - 17.0', 'interval', 13.4, 17],
    ['10-22', 'interval', 10, 22],
    ['83-136', 'interval', 83, 136],
    ['0.40 - 0.50', 'interval', 0.4, 0.5],
    ['2,6-6,4', 'interval', 2.6, 6.4],
    ['3,5 – 10,0', 'interval', 3.5, 10],
    ['60 - 105 µmol/L', 'interval', 60, 105],
    ['-2 - 2', 'interval', -2, 2],
    ['< 0,5', 'upper', undefined, 0.5],
    ['<5', 'upper', undefined, 5],
    ['< 12', 'upper', undefined, 12],
    ['<2,60', 'upper', undefined, 2.6],
    ['≤ 5', 'upper', undefined, 5],
    ['>60', 'lower', 60, undefined],
    ['> 65', 'lower', 65, undefined],
    ['60 - ', 'lower', 60, undefined],
    ['Under 4', 'upper', undefined, 4],
  ] as const)('reads %j as %s [%s, %s]', (text, kind, low, high) => {
    const range = parseReferenceRange(text);
    expect(range.text).toBe(text);
    expect(range.kind).toBe(kind);
    expect(range.low).toBe(low);
    expect(range.high).toBe(high);
  });

  it.each([
    ['K: 11,7-15,3 M: 13,4-17,0'],
    ['Alltid *-merket'],
    ['Terapeutisk område: se kommentar'],
    ['10-5'],
  ])('keeps %j as text without guessing bounds', (text) => {
    expect(parseReferenceRange(text)).toEqual({ text, kind: 'text' });
  });

  it.each([[''], ['-'], ['   ']])('reads %j as empty', (text) => {
    expect(parseReferenceRange(text).kind).toBe('empty');
  });

  it('knows that the bound itself is outside for < and >, inside for <= and ≥', () => {
    expect(parseReferenceRange('< 5').highInclusive).toBe(false);
    expect(parseReferenceRange('<= 5').highInclusive).toBe(true);
    expect(parseReferenceRange('> 60').lowInclusive).toBe(false);
    expect(parseReferenceRange('≥ 60').lowInclusive).toBe(true);
  });

  it('takes FHIR low/high for bounds and keeps the text', () => {
    expect(parseReferenceRange({ low: { value: 3.5 }, high: { value: 10 }, text: '3,5 - 10,0' })).toEqual({
      text: '3,5 - 10,0',
      kind: 'interval',
      low: 3.5,
      high: 10,
      lowInclusive: true,
      highInclusive: true,
    });
    expect(parseReferenceRange({ high: { value: 5 } })).toMatchObject({
      kind: 'upper',
      high: 5,
      text: undefined,
    });
    expect(parseReferenceRange({ text: '>60' })).toMatchObject({ kind: 'lower', low: 60 });
    expect(parseReferenceRange(undefined)).toEqual({ text: undefined, kind: 'empty' });
  });
});
