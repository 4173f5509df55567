/** A result's value as the lab sent it: quantities, texts, codes, ranges, S/I/R. */
import { CODE_LIST, FHIR_EXTENSION, isVolvenSystem, PPS_KIT_EXTENSION } from '../shared/code-systems';
import type { NilarObservation, ObservationComponent, Quantity } from '../shared/fhir';
import type { LabValue, Susceptibility, SusceptibilityMeasure } from './model-types';

const SIR = ['S', 'I', 'R', 'K'];

const originalText = (q: Quantity | undefined) =>
  q?.extension?.find((e) => e.url === FHIR_EXTENSION.originalText)?.valueString;

/** A Quantity as a value: its number as the lab wrote it, the lab's operator, or text when it is none. */
function quantityValue(q: Quantity): LabValue {
  const text = originalText(q);
  const labComparator = q.extension?.find((e) => e.url === PPS_KIT_EXTENSION.comparator)?.valueCoding?.code;
  const unit = q.unit !== undefined && q.unit !== '' ? q.unit : undefined;
  if (q.value === undefined) {
    const shown = [labComparator ?? q.comparator, text].filter(Boolean).join(' ');
    return shown ? { kind: 'text', text: shown, codes: [], ...(unit ? { unit } : {}) } : { kind: 'none' };
  }
  return {
    kind: 'quantity',
    value: q.value,
    ...(q.comparator ? { comparator: q.comparator } : {}),
    ...(labComparator ? { labComparator } : {}),
    ...(unit ? { unit } : {}),
    ...(text ? { text } : {}),
  };
}

/** What a number beside S/I/R is, where the lab says so; never guessed from the number. */
export function susceptibilityMeasure(
  unit: string | undefined,
  name: string,
): SusceptibilityMeasure | undefined {
  const u = (unit ?? '').trim().toLowerCase().replace('µ', 'u');
  if (['mg/l', 'ug/ml', 'mikrog/ml', 'mcg/ml'].includes(u)) return 'mic';
  if (u === 'mm') return 'zone-diameter';
  if (u === '' && /\bMIC\b/.test(name)) return 'mic';
  return undefined;
}

export function readValue(
  observation: NilarObservation,
  name: string,
): { value: LabValue; susceptibility?: Susceptibility } {
  const q = observation.valueQuantity;
  if (q) return { value: quantityValue(q) };
  const concept = observation.valueCodeableConcept;
  if (concept) {
    const codes = concept.coding ?? [];
    const unit = concept.extension?.find((e) => e.url === PPS_KIT_EXTENSION.textUnit)?.valueString;
    // Only S, I, R and K are susceptibilities: some labs also put organism codes under 8271.
    const sir = codes.find(
      (c) => isVolvenSystem(c.system, CODE_LIST.susceptibility) && SIR.includes(c.code ?? ''),
    );
    const measure = sir && concept.text ? susceptibilityMeasure(unit, name) : undefined;
    const susceptibility = sir?.code
      ? {
          code: sir.code,
          ...(sir.display ? { display: sir.display } : {}),
          ...(concept.text ? { value: concept.text } : {}),
          ...(unit ? { unit } : {}),
          ...(measure ? { measure } : {}),
        }
      : undefined;
    const value: LabValue = concept.text
      ? { kind: 'text', text: concept.text, codes, ...(unit ? { unit } : {}) }
      : { kind: 'coded', codes, ...(unit ? { unit } : {}) };
    return susceptibility ? { value, susceptibility } : { value };
  }
  if (observation.valueRange) {
    const { low, high } = observation.valueRange;
    const lowText = originalText(low);
    const highText = originalText(high);
    return {
      value: {
        kind: 'range',
        ...(low?.value !== undefined ? { low: low.value } : {}),
        ...(high?.value !== undefined ? { high: high.value } : {}),
        ...(lowText ? { lowText } : {}),
        ...(highText ? { highText } : {}),
        ...((low?.unit ?? high?.unit) ? { unit: (low?.unit ?? high?.unit) as string } : {}),
      },
    };
  }
  if (observation.valueDateTime) return { value: { kind: 'datetime', value: observation.valueDateTime } };
  return { value: { kind: 'none' } };
}

/** A structured finding's value, in the same shape as a result's. */
export function componentValue(c: ObservationComponent): LabValue {
  if (c.valueString !== undefined) return { kind: 'text', text: c.valueString, codes: [] };
  if (c.valueInteger !== undefined) return { kind: 'quantity', value: c.valueInteger };
  if (c.valueBoolean !== undefined) return { kind: 'boolean', value: c.valueBoolean };
  if (c.valueQuantity) return quantityValue(c.valueQuantity);
  if (c.valueCodeableConcept) {
    const codes = c.valueCodeableConcept.coding ?? [];
    return c.valueCodeableConcept.text
      ? { kind: 'text', text: c.valueCodeableConcept.text, codes }
      : { kind: 'coded', codes };
  }
  if (c.valueDateTime) return { kind: 'datetime', value: c.valueDateTime };
  return { kind: 'none' };
}
