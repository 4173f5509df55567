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
  scenario: Record<string, string>;
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
      results: 'Har prøvesvar',
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
      results: 'Har prøvesvar',
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
      results: 'Has results',
      'general-block': 'Blocked for all',
      'specific-block': 'Blocked for you',
      reservation: 'Opted out',
      'no-data': 'No data',
    },
  },
};
