'use client';
import { type ParekRequisition, toParekRequisitions } from '@pps-kit/api-client';
import { useQuery } from '@tanstack/react-query';
import { usePpsContext } from '../provider/pps-provider';
import { PPS_QUERY_ROOT } from '../provider/query-client';

/** The open patient's PaRek requisitions with the specimens taken for them. */
export function useParekRequisitions() {
  const { parekClient, patient, queryClient } = usePpsContext();
  const personId = patient?.personId ?? '';
  return useQuery<ParekRequisition[]>(
    {
      queryKey: [PPS_QUERY_ROOT, personId, 'parek-requisitions'] as const,
      queryFn: async ({ signal }) => {
        const client = parekClient as NonNullable<typeof parekClient>;
        const [requests, specimens] = await Promise.all([
          client.searchServiceRequests(personId, {}, signal),
          client.searchSpecimens(personId, {}, signal),
        ]);
        return toParekRequisitions(requests.matches, specimens.matches);
      },
      enabled: parekClient !== undefined && personId !== '',
    },
    queryClient,
  );
}
