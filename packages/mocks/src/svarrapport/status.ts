/**
 * Status mapping from Svarrapport codes to FHIR, cell for cell as NILAR's mapping.md gives it
 * ("DiagnosticReport.Status", "Observation.Status"; lab-domain.md §3.3). One deviation, because
 * the message says what it is: an addendum (ServType A "Tillegg", or Status A "Tillegg til
 * rapport" in a new report), which NILAR leaves "Ukjent", is `appended`.
 */
import type { NilarObservationStatus, NilarReportStatus } from '@pps-kit/api-client';

/** DiagnosticReport.status by ServReport/ServType (7309), then ServReport/Status (7306). */
const REPORT: Record<string, Record<string, NilarReportStatus>> = {
  N: { S: 'registered', P: 'preliminary', F: 'final', A: 'appended' },
  M: { S: 'amended', P: 'amended', F: 'amended', A: 'appended' },
  H: { S: 'unknown', P: 'unknown', F: 'unknown', A: 'unknown' },
  A: { S: 'appended', P: 'appended', F: 'appended', A: 'appended' },
};

/** DiagnosticReport.status from ServReport/ServType (7309) × ServReport/Status (7306). */
export function reportStatus(servType: string, status: string): NilarReportStatus {
  if (servType === 'C') return 'cancelled'; // Kansellering, whatever the status says
  return REPORT[servType]?.[status] ?? 'unknown';
}

type Column = Partial<Record<string, NilarObservationStatus>>;

/**
 * Observation.status by ResultItem/ServType (8270), then StatusInvestigation (8245); the key ''
 * is an item that sends no StatusInvestigation.
 */
const ITEM: Record<string, Column> = {
  N: {
    '': 'final',
    '1': 'unknown',
    '2': 'preliminary',
    '3': 'final',
    '4': 'final',
    '5': 'registered',
    '6': 'registered',
    '7': 'registered',
    '8': 'preliminary',
    '9': 'preliminary',
    '10': 'preliminary',
    '11': 'final',
    '12': 'unknown',
    '13': 'final',
    '14': 'unknown',
    '15': 'registered',
  },
  M: {
    '': 'amended',
    '1': 'amended',
    '2': 'amended',
    '3': 'amended',
    '4': 'amended',
    '5': 'unknown',
    '6': 'registered',
    '7': 'registered',
    '8': 'unknown',
    '9': 'unknown',
    '10': 'unknown',
    '11': 'amended',
    '12': 'amended',
    '13': 'amended',
    '14': 'unknown',
    '15': 'registered',
  },
  H: {
    '': 'final',
    '1': 'amended',
    '2': 'preliminary',
    '3': 'final',
    '4': 'final',
    '15': 'final',
  },
  A: {
    '': 'final',
    '1': 'unknown',
    '2': 'preliminary',
    '3': 'final',
    '4': 'final',
    '5': 'registered',
    '6': 'registered',
    '7': 'registered',
    '8': 'preliminary',
    '9': 'preliminary',
    '10': 'preliminary',
    '11': 'final',
    '12': 'preliminary',
    '13': 'final',
    '14': 'unknown',
    '15': 'registered',
  },
};

/** The codes 8245 has (1–15); a code outside the list is `unknown` in every column. */
const KNOWN_STATUS = /^(?:[1-9]|1[0-5])$/;

/**
 * Observation.status from ResultItem/ServType (8270) × StatusInvestigation (8245, `undefined`
 * when the item sends none). Kansellering is `cancelled` for every known status; a pair NILAR's
 * table leaves "Ukjent", or a code outside the lists, is `unknown`.
 */
export function observationStatus(
  servType: string,
  statusInvestigation: string | undefined,
): NilarObservationStatus {
  const code = statusInvestigation ?? '';
  if (code !== '' && !KNOWN_STATUS.test(code)) return 'unknown';
  if (servType === 'C') return 'cancelled';
  return ITEM[servType]?.[code] ?? 'unknown';
}

/** An item with no status, no ServType and no parent to take one from: the report's, as an Observation. */
export function observationStatusFromReport(report: NilarReportStatus): NilarObservationStatus {
  switch (report) {
    case 'appended':
      return 'final'; // new content of an addendum (Observation has no `appended`)
    case 'partial':
      return 'preliminary';
    default:
      return report;
  }
}
