'use client';
import type { PpsSearchParams } from '@pps-kit/api-client';
import { useQuery } from '@tanstack/react-query';
import { usePpsContext } from '../provider/pps-provider';
import { ppsQueries } from './queries';

const NO_PATIENT = { personId: '' };

/** The open patient's lab reports, as the lab-results model. Idle while no patient is open. */
export function useLabReports(params?: PpsSearchParams) {
  const { client, patient, queryClient } = usePpsContext();
  return useQuery(
    { ...ppsQueries.reports(client, patient ?? NO_PATIENT, params), enabled: patient !== null },
    queryClient,
  );
}

/** One report of the open patient, with everything it references. */
export function useLabReport(reportId: string) {
  const { client, patient, queryClient } = usePpsContext();
  return useQuery(
    {
      ...ppsQueries.report(client, patient ?? NO_PATIENT, reportId),
      enabled: patient !== null && reportId !== '',
    },
    queryClient,
  );
}
