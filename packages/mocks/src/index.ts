export type { Expertise, ReportSpec, ResultSpec } from './data/build';
export { buildReport } from './data/build';
export type { MockPatient, MockScenario } from './data/patients';
export { findMockPatient, mockPatients } from './data/patients';
export { mockResources } from './data/reports';
export type { PpsMockOptions } from './pps/handlers';
export { createPpsHandlers, handlers } from './pps/handlers';
export { errorOutcome, notFoundOutcome, privacyOutcome, searchset } from './pps/responses';
