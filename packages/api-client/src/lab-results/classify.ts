/**
 * Is a result outside its reference range? The lab's own flag decides (Volven 8244, or HL7
 * H/L/A/HH/LL where a lab sends them). Only where the lab sent no flag is a class computed from
 * the parsed range, and then the reason says so, so that views mark it as computed
 * (../shared/domain/README.md, fact 7).
 */
import { CODE_LIST, isVolvenSystem } from '../shared/code-systems';
import type { Coding, NilarObservation } from '../shared/fhir';
import { type ParsedRange, parseReferenceRange } from './reference-range';

export type ResultClass = 'normal' | 'high' | 'low' | 'outside' | 'critical' | 'unknown';

export type ClassificationReason =
  /** The lab flagged it with code list 8244. */
  | 'lab-flag'
  /** The lab flagged it with an HL7 interpretation code. */
  | 'lab-flag-hl7'
  /** The lab sent a flag pps-kit does not know; its text is shown as sent. */
  | 'lab-flag-unrecognised'
  /** Computed: the value lies above the range the lab wrote. */
  | 'computed-above-range'
  | 'computed-below-range'
  | 'computed-within-range'
  /** Computed: a `<`/`>` value straddles a bound, so nothing can be said. */
  | 'computed-inconclusive'
  /** No flag, and no range with numbers to compare with. */
  | 'no-range'
  /** No flag, and the value is not a number (text results, cultures, susceptibilities). */
  | 'not-numeric';

export interface Classification {
  class: ResultClass;
  /** `lab`: the lab said so. `computed`: pps-kit compared with the range. `none`: nothing to say. */
  source: 'lab' | 'computed' | 'none';
  reason: ClassificationReason;
  /** For `critical`: which way. */
  direction?: 'high' | 'low';
  /** The lab's flag as sent, for display. */
  flag?: Coding;
}

const HL7_SYSTEMS = [
  'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation',
  'http://hl7.org/fhir/v2/0078',
  'http://terminology.hl7.org/CodeSystem/v2-0078',
];

const FROM_8244: Record<string, ResultClass> = { '1': 'high', '2': 'low', '3': 'outside' };
const FROM_HL7: Record<string, Pick<Classification, 'class' | 'direction'>> = {
  N: { class: 'normal' },
  H: { class: 'high' },
  L: { class: 'low' },
  A: { class: 'outside' },
  HH: { class: 'critical', direction: 'high' },
  LL: { class: 'critical', direction: 'low' },
  AA: { class: 'critical' },
  HU: { class: 'critical', direction: 'high' },
  LU: { class: 'critical', direction: 'low' },
};

/** The lab's flag, if it sent one. */
function labFlag(observation: Pick<NilarObservation, 'interpretation'>): Classification | undefined {
  const codings = (observation.interpretation ?? []).flatMap((concept) => concept.coding ?? []);
  for (const coding of codings) {
    if (isVolvenSystem(coding.system, CODE_LIST.deviation) && coding.code && FROM_8244[coding.code]) {
      return {
        class: FROM_8244[coding.code] as ResultClass,
        source: 'lab',
        reason: 'lab-flag',
        flag: coding,
      };
    }
    if (
      (coding.system === undefined || HL7_SYSTEMS.includes(coding.system)) &&
      coding.code &&
      FROM_HL7[coding.code]
    ) {
      return {
        ...(FROM_HL7[coding.code] as Pick<Classification, 'class'>),
        source: 'lab',
        reason: 'lab-flag-hl7',
        flag: coding,
      };
    }
  }
  const sent =
    codings[0] ??
    (observation.interpretation?.[0]?.text ? { display: observation.interpretation[0].text } : undefined);
  return sent ? { class: 'unknown', source: 'lab', reason: 'lab-flag-unrecognised', flag: sent } : undefined;
}

/**
 * The class of a result: the lab's flag when there is one, else computed from the value and the
 * first reference range. `range` overrides the Observation's own (for callers that parsed it).
 */
export function classifyResult(
  observation: Pick<NilarObservation, 'interpretation' | 'valueQuantity' | 'referenceRange'>,
  range: ParsedRange = parseReferenceRange(observation.referenceRange?.[0]),
): Classification {
  const fromLab = labFlag(observation);
  if (fromLab) return fromLab;

  const value = observation.valueQuantity?.value;
  if (value === undefined || !Number.isFinite(value))
    return { class: 'unknown', source: 'none', reason: 'not-numeric' };
  if (range.low === undefined && range.high === undefined)
    return { class: 'unknown', source: 'none', reason: 'no-range' };

  // The value as an interval: "<1" is anything below 1 (not 1), "<=1" anything up to 1, ">90"
  // anything above 90. `open` ends are not part of it.
  const comparator = observation.valueQuantity?.comparator;
  const upTo = comparator === '<' || comparator === '<=';
  const from = comparator === '>' || comparator === '>=';
  const min = upTo ? Number.NEGATIVE_INFINITY : value;
  const max = from ? Number.POSITIVE_INFINITY : value;
  const minOpen = comparator === '>';
  const maxOpen = comparator === '<';
  const { low, high } = range;
  const highExclusive = range.highInclusive === false;
  const lowExclusive = range.lowInclusive === false;

  // Every value of the interval above the range, or below it; or some value outside it.
  const allAbove = high !== undefined && (min > high || (min === high && (minOpen || highExclusive)));
  const allBelow = low !== undefined && (max < low || (max === low && (maxOpen || lowExclusive)));
  const someAbove = high !== undefined && (max > high || (max === high && highExclusive && !maxOpen));
  const someBelow = low !== undefined && (min < low || (min === low && lowExclusive && !minOpen));

  if (allAbove) return { class: 'high', source: 'computed', reason: 'computed-above-range' };
  if (allBelow) return { class: 'low', source: 'computed', reason: 'computed-below-range' };
  if (!someAbove && !someBelow)
    return { class: 'normal', source: 'computed', reason: 'computed-within-range' };
  return { class: 'unknown', source: 'computed', reason: 'computed-inconclusive' };
}
