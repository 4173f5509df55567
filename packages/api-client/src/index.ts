export type { PpsApiVersion, PpsClient, PpsClientConfig } from './pps/client';
export { createPpsClient } from './pps/client';
export type { AccessBasis, PpsMode, PpsPatientContext } from './pps/context';
export { PPS_HEADERS, patientHeaders } from './pps/context';
export type { DateFilter, DatePrefix, PpsSearchParams } from './pps/search-params';
export { toFormBody } from './pps/search-params';
export type { IncludedIndex, PpsSearchResult, PvkOutcomeCode } from './pps/search-result';
export { toSearchResult } from './pps/search-result';
export {
  IDENTIFIER_SYSTEM,
  NILAR_EXTENSION,
  NILAR_STRUCTURE_BASE,
  PVK_OUTCOME_SYSTEM,
  PVK_OUTCOME_SYSTEM_LEGACY,
  volvenOid,
  volvenSystems,
} from './shared/code-systems';
export type { PpsErrorKind } from './shared/errors';
export { isPpsError, PpsError, PpsHttpError, PpsNetworkError, PpsResponseError } from './shared/errors';
export type {
  Bundle,
  BundleEntry,
  CodeableConcept,
  Coding,
  Extension,
  Identifier,
  Meta,
  NilarDiagnosticReport,
  NilarReportStatus,
  OperationOutcome,
  OperationOutcomeIssue,
  Reference,
  ResourceBase,
  SearchEntryMode,
} from './shared/fhir';
