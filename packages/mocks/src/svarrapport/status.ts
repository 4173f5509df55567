/**
 * Status mapping from Svarrapport codes to FHIR (NILAR mapping.md; lab-domain.md §3.3).
 */
import type { NilarObservationStatus, NilarReportStatus } from '@pps-kit/api-client';

/** DiagnosticReport.status from ServReport/ServType (7309) × ServReport/Status (7306). */
export function reportStatus(servType: string, status: string): NilarReportStatus {
  switch (servType) {
    case 'C':
      return 'cancelled';
    case 'M':
      return status === 'A' ? 'appended' : 'amended';
    case 'N':
      return status === 'S'
        ? 'registered'
        : status === 'P'
          ? 'preliminary'
          : status === 'F'
            ? 'final'
            : 'unknown';
    default:
      // H (Historikk), A (Tillegg) and anything else.
      return 'unknown';
  }
}

const BY_INVESTIGATION_STATUS: Record<string, NilarObservationStatus> = {
  '1': 'amended', // Revidert
  '2': 'preliminary',
  '3': 'final',
  '4': 'final', // Tillegg
  '5': 'registered',
  '6': 'registered',
  '7': 'registered',
  '8': 'preliminary',
  '9': 'preliminary',
  '10': 'preliminary',
  '11': 'final', // Signert
  '12': 'preliminary', // Korrigert, usignert tilleggsbeskrivelse foreligger
  '13': 'final',
  // Undersøkelse slettet: NILAR says unknown/cancelled; the defensive reading is cancelled, so a
  // deleted investigation is never shown as a valid result.
  '14': 'cancelled',
  '15': 'registered', // I prosess
};

const FROM_REPORT: Record<NilarReportStatus, NilarObservationStatus> = {
  registered: 'registered',
  partial: 'preliminary',
  preliminary: 'preliminary',
  final: 'final',
  amended: 'amended',
  corrected: 'corrected',
  appended: 'final',
  cancelled: 'cancelled',
  'entered-in-error': 'entered-in-error',
  unknown: 'unknown',
};

/**
 * Observation.status from ResultItem/ServType (8270) × StatusInvestigation (8245); an item without
 * a status of its own takes its report's.
 */
export function observationStatus(
  servType: string | undefined,
  statusInvestigation: string | undefined,
  report: NilarReportStatus,
): NilarObservationStatus {
  if (servType === 'M') return 'amended';
  if (servType === 'C') return 'cancelled';
  if (statusInvestigation) return BY_INVESTIGATION_STATUS[statusInvestigation] ?? 'unknown';
  return FROM_REPORT[report];
}
