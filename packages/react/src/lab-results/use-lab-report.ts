'use client';
import { useQuery } from '@tanstack/react-query';
import { usePpsContext } from '../provider/pps-provider';
import { reportQuery } from './queries';

const NO_PATIENT = { personId: '' };

/** One report of the open patient, with everything it references. Idle while no patient is open. */
export function useLabReport(reportId: string) {
  const { client, patient, queryClient } = usePpsContext();
  return useQuery(
    {
      ...reportQuery(client, patient ?? NO_PATIENT, reportId),
      enabled: patient !== null && reportId !== '',
    },
    queryClient,
  );
}
