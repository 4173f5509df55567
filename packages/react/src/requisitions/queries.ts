'use client';
import { type ParekClient, toParekRequisitions } from '@pps-kit/api-client';
import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { usePpsContext } from '../provider/pps-provider';
import { PPS_QUERY_ROOT, PPS_STALE_TIME } from '../provider/query-client';

/**
 * Query option factories of PaRek, used by the hook below and by hosts that prefetch. Keys start
 * with the patient; without a PaRek client or a patient the query is skipped.
 */
export const parekQueries = {
  /** The patient's requisitions with the specimens taken for them. */
  requisitions: (client: ParekClient | undefined, personId: string) =>
    queryOptions({
      queryKey: [PPS_QUERY_ROOT, personId, 'parek-requisitions'] as const,
      staleTime: PPS_STALE_TIME,
      queryFn:
        client && personId !== ''
          ? async ({ signal }) => {
              const [requests, specimens] = await Promise.all([
                client.searchServiceRequests(personId, {}, signal),
                client.searchSpecimens(personId, {}, signal),
              ]);
              return toParekRequisitions(requests.matches, specimens.matches);
            }
          : skipToken,
    }),
};

/** The open patient's PaRek requisitions with the specimens taken for them. */
export function useParekRequisitions() {
  const { parekClient, patient, queryClient } = usePpsContext();
  return useQuery(parekQueries.requisitions(parekClient, patient?.personId ?? ''), queryClient);
}
