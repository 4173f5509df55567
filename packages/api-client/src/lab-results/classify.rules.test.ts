/**
 * Every flag a lab can send, and every way a value meets a range: the class, the direction of a
 * critical value, and whether the lab or pps-kit said it. One row per code, so that changing any
 * one of them fails here.
 */
import { describe, expect, it } from 'vitest';
import { volvenSystems } from '../shared/code-systems';
import type { Coding, NilarObservation } from '../shared/fhir';
import { classifyResult } from './classify';
import { parseReferenceRange } from './reference-range';

type Input = Pick<NilarObservation, 'interpretation' | 'valueQuantity' | 'referenceRange'>;
const V8244 = volvenSystems(8244);
const HL7 = [
  'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation',
  'http://hl7.org/fhir/v2/0078',
  'http://terminology.hl7.org/CodeSystem/v2-0078',
] as const;
const flagged = (...coding: Coding[]): Input => ({
  interpretation: [{ coding }],
  valueQuantity: { value: 5 },
  referenceRange: [{ text: '1 - 10' }],
});

describe('the lab’s flag: code list 8244', () => {
  it.each(
    V8244.flatMap((system) => [
      [system, '1', 'high'],
      [system, '2', 'low'],
      [system, '3', 'outside'],
    ]),
  )('%s code %s is %s, from the lab', (system, code, cls) => {
    const result = classifyResult(flagged({ system, code }));
    expect(result).toEqual({ class: cls, source: 'lab', reason: 'lab-flag', flag: { system, code } });
  });

  it.each([['0'], ['4'], ['H'], ['']])(
    '8244 code "%s" is a flag pps-kit does not know: shown as sent',
    (code) => {
      const coding = { system: V8244[0] as string, code };
      expect(classifyResult(flagged(coding))).toEqual({
        class: 'unknown',
        source: 'lab',
        reason: 'lab-flag-unrecognised',
        flag: coding,
      });
    },
  );
});

describe('the lab’s flag: HL7 interpretation', () => {
  const rows = [
    ['N', 'normal', undefined],
    ['H', 'high', undefined],
    ['L', 'low', undefined],
    ['A', 'outside', undefined],
    ['HH', 'critical', 'high'],
    ['LL', 'critical', 'low'],
    ['AA', 'critical', undefined],
    ['HU', 'critical', 'high'],
    ['LU', 'critical', 'low'],
  ] as const;
  it.each(
    [...HL7, undefined].flatMap((system) =>
      rows.map(([code, cls, direction]) => [system, code, cls, direction]),
    ),
  )('%s code %s is %s (direction %s)', (system, code, cls, direction) => {
    const coding = { ...(system ? { system } : {}), code: code as string };
    const result = classifyResult(flagged(coding));
    expect(result).toEqual({
      class: cls,
      source: 'lab',
      reason: 'lab-flag-hl7',
      flag: coding,
      ...(direction ? { direction } : {}),
    });
  });

  it.each([
    ['an HL7 code under another system', { system: 'urn:oid:9.9.9', code: 'HH' }],
    ['an 8244 code under an HL7 system', { system: HL7[0], code: '1' }],
    ['an HL7 code under 8244', { system: V8244[0], code: 'LL' }],
    ['a code pps-kit does not know', { system: HL7[0], code: 'W' }],
  ])('%s is not read as a class: unknown, from the lab', (_name, coding) => {
    expect(classifyResult(flagged(coding as Coding))).toMatchObject({
      class: 'unknown',
      source: 'lab',
      reason: 'lab-flag-unrecognised',
      flag: coding,
    });
  });

  it('reads the first coding it knows, in any concept', () => {
    const input: Input = {
      interpretation: [
        { coding: [{ system: 'urn:x', code: 'Q' }] },
        { coding: [{ system: V8244[0] as string, code: '2' }] },
      ],
    };
    expect(classifyResult(input)).toMatchObject({ class: 'low', reason: 'lab-flag', flag: { code: '2' } });
  });

  it('a flag in words only is shown as sent; a concept without coding or text is no flag', () => {
    expect(classifyResult({ interpretation: [{ text: 'Svakt positiv' }] })).toEqual({
      class: 'unknown',
      source: 'lab',
      reason: 'lab-flag-unrecognised',
      flag: { display: 'Svakt positiv' },
    });
    expect(
      classifyResult({
        interpretation: [{}],
        valueQuantity: { value: 5 },
        referenceRange: [{ text: '1 - 10' }],
      }),
    ).toMatchObject({
      source: 'computed',
      class: 'normal',
    });
  });
});

describe('computed where the lab sent no flag', () => {
  const value = (v: number, comparator?: '<' | '<=' | '>' | '>=') => ({
    value: v,
    ...(comparator ? { comparator } : {}),
  });
  it.each([
    // [value, comparator, range, class, reason]
    [5, undefined, '1 - 10', 'normal', 'computed-within-range'],
    [1, undefined, '1 - 10', 'normal', 'computed-within-range'],
    [10, undefined, '1 - 10', 'normal', 'computed-within-range'],
    [0.99, undefined, '1 - 10', 'low', 'computed-below-range'],
    [10.01, undefined, '1 - 10', 'high', 'computed-above-range'],
    [60, undefined, '60 -', 'normal', 'computed-within-range'],
    [59, undefined, '60 -', 'low', 'computed-below-range'],
    [60, undefined, '> 60', 'low', 'computed-below-range'],
    [61, undefined, '> 60', 'normal', 'computed-within-range'],
    [60, undefined, '>= 60', 'normal', 'computed-within-range'],
    [5, undefined, '< 5', 'high', 'computed-above-range'],
    [4.9, undefined, '< 5', 'normal', 'computed-within-range'],
    [5, undefined, '<= 5', 'normal', 'computed-within-range'],
    [5.1, undefined, '<= 5', 'high', 'computed-above-range'],
    // A value with a comparator is an interval.
    [1, '<', '1 - 10', 'low', 'computed-below-range'],
    [1, '<=', '1 - 10', 'unknown', 'computed-inconclusive'],
    [5, '<', '1 - 10', 'unknown', 'computed-inconclusive'],
    [5, '<=', '1 - 10', 'unknown', 'computed-inconclusive'],
    [0.5, '<=', '1 - 10', 'low', 'computed-below-range'],
    [5, '<', '< 10', 'normal', 'computed-within-range'],
    [10, '<=', '<= 10', 'normal', 'computed-within-range'],
    [10, '>', '1 - 10', 'high', 'computed-above-range'],
    [10, '>=', '1 - 10', 'unknown', 'computed-inconclusive'],
    [5, '>', '1 - 10', 'unknown', 'computed-inconclusive'],
    [5, '>=', '1 - 10', 'unknown', 'computed-inconclusive'],
    [12, '>=', '1 - 10', 'high', 'computed-above-range'],
    [90, '>', '60 -', 'normal', 'computed-within-range'],
    [90, '>=', '> 60', 'normal', 'computed-within-range'],
    [60, '>=', '> 60', 'unknown', 'computed-inconclusive'],
    // An open end meets an open bound.
    [5, '<', '< 5', 'normal', 'computed-within-range'],
    [5, '<=', '< 5', 'unknown', 'computed-inconclusive'],
    [5, '>', '> 5', 'normal', 'computed-within-range'],
    [5, '>=', '> 5', 'unknown', 'computed-inconclusive'],
    [5, '>', '< 5', 'high', 'computed-above-range'],
    [5, '>=', '< 5', 'high', 'computed-above-range'],
    [5, '<', '> 5', 'low', 'computed-below-range'],
    [5, '<=', '> 5', 'low', 'computed-below-range'],
    [5, '>', '<= 5', 'high', 'computed-above-range'],
    [5, '>=', '<= 5', 'unknown', 'computed-inconclusive'],
    [5, '<', '>= 5', 'low', 'computed-below-range'],
    [5, '<=', '>= 5', 'unknown', 'computed-inconclusive'],
  ] as const)('%s (comparator %s) against "%s" is %s', (v, comparator, range, cls, reason) => {
    const result = classifyResult({ valueQuantity: value(v, comparator), referenceRange: [{ text: range }] });
    expect(result).toEqual({ class: cls, source: 'computed', reason });
  });

  it.each([
    ['no value', {}],
    ['not a number', { valueQuantity: { value: Number.NaN } }],
    ['infinite', { valueQuantity: { value: Number.POSITIVE_INFINITY } }],
    ['a quantity without a value', { valueQuantity: { unit: 'g/L' } }],
  ])('%s: nothing to compute', (_name, input) => {
    expect(classifyResult({ ...input, referenceRange: [{ text: '1 - 10' }] } as Input)).toEqual({
      class: 'unknown',
      source: 'none',
      reason: 'not-numeric',
    });
  });

  it.each([
    ['no range', undefined],
    ['a range in words', 'Negativ'],
    ['an empty range', '-'],
  ])('%s: nothing to compare with', (_name, text) => {
    expect(
      classifyResult({ valueQuantity: { value: 5 }, ...(text ? { referenceRange: [{ text }] } : {}) }),
    ).toEqual({ class: 'unknown', source: 'none', reason: 'no-range' });
  });

  it('uses the range the caller parsed, over the Observation’s own', () => {
    const input: Input = { valueQuantity: { value: 5 }, referenceRange: [{ text: '1 - 10' }] };
    expect(classifyResult(input, parseReferenceRange({ text: '6 - 10' }))).toMatchObject({ class: 'low' });
  });
});
