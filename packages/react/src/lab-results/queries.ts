import {
  type LabReport,
  type PpsClient,
  type PpsPatientContext,
  type PpsSearchParams,
  type PvkOutcomeCode,
  toLabReports,
} from '@pps-kit/api-client';
import { queryOptions } from '@tanstack/react-query';
import { PPS_QUERY_ROOT } from '../provider/query-client';

/** What the overview asks PPS to include: results with their trees, requisition, requester, specimens, lab. */
export const REPORT_LIST_INCLUDES: Pick<PpsSearchParams, '_include' | '_include:iterate'> = {
  _include: [
    'DiagnosticReport:result',
    'DiagnosticReport:performer',
    'DiagnosticReport:based-on',
    'DiagnosticReport:specimen',
  ],
  '_include:iterate': ['Observation:has-member', 'ServiceRequest:requester'],
};

export interface LabReportQueryData {
  report: LabReport | undefined;
  privacy: PvkOutcomeCode[];
  /** Outcome codes that may mean data is withheld (`PpsSearchResult.hidden`). */
  hidden: string[];
  noData: boolean;
}

/**
 * Query option factories, shared by the hooks and by hosts that prefetch.
 * Keys hold the patient and the access basis, so elevated access never reuses a normal result.
 */
export const ppsQueries = {
  /** Every report of the patient (all pages), as the lab-results model. */
  reports: (client: PpsClient, patient: PpsPatientContext, params: PpsSearchParams = {}) =>
    queryOptions({
      queryKey: [PPS_QUERY_ROOT, patient.personId, 'reports', patient.accessBasis ?? null, params] as const,
      queryFn: async ({ signal }) =>
        toLabReports(
          await client.searchAllDiagnosticReports(patient, { ...REPORT_LIST_INCLUDES, ...params }, signal),
        ),
      structuralSharing: false,
    }),

  /** One report with everything it references. */
  report: (client: PpsClient, patient: PpsPatientContext, reportId: string) =>
    queryOptions({
      queryKey: [PPS_QUERY_ROOT, patient.personId, 'report', patient.accessBasis ?? null, reportId] as const,
      queryFn: async ({ signal }): Promise<LabReportQueryData> => {
        const model = toLabReports(await client.getReport(patient, reportId, signal));
        return {
          report: model.reports.find((report) => report.id === reportId),
          privacy: model.privacy,
          hidden: model.hidden,
          noData: model.noData,
        };
      },
      structuralSharing: false,
    }),
};
