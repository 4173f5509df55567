/**
 * Reading a converted NILAR Bundle's resources for the oracle, as any FHIR client would read them:
 * extensions, codes, parties, values, statuses, comments and specimens. `bundle-facts.ts` puts
 * them together report by report. Test code only.
 */
import {
  type Annotation,
  CODE_LIST,
  type Coding,
  type Extension,
  FHIR_EXTENSION,
  IDENTIFIER_SYSTEM,
  isVolvenSystem,
  NILAR_EXTENSION,
  type NilarObservation,
  type NilarPractitionerRole,
  type NilarSpecimen,
  PPS_KIT_EXTENSION,
  PPS_KIT_NOTE_AUTHOR,
  type Quantity,
  type Reference,
  type ResourceBase,
} from '@pps-kit/api-client';
import { QUALIFIERS, squash, type Time, type ValueFacts } from './facts';
import { osloWallClock } from './message-facts';

export const exts = (holder: { extension?: Extension[] } | undefined, url: string): Extension[] =>
  (holder?.extension ?? []).filter((e) => e.url === url);
export const ext = (holder: { extension?: Extension[] } | undefined, url: string) => exts(holder, url)[0];

/** A FHIR date or dateTime as Oslo wall-clock time (date-only values stay dates). */
export function time(value: string | undefined): Time {
  if (!value) return '';
  if (/^\d{4}(-\d{2}){0,2}$/.test(value)) return value;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? `invalid:${value}` : osloWallClock(ms);
}

const codeOf = (c: Coding) => `${(c.system ?? '').replace(/^urn:oid:/, '')}|${c.code ?? ''}`;
export const namedCodeOf = (c: Coding) => `${codeOf(c)}|${c.display ?? c.code ?? ''}`;
/** A coding as `code=name`. */
export const coded = (c: Coding | undefined) =>
  c ? `${(c.system ?? '').replace(/^urn:oid:/, '')}|${c.code ?? ''}=${c.display ?? c.code ?? ''}` : '';

const TYPE_OF_SYSTEM: Record<string, string> = {
  [IDENTIFIER_SYSTEM.hpr]: 'HPR',
  [IDENTIFIER_SYSTEM.her]: 'HER',
  [IDENTIFIER_SYSTEM.enh]: 'ENH',
  [IDENTIFIER_SYSTEM.resh]: 'RESH',
  [IDENTIFIER_SYSTEM.ako]: 'AKO',
  [IDENTIFIER_SYSTEM.fnr]: 'FNR',
  [IDENTIFIER_SYSTEM.dnr]: 'DNR',
  [IDENTIFIER_SYSTEM.fhnr]: 'FHNR',
};
const idOf = (identifier: { system?: string; value?: string } | undefined) =>
  identifier?.value ? `${TYPE_OF_SYSTEM[identifier.system ?? ''] ?? ''}:${identifier.value}` : '';
export const personOf = (ref: Reference | undefined) =>
  `${TYPE_OF_SYSTEM[ref?.identifier?.system ?? ''] ?? ''}|${ref?.identifier?.value ?? ''}`;

/** A PractitionerRole as `relation|category|person|type:id|organisation|type:id`. */
export function partyOf(role: NilarPractitionerRole | undefined): string {
  const codings = (role?.code ?? []).flatMap((c) => c.coding ?? []);
  const category = codings.find((c) => isVolvenSystem(c.system, CODE_LIST.hprRole));
  const relation = codings.find((c) => c !== category);
  return [
    coded(relation),
    coded(category),
    role?.practitioner?.display ?? '',
    idOf(role?.practitioner?.identifier),
    role?.organization?.display ?? '',
    idOf(role?.organization?.identifier),
  ].join('|');
}
export const labNotes = (notes: Annotation[] | undefined) =>
  (notes ?? []).filter((n) => n.authorString !== PPS_KIT_NOTE_AUTHOR).map((n) => squash(n.text));

/** The number as the lab wrote it: FHIR's originalText where the number alone would change it. */
const numberText = (q: Quantity | undefined) =>
  q
    ? (ext(q, FHIR_EXTENSION.originalText)?.valueString ?? (q.value !== undefined ? String(q.value) : ''))
    : '';

export function valueFacts(o: NilarObservation): ValueFacts {
  const none: ValueFacts = { kind: 'none', qualifier: '', text: '', number: null, unit: '', codes: [] };
  if (o.valueQuantity) {
    const q = o.valueQuantity;
    const code = ext(q, PPS_KIT_EXTENSION.comparator)?.valueCoding?.code;
    return {
      ...none,
      kind: 'number',
      number: q.value ?? null,
      qualifier: code ? (QUALIFIERS[code] ?? code) : (q.comparator ?? ''),
      text: numberText(q),
      unit: q.unit ?? '',
    };
  }
  if (o.valueCodeableConcept) {
    const c = o.valueCodeableConcept;
    return {
      ...none,
      kind: 'text',
      text: squash(c.text),
      unit: ext(c, PPS_KIT_EXTENSION.textUnit)?.valueString ?? '',
      codes: (c.coding ?? []).map(codeOf),
    };
  }
  if (o.valueRange) {
    return {
      ...none,
      kind: 'interval',
      text: `${numberText(o.valueRange.low)}..${numberText(o.valueRange.high)}`,
      unit: o.valueRange.low?.unit ?? o.valueRange.high?.unit ?? '',
    };
  }
  if (o.valueDateTime) return { ...none, kind: 'date', text: time(o.valueDateTime) };
  return none;
}

export function structuredOf(o: NilarObservation): string[] {
  return (o.component ?? []).map((c) => {
    const heading = coded(c.code.coding?.[0]);
    const value =
      c.valueString ??
      (c.valueInteger !== undefined ? String(c.valueInteger) : undefined) ??
      (c.valueBoolean !== undefined ? String(c.valueBoolean) : undefined) ??
      (c.valueQuantity
        ? squash(
            `${numberText(c.valueQuantity)} ${c.valueQuantity.unit ?? ''} #${c.valueQuantity.value ?? ''}`,
          )
        : undefined) ??
      (c.valueCodeableConcept ? coded(c.valueCodeableConcept.coding?.[0]) : undefined);
    return value === undefined ? heading : `${heading}: ${value}`;
  });
}

export function labStatusOf(resource: { extension?: Extension[] }): string {
  const status = ext(resource, PPS_KIT_EXTENSION.labStatus);
  return `${coded(ext(status, 'servType')?.valueCoding)}/${coded(ext(status, 'status')?.valueCoding)}`;
}

export function commentText(e: Extension): string {
  if (e.valueCodeableConcept?.coding?.[0]) return coded(e.valueCodeableConcept.coding[0]);
  return squash(e.valueAnnotation?.text ?? e.valueString ?? e.valueCodeableConcept?.text);
}

export function specimenDetails(
  s: NilarSpecimen,
  get: (ref: Reference | undefined) => ResourceBase | undefined,
): string[] {
  const pretreatment = ext(s, NILAR_EXTENSION.pretreatment)?.valueCodeableConcept;
  const logistics = ext(s.collection, NILAR_EXTENSION.logistics)?.valueString;
  const containers = ext(s, NILAR_EXTENSION.containerCount)?.valueInteger;
  const additive = s.container?.[0]?.additiveCodeableConcept?.text;
  const method = s.collection?.method?.coding?.[0];
  const collector = get(s.collection?.collector) as NilarPractitionerRole | undefined;
  const product = ext(s.collection, NILAR_EXTENSION.studyProductType)?.valueString;
  const productOf = ext(s.collection, NILAR_EXTENSION.studyProductRef)?.valueString;
  return [
    ...exts(s, NILAR_EXTENSION.sampleHandling).map((h) => `handling: ${h.valueString ?? ''}`),
    pretreatment ? `pretreatment: ${coded(pretreatment.coding?.[0])}|${pretreatment.text ?? ''}` : '',
    logistics ? `logistics: ${logistics}` : '',
    containers !== undefined ? `containers: ${containers}` : '',
    additive ? `additive: ${additive}` : '',
    method ? `method: ${coded(method)}` : '',
    collector ? `collector: ${partyOf(collector)}` : '',
    product ? `product: ${product}` : '',
    productOf ? `product of: ${productOf}` : '',
  ].filter(Boolean);
}
