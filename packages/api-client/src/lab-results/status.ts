/**
 * Report and result statuses: the order a report moves through, and which ones a view must
 * announce with a banner (lab-domain.md §3.3, §10).
 */
import type { NilarObservationStatus, NilarReportStatus } from '../shared/fhir';

/** Lifecycle order, for sorting and for "the most advanced status". */
export const REPORT_STATUS_ORDER: readonly NilarReportStatus[] = [
  'registered',
  'partial',
  'preliminary',
  'final',
  'appended',
  'amended',
  'corrected',
  'cancelled',
  'entered-in-error',
  'unknown',
];

/** Statuses a clinician must not miss; each gets a banner in the report view. */
export type StatusBanner =
  | 'registered'
  | 'preliminary'
  | 'amended'
  | 'appended'
  | 'cancelled'
  | 'entered-in-error';

export interface StatusInfo {
  /** Position in REPORT_STATUS_ORDER. */
  order: number;
  /** The banner to show, if any. */
  banner: StatusBanner | undefined;
  /** Whether the values must not be used (cancelled, entered in error). */
  void: boolean;
}

const BANNER: Partial<Record<NilarReportStatus | NilarObservationStatus, StatusBanner>> = {
  registered: 'registered',
  partial: 'preliminary',
  preliminary: 'preliminary',
  amended: 'amended',
  corrected: 'amended',
  appended: 'appended',
  cancelled: 'cancelled',
  'entered-in-error': 'entered-in-error',
};

export function statusInfo(status: NilarReportStatus | NilarObservationStatus): StatusInfo {
  const order = REPORT_STATUS_ORDER.indexOf(status as NilarReportStatus);
  return {
    order: order === -1 ? REPORT_STATUS_ORDER.length : order,
    banner: BANNER[status],
    void: status === 'cancelled' || status === 'entered-in-error',
  };
}

/** Sorts statuses in lifecycle order. */
export const compareStatus = (a: NilarReportStatus, b: NilarReportStatus): number =>
  statusInfo(a).order - statusInfo(b).order;
