// PPS

export type {
  AttestationInput,
  CodeAttr,
  IdAttr,
  OrganisationInput,
  PurposeOfUse,
  TrustFrameworkAttestation,
} from './attestation/attestation';
// Trust framework
export {
  ATTESTATION_TYPE,
  buildTrustFrameworkAttestation,
  HEALTHCARE_SERVICE_SYSTEMS,
  PURPOSE_OF_USE_SYSTEM,
  PURPOSES_OF_USE,
} from './attestation/attestation';
export type { Classification, ClassificationReason, ResultClass } from './lab-results/classify';
// Lab results: the pure model
export { classifyResult } from './lab-results/classify';
export type {
  CumulativeCell,
  CumulativeCells,
  CumulativeColumn,
  CumulativeOptions,
  CumulativeRow,
  CumulativeTable,
} from './lab-results/cumulative';
export { codeOf, FlowsheetIndex, toCumulativeTable } from './lab-results/cumulative';
export type {
  Fagomrade,
  LabComment,
  LabReport,
  LabReportsModel,
  LabRequisition,
  LabResult,
  LabSpecimen,
  LabStatusCodes,
  LabValue,
  Party,
  StructuredFinding,
  Susceptibility,
  SusceptibilityMeasure,
} from './lab-results/model';
export { FAGOMRADER, newestFirst, susceptibilityMeasure, toLabReports } from './lab-results/model';
export type { LabReportPageModel, ReportPageSent } from './lab-results/model-pages';
export { mergeLabReportPages, reportPage } from './lab-results/model-pages';
export type { ReportFilter, ReportGroup, ReportGrouping } from './lab-results/overview';
export { filterReports, groupReports, isNewSince, reportKind } from './lab-results/overview';
export { readReportPage } from './lab-results/read-page';
export type { ParsedRange } from './lab-results/reference-range';
export { parseReferenceRange } from './lab-results/reference-range';
export type {
  IsolateView,
  MicrobiologyView,
  ReportSection,
  SusceptibilityRow,
} from './lab-results/report-sections';
export { microbiologyOf, reportSections, resultDetails, sectionOf } from './lab-results/report-sections';
export type { StatusBanner, StatusInfo } from './lab-results/status';
export { compareStatus, REPORT_STATUS_ORDER, statusInfo } from './lab-results/status';
export type {
  TrendBreak,
  TrendDirection,
  TrendOptions,
  TrendPoint,
  TrendSegment,
  TrendSeries,
} from './lab-results/trend';
export {
  isComputedFlag,
  isPlotted,
  plottedPoints,
  pointMark,
  summarise,
  toTrendSeries,
  trendAnalyses,
} from './lab-results/trend';
export type { AnswerState, FindingKind, ReportFindings } from './lab-results/truth';
export {
  answerState,
  cancellationOf,
  flagNote,
  hasFindings,
  isIsolate,
  isLongText,
  isVoidResult,
  isVoidStatus,
  reportBanners,
  reportFindings,
  resultFinding,
  resultStatuses,
  sameUnit,
  unitKey,
} from './lab-results/truth';
export type { ParekClient, ParekClientConfig, ParekSearchResult } from './parek/client';
// PaRek
export { createParekClient } from './parek/client';
export type {
  ParekAnalysis,
  ParekCollectedSpecimen,
  ParekRequisition,
  ParekStage,
  ParekWindow,
} from './parek/model';
export { isClosedRequisition, splitRequisitions, toParekRequisitions } from './parek/model';
export type {
  CodeableReference,
  ParekOrderDetail,
  ParekRequestStatus,
  ParekServiceRequest,
  ParekSpecimen,
} from './parek/types';
export { PAREK_REQUESTER_UUID_SYSTEM } from './parek/types';
export type {
  PpsApiVersion,
  PpsClient,
  PpsClientConfig,
  PpsReportResult,
  SearchAllOptions,
} from './pps/client';
export { createPpsClient, REPORT_INCLUDES } from './pps/client';
export type { AccessBasis, ElevatedAccessBasis, PpsMode, PpsPatientContext } from './pps/context';
export { ELEVATED_ACCESS_BASES, MIN_REASON_LENGTH, PPS_HEADERS, patientHeaders } from './pps/context';
export type { PageLike, PagingOptions, PagingStep } from './pps/paging';
export { MAX_PAGES, pagingStep, saneTotal } from './pps/paging';
export { NilarBundleSchema, NilarResourceSchema } from './pps/schema';
export type { DateFilter, DatePrefix, ObservationSearchParams, PpsSearchParams } from './pps/search-params';
export { toFormBody } from './pps/search-params';
export type { IncludedIndex, PpsSearchResult, PrivacyOutcome, PvkOutcomeCode } from './pps/search-result';
export { mergeSearchResults, privacyOutcome, toSearchResult } from './pps/search-result';
export { validateNilarBundle } from './pps/validate';
export type { PtsClient, PtsClientConfig } from './pts/client';
// PTS
export { createPtsClient } from './pts/client';
export type {
  AssociateParentRequest,
  ConfidentialityCode,
  ConfidentialObjectId,
  ConfidentialObjectType,
  NewPatientSafetyRestriction,
  PatientPrivacyRestriction,
  PatientSafetyRestriction,
  PatientSafetySearch,
  RestrictionCause,
} from './pts/types';
export { WITHHOLD_CODES } from './pts/types';
export {
  checkAssociateParent,
  checkNewPatientSafetyRestriction,
  checkPatientSafetySearch,
  withholdsForEver,
} from './pts/validate';
export type { CitizenVisibility, VisibilityPart, VisibilitySummary } from './pts/visibility';
export {
  citizenVisibility,
  ppsPrivacyRestrictions,
  requisitionObjectId,
  visibilitySummary,
} from './pts/visibility';
export type { IdentifierSource } from './shared/code-systems';
// Shared
export {
  CODE_LIST,
  FHIR_EXTENSION,
  hasTimeOfDay,
  IDENTIFIER_SOURCE,
  IDENTIFIER_SYSTEM,
  isVolvenSystem,
  NILAR_EXTENSION,
  NILAR_STRUCTURE_BASE,
  PERSON_IDENTIFIER_SYSTEMS,
  PPS_KIT_EXTENSION,
  PPS_KIT_NOTE_AUTHOR,
  PPS_KIT_STRUCTURE_BASE,
  PVK_OUTCOME_SYSTEM,
  PVK_OUTCOME_SYSTEM_LEGACY,
  volvenOid,
  volvenSystem,
  volvenSystems,
} from './shared/code-systems';
export type { PagingProblem, PpsErrorKind, ValidationIssue } from './shared/errors';
export {
  canRetry,
  isPpsError,
  PpsError,
  PpsHttpError,
  PpsNetworkError,
  PpsOutcomeError,
  PpsPagingError,
  PpsPatientMismatchError,
  PpsResponseError,
  PpsTimeoutError,
  PpsValidationError,
} from './shared/errors';
export type {
  Annotation,
  Bundle,
  BundleEntry,
  BundleLink,
  CapabilityStatement,
  CodeableConcept,
  Coding,
  ContactPoint,
  Extension,
  Identifier,
  Meta,
  NilarDiagnosticReport,
  NilarObservation,
  NilarObservationStatus,
  NilarPractitionerRole,
  NilarReportStatus,
  NilarResource,
  NilarServiceRequest,
  NilarSpecimen,
  ObservationComponent,
  ObservationReferenceRange,
  OperationOutcome,
  OperationOutcomeIssue,
  Period,
  Quantity,
  Range,
  Reference,
  ResourceBase,
  SearchEntryMode,
} from './shared/fhir';
export {
  isDateOnly,
  OSLO_TIME_ZONE,
  osloBound,
  osloDay,
  osloDayEnd,
  osloDayStart,
  osloInstant,
  osloOffset,
  osloToday,
  osloWallTime,
} from './shared/oslo-calendar';
export { assertSubjectIs } from './shared/patient-guard';
export type { PersonIdInfo, PersonIdKind } from './shared/person-id';
export { hasValidCheckDigits, isValidPersonId, parsePersonId } from './shared/person-id';
export type { RequestSpec, RetryPolicy, TransportConfig } from './shared/transport';
export { parseRetryAfter } from './shared/transport';
