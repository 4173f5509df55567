import type { HelseindikatorStatus, ScenarioName } from '@pps-kit/mocks';
import type { Catalogue, PpsTheme } from '@pps-kit/react';
import type { FaultPreset, Service } from './faults';

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

const scenarioNb: Record<ScenarioName, string> = {
  'gp-chemistry': 'Fastlegepasient, ti års biokjemi',
  microbiology: 'Mikrobiologi med resistens',
  'pathology-radiology': 'Patologi og radiologi',
  'report-versions': 'Endret, tillegg og kansellert',
  'repeat-copies': 'Gjentatte svar, rare enheter',
  'general-block': 'Sperret for alle',
  'specific-block': 'Sperret for deg',
  reservation: 'Reservert',
  'no-data': 'Ingen data',
};

export const demoMessages: Catalogue<DemoMessages> = {
  nb: {
    product: 'EPJ-demo',
    signInTitle: 'Logg inn i EPJ-demoen',
    signInIntro:
      'Velg en syntetisk kliniker. Demoen viser hvilket tillitsrammeverk-attest EPJ-ens bakende ville sendt til HelseID for denne personen.',
    signInAs: 'Logg inn som',
    signIn: 'Logg inn',
    signOut: 'Logg ut',
    signedInAs: 'Innlogget',
    roleLabels: { LE: 'Lege', SP: 'Sykepleier', BI: 'Bioingeniør' },
    attestationShow: 'Vis tillitsrammeverk-attest',
    attestationHide: 'Skjul tillitsrammeverk-attest',
    attestationTitle: 'Tillitsrammeverk-attest (nhn:tillitsrammeverk:parameters)',
    attestationIntro:
      'Dette sender EPJ-ens bakende til HelseID når den ber om et token for den valgte pasienten. Nettleseren sender det aldri selv.',
    attestationNoPatient: 'Attesten gjelder én pasient: velg en pasient i listen for å se den.',
    attestationInvalid: 'Attesten kan ikke lages:',
    patients: 'Pasienter',
    patientList: 'Pasientliste',
    chooseLocale: 'Språk',
    chooseTheme: 'Utseende',
    themes: { default: 'pps-kit', designsystemet: 'Designsystemet', aksel: 'Aksel' },
    mockNotice: 'Demodata: syntetiske pasienter fra pps-kit sine mocker',
    age: '{age} år',
    personId: 'Fødselsnummer',
    noPatientTitle: 'Ingen pasient valgt',
    noPatientBody: 'Velg en pasient i listen.',
    scenario: scenarioNb,
    tabsLabel: 'Pasientens data',
    tabs: {
      results: 'Prøvesvar',
      flowsheet: 'Kumulativt',
      trend: 'Trend',
      requisitions: 'Rekvisisjoner',
      access: 'Tilgang',
      xml: 'Last inn svarrapport',
    },
    kjLabel: 'Kjernejournal',
    kjStatus: {
      0: 'Feil ved oppslag',
      1: 'Ingen kjernejournal',
      2: 'Har kjernejournal',
      3: 'Egne opplysninger fra pasienten',
      4: 'Kritisk informasjon',
    },
    kjChecking: 'Sjekker …',
    kjOpenNote: 'I en ekte EPJ åpner dette Kjernejournal-portalen på pasienten i en innebygd nettleser.',
    accessIntro:
      'Pasientens egne personvernsperringer i PTS. Utsatt eller nektet innsyn for en svarrapport lager du fra svarrapporten under Prøvesvar.',
    faultsShow: 'Feil og forsinkelser …',
    faultsHide: 'Skjul feil og forsinkelser',
    faultsTitle: 'Feil og forsinkelser i mockene',
    faultsIntro: 'Se hvordan komponentene oppfører seg når en tjeneste er treg eller feiler.',
    services: {
      pps: 'Pasientens prøvesvar (PPS)',
      pts: 'Tilgangsstyring (PTS)',
      parek: 'Rekvisisjoner (PaRek)',
    },
    faultNames: {
      none: 'Normal',
      slow: 'Treg (2,5 s)',
      'server-error': 'Serverfeil (500)',
      unavailable: 'Utilgjengelig (503, tekst)',
      'rate-limited': 'For mange forespørsler (429)',
      unauthorized: 'Ikke autentisert (401)',
      'network-error': 'Nettverksfeil',
      truncated: 'Avkortet svar',
    },
    faultsApply: 'Bruk og hent på nytt',
    faultsApplied: 'I bruk: {summary}',
    xmlTitle: 'Se en svarrapport slik PPS ville vist den',
    xmlIntro:
      'Velg én eller flere Svarrapport-filer (XML, versjon 1.3 eller 1.4). De gjøres om til NILAR og vises av de samme komponentene, hentet fra mock-PPS.',
    xmlChoose: 'Svarrapport-filer',
    xmlLoaded: '{reports, plural, one {# svarrapport} other {# svarrapporter}} lastet inn.',
    xmlErrorTitle: 'Filen kan ikke vises',
    xmlOnlyMocks: 'Innlasting av filer virker bare når demoen kjører på de innebygde mockene.',
    trendIntro: 'Velg analyse og periode i grafen.',
    xmlEmpty: 'Filen inneholder ingen svarrapport.',
    xmlPatientTitle: 'Pasienten i meldingen',
    xmlPatientBody:
      'Fødselsnummer {personId}. Svarrapporten gjelder denne pasienten, ikke pasienten som er valgt i listen.',
    crashTitle: 'Noe gikk galt i EPJ-demoen',
    crashBody: 'Siden kunne ikke vises ({reason}).',
    crashUnknown: 'ukjent feil',
    crashReload: 'Last inn på nytt',
  },
  nn: {
    product: 'EPJ-demo',
    signInTitle: 'Logg inn i EPJ-demoen',
    signInIntro:
      'Vel ein syntetisk klinikar. Demoen viser kva tillitsrammeverk-attest baksida til EPJ-en ville sendt til HelseID for denne personen.',
    signInAs: 'Logg inn som',
    signIn: 'Logg inn',
    signOut: 'Logg ut',
    signedInAs: 'Innlogga',
    roleLabels: { LE: 'Lege', SP: 'Sjukepleiar', BI: 'Bioingeniør' },
    attestationShow: 'Vis tillitsrammeverk-attest',
    attestationHide: 'Gøym tillitsrammeverk-attest',
    attestationTitle: 'Tillitsrammeverk-attest (nhn:tillitsrammeverk:parameters)',
    attestationIntro:
      'Dette sender baksida til EPJ-en til HelseID når ho ber om eit token for den valde pasienten. Nettlesaren sender det aldri sjølv.',
    attestationNoPatient: 'Attesten gjeld éin pasient: vel ein pasient i lista for å sjå han.',
    attestationInvalid: 'Attesten kan ikkje lagast:',
    patients: 'Pasientar',
    patientList: 'Pasientliste',
    chooseLocale: 'Språk',
    chooseTheme: 'Utsjånad',
    themes: { default: 'pps-kit', designsystemet: 'Designsystemet', aksel: 'Aksel' },
    mockNotice: 'Demodata: syntetiske pasientar frå mockane i pps-kit',
    age: '{age} år',
    personId: 'Fødselsnummer',
    noPatientTitle: 'Ingen pasient vald',
    noPatientBody: 'Vel ein pasient i lista.',
    scenario: {
      ...scenarioNb,
      'report-versions': 'Endra, tillegg og kansellert',
      'repeat-copies': 'Gjentekne svar, rare einingar',
      'general-block': 'Sperra for alle',
      'specific-block': 'Sperra for deg',
    },
    tabsLabel: 'Data om pasienten',
    tabs: {
      results: 'Prøvesvar',
      flowsheet: 'Kumulativt',
      trend: 'Trend',
      requisitions: 'Rekvisisjonar',
      access: 'Tilgang',
      xml: 'Last inn svarrapport',
    },
    kjLabel: 'Kjernejournal',
    kjStatus: {
      0: 'Feil ved oppslag',
      1: 'Ingen kjernejournal',
      2: 'Har kjernejournal',
      3: 'Eigne opplysningar frå pasienten',
      4: 'Kritisk informasjon',
    },
    kjChecking: 'Sjekkar …',
    kjOpenNote: 'I ein ekte EPJ opnar dette Kjernejournal-portalen på pasienten i ein innebygd nettlesar.',
    accessIntro:
      'Personvernsperringane pasienten sjølv har i PTS. Utsett eller nekta innsyn for ein svarrapport lagar du frå svarrapporten under Prøvesvar.',
    faultsShow: 'Feil og forseinkingar …',
    faultsHide: 'Gøym feil og forseinkingar',
    faultsTitle: 'Feil og forseinkingar i mockane',
    faultsIntro: 'Sjå korleis komponentane oppfører seg når ei teneste er treg eller feilar.',
    services: {
      pps: 'Pasientens prøvesvar (PPS)',
      pts: 'Tilgangsstyring (PTS)',
      parek: 'Rekvisisjonar (PaRek)',
    },
    faultNames: {
      none: 'Normal',
      slow: 'Treg (2,5 s)',
      'server-error': 'Serverfeil (500)',
      unavailable: 'Utilgjengeleg (503, tekst)',
      'rate-limited': 'For mange førespurnader (429)',
      unauthorized: 'Ikkje autentisert (401)',
      'network-error': 'Nettverksfeil',
      truncated: 'Avkorta svar',
    },
    faultsApply: 'Bruk og hent på nytt',
    faultsApplied: 'I bruk: {summary}',
    xmlTitle: 'Sjå ein svarrapport slik PPS ville vist han',
    xmlIntro:
      'Vel éi eller fleire Svarrapport-filer (XML, versjon 1.3 eller 1.4). Dei blir gjorde om til NILAR og viste av dei same komponentane, henta frå mock-PPS.',
    xmlChoose: 'Svarrapport-filer',
    xmlLoaded: '{reports, plural, one {# svarrapport} other {# svarrapportar}} lasta inn.',
    xmlErrorTitle: 'Fila kan ikkje visast',
    xmlOnlyMocks: 'Innlasting av filer verkar berre når demoen køyrer på dei innebygde mockane.',
    trendIntro: 'Vel analyse og periode i grafen.',
    xmlEmpty: 'Fila inneheld ingen svarrapport.',
    xmlPatientTitle: 'Pasienten i meldinga',
    xmlPatientBody:
      'Fødselsnummer {personId}. Svarrapporten gjeld denne pasienten, ikkje pasienten som er vald i lista.',
    crashTitle: 'Noko gjekk gale i EPJ-demoen',
    crashBody: 'Sida kunne ikkje visast ({reason}).',
    crashUnknown: 'ukjend feil',
    crashReload: 'Last inn på nytt',
  },
  en: {
    product: 'EHR demo',
    signInTitle: 'Sign in to the EHR demo',
    signInIntro:
      'Choose a synthetic clinician. The demo shows the trust-framework attestation the EHR backend would send to HelseID for this person.',
    signInAs: 'Sign in as',
    signIn: 'Sign in',
    signOut: 'Sign out',
    signedInAs: 'Signed in',
    roleLabels: { LE: 'Physician', SP: 'Nurse', BI: 'Biomedical scientist' },
    attestationShow: 'Show trust-framework attestation',
    attestationHide: 'Hide trust-framework attestation',
    attestationTitle: 'Trust-framework attestation (nhn:tillitsrammeverk:parameters)',
    attestationIntro:
      'The EHR backend sends this to HelseID when it asks for a token for the chosen patient. The browser never sends it itself.',
    attestationNoPatient: 'The attestation is about one patient: choose a patient in the list to see it.',
    attestationInvalid: 'The attestation cannot be made:',
    patients: 'Patients',
    patientList: 'Patient list',
    chooseLocale: 'Language',
    chooseTheme: 'Look',
    themes: { default: 'pps-kit', designsystemet: 'Designsystemet', aksel: 'Aksel' },
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
    tabsLabel: 'Patient data',
    tabs: {
      results: 'Lab results',
      flowsheet: 'Flowsheet',
      trend: 'Trend',
      requisitions: 'Requisitions',
      access: 'Access',
      xml: 'Load a report',
    },
    kjLabel: 'Summary care record',
    kjStatus: {
      0: 'Lookup failed',
      1: 'No record',
      2: 'Has a record',
      3: 'Information from the patient',
      4: 'Critical information',
    },
    kjChecking: 'Checking …',
    kjOpenNote: 'In a real EHR this opens the Kjernejournal portal on the patient in an embedded browser.',
    accessIntro:
      'The patient’s own privacy restrictions in PTS. Delay or deny the patient’s access to a report from the report under Lab results.',
    faultsShow: 'Faults and delays …',
    faultsHide: 'Hide faults and delays',
    faultsTitle: 'Faults and delays in the mocks',
    faultsIntro: 'See how the components behave when a service is slow or fails.',
    services: { pps: 'Lab results (PPS)', pts: 'Access control (PTS)', parek: 'Requisitions (PaRek)' },
    faultNames: {
      none: 'Normal',
      slow: 'Slow (2.5 s)',
      'server-error': 'Server error (500)',
      unavailable: 'Unavailable (503, text)',
      'rate-limited': 'Too many requests (429)',
      unauthorized: 'Not authenticated (401)',
      'network-error': 'Network error',
      truncated: 'Truncated answer',
    },
    faultsApply: 'Apply and fetch again',
    faultsApplied: 'In force: {summary}',
    xmlTitle: 'See a report as PPS would show it',
    xmlIntro:
      'Choose one or more Svarrapport files (XML, version 1.3 or 1.4). They are converted to NILAR and shown by the same components, fetched from the mock PPS.',
    xmlChoose: 'Svarrapport files',
    xmlLoaded: '{reports, plural, one {# report} other {# reports}} loaded.',
    xmlErrorTitle: 'The file cannot be shown',
    xmlOnlyMocks: 'Loading files works only when the demo runs on the built-in mocks.',
    trendIntro: 'Choose the analysis and the period in the chart.',
    xmlEmpty: 'The file holds no Svarrapport.',
    xmlPatientTitle: 'The patient in the message',
    xmlPatientBody:
      'National id {personId}. The report is about this patient, not the patient chosen in the list.',
    crashTitle: 'Something went wrong in the EHR demo',
    crashBody: 'The page could not be shown ({reason}).',
    crashUnknown: 'unknown error',
    crashReload: 'Reload',
  },
};
