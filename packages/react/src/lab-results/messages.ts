import type { NilarReportStatus } from '@pps-kit/api-client';
import type { Catalogue } from '../shared/i18n';

export interface LabReportListMessages {
  heading: string;
  collected: string;
  expertise: string;
  lab: string;
  status: string;
  results: string;
  /** `{expertise}` and `{time}`: the accessible name of a row's open button. */
  openReport: string;
  /** Shown where a report has no sample time. */
  unknownTime: string;
  statusLabels: Record<NilarReportStatus, string>;
  /** Names of the 8202 codes a report is categorised with. Unknown codes are shown as sent. */
  expertiseLabels: Record<string, string>;
}

export const labReportListMessages: Catalogue<LabReportListMessages> = {
  nb: {
    heading: 'Prøvesvar',
    collected: 'Prøvetidspunkt',
    expertise: 'Fagområde',
    lab: 'Laboratorium',
    status: 'Status',
    results: 'Analyser',
    openReport: 'Åpne svarrapport: {expertise}, {time}',
    unknownTime: 'Ukjent tid',
    statusLabels: {
      registered: 'Registrert',
      preliminary: 'Foreløpig',
      final: 'Endelig',
      amended: 'Endret',
      appended: 'Tillegg',
      cancelled: 'Kansellert',
      unknown: 'Ukjent',
      partial: 'Delsvar',
      corrected: 'Korrigert',
      'entered-in-error': 'Feilregistrert',
    },
    expertiseLabels: {
      CLIN: 'Medisinsk biokjemi',
      MBIO: 'Medisinsk mikrobiologi',
      MGEN: 'Medisinsk genetikk',
      FARM: 'Klinisk farmakologi',
      IMTR: 'Immunologi og transfusjonsmedisin',
      PAT: 'Patologi',
      RAD: 'Radiologi',
      NUK: 'Nukleærmedisin',
      LAB: 'Laboratoriemedisin',
      BLD: 'Bildediagnostikk',
    },
  },
  nn: {
    heading: 'Prøvesvar',
    collected: 'Prøvetidspunkt',
    expertise: 'Fagområde',
    lab: 'Laboratorium',
    status: 'Status',
    results: 'Analysar',
    openReport: 'Opne svarrapport: {expertise}, {time}',
    unknownTime: 'Ukjend tid',
    statusLabels: {
      registered: 'Registrert',
      preliminary: 'Førebels',
      final: 'Endeleg',
      amended: 'Endra',
      appended: 'Tillegg',
      cancelled: 'Kansellert',
      unknown: 'Ukjend',
      partial: 'Delsvar',
      corrected: 'Korrigert',
      'entered-in-error': 'Feilregistrert',
    },
    expertiseLabels: {
      CLIN: 'Medisinsk biokjemi',
      MBIO: 'Medisinsk mikrobiologi',
      MGEN: 'Medisinsk genetikk',
      FARM: 'Klinisk farmakologi',
      IMTR: 'Immunologi og transfusjonsmedisin',
      PAT: 'Patologi',
      RAD: 'Radiologi',
      NUK: 'Nukleærmedisin',
      LAB: 'Laboratoriemedisin',
      BLD: 'Biletdiagnostikk',
    },
  },
  en: {
    heading: 'Lab results',
    collected: 'Sample time',
    expertise: 'Discipline',
    lab: 'Laboratory',
    status: 'Status',
    results: 'Results',
    openReport: 'Open report: {expertise}, {time}',
    unknownTime: 'Unknown time',
    statusLabels: {
      registered: 'Registered',
      preliminary: 'Preliminary',
      final: 'Final',
      amended: 'Amended',
      appended: 'Appended',
      cancelled: 'Cancelled',
      unknown: 'Unknown',
      partial: 'Partial',
      corrected: 'Corrected',
      'entered-in-error': 'Entered in error',
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
    },
  },
};
