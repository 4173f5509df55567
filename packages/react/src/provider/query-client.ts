import type { QueryClientConfig } from '@tanstack/react-query';

/** First element of every pps-kit query key; the second is the patient's id. */
export const PPS_QUERY_ROOT = 'pps';

/**
 * The start of every query key that holds a patient's data: invalidating or removing it reaches
 * all of that patient's pps-kit queries (a patient switch, "Prøv igjen").
 */
export const patientQueryKey = (personId: string) => [PPS_QUERY_ROOT, personId] as const;

/**
 * How long what pps-kit fetched counts as fresh. Every query factory sets it, so a remount or a
 * tab switch reads the cache whatever the host's QueryClient defaults are; "Prøv igjen", a
 * patient switch and the end of elevated access still fetch anew.
 */
export const PPS_STALE_TIME = 60_000;

export const defaultQueryClientConfig: QueryClientConfig = {
  defaultOptions: {
    // The pps-kit clients retry what may pass on a second try (lost connections, 429, 502–504,
    // honouring Retry-After); a second layer of retries here would only multiply the wait.
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: PPS_STALE_TIME },
  },
};
