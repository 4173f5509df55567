import type { HelseindikatorStatus, ScenarioName } from '@pps-kit/mocks';
import type { PpsTheme } from '@pps-kit/react';
import type { FaultPreset, Service } from '../faults';

export type TabId = 'results' | 'flowsheet' | 'trend' | 'requisitions' | 'access' | 'xml';

export interface DemoMessages {
  product: string;
  signInTitle: string;
  signInIntro: string;
  signInAs: string;
  signIn: string;
  signOut: string;
  signedInAs: string;
  roleLabels: Record<string, string>;
  attestationShow: string;
  attestationHide: string;
  attestationTitle: string;
  attestationIntro: string;
  attestationNoPatient: string;
  attestationInvalid: string;
  patients: string;
  /** The button that shows or hides the patient list on a narrow screen. */
  patientList: string;
  chooseLocale: string;
  chooseTheme: string;
  /** The provider's `readPagesInWorker`: off by default, as in pps-kit. */
  readInWorker: string;
  themes: Record<PpsTheme, string>;
  mockNotice: string;
  /** `{age}` in years. */
  age: string;
  personId: string;
  noPatientTitle: string;
  noPatientBody: string;
  scenario: Record<ScenarioName, string>;
  tabsLabel: string;
  tabs: Record<TabId, string>;
  kjLabel: string;
  kjStatus: Record<HelseindikatorStatus, string>;
  kjChecking: string;
  kjOpenNote: string;
  accessIntro: string;
  faultsShow: string;
  faultsHide: string;
  faultsTitle: string;
  faultsIntro: string;
  services: Record<Service, string>;
  faultNames: Record<FaultPreset, string>;
  faultsApply: string;
  /** `{summary}` */
  faultsApplied: string;
  xmlTitle: string;
  xmlIntro: string;
  xmlChoose: string;
  /** `{reports}` */
  xmlLoaded: string;
  xmlErrorTitle: string;
  xmlOnlyMocks: string;
  trendIntro: string;
  xmlEmpty: string;
  /** The heading over the patient a loaded message is about. */
  xmlPatientTitle: string;
  /** `{personId}` */
  xmlPatientBody: string;
  crashTitle: string;
  /** `{reason}` */
  crashBody: string;
  crashUnknown: string;
  crashReload: string;
}
