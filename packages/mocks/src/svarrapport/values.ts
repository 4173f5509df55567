/**
 * A ResultItem's value and structured findings as FHIR, keeping what the lab wrote: the number's
 * own digits ("14.0" stays 14.0, in FHIR's originalText), the comparison operator, a text result's
 * unit, and every structured finding with its heading in order.
 */
import {
  CODE_LIST,
  type CodeableConcept,
  type Extension,
  FHIR_EXTENSION,
  type NilarObservation,
  type ObservationComponent,
  PPS_KIT_EXTENSION,
  type Quantity,
} from '@pps-kit/api-client';
import { ABSENT, codingOf, conceptOf } from './codes';
import { dateOf } from './dates';
import { attr, child, childElements, children, textOf, type XmlElement } from './xml';

const NUMBER = /^[-+]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][-+]?\d+)?$/;

/** FHIR comparators for the operators of code list 8239 that have one (`ML`, `MG` nearly). */
const COMPARATOR: Record<string, Quantity['comparator']> = {
  LT: '<',
  LE: '<=',
  GT: '>',
  GE: '>=',
  ML: '<',
  MG: '>',
};

/** Operators FHIR's comparator says exactly; the others are kept as the lab's code too. */
const EXACT = new Set(['LT', 'LE', 'GT', 'GE', 'EQ']);

/**
 * A Quantity from a KITH PQ (`V` value, `U` unit). The unit is kept as sent; where the decimal
 * alone would change what the lab wrote ("14.0", "0,50", a number too long for a double, or not
 * a number at all), the text is kept in FHIR's originalText.
 */
function quantityOf(pq: XmlElement | undefined, operator?: XmlElement): Quantity | undefined {
  if (!pq) return undefined;
  const raw = (pq.attrs.V ?? '').trim();
  const unit = pq.attrs.U;
  const value = NUMBER.test(raw) ? Number(raw.replace(',', '.')) : Number.NaN;
  const extension: Extension[] = [];
  if (raw !== '' && (!Number.isFinite(value) || String(value) !== raw))
    extension.push({ url: FHIR_EXTENSION.originalText, valueString: raw });
  const code = attr(operator);
  if (code && !EXACT.has(code)) {
    const operatorCoding = codingOf(operator, CODE_LIST.comparator);
    if (operatorCoding) extension.push({ url: PPS_KIT_EXTENSION.comparator, valueCoding: operatorCoding });
  }
  const comparator = code ? COMPARATOR[code] : undefined;
  if (raw === '' && !unit && extension.length === 0) return undefined;
  return {
    ...(Number.isFinite(value) ? { value } : {}),
    ...(unit !== undefined && unit !== '' ? { unit } : {}),
    ...(comparator ? { comparator } : {}),
    ...(extension.length > 0 ? { extension } : {}),
  };
}

/** The value of a ResultItem: Quantity, CodeableConcept (text results), Range or dateTime. */
export function resultValue(item: XmlElement): Partial<NilarObservation> {
  const num = child(item, 'NumResult');
  if (num) {
    const quantity = quantityOf(child(num, 'NumResultValue'), child(num, 'ArithmeticComp'));
    return quantity ? { valueQuantity: quantity } : {};
  }
  const textResult = child(item, 'TextResult');
  if (textResult) {
    const text = textOf(child(textResult, 'TextResultValue'));
    const unit = textOf(child(textResult, 'Unit'));
    const codings = children(textResult, 'TextCode')
      .map((c) => codingOf(c))
      .filter((c) => c !== undefined);
    if (!text && !unit && codings.length === 0) return {};
    return {
      valueCodeableConcept: {
        ...(codings.length > 0 ? { coding: codings } : {}),
        ...(text ? { text } : {}),
        ...(unit ? { extension: [{ url: PPS_KIT_EXTENSION.textUnit, valueString: unit }] } : {}),
      },
    };
  }
  const interval = child(item, 'Interval');
  if (interval) {
    const low = quantityOf(child(interval, 'Low'));
    const high = quantityOf(child(interval, 'High'));
    return low || high ? { valueRange: { ...(low ? { low } : {}), ...(high ? { high } : {}) } } : {};
  }
  const date = child(item, 'DateResult');
  if (date) {
    const value = dateOf(child(date, 'DateResultValue'));
    return value ? { valueDateTime: value } : {};
  }
  return {};
}

function componentValue(info: XmlElement): Omit<ObservationComponent, 'code'> | undefined {
  switch (info.name) {
    case 'TextInfo': {
      const text = textOf(child(info, 'Text'));
      return text ? { valueString: text } : undefined;
    }
    case 'IntegerInfo': {
      const raw = attr(child(info, 'Integer'));
      if (!raw) return undefined;
      return /^-?(?:0|[1-9]\d{0,14})$/.test(raw) ? { valueInteger: Number(raw) } : { valueString: raw };
    }
    case 'PhysicalInfo': {
      const quantity = quantityOf(child(info, 'Quantity'));
      return quantity ? { valueQuantity: quantity } : undefined;
    }
    case 'CodedInfo': {
      const concept = conceptOf(child(info, 'Code'));
      return concept ? { valueCodeableConcept: concept } : undefined;
    }
    case 'BooleanInfo': {
      const raw = attr(child(info, 'Flag'));
      if (!raw) return undefined;
      return raw === 'true' || raw === 'false' ? { valueBoolean: raw === 'true' } : { valueString: raw };
    }
    default:
      return undefined;
  }
}

/**
 * Structured findings (StructuredInfo, e.g. lymph nodes examined, margins, MMR status) as
 * Observation.component, one per value, in the order the lab sent them, each under its heading
 * (the StructuredInfo's Type). NILAR keeps them as "Strukturert info".
 */
export function structuredComponents(item: XmlElement): ObservationComponent[] {
  return children(item, 'StructuredInfo').flatMap((info) => {
    // Type is required; without it the heading is absent, never made up.
    const code: CodeableConcept = conceptOf(child(info, 'Type')) ?? { ...ABSENT };
    const values = childElements(info)
      .filter((c) => c.name !== 'Type')
      .map(componentValue)
      .filter((v) => v !== undefined);
    return values.length > 0 ? values.map((value) => ({ code, ...value })) : [{ code }];
  });
}
