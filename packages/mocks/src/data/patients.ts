/**
 * Synthetic mock patients. Every number is synthetic (Tenor style: month + 80, or NHN's published
 * synthetic persons) and passes the mod-11 check; none can belong to a real person.
 * Source: ../shared/domain/lab-domain.md §7.3, README "Synthetic test persons".
 */

/** What PPS does for the patient. */
export type MockScenario =
  /** Results are returned. */
  | 'results'
  /** A General block (sperring): hidden unless an elevated access basis is sent. */
  | 'general-block'
  /** A Specific block (blokkering) against this health care provider: always hidden. */
  | 'specific-block'
  /** The patient has reserved against PPS: no data exists. */
  | 'reservation'
  /** PPS holds nothing for the patient. */
  | 'no-data';

export interface MockPatient {
  personId: string;
  /** Family name, given name, as an EPJ patient list shows them. */
  name: { family: string; given: string };
  birthDate: string;
  sex: 'female' | 'male';
  scenario: MockScenario;
}

export const mockPatients: readonly MockPatient[] = [
  {
    personId: '13867410028',
    name: { family: 'Blomst', given: 'Vakker' },
    birthDate: '1974-06-13',
    sex: 'female',
    scenario: 'results',
  },
  {
    personId: '02915821122',
    name: { family: 'Fjell', given: 'Rolig' },
    birthDate: '1958-11-02',
    sex: 'male',
    scenario: 'results',
  },
  {
    personId: '04886897869',
    name: { family: 'Miljøgift', given: 'Relevant' },
    birthDate: '1968-08-04',
    sex: 'female',
    scenario: 'general-block',
  },
  {
    personId: '23814898407',
    name: { family: 'Lukt', given: 'Allsidig' },
    birthDate: '1948-01-23',
    sex: 'female',
    scenario: 'specific-block',
  },
  {
    personId: '11866499022',
    name: { family: 'Leopard', given: 'Aktverdig' },
    birthDate: '1964-06-11',
    sex: 'female',
    scenario: 'reservation',
  },
  {
    personId: '22875298279',
    name: { family: 'Fell', given: 'Lav' },
    birthDate: '1952-07-22',
    sex: 'female',
    scenario: 'no-data',
  },
];

export const findMockPatient = (personId: string): MockPatient | undefined =>
  mockPatients.find((patient) => patient.personId === personId);
