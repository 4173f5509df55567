/**
 * Every way a Norwegian lab writes a range, read exactly: bounds, which bound is open, and the
 * text kept as sent. One row per form, so that changing any rule fails here.
 */
import { describe, expect, it } from 'vitest';
import { parseReferenceRange } from './reference-range';

describe('parseReferenceRange: text', () => {
  it.each([
    ['3,5 - 10,0', { kind: 'interval', low: 3.5, high: 10, lowInclusive: true, highInclusive: true }],
    ['10-22', { kind: 'interval', low: 10, high: 22, lowInclusive: true, highInclusive: true }],
    ['0.40 – 0.50', { kind: 'interval', low: 0.4, high: 0.5, lowInclusive: true, highInclusive: true }],
    ['3,5 til 10,0', { kind: 'interval', low: 3.5, high: 10, lowInclusive: true, highInclusive: true }],
    ['60 - 105 µmol/L', { kind: 'interval', low: 60, high: 105, lowInclusive: true, highInclusive: true }],
    ['5 - 5', { kind: 'interval', low: 5, high: 5, lowInclusive: true, highInclusive: true }],
    ['-2 - 3', { kind: 'interval', low: -2, high: 3, lowInclusive: true, highInclusive: true }],
    ['10-5', { kind: 'text' }],
    ['60 - ', { kind: 'lower', low: 60, lowInclusive: true }],
    ['60 -', { kind: 'lower', low: 60, lowInclusive: true }],
    ['60 –', { kind: 'lower', low: 60, lowInclusive: true }],
    ['< 0,5', { kind: 'upper', high: 0.5, highInclusive: false }],
    ['<=5', { kind: 'upper', high: 5, highInclusive: true }],
    ['≤ 5', { kind: 'upper', high: 5, highInclusive: true }],
    ['under 5', { kind: 'upper', high: 5, highInclusive: false }],
    ['mindre enn 5', { kind: 'upper', high: 5, highInclusive: false }],
    ['< 5 mmol/L', { kind: 'upper', high: 5, highInclusive: false }],
    ['> 60', { kind: 'lower', low: 60, lowInclusive: false }],
    ['>=60', { kind: 'lower', low: 60, lowInclusive: true }],
    ['≥ 60', { kind: 'lower', low: 60, lowInclusive: true }],
    ['over 60', { kind: 'lower', low: 60, lowInclusive: false }],
    ['Større enn 60', { kind: 'lower', low: 60, lowInclusive: false }],
    ['K: 11,7-15,3 M: 13,4-17,0', { kind: 'text' }],
    ['Negativ', { kind: 'text' }],
    ['', { kind: 'empty' }],
    ['   ', { kind: 'empty' }],
    ['-', { kind: 'empty' }],
    ['–', { kind: 'empty' }],
    ['—', { kind: 'empty' }],
  ] as const)('"%s"', (text, expected) => {
    expect(parseReferenceRange(text)).toEqual({ text, ...expected });
    expect(parseReferenceRange({ text })).toEqual({ text, ...expected });
  });

  it('nothing is empty, without text', () => {
    expect(parseReferenceRange(undefined)).toEqual({ text: undefined, kind: 'empty' });
    expect(parseReferenceRange({})).toEqual({ text: undefined, kind: 'empty' });
  });
});

describe('parseReferenceRange: FHIR low and high', () => {
  it.each([
    [
      { low: { value: 1 }, high: { value: 2 } },
      { text: undefined, kind: 'interval', low: 1, high: 2, lowInclusive: true, highInclusive: true },
    ],
    [{ low: { value: 1 } }, { text: undefined, kind: 'lower', low: 1, lowInclusive: true }],
    [{ high: { value: 2 } }, { text: undefined, kind: 'upper', high: 2, highInclusive: true }],
    [
      { low: { value: 1 }, text: '< 9' },
      { text: '< 9', kind: 'lower', low: 1, lowInclusive: true },
    ],
    [
      { high: { value: 2 }, text: 'Se kommentar' },
      { text: 'Se kommentar', kind: 'upper', high: 2, highInclusive: true },
    ],
    [
      { low: { value: Number.NaN }, text: '3 - 4' },
      { text: '3 - 4', kind: 'interval', low: 3, high: 4, lowInclusive: true, highInclusive: true },
    ],
    [
      { low: { unit: 'g/L' }, text: '> 60' },
      { text: '> 60', kind: 'lower', low: 60, lowInclusive: false },
    ],
  ] as const)('%j', (input, expected) => {
    expect(parseReferenceRange(input)).toEqual(expected);
  });
});
