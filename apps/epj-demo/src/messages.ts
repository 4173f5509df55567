import type { ScenarioName } from '@pps-kit/mocks';
import type { Catalogue } from '@pps-kit/react';

export interface DemoMessages {
  product: string;
  signedInAs: string;
  patients: string;
  chooseLocale: string;
  mockNotice: string;
  /** `{age}` in years. */
  age: string;
  personId: string;
  noPatientTitle: string;
  noPatientBody: string;
  scenario: Record<ScenarioName, string>;
}

export const demoMessages: Catalogue<DemoMessages> = {
  nb: {
    product: 'EPJ-demo',
    signedInAs: 'Innlogget',
    patients: 'Pasienter',
    chooseLocale: 'Språk',
    mockNotice: 'Demodata: syntetiske pasienter fra pps-kit sine mocker',
    age: '{age} år',
    personId: 'Fødselsnummer',
    noPatientTitle: 'Ingen pasient valgt',
    noPatientBody: 'Velg en pasient i listen.',
    scenario: {
      'gp-chemistry': 'Fastlegepasient, ti års biokjemi',
      microbiology: 'Mikrobiologi med resistens',
      'pathology-radiology': 'Patologi og radiologi',
      'report-versions': 'Endret, tillegg og kansellert',
      'repeat-copies': 'Gjentatte svar, rare enheter',
      'general-block': 'Sperret for alle',
      'specific-block': 'Sperret for deg',
      reservation: 'Reservert',
      'no-data': 'Ingen data',
    },
  },
  nn: {
    product: 'EPJ-demo',
    signedInAs: 'Innlogga',
    patients: 'Pasientar',
    chooseLocale: 'Språk',
    mockNotice: 'Demodata: syntetiske pasientar frå mockane i pps-kit',
    age: '{age} år',
    personId: 'Fødselsnummer',
    noPatientTitle: 'Ingen pasient vald',
    noPatientBody: 'Vel ein pasient i lista.',
    scenario: {
      'gp-chemistry': 'Fastlegepasient, ti års biokjemi',
      microbiology: 'Mikrobiologi med resistens',
      'pathology-radiology': 'Patologi og radiologi',
      'report-versions': 'Endra, tillegg og kansellert',
      'repeat-copies': 'Gjentekne svar, rare einingar',
      'general-block': 'Sperra for alle',
      'specific-block': 'Sperra for deg',
      reservation: 'Reservert',
      'no-data': 'Ingen data',
    },
  },
  en: {
    product: 'EHR demo',
    signedInAs: 'Signed in',
    patients: 'Patients',
    chooseLocale: 'Language',
    mockNotice: 'Demo data: synthetic patients from the pps-kit mocks',
    age: '{age} years',
    personId: 'National identity number',
    noPatientTitle: 'No patient selected',
    noPatientBody: 'Choose a patient in the list.',
    scenario: {
      'gp-chemistry': 'GP patient, ten years of chemistry',
      microbiology: 'Microbiology with susceptibility',
      'pathology-radiology': 'Pathology and radiology',
      'report-versions': 'Amended, appended and cancelled',
      'repeat-copies': 'Repeat copies, odd units',
      'general-block': 'Blocked for all',
      'specific-block': 'Blocked for you',
      reservation: 'Opted out',
      'no-data': 'No data',
    },
  },
};
