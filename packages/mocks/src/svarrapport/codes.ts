/**
 * KITH coded values (`CV`: `V` code, `S` code system, `DN` display name, `OT` original text) as
 * FHIR codings. Some labs put a local code in `DN` and the readable name in `OT`, others the other
 * way round: the name is the first of `OT` and `DN` that is not the bare code.
 */
import { type CodeableConcept, type Coding, type Extension, FHIR_EXTENSION } from '@pps-kit/api-client';
import { attr, type XmlElement } from './xml';

const oid = (s: string | undefined): string | undefined =>
  s ? (s.startsWith('urn:oid:') ? s : `urn:oid:${s}`) : undefined;

/** A Volven code list's system as the converter writes it. */
export const VOLVEN = (list: number): string => `urn:oid:2.16.578.1.12.4.1.1.${list}`;

/** The readable name of a coded value: `OT`, then `DN`, whichever is more than the code; else the code. */
export function nameOf(element: XmlElement | undefined): string | undefined {
  const code = attr(element, 'V');
  const ot = attr(element, 'OT');
  const dn = attr(element, 'DN');
  return (ot !== code ? ot : undefined) ?? (dn !== code ? dn : undefined) ?? ot ?? dn ?? code;
}

/** A coding from a CV/CS element; `display` is its readable name. */
export function codingOf(element: XmlElement | undefined, list?: number): Coding | undefined {
  if (!element) return undefined;
  const code = attr(element, 'V');
  const name = nameOf(element);
  if (!code && !name) return undefined;
  const display = name !== code ? name : undefined;
  const system = oid(attr(element, 'S')) ?? (list ? VOLVEN(list) : undefined);
  return { ...(system ? { system } : {}), ...(code ? { code } : {}), ...(display ? { display } : {}) };
}

/** A CodeableConcept from a CV/CS element. */
export function conceptOf(element: XmlElement | undefined, list?: number): CodeableConcept | undefined {
  const coding = codingOf(element, list);
  return coding ? { coding: [coding] } : undefined;
}

/**
 * An element NILAR requires (a code, a sample number, a collection time) that the message left
 * out: FHIR's data-absent-reason says so, and nothing is invented to fill it.
 */
export const ABSENT: { readonly extension: Extension[] } = {
  extension: [{ url: FHIR_EXTENSION.dataAbsentReason, valueCode: 'unknown' }],
};
