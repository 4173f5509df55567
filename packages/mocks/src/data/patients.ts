/**
 * The synthetic test patients. Every number is synthetic (Tenor style, month + 80) and passes the
 * mod-11 check; the first four are NHN's own SyntPop persons (../shared/domain/README.md).
 */
import type { Sex } from './analytes';

/** What the mock PPS holds or withholds for the patient. */
export type ScenarioName =
  /** A GP patient followed with chemistry for ten years; the lab changes part-way. */
  | 'gp-chemistry'
  /** Urine culture with isolates and S/I/R susceptibilities, a preliminary blood culture, a PCR. */
  | 'microbiology'
  /** Histology, cytology and radiology reports with long text results. */
  | 'pathology-radiology'
  /** A report that went preliminary → final → amended, one appended and one cancelled. */
  | 'report-versions'
  /** Repeat copies of earlier results (nilar-history), text ranges and odd units. */
  | 'repeat-copies'
  /** A General block (sperring): hidden unless an elevated access basis is sent. */
  | 'general-block'
  /** A Specific block (blokkering) against this health care provider: always hidden. */
  | 'specific-block'
  /** The patient has reserved against PPS: no data exists. */
  | 'reservation'
  /** PPS holds nothing for the patient. */
  | 'no-data';

export interface TestPatient {
  personId: string;
  name: { family: string; given: string };
  birthDate: string;
  sex: Sex;
  scenario: ScenarioName;
}

export const testPatients: readonly TestPatient[] = [
  {
    personId: '04886897869',
    name: { family: 'Miljøgift', given: 'Relevant' },
    birthDate: '1968-08-04',
    sex: 'female',
    scenario: 'gp-chemistry',
  },
  {
    personId: '23814898407',
    name: { family: 'Lukt', given: 'Allsidig' },
    birthDate: '1948-01-23',
    sex: 'female',
    scenario: 'microbiology',
  },
  {
    personId: '11866499022',
    name: { family: 'Leopard', given: 'Aktverdig' },
    birthDate: '1964-06-11',
    sex: 'female',
    scenario: 'pathology-radiology',
  },
  {
    personId: '22875298279',
    name: { family: 'Fell', given: 'Lav' },
    birthDate: '1952-07-22',
    sex: 'female',
    scenario: 'report-versions',
  },
  {
    personId: '13867410028',
    name: { family: 'Blomst', given: 'Vakker' },
    birthDate: '1974-06-13',
    sex: 'female',
    scenario: 'repeat-copies',
  },
  {
    personId: '02915821122',
    name: { family: 'Fjell', given: 'Rolig' },
    birthDate: '1958-11-02',
    sex: 'male',
    scenario: 'general-block',
  },
  {
    personId: '24829130269',
    name: { family: 'Sol', given: 'Lun' },
    birthDate: '1991-02-24',
    sex: 'female',
    scenario: 'specific-block',
  },
  {
    personId: '07894540189',
    name: { family: 'Stein', given: 'Trofast' },
    birthDate: '1945-09-07',
    sex: 'male',
    scenario: 'reservation',
  },
  {
    personId: '15831250086',
    name: { family: 'Eng', given: 'Liten' },
    birthDate: '2012-03-15',
    sex: 'female',
    scenario: 'no-data',
  },
];

/**
 * NHN's documented test persons, as the PPS API examples name them (pps-api.md §6): the mock
 * answers them by default, with chemistry and microbiology, so a request copied from NHN's
 * documentation gets results. They are ordinary-looking fødselsnummer, not synthetic ones, and
 * are not in `testPatients` (the demo's list).
 */
export const documentedTestPersons: readonly TestPatient[] = [
  {
    personId: '12057900499',
    name: { family: 'Telokk', given: 'Gry' },
    birthDate: '1979-05-12',
    sex: 'female',
    scenario: 'microbiology',
  },
];

/** The test patient with `personId`, if any. */
export const findTestPatient = (personId: string): TestPatient | undefined =>
  testPatients.find((patient) => patient.personId === personId);

/** The first test patient in `scenario` (every scenario has one). */
export function patientWithScenario(scenario: ScenarioName): TestPatient {
  const patient = testPatients.find((p) => p.scenario === scenario);
  if (!patient) throw new Error(`No test patient has the scenario ${scenario}`);
  return patient;
}
