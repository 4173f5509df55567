import { describe, expect, it } from 'vitest';
import type { NilarObservation } from '../shared/fhir';
import { classifyResult } from './classify';

const FLAG_8244 = 'urn:oid:2.16.578.1.12.4.1.1.8244';
const HL7 = 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation';
type Input = Pick<NilarObservation, 'interpretation' | 'valueQuantity' | 'referenceRange'>;
const obs = (
  value: number | undefined,
  range?: string,
  flag?: [string, string],
  comparator?: '<' | '>',
): Input => ({
  ...(value !== undefined ? { valueQuantity: { value, ...(comparator ? { comparator } : {}) } } : {}),
  ...(range !== undefined ? { referenceRange: [{ text: range }] } : {}),
  ...(flag ? { interpretation: [{ coding: [{ system: flag[0], code: flag[1] }] }] } : {}),
});

describe('classifyResult', () => {
  // Values and ranges from the sample messages (SvarMBK-Unilab-OUS, SVAR_CLIN_unilab ...).
  it.each<[string, Input, string, string, string]>([
    [
      'B-Hemoglobin 11.0 under 13.4 - 17.0, flag 2',
      obs(11, '13.4 - 17.0', [FLAG_8244, '2']),
      'low',
      'lab',
      'lab-flag',
    ],
    ['B-EVF 0.33, flag 2', obs(0.33, '0.40 - 0.50', [FLAG_8244, '2']), 'low', 'lab', 'lab-flag'],
    [
      'eGFR 56, flag 2 in the ehelse.no spelling',
      obs(56, '>60', ['http://ehelse.no/fhir/CodeSystem/no-kodeverk-8244', '2']),
      'low',
      'lab',
      'lab-flag',
    ],
    ['flag 1, above', obs(95, '< 5', [FLAG_8244, '1']), 'high', 'lab', 'lab-flag'],
    ['flag 3, outside', obs(7, '3,5 - 4,4', [FLAG_8244, '3']), 'outside', 'lab', 'lab-flag'],
    ['HL7 H', obs(12, '3,5 - 10,0', [HL7, 'H']), 'high', 'lab', 'lab-flag-hl7'],
    ['HL7 LL is critical', obs(2.1, '3,5 - 4,4', [HL7, 'LL']), 'critical', 'lab', 'lab-flag-hl7'],
    [
      'a flag pps-kit does not know',
      obs(5, '3 - 4', ['urn:x', 'Z']),
      'unknown',
      'lab',
      'lab-flag-unrecognised',
    ],
    ['the lab’s flag wins over the range', obs(4, '3,5 - 10,0', [FLAG_8244, '1']), 'high', 'lab', 'lab-flag'],
    ['no flag, within', obs(7.4, '3,5 - 10,0'), 'normal', 'computed', 'computed-within-range'],
    ['no flag, above', obs(12, '< 5'), 'high', 'computed', 'computed-above-range'],
    ['no flag, below', obs(2.9, '3,5 - 10,0'), 'low', 'computed', 'computed-below-range'],
    ['no flag, at the < bound is above', obs(5, '<5'), 'high', 'computed', 'computed-above-range'],
    [
      'no flag, at the interval bound is within',
      obs(10, '3,5 - 10,0'),
      'normal',
      'computed',
      'computed-within-range',
    ],
    [
      'no flag, "<1" under "< 5"',
      obs(1, '< 5', undefined, '<'),
      'normal',
      'computed',
      'computed-within-range',
    ],
    [
      'no flag, ">90" over ">60"',
      obs(90, '>60', undefined, '>'),
      'normal',
      'computed',
      'computed-within-range',
    ],
    [
      'no flag, "<3" straddles 2 - 5',
      obs(3, '2 - 5', undefined, '<'),
      'unknown',
      'computed',
      'computed-inconclusive',
    ],
    ['no flag, text range', obs(5, 'K: 11,7-15,3 M: 13,4-17,0'), 'unknown', 'none', 'no-range'],
    ['no flag, no range', obs(5), 'unknown', 'none', 'no-range'],
    ['no value (a text result)', obs(undefined, '< 5'), 'unknown', 'none', 'not-numeric'],
  ])('%s', (_, input, expectedClass, source, reason) => {
    const result = classifyResult(input);
    expect(result).toMatchObject({ class: expectedClass, source, reason });
  });

  it('keeps the lab’s flag for display', () => {
    const flagged = classifyResult({
      interpretation: [
        { coding: [{ system: FLAG_8244, code: '2', display: 'Under nedre referansegrense' }] },
      ],
    });
    expect(flagged.flag?.display).toBe('Under nedre referansegrense');
  });
});
