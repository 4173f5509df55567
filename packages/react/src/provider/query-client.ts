import type { QueryClientConfig } from '@tanstack/react-query';

/** First element of every pps-kit query key; the second is the patient's id. */
export const PPS_QUERY_ROOT = 'pps';

export const defaultQueryClientConfig: QueryClientConfig = {
  defaultOptions: {
    // The pps-kit clients retry what may pass on a second try (lost connections, 429, 502–504,
    // honouring Retry-After); a second layer of retries here would only multiply the wait.
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 60_000 },
  },
};
