/**
 * The subset of FHIR R4 that PPS uses, narrowed to the NILAR profiles
 * (../shared/domain/pps-api.md §7). Every resource may carry elements and extensions not listed
 * here: validation keeps them, so nothing PPS sends is lost.
 */

import type {
  Annotation,
  CodeableConcept,
  ContactPoint,
  Extension,
  Identifier,
  Meta,
  Period,
  Quantity,
  Range,
  Reference,
  ResourceBase,
} from './fhir-datatypes';

export type * from './fhir-datatypes';

/** DiagnosticReport.status: the FHIR R4 codes, in the order R4 lists them. */
export const NILAR_REPORT_STATUSES = [
  'registered',
  'partial',
  'preliminary',
  'final',
  'amended',
  'corrected',
  'appended',
  'cancelled',
  'entered-in-error',
  'unknown',
] as const;
export type NilarReportStatus = (typeof NILAR_REPORT_STATUSES)[number];

/** Observation.status (FHIR R4 codes). */
export const NILAR_OBSERVATION_STATUSES = [
  'registered',
  'preliminary',
  'final',
  'amended',
  'corrected',
  'cancelled',
  'entered-in-error',
  'unknown',
] as const;
export type NilarObservationStatus = (typeof NILAR_OBSERVATION_STATUSES)[number];

/** NILAR DiagnosticReport (profile `nilar-diagnostic-report`): one Svarrapport ServReport. */
export interface NilarDiagnosticReport extends ResourceBase {
  resourceType: 'DiagnosticReport';
  id: string;
  identifier?: Identifier[];
  /** The requisition: → ServiceRequest. */
  basedOn?: Reference[];
  status: NilarReportStatus;
  /** Main expertise, code list 8202: `LAB`, `PAT` or `BLD`. */
  category?: CodeableConcept[];
  /** Code list 8202 (e.g. `CLIN`, `MBIO`, `HIST`, `RTG`). */
  code: CodeableConcept;
  /** The patient, as identifier + display (PPS has no Patient resource). */
  subject: Reference;
  /** The oldest sample or investigation time in the report. */
  effectiveDateTime?: string;
  effectivePeriod?: Period;
  /** When this version was issued (Svarrapport `GenDate`); `nilar-report-date` holds the first version's. */
  issued?: string;
  performer?: Reference[];
  resultsInterpreter?: Reference[];
  result?: Reference[];
  specimen?: Reference[];
  conclusion?: string;
}

export interface ObservationReferenceRange {
  low?: Quantity;
  high?: Quantity;
  type?: CodeableConcept;
  appliesTo?: CodeableConcept[];
  age?: Range;
  /** The reference range as the lab wrote it: show it verbatim. */
  text?: string;
}

/** One structured finding of an Observation: a heading and (at most) one value. */
export interface ObservationComponent {
  code: CodeableConcept;
  valueString?: string;
  valueInteger?: number;
  valueBoolean?: boolean;
  valueQuantity?: Quantity;
  valueCodeableConcept?: CodeableConcept;
  valueDateTime?: string;
  dataAbsentReason?: CodeableConcept;
}

/** NILAR Observation (profile `nilar-observation`): one Svarrapport ResultItem. */
export interface NilarObservation extends ResourceBase {
  resourceType: 'Observation';
  id: string;
  meta?: Meta;
  identifier?: Identifier[];
  basedOn?: Reference[];
  status: NilarObservationStatus;
  /** Fagområde, code list 8202 subset: CLIN MBIO MGEN FARM IMTR PAT RAD NUK. */
  category?: CodeableConcept[];
  /** NLK (7280), NORPAT (7010), NCRP (7270), lab-local (8212) or 8219. */
  code: CodeableConcept;
  subject: Reference;
  effectiveDateTime?: string;
  effectivePeriod?: Period;
  issued?: string;
  performer?: Reference[];
  valueQuantity?: Quantity;
  /** Text results live in `valueCodeableConcept.text` (NILAR has no valueString). */
  valueCodeableConcept?: CodeableConcept;
  valueDateTime?: string;
  valueRange?: Range;
  dataAbsentReason?: CodeableConcept;
  /** Code list 8244 (1 over, 2 under, 3 outside the reference limits). */
  interpretation?: CodeableConcept[];
  note?: Annotation[];
  method?: CodeableConcept;
  specimen?: Reference;
  referenceRange?: ObservationReferenceRange[];
  /**
   * Structured findings (Svarrapport StructuredInfo: lymph nodes examined, margins, MMR status …),
   * one per value, in the lab's order, each under its heading (`code`).
   */
  component?: ObservationComponent[];
  /** Nested results (isolates, quantities, susceptibilities): show the tree as a whole. */
  hasMember?: Reference[];
  derivedFrom?: Reference[];
}

/** NILAR ServiceRequest: the requisition as embedded in a result report. */
export interface NilarServiceRequest extends ResourceBase {
  resourceType: 'ServiceRequest';
  id: string;
  identifier?: Identifier[];
  status: string;
  intent: string;
  code?: CodeableConcept;
  subject: Reference;
  /** Rekvisisjonsdato. */
  authoredOn?: string;
  requester?: Reference;
  /** Code list 8231 headings with the requester's text. */
  reasonCode?: CodeableConcept[];
  specimen?: Reference[];
  /** Rekvirentens kommentar. */
  note?: Annotation[];
}

export interface NilarSpecimen extends ResourceBase {
  resourceType: 'Specimen';
  id: string;
  identifier?: Identifier[];
  /** Sample number. */
  accessionIdentifier?: Identifier;
  /** Code list 8351 / 8216 / 8212, often only text ("Blod"). */
  type?: CodeableConcept;
  subject?: Reference;
  receivedTime?: string;
  collection?: {
    /** A date without a time when the lab sent only the date. */
    collectedDateTime?: string;
    /** When no collection time was sent: FHIR_EXTENSION.dataAbsentReason, no time invented. */
    _collectedDateTime?: { extension?: Extension[] };
    collector?: Reference;
    method?: CodeableConcept;
    bodySite?: CodeableConcept;
    extension?: Extension[];
  };
  container?: { additiveCodeableConcept?: CodeableConcept; [element: string]: unknown }[];
  note?: Annotation[];
}

export interface NilarPractitionerRole extends ResourceBase {
  resourceType: 'PractitionerRole';
  id: string;
  /** Logical reference: HPR number in `identifier`, name in `display`. */
  practitioner?: Reference;
  /** Logical reference: HER-id, organisation number or RESH-id, name in `display`. */
  organization?: Reference;
  code?: CodeableConcept[];
  telecom?: ContactPoint[];
}

export interface OperationOutcomeIssue {
  severity: 'fatal' | 'error' | 'warning' | 'information';
  code: string;
  details?: CodeableConcept;
  diagnostics?: string;
  expression?: string[];
}

export interface OperationOutcome extends ResourceBase {
  resourceType: 'OperationOutcome';
  issue: OperationOutcomeIssue[];
}

/** The resources a PPS Bundle holds. */
export type NilarResource =
  | NilarDiagnosticReport
  | NilarObservation
  | NilarServiceRequest
  | NilarSpecimen
  | NilarPractitionerRole
  | OperationOutcome;

export type SearchEntryMode = 'match' | 'include' | 'outcome';

export interface BundleLink {
  relation: string;
  url: string;
}

export interface BundleEntry<R extends ResourceBase = ResourceBase> {
  fullUrl?: string;
  resource?: R;
  search?: { mode?: SearchEntryMode; score?: number };
}

export interface Bundle<R extends ResourceBase = ResourceBase> extends ResourceBase {
  resourceType: 'Bundle';
  type: 'searchset' | 'collection' | (string & {});
  timestamp?: string;
  total?: number;
  link?: BundleLink[];
  entry?: BundleEntry<R>[];
}

export interface CapabilityStatement extends ResourceBase {
  resourceType: 'CapabilityStatement';
  status: string;
  date?: string;
  kind?: string;
  fhirVersion?: string;
  format?: string[];
  software?: { name?: string; version?: string };
  rest?: {
    mode: string;
    resource?: {
      type: string;
      profile?: string;
      interaction?: { code: string }[];
      searchParam?: { name: string; type: string; documentation?: string }[];
      searchInclude?: string[];
      searchRevInclude?: string[];
    }[];
  }[];
}
