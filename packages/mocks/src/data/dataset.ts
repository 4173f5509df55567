/**
 * The default mock dataset: what the mock PPS holds for each test patient. Written for pps-kit,
 * modelled on the kinds of message in ../shared/data/svarrapport (never copied from them).
 * The same seed gives the same dataset.
 */
import type { ResourceBase } from '@pps-kit/api-client';
import { seedFrom } from '../shared/random';
import { PPS_KIT_MESSAGES } from '../svarrapport/messages';
import { svarrapporterToResources } from '../svarrapport/versions';
import { DATASET_ANCHOR, generatePatientHistory } from './history';
import { documentedTestPersons, type ScenarioName, type TestPatient, testPatients } from './patients';
import { generalBlock, specificBlock } from './scenarios/blocks';
import { at, DAY } from './scenarios/common';
import { microbiology } from './scenarios/microbiology';
import { pathologyRadiology } from './scenarios/pathology-radiology';
import { repeatCopies } from './scenarios/repeat-copies';
import { reportVersions } from './scenarios/report-versions';

export const DEFAULT_SEED = 2026;

/** Every resource the mock PPS holds, per person. Several DiagnosticReports with one id are versions. */
export type MockResources = Readonly<Record<string, readonly ResourceBase[]>>;

const scenarios: Record<ScenarioName, (patient: TestPatient, seed: number) => ResourceBase[]> = {
  'gp-chemistry': (patient, seed) =>
    generatePatientHistory({
      seed,
      personId: patient.personId,
      sex: patient.sex,
      years: 10,
      reportsPerYear: 4,
      drift: { hba1c: 3.5, creatinine: 2, egfr: -2.5, hemoglobin: -0.8 },
      end: at(DATASET_ANCHOR, -3 * DAY),
    }),

  microbiology,
  'pathology-radiology': pathologyRadiology,
  'report-versions': reportVersions,
  'repeat-copies': repeatCopies,
  'general-block': generalBlock,
  'specific-block': specificBlock,
  // PPS deletes a reserved person's data; nothing is held.
  reservation: () => [],
  'no-data': () => [],
};

/**
 * The mock PPS's content for every test patient and documented test person: the synthetic histories, and the Svarrapport
 * messages written for pps-kit as PPS would have converted them. The same for the same seed.
 */
export function createDataset(seed = DEFAULT_SEED): MockResources {
  const fromMessages = svarrapporterToResources(PPS_KIT_MESSAGES);
  return Object.fromEntries(
    [...testPatients, ...documentedTestPersons].map((patient) => [
      patient.personId,
      [
        ...scenarios[patient.scenario](patient, seedFrom(patient.personId, seed)),
        ...(fromMessages[patient.personId] ?? []),
      ],
    ]),
  );
}

let defaultDataset: MockResources | undefined;

/** The default dataset, built once on first use. */
export function getDefaultDataset(): MockResources {
  defaultDataset ??= createDataset();
  return defaultDataset;
}
