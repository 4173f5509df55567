export type { Analyte, AnalyteKey, RangeSpec, Sex } from './data/analytes';
export { ANALYTES, flagFor, rangeFor } from './data/analytes';
export type {
  CodeSpec,
  Expertise,
  LabSpec,
  PartySpec,
  ReportSpec,
  ResultSpec,
  SpecimenSpec,
} from './data/build';
export { buildReport, EXPERTISE, SUSCEPTIBILITY, subjectOf } from './data/build';
export type { MockResources } from './data/dataset';
export { createDataset, DEFAULT_SEED, getDefaultDataset } from './data/dataset';
export type { PatientHistoryOptions } from './data/history';
export { DATASET_ANCHOR, GP_PANEL, generatePatientHistory } from './data/history';
export type { ScenarioName, TestPatient } from './data/patients';
export { documentedTestPersons, findTestPatient, patientWithScenario, testPatients } from './data/patients';
export type { MockOptions } from './handlers';
export { createMockHandlers, handlers } from './handlers';
export type {
  HelseindikatorResponse,
  HelseindikatorStatus,
  KjernejournalMockOptions,
} from './kjernejournal/handlers';
export { createKjernejournalHandlers } from './kjernejournal/handlers';
export type { ParekDataset } from './parek/data';
export { defaultParekDataset } from './parek/data';
export type { ParekMockOptions } from './parek/handlers';
export { createParekHandlers } from './parek/handlers';
export { capabilityStatement } from './pps/capability';
export type { PpsMockOptions } from './pps/handlers';
export { createPpsHandlers } from './pps/handlers';
export { errorOutcome, notFoundOutcome, privacyOutcome, searchset } from './pps/responses';
export type { PtsMockOptions } from './pts/handlers';
export {
  createPtsHandlers,
  defaultPatientPrivacyRestrictions,
  defaultPatientSafetyRestrictions,
} from './pts/handlers';
export type { DpopRequest } from './shared/dpop';
export { checkDpopProof, createDpopProof } from './shared/dpop';
export type { FaultOption, MockFault } from './shared/faults';
export { createFaultPlayer } from './shared/faults';
export type { Random } from './shared/random';
export { createRandom, seedFrom } from './shared/random';
export type { SvarrapportOptions } from './svarrapport/convert';
export { SVARRAPPORT_NAMESPACES, svarrapportToNilar } from './svarrapport/convert';
export type { SvarrapportErrorCode } from './svarrapport/errors';
export { SvarrapportError } from './svarrapport/errors';
export { PPS_KIT_MESSAGES } from './svarrapport/messages';
export { observationStatus, reportStatus } from './svarrapport/status';
export { svarrapporterToResources } from './svarrapport/versions';
export { SVARRAPPORT_LIMITS } from './svarrapport/xml';
