'use client';
import type { PpsSearchParams } from '@pps-kit/api-client';
import { useQuery } from '@tanstack/react-query';
import { usePpsContext } from '../provider/pps-provider';
import { ppsQueries } from './queries';

/** The open patient's lab reports. Idle while no patient is open. */
export function useLabReports(params?: PpsSearchParams) {
  const { client, patient, queryClient } = usePpsContext();
  return useQuery(
    {
      ...ppsQueries.reports(client, patient ?? { personId: '' }, params),
      enabled: patient !== null,
    },
    queryClient,
  );
}
