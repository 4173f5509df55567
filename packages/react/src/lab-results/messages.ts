import type { NilarObservationStatus, NilarReportStatus } from '@pps-kit/api-client';
import type { Catalogue } from '../shared/i18n';

/** Every text the lab-results views show. `{name}` marks a value filled in at run time. */
export interface LabResultsMessages {
  // Overview
  overviewHeading: string;
  groupBy: string;
  groupByDate: string;
  groupByExpertise: string;
  filterExpertise: string;
  allExpertise: string;
  filterFrom: string;
  filterTo: string;
  onlyAbnormal: string;
  clearFilters: string;
  /** A button before the filters that takes keyboard users past them, to the results. */
  skipFilters: string;
  /** `{shown}`, `{total}` */
  showing: string;
  /** Paging stopped early: `{shown}`, `{atLeast}`. */
  showingAtLeast: string;
  noMatch: string;
  columnSampleTime: string;
  columnExpertise: string;
  columnLab: string;
  columnRequester: string;
  columnStatus: string;
  columnResults: string;
  columnAbnormal: string;
  /** `{count}` */
  abnormalCount: string;
  /** Beside the first named findings: how many more are in the report. `{count}` */
  moreFindings: string;
  /** A resistant antibiotic, named. `{antibiotic}` */
  findingResistantName: string;
  noAbnormal: string;
  /** `{count}`: classes pps-kit computed (the lab did not flag them). */
  computedCount: string;
  /** A report with a positive finding: growth, an organism, a diagnosis. */
  findingPositive: string;
  /** `{count}`: susceptibilities answered R. */
  findingResistant: string;
  /** Long texts to read: neither "none" nor a finding can be said. */
  findingText: string;
  /** A cancelled or entered-in-error report in the overview. */
  findingVoid: string;
  /** The legend under the overview: what the computed mark means. */
  computedLegend: string;
  newMarker: string;
  /** `{time}` */
  newSince: string;
  /** `{expertise}`, `{time}` */
  openReport: string;
  unknownTime: string;
  unknownExpertise: string;
  // Report view
  /** `{expertise}` */
  reportHeading: string;
  close: string;
  noReport: string;
  labReportId: string;
  lab: string;
  requester: string;
  responsible: string;
  sampleTime: string;
  received: string;
  issued: string;
  firstIssued: string;
  approved: string;
  status: string;
  bannerRegistered: string;
  bannerPreliminary: string;
  /** `{firstIssued}` */
  bannerAmended: string;
  /** `{firstIssued}` */
  bannerAppended: string;
  bannerCancelled: string;
  /** A cancelled report whose requisition the message says was cancelled. */
  bannerCancelledRequisition: string;
  bannerEnteredInError: string;
  sectionResults: string;
  sectionMicrobiology: string;
  sectionTextResults: string;
  sectionSpecimens: string;
  sectionRequisition: string;
  /** A report that came without its requisition. */
  noRequisition: string;
  sectionComments: string;
  sectionClinicalInfo: string;
  columnAnalysis: string;
  columnValue: string;
  columnUnit: string;
  columnFlag: string;
  columnRange: string;
  columnComment: string;
  columnAccredited: string;
  accredited: string;
  notAccredited: string;
  flagHigh: string;
  flagLow: string;
  flagOutside: string;
  flagCritical: string;
  flagCriticalHigh: string;
  flagCriticalLow: string;
  /** `{flag}`: a flag pps-kit does not know, shown as the lab sent it. */
  flagUnrecognised: string;
  flagComputed: string;
  /** The note under a report whose flags are all computed: the lab flagged nothing in it. */
  flagNoteNoneFlagged: string;
  /** The note under a report where some classes are computed, beside the lab's own flags. */
  flagNoteComputed: string;
  /** The mark after a computed class, explained by the notes and legends. */
  computedMark: string;
  valueNone: string;
  /** A result with no value of its own whose answer is in the results under it. */
  answeredBelow: string;
  /** A result the lab says is not answered yet. */
  valuePending: string;
  /** A changed report the lab still calls preliminary, or an addendum, in the lab's words: `{words}` */
  labStatusWords: string;
  /** `{count}` */
  repeatCopies: string;
  isolate: string;
  /** `{number}`, `{organism}` */
  isolateHeading: string;
  /** The culture or bottle an isolate was found under. */
  isolateFoundIn: string;
  /** The specimen an isolate was found in. */
  isolateSpecimen: string;
  antibiotic: string;
  susceptibilityCaption: string;
  susceptibility: Record<'S' | 'I' | 'R' | 'K', string>;
  mic: string;
  /** A susceptibility's zone diameter (disk diffusion). */
  zoneDiameter: string;
  /** A structured finding that is yes or no. */
  valueYes: string;
  valueNo: string;
  /** The heading over a result's structured findings. */
  structuredFindings: string;
  /** Label for the codes sent with a text result (NORPAT …). */
  codes: string;
  specimenType: string;
  specimenAccession: string;
  specimenCollected: string;
  specimenReceived: string;
  requisitionDate: string;
  requisitionReceived: string;
  requisitionReason: string;
  requisitionComment: string;
  requisitionPayment: string;
  requisitionReservations: string;
  resultStatus: string;
  // Flowsheet
  flowsheetHeading: string;
  searchAnalysis: string;
  order: string;
  newestFirst: string;
  oldestFirst: string;
  /** `{rows}`, `{columns}` */
  gridSummary: string;
  gridHelp: string;
  noRows: string;
  /** `{analysis}`, `{time}`, `{value}`: the accessible name of a cell. */
  cellLabel: string;
  /** `{analysis}`, `{time}` */
  cellEmpty: string;
  /** `{range}` */
  cellRange: string;
  /** `{lab}` */
  cellLab: string;
  /** `{count}`: more results at the same time. */
  cellMore: string;
  /** A cancelled or entered-in-error value: `{status}` */
  cellVoid: string;
  /** The flowsheet's legend. */
  legendHeading: string;
  /**
   * Visible marks of non-final statuses in the flowsheet: symbols, not letters, so that a cell's
   * visible text stays part of its accessible name (which says the status in words).
   */
  statusMarks: Partial<Record<NilarReportStatus | NilarObservationStatus, string>>;
  // Trend
  /** `{analysis}` */
  trendHeading: string;
  /** The heading before the analysis' name is known: never a bare code. */
  trendHeadingUnnamed: string;
  chooseAnalysis: string;
  trendWindow: string;
  windowAll: string;
  /** `{years}` */
  windowYears: string;
  trendRising: string;
  trendFalling: string;
  trendStable: string;
  trendVariable: string;
  trendTooFew: string;
  /** `{count}` */
  trendOver: string;
  trendTable: string;
  /** The chart's points as a group, for screen readers. */
  trendPoints: string;
  /** Under a point's value in its tooltip and name, when it opens its report. */
  trendPointOpen: string;
  /** What the marks on preliminary and changed points mean. */
  trendMarks: string;
  referenceBand: string;
  /** `{number}`, `{time}`, `{reasons}` */
  trendBreak: string;
  breakLab: string;
  breakUnit: string;
  breakRange: string;
  /** `{from}`, `{to}` */
  breakChange: string;
  trendNoValues: string;
  statusLabels: Record<NilarReportStatus | NilarObservationStatus, string>;
  /** Names of the 8202 codes a report is categorised with. Unknown codes are shown as sent. */
  expertiseLabels: Record<string, string>;
}

/** The flowsheet's status marks: signs, the same in every language. */
const STATUS_MARKS = {
  registered: '○',
  partial: '◐',
  preliminary: '◐',
  amended: '✎',
  corrected: '✎',
  appended: '+',
  cancelled: '✕',
  'entered-in-error': '✕',
  unknown: '?',
};

const nbExpertise = {
  CLIN: 'Medisinsk biokjemi',
  MBIO: 'Medisinsk mikrobiologi',
  MGEN: 'Medisinsk genetikk',
  FARM: 'Klinisk farmakologi',
  IMTR: 'Immunologi og transfusjonsmedisin',
  PAT: 'Patologi',
  RAD: 'Radiologi',
  NUK: 'Nukleærmedisin',
};

export const labResultsMessages: Catalogue<LabResultsMessages> = {
  nb: {
    overviewHeading: 'Prøvesvar',
    groupBy: 'Grupper etter',
    groupByDate: 'Dato',
    groupByExpertise: 'Fagområde',
    filterExpertise: 'Fagområde',
    allExpertise: 'Alle fagområder',
    filterFrom: 'Prøvetatt fra',
    filterTo: 'Prøvetatt til',
    onlyAbnormal: 'Bare svar med avvik eller funn',
    clearFilters: 'Nullstill filter',
    skipFilters: 'Hopp over filtrene',
    showing: 'Viser {shown} av {total, plural, one {# svarrapport} other {# svarrapporter}}',
    showingAtLeast: 'Viser {shown} av minst {atLeast, plural, one {# svarrapport} other {# svarrapporter}}',
    noMatch: 'Ingen svarrapporter passer filteret.',
    columnSampleTime: 'Prøvetatt',
    columnExpertise: 'Fagområde',
    columnLab: 'Laboratorium',
    columnRequester: 'Rekvirent',
    columnStatus: 'Status',
    columnResults: 'Analyser',
    columnAbnormal: 'Avvik og funn',
    abnormalCount: '{count} avvik',
    moreFindings: 'og {count} til',
    findingResistantName: '{antibiotic}: resistent',
    noAbnormal: 'Ingen',
    computedCount: '{count} beregnet',
    findingPositive: 'Funn',
    findingResistant: '{count, plural, one {# resistent} other {# resistente}}',
    findingText: 'Tekstsvar',
    findingVoid: 'Må ikke brukes',
    computedLegend:
      '* Beregnet: laboratoriet har ikke merket verdien; pps-kit har sammenlignet den med referanseområdet.',
    newMarker: 'Ny',
    newSince: 'Ny siden {time}',
    openReport: 'Åpne svarrapport: {expertise}, {time}',
    unknownTime: 'Ukjent tid',
    unknownExpertise: 'Ukjent fagområde',
    reportHeading: 'Svarrapport: {expertise}',
    close: 'Lukk',
    noReport: 'Pasientens prøvesvar har ingen svarrapport med dette nummeret for pasienten.',
    labReportId: 'Rapportnummer',
    lab: 'Laboratorium',
    requester: 'Rekvirent',
    responsible: 'Ansvarlig',
    sampleTime: 'Prøvetatt',
    received: 'Mottatt',
    issued: 'Denne versjonen',
    firstIssued: 'Første versjon',
    approved: 'Godkjent',
    status: 'Status',
    bannerRegistered: 'Registrert: prøven er mottatt, men ennå ikke besvart.',
    bannerPreliminary: 'Foreløpig svar: resultatene kan bli endret.',
    bannerAmended:
      'Endret svar: denne versjonen erstatter et tidligere svar. Første versjon kom {firstIssued}.',
    bannerAppended: 'Tillegg: svarrapporten har fått et tillegg etter første versjon ({firstIssued}).',
    bannerCancelled: 'Kansellert: svarrapporten er kansellert. Resultatene må ikke brukes.',
    bannerCancelledRequisition:
      'Kansellert: rekvisisjonen er kansellert, og svarrapporten med den. Resultatene må ikke brukes.',
    bannerEnteredInError: 'Feilregistrert: svarrapporten må ikke brukes.',
    sectionResults: 'Resultater',
    sectionMicrobiology: 'Funn og resistens',
    sectionTextResults: 'Beskrivelse',
    sectionSpecimens: 'Prøver',
    sectionRequisition: 'Rekvisisjon',
    noRequisition: 'Rekvisisjonen fulgte ikke med svarrapporten.',
    sectionComments: 'Kommentarer til svarrapporten',
    sectionClinicalInfo: 'Kliniske opplysninger',
    columnAnalysis: 'Analyse',
    columnValue: 'Resultat',
    columnUnit: 'Enhet',
    columnFlag: 'Avvik',
    columnRange: 'Referanseområde',
    columnComment: 'Kommentar',
    columnAccredited: 'Akkreditert',
    accredited: 'Ja',
    notAccredited: 'Nei',
    flagHigh: 'Høy',
    flagLow: 'Lav',
    flagOutside: 'Utenfor',
    flagCritical: 'Kritisk',
    flagCriticalHigh: 'Kritisk høy',
    flagCriticalLow: 'Kritisk lav',
    flagUnrecognised: 'Merket: {flag}',
    flagComputed: 'beregnet',
    flagNoteNoneFlagged:
      'Laboratoriet har ikke merket avvik i denne svarrapporten. * Beregnet: pps-kit har sammenlignet verdien med referanseområdet.',
    flagNoteComputed:
      '* Beregnet: laboratoriet har ikke merket disse verdiene; pps-kit har sammenlignet dem med referanseområdet.',
    computedMark: '*',
    valueNone: 'Ikke besvart',
    answeredBelow: 'Se svarene under',
    valuePending: 'Ikke besvart ennå',
    labStatusWords: 'laboratoriet: {words}',
    repeatCopies:
      '{count, plural, one {# tidligere sendt resultat er gjentatt} other {# tidligere sendte resultater er gjentatt}} i svarrapporten og vises ikke her.',
    isolate: 'Isolat',
    isolateHeading: 'Isolat {number}: {organism}',
    isolateFoundIn: 'Funnet i',
    isolateSpecimen: 'Prøve',
    antibiotic: 'Antibiotikum',
    susceptibilityCaption: 'Resistensbestemmelse',
    susceptibility: {
      S: 'Sensitiv, standarddose',
      I: 'Sensitiv, økt eksponering',
      R: 'Resistent',
      K: 'Se kommentar',
    },
    mic: 'MIC',
    zoneDiameter: 'Sonediameter',
    valueYes: 'Ja',
    valueNo: 'Nei',
    structuredFindings: 'Strukturerte funn',
    codes: 'Koder',
    specimenType: 'Materiale',
    specimenAccession: 'Prøvenummer',
    specimenCollected: 'Tatt',
    specimenReceived: 'Mottatt',
    requisitionDate: 'Rekvisisjonsdato',
    requisitionReceived: 'Mottatt på laboratoriet',
    requisitionReason: 'Problemstilling',
    requisitionComment: 'Rekvirentens kommentar',
    requisitionPayment: 'Betalingskategori',
    requisitionReservations: 'Pasientens reservasjoner',
    resultStatus: 'Status for resultatet',
    flowsheetHeading: 'Kumulativ visning',
    searchAnalysis: 'Søk etter analyse',
    order: 'Rekkefølge',
    newestFirst: 'Nyeste først',
    oldestFirst: 'Eldste først',
    gridSummary: '{rows} analyser, {columns} prøvetidspunkt',
    gridHelp:
      'Piltastene flytter mellom cellene, Home og End til radens start og slutt, Page Up og Page Down en side opp og ned. Enter åpner svarrapporten.',
    noRows: 'Ingen analyser passer filteret.',
    cellLabel: '{analysis}, {time}: {value}',
    cellEmpty: '{analysis}, {time}: ingen prøve',
    cellRange: 'referanseområde {range}',
    cellLab: 'laboratorium {lab}',
    cellMore: '{count} til samme tid',
    cellVoid: '{status}, må ikke brukes',
    legendHeading: 'Tegnforklaring',
    statusMarks: STATUS_MARKS,
    trendHeading: 'Utvikling: {analysis}',
    trendHeadingUnnamed: 'Utvikling over tid',
    chooseAnalysis: 'Analyse',
    trendWindow: 'Periode',
    windowAll: 'Alt',
    windowYears: '{years} år',
    trendRising: 'Stigende',
    trendFalling: 'Synkende',
    trendStable: 'Stabil',
    trendVariable: 'Varierende',
    trendTooFew: 'For få sammenlignbare resultater til å si noe om utviklingen',
    trendOver: '{count, plural, one {over det siste resultatet} other {over de siste # resultatene}}',
    trendTable: 'Verdiene som tabell',
    trendPoints: 'Målingene i grafen (piltastene flytter mellom dem)',
    trendPointOpen: 'Enter åpner svarrapporten.',
    trendMarks: 'Hul, stiplet prikk: foreløpig verdi. Prikk med ring rundt: endret verdi.',
    referenceBand: 'Referanseområde',
    trendBreak: 'Brudd {number} ({time}): {reasons}. Verdiene før og etter er ikke direkte sammenlignbare.',
    breakLab: 'nytt laboratorium',
    breakUnit: 'ny enhet',
    breakRange: 'nytt referanseområde',
    breakChange: '{from} → {to}',
    trendNoValues: 'Ingen tallverdier for denne analysen i perioden.',
    statusLabels: {
      registered: 'Registrert',
      partial: 'Delsvar',
      preliminary: 'Foreløpig',
      final: 'Endelig',
      amended: 'Endret',
      corrected: 'Korrigert',
      appended: 'Tillegg',
      cancelled: 'Kansellert',
      'entered-in-error': 'Feilregistrert',
      unknown: 'Ukjent',
    },
    expertiseLabels: {
      ...nbExpertise,
      LAB: 'Laboratoriemedisin',
      BLD: 'Bildediagnostikk',
      HIST: 'Histologi',
      CYTO: 'Cytologi',
      RTG: 'Røntgen',
      CT: 'Computertomografi',
      MR: 'Magnettomografi',
      UL: 'Ultralyd',
    },
  },
  nn: {
    overviewHeading: 'Prøvesvar',
    groupBy: 'Grupper etter',
    groupByDate: 'Dato',
    groupByExpertise: 'Fagområde',
    filterExpertise: 'Fagområde',
    allExpertise: 'Alle fagområde',
    filterFrom: 'Prøve teken frå',
    filterTo: 'Prøve teken til',
    onlyAbnormal: 'Berre svar med avvik eller funn',
    clearFilters: 'Nullstill filter',
    skipFilters: 'Hopp over filtera',
    showing: 'Viser {shown} av {total, plural, one {# svarrapport} other {# svarrapportar}}',
    showingAtLeast: 'Viser {shown} av minst {atLeast, plural, one {# svarrapport} other {# svarrapportar}}',
    noMatch: 'Ingen svarrapportar passar filteret.',
    columnSampleTime: 'Prøve teken',
    columnExpertise: 'Fagområde',
    columnLab: 'Laboratorium',
    columnRequester: 'Rekvirent',
    columnStatus: 'Status',
    columnResults: 'Analysar',
    columnAbnormal: 'Avvik og funn',
    abnormalCount: '{count} avvik',
    moreFindings: 'og {count} til',
    findingResistantName: '{antibiotic}: resistent',
    noAbnormal: 'Ingen',
    computedCount: '{count} rekna ut',
    findingPositive: 'Funn',
    findingResistant: '{count, plural, one {# resistent} other {# resistente}}',
    findingText: 'Tekstsvar',
    findingVoid: 'Må ikkje brukast',
    computedLegend:
      '* Rekna ut: laboratoriet har ikkje merkt verdien; pps-kit har samanlikna han med referanseområdet.',
    newMarker: 'Ny',
    newSince: 'Ny sidan {time}',
    openReport: 'Opne svarrapport: {expertise}, {time}',
    unknownTime: 'Ukjend tid',
    unknownExpertise: 'Ukjent fagområde',
    reportHeading: 'Svarrapport: {expertise}',
    close: 'Lukk',
    noReport: 'Pasientens prøvesvar har ingen svarrapport med dette nummeret for pasienten.',
    labReportId: 'Rapportnummer',
    lab: 'Laboratorium',
    requester: 'Rekvirent',
    responsible: 'Ansvarleg',
    sampleTime: 'Prøve teken',
    received: 'Motteken',
    issued: 'Denne versjonen',
    firstIssued: 'Første versjon',
    approved: 'Godkjend',
    status: 'Status',
    bannerRegistered: 'Registrert: prøva er motteken, men ikkje svart på enno.',
    bannerPreliminary: 'Førebels svar: resultata kan bli endra.',
    bannerAmended:
      'Endra svar: denne versjonen erstattar eit tidlegare svar. Første versjon kom {firstIssued}.',
    bannerAppended: 'Tillegg: svarrapporten har fått eit tillegg etter første versjon ({firstIssued}).',
    bannerCancelled: 'Kansellert: svarrapporten er kansellert. Resultata må ikkje brukast.',
    bannerCancelledRequisition:
      'Kansellert: rekvisisjonen er kansellert, og svarrapporten med henne. Resultata må ikkje brukast.',
    bannerEnteredInError: 'Feilregistrert: svarrapporten må ikkje brukast.',
    sectionResults: 'Resultat',
    sectionMicrobiology: 'Funn og resistens',
    sectionTextResults: 'Skildring',
    sectionSpecimens: 'Prøver',
    sectionRequisition: 'Rekvisisjon',
    noRequisition: 'Rekvisisjonen følgde ikkje med svarrapporten.',
    sectionComments: 'Kommentarar til svarrapporten',
    sectionClinicalInfo: 'Kliniske opplysningar',
    columnAnalysis: 'Analyse',
    columnValue: 'Resultat',
    columnUnit: 'Eining',
    columnFlag: 'Avvik',
    columnRange: 'Referanseområde',
    columnComment: 'Kommentar',
    columnAccredited: 'Akkreditert',
    accredited: 'Ja',
    notAccredited: 'Nei',
    flagHigh: 'Høg',
    flagLow: 'Låg',
    flagOutside: 'Utanfor',
    flagCritical: 'Kritisk',
    flagCriticalHigh: 'Kritisk høg',
    flagCriticalLow: 'Kritisk låg',
    flagUnrecognised: 'Merkt: {flag}',
    flagComputed: 'rekna ut',
    flagNoteNoneFlagged:
      'Laboratoriet har ikkje merkt avvik i denne svarrapporten. * Rekna ut: pps-kit har samanlikna verdien med referanseområdet.',
    flagNoteComputed:
      '* Rekna ut: laboratoriet har ikkje merkt desse verdiane; pps-kit har samanlikna dei med referanseområdet.',
    computedMark: '*',
    valueNone: 'Ikkje svart på',
    answeredBelow: 'Sjå svara under',
    valuePending: 'Ikkje svart på enno',
    labStatusWords: 'laboratoriet: {words}',
    repeatCopies:
      '{count, plural, one {# tidlegare sendt resultat er gjenteke} other {# tidlegare sende resultat er gjentekne}} i svarrapporten og blir ikkje vist her.',
    isolate: 'Isolat',
    isolateHeading: 'Isolat {number}: {organism}',
    isolateFoundIn: 'Funne i',
    isolateSpecimen: 'Prøve',
    antibiotic: 'Antibiotikum',
    susceptibilityCaption: 'Resistensbestemming',
    susceptibility: {
      S: 'Sensitiv, standarddose',
      I: 'Sensitiv, auka eksponering',
      R: 'Resistent',
      K: 'Sjå kommentar',
    },
    mic: 'MIC',
    zoneDiameter: 'Sonediameter',
    valueYes: 'Ja',
    valueNo: 'Nei',
    structuredFindings: 'Strukturerte funn',
    codes: 'Kodar',
    specimenType: 'Materiale',
    specimenAccession: 'Prøvenummer',
    specimenCollected: 'Teken',
    specimenReceived: 'Motteken',
    requisitionDate: 'Rekvisisjonsdato',
    requisitionReceived: 'Motteken på laboratoriet',
    requisitionReason: 'Problemstilling',
    requisitionComment: 'Kommentar frå rekvirenten',
    requisitionPayment: 'Betalingskategori',
    requisitionReservations: 'Reservasjonane til pasienten',
    resultStatus: 'Status for resultatet',
    flowsheetHeading: 'Kumulativ vising',
    searchAnalysis: 'Søk etter analyse',
    order: 'Rekkjefølgje',
    newestFirst: 'Nyaste først',
    oldestFirst: 'Eldste først',
    gridSummary: '{rows} analysar, {columns} prøvetidspunkt',
    gridHelp:
      'Piltastane flyttar mellom cellene, Home og End til starten og slutten av rada, Page Up og Page Down ei side opp og ned. Enter opnar svarrapporten.',
    noRows: 'Ingen analysar passar filteret.',
    cellLabel: '{analysis}, {time}: {value}',
    cellEmpty: '{analysis}, {time}: inga prøve',
    cellRange: 'referanseområde {range}',
    cellLab: 'laboratorium {lab}',
    cellMore: '{count} til same tid',
    cellVoid: '{status}, må ikkje brukast',
    legendHeading: 'Teiknforklaring',
    statusMarks: STATUS_MARKS,
    trendHeading: 'Utvikling: {analysis}',
    trendHeadingUnnamed: 'Utvikling over tid',
    chooseAnalysis: 'Analyse',
    trendWindow: 'Periode',
    windowAll: 'Alt',
    windowYears: '{years} år',
    trendRising: 'Stigande',
    trendFalling: 'Søkkande',
    trendStable: 'Stabil',
    trendVariable: 'Varierande',
    trendTooFew: 'For få samanliknbare resultat til å seie noko om utviklinga',
    trendOver: '{count, plural, one {over det siste resultatet} other {over dei siste # resultata}}',
    trendTable: 'Verdiane som tabell',
    trendPoints: 'Målingane i grafen (piltastane flyttar mellom dei)',
    trendPointOpen: 'Enter opnar svarrapporten.',
    trendMarks: 'Hol, stipla prikk: førebels verdi. Prikk med ring rundt: endra verdi.',
    referenceBand: 'Referanseområde',
    trendBreak: 'Brot {number} ({time}): {reasons}. Verdiane før og etter er ikkje direkte samanliknbare.',
    breakLab: 'nytt laboratorium',
    breakUnit: 'ny eining',
    breakRange: 'nytt referanseområde',
    breakChange: '{from} → {to}',
    trendNoValues: 'Ingen talverdiar for denne analysen i perioden.',
    statusLabels: {
      registered: 'Registrert',
      partial: 'Delsvar',
      preliminary: 'Førebels',
      final: 'Endeleg',
      amended: 'Endra',
      corrected: 'Korrigert',
      appended: 'Tillegg',
      cancelled: 'Kansellert',
      'entered-in-error': 'Feilregistrert',
      unknown: 'Ukjend',
    },
    expertiseLabels: {
      ...nbExpertise,
      LAB: 'Laboratoriemedisin',
      BLD: 'Biletdiagnostikk',
      HIST: 'Histologi',
      CYTO: 'Cytologi',
      RTG: 'Røntgen',
      CT: 'Computertomografi',
      MR: 'Magnettomografi',
      UL: 'Ultralyd',
    },
  },
  en: {
    overviewHeading: 'Lab results',
    groupBy: 'Group by',
    groupByDate: 'Date',
    groupByExpertise: 'Discipline',
    filterExpertise: 'Discipline',
    allExpertise: 'All disciplines',
    filterFrom: 'Sampled from',
    filterTo: 'Sampled until',
    onlyAbnormal: 'Only reports with abnormal results or findings',
    clearFilters: 'Clear filters',
    skipFilters: 'Skip the filters',
    showing: 'Showing {shown} of {total, plural, one {# report} other {# reports}}',
    showingAtLeast: 'Showing {shown} of at least {atLeast, plural, one {# report} other {# reports}}',
    noMatch: 'No reports match the filters.',
    columnSampleTime: 'Sampled',
    columnExpertise: 'Discipline',
    columnLab: 'Laboratory',
    columnRequester: 'Requester',
    columnStatus: 'Status',
    columnResults: 'Results',
    columnAbnormal: 'Abnormal and findings',
    abnormalCount: '{count} abnormal',
    moreFindings: 'and {count} more',
    findingResistantName: '{antibiotic}: resistant',
    noAbnormal: 'None',
    computedCount: '{count} computed',
    findingPositive: 'Finding',
    findingResistant: '{count} resistant',
    findingText: 'Text result',
    findingVoid: 'Do not use',
    computedLegend:
      '* Computed: the laboratory did not flag the value; pps-kit compared it with the reference range.',
    newMarker: 'New',
    newSince: 'New since {time}',
    openReport: 'Open report: {expertise}, {time}',
    unknownTime: 'Unknown time',
    unknownExpertise: 'Unknown discipline',
    reportHeading: 'Report: {expertise}',
    close: 'Close',
    noReport: 'Pasientens prøvesvar holds no report with this number for the patient.',
    labReportId: 'Report number',
    lab: 'Laboratory',
    requester: 'Requester',
    responsible: 'Responsible',
    sampleTime: 'Sampled',
    received: 'Received',
    issued: 'This version',
    firstIssued: 'First version',
    approved: 'Approved',
    status: 'Status',
    bannerRegistered: 'Registered: the sample has arrived but has no results yet.',
    bannerPreliminary: 'Preliminary: results may change.',
    bannerAmended: 'Amended: this version replaces an earlier report. The first version came {firstIssued}.',
    bannerAppended: 'Appended: the report has an addendum after its first version ({firstIssued}).',
    bannerCancelled: 'Cancelled: this report is cancelled. Do not use its results.',
    bannerCancelledRequisition:
      'Cancelled: the requisition was cancelled, and this report with it. Do not use its results.',
    bannerEnteredInError: 'Entered in error: do not use this report.',
    sectionResults: 'Results',
    sectionMicrobiology: 'Findings and susceptibility',
    sectionTextResults: 'Description',
    sectionSpecimens: 'Specimens',
    sectionRequisition: 'Requisition',
    noRequisition: 'The requisition did not come with the report.',
    sectionComments: 'Comments on the report',
    sectionClinicalInfo: 'Clinical information',
    columnAnalysis: 'Test',
    columnValue: 'Result',
    columnUnit: 'Unit',
    columnFlag: 'Flag',
    columnRange: 'Reference range',
    columnComment: 'Comment',
    columnAccredited: 'Accredited',
    accredited: 'Yes',
    notAccredited: 'No',
    flagHigh: 'High',
    flagLow: 'Low',
    flagOutside: 'Outside',
    flagCritical: 'Critical',
    flagCriticalHigh: 'Critically high',
    flagCriticalLow: 'Critically low',
    flagUnrecognised: 'Flagged: {flag}',
    flagComputed: 'computed',
    flagNoteNoneFlagged:
      'The laboratory flagged nothing in this report. * Computed: pps-kit compared the value with the reference range.',
    flagNoteComputed:
      '* Computed: the laboratory did not flag these values; pps-kit compared them with the reference range.',
    computedMark: '*',
    valueNone: 'No result',
    answeredBelow: 'See the results below',
    valuePending: 'Not answered yet',
    labStatusWords: 'laboratory: {words}',
    repeatCopies:
      '{count, plural, one {# earlier result is repeated} other {# earlier results are repeated}} in the report and not shown here.',
    isolate: 'Isolate',
    isolateHeading: 'Isolate {number}: {organism}',
    isolateFoundIn: 'Found in',
    isolateSpecimen: 'Specimen',
    antibiotic: 'Antibiotic',
    susceptibilityCaption: 'Susceptibility',
    susceptibility: {
      S: 'Susceptible, standard dose',
      I: 'Susceptible, increased exposure',
      R: 'Resistant',
      K: 'See comment',
    },
    mic: 'MIC',
    zoneDiameter: 'Zone diameter',
    valueYes: 'Yes',
    valueNo: 'No',
    structuredFindings: 'Structured findings',
    codes: 'Codes',
    specimenType: 'Material',
    specimenAccession: 'Sample number',
    specimenCollected: 'Taken',
    specimenReceived: 'Received',
    requisitionDate: 'Requested',
    requisitionReceived: 'Received at the laboratory',
    requisitionReason: 'Clinical question',
    requisitionComment: 'Requester’s comment',
    requisitionPayment: 'Payment category',
    requisitionReservations: 'Patient’s reservations',
    resultStatus: 'Result status',
    flowsheetHeading: 'Cumulative view',
    searchAnalysis: 'Search for a test',
    order: 'Order',
    newestFirst: 'Newest first',
    oldestFirst: 'Oldest first',
    gridSummary: '{rows} tests, {columns} sample times',
    gridHelp:
      'Arrow keys move between cells, Home and End to the start and end of a row, Page Up and Page Down by a page. Enter opens the report.',
    noRows: 'No tests match the filters.',
    cellLabel: '{analysis}, {time}: {value}',
    cellEmpty: '{analysis}, {time}: no sample',
    cellRange: 'reference range {range}',
    cellLab: 'laboratory {lab}',
    cellMore: '{count} more at the same time',
    cellVoid: '{status}, do not use',
    legendHeading: 'Legend',
    statusMarks: STATUS_MARKS,
    trendHeading: 'Trend: {analysis}',
    trendHeadingUnnamed: 'Trend over time',
    chooseAnalysis: 'Test',
    trendWindow: 'Period',
    windowAll: 'All',
    windowYears: '{years, plural, one {# year} other {# years}}',
    trendRising: 'Rising',
    trendFalling: 'Falling',
    trendStable: 'Stable',
    trendVariable: 'Variable',
    trendTooFew: 'Too few comparable results to describe a trend',
    trendOver: '{count, plural, one {over the last result} other {over the last # results}}',
    trendTable: 'The values as a table',
    trendPoints: 'The measurements in the chart (the arrow keys move between them)',
    trendPointOpen: 'Enter opens the report.',
    trendMarks: 'Hollow dashed dot: preliminary value. Dot with a ring: changed value.',
    referenceBand: 'Reference range',
    trendBreak: 'Break {number} ({time}): {reasons}. Values before and after are not directly comparable.',
    breakLab: 'new laboratory',
    breakUnit: 'new unit',
    breakRange: 'new reference range',
    breakChange: '{from} → {to}',
    trendNoValues: 'No numeric values for this test in the period.',
    statusLabels: {
      registered: 'Registered',
      partial: 'Partial',
      preliminary: 'Preliminary',
      final: 'Final',
      amended: 'Amended',
      corrected: 'Corrected',
      appended: 'Appended',
      cancelled: 'Cancelled',
      'entered-in-error': 'Entered in error',
      unknown: 'Unknown',
    },
    expertiseLabels: {
      CLIN: 'Clinical biochemistry',
      MBIO: 'Medical microbiology',
      MGEN: 'Medical genetics',
      FARM: 'Clinical pharmacology',
      IMTR: 'Immunology and transfusion medicine',
      PAT: 'Pathology',
      RAD: 'Radiology',
      NUK: 'Nuclear medicine',
      LAB: 'Laboratory medicine',
      BLD: 'Diagnostic imaging',
      HIST: 'Histology',
      CYTO: 'Cytology',
      RTG: 'X-ray',
      CT: 'Computed tomography',
      MR: 'Magnetic resonance imaging',
      UL: 'Ultrasound',
    },
  },
};
