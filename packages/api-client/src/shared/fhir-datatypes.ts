/** FHIR R4 data types and what every resource carries, as far as PPS, PTS and PaRek use them. */

export interface Coding {
  system?: string;
  version?: string;
  code?: string;
  display?: string;
}

export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
  extension?: Extension[];
}

export interface Identifier {
  use?: string;
  system?: string;
  value?: string;
  type?: CodeableConcept;
  /** FHIR_EXTENSION.dataAbsentReason when a required identifier was not sent. */
  extension?: Extension[];
}

/**
 * A reference. In NILAR, patients, practitioners and organisations are logical references
 * (`identifier` + `display`), not resolvable resources.
 */
export interface Reference {
  reference?: string;
  type?: string;
  identifier?: Identifier;
  display?: string;
}

export interface Period {
  start?: string;
  end?: string;
}

export interface Quantity {
  value?: number;
  comparator?: '<' | '<=' | '>=' | '>';
  /** The unit exactly as the lab sent it ("x 10E9/L", "mIE/L", even "0"). */
  unit?: string;
  system?: string;
  code?: string;
  /** FHIR_EXTENSION.originalText: the number as the lab wrote it ("14.0"). */
  extension?: Extension[];
}

export interface Range {
  low?: Quantity;
  high?: Quantity;
}

export interface Annotation {
  text: string;
  time?: string;
  authorString?: string;
  authorReference?: Reference;
  extension?: Extension[];
}

export interface ContactPoint {
  system?: string;
  value?: string;
  use?: string;
}

export interface Extension {
  url: string;
  valueString?: string;
  valueBoolean?: boolean;
  valueInteger?: number;
  valueDateTime?: string;
  valueDate?: string;
  valueCode?: string;
  valueCoding?: Coding;
  valueCodeableConcept?: CodeableConcept;
  valueReference?: Reference;
  valueAnnotation?: Annotation;
  valueIdentifier?: Identifier;
  extension?: Extension[];
  [element: string]: unknown;
}

export interface Meta {
  versionId?: string;
  lastUpdated?: string;
  profile?: string[];
  /** On a top-level Observation: every searchable code of its result tree (pps-api.md §4.2). */
  tag?: Coding[];
}

/** What every FHIR resource carries. */
export interface ResourceBase {
  resourceType: string;
  id?: string;
  meta?: Meta;
  extension?: Extension[];
}
