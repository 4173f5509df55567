/**
 * The subset of FHIR R4 that PPS uses, narrowed to the NILAR profiles.
 * Unknown properties are allowed on purpose: PPS may add extensions and elements, and we keep them.
 */

export interface Coding {
  system?: string;
  code?: string;
  display?: string;
}

export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}

export interface Identifier {
  system?: string;
  value?: string;
}

export interface Reference {
  reference?: string;
  identifier?: Identifier;
  display?: string;
}

export interface Extension {
  url: string;
  valueString?: string;
  valueDateTime?: string;
  valueBoolean?: boolean;
  valueCodeableConcept?: CodeableConcept;
  valueReference?: Reference;
  extension?: Extension[];
  [key: string]: unknown;
}

export interface Meta {
  lastUpdated?: string;
  profile?: string[];
  tag?: Coding[];
}

/** FHIR resources PPS returns all carry these. */
export interface ResourceBase {
  resourceType: string;
  id?: string;
  meta?: Meta;
  extension?: Extension[];
}

export type NilarReportStatus =
  | 'registered'
  | 'preliminary'
  | 'final'
  | 'amended'
  | 'appended'
  | 'cancelled'
  | 'unknown';

/** NILAR DiagnosticReport (profile nilar-diagnostic-report). */
export interface NilarDiagnosticReport extends ResourceBase {
  resourceType: 'DiagnosticReport';
  id: string;
  identifier?: Identifier[];
  basedOn?: Reference[];
  status: NilarReportStatus;
  /** Main expertise, code list 8202: LAB, PAT or BLD. */
  category?: CodeableConcept[];
  code: CodeableConcept;
  subject: Reference;
  /** The oldest sample or investigation time in the report. */
  effectiveDateTime?: string;
  /** When this version was issued (Svarrapport GenDate). */
  issued?: string;
  performer?: Reference[];
  result?: Reference[];
  specimen?: Reference[];
}

export interface OperationOutcomeIssue {
  severity: 'fatal' | 'error' | 'warning' | 'information';
  code: string;
  details?: CodeableConcept;
  diagnostics?: string;
}

export interface OperationOutcome extends ResourceBase {
  resourceType: 'OperationOutcome';
  issue: OperationOutcomeIssue[];
}

export type SearchEntryMode = 'match' | 'include' | 'outcome';

export interface BundleEntry<R extends ResourceBase = ResourceBase> {
  fullUrl?: string;
  resource?: R;
  search?: { mode?: SearchEntryMode };
}

export interface Bundle<R extends ResourceBase = ResourceBase> extends ResourceBase {
  resourceType: 'Bundle';
  type: 'searchset' | 'collection' | (string & {});
  total?: number;
  link?: { relation: string; url: string }[];
  entry?: BundleEntry<R>[];
}
