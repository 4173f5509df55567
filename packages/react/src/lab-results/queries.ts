import type { PpsClient, PpsPatientContext, PpsSearchParams } from '@pps-kit/api-client';
import { queryOptions } from '@tanstack/react-query';
import { PPS_QUERY_ROOT } from '../provider/query-client';

/**
 * Query option factories, shared by the hooks and by hosts that prefetch.
 * Keys hold the patient and the access basis, so elevated access never reuses a normal result.
 */
export const ppsQueries = {
  /** The patient's DiagnosticReports with their performers (lab, responsible). */
  reports: (client: PpsClient, patient: PpsPatientContext, params: PpsSearchParams = {}) =>
    queryOptions({
      queryKey: [PPS_QUERY_ROOT, patient.personId, 'reports', patient.accessBasis ?? null, params] as const,
      queryFn: ({ signal }) =>
        client.searchDiagnosticReports(
          patient,
          { _include: ['DiagnosticReport:performer'], ...params },
          signal,
        ),
    }),
};
