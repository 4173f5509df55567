import { PpsHttpError, PpsNetworkError } from '@pps-kit/api-client';
import type { QueryClientConfig } from '@tanstack/react-query';

/** First element of every pps-kit query key; the second is the patient's id. */
export const PPS_QUERY_ROOT = 'pps';

/** Retry only what may pass on a second try: lost connections, 429 and 5xx. Never 4xx or bad data. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  if (error instanceof PpsNetworkError) return true;
  return error instanceof PpsHttpError && (error.status === 429 || error.status >= 500);
}

export const defaultQueryClientConfig: QueryClientConfig = {
  defaultOptions: {
    queries: { retry: shouldRetry, refetchOnWindowFocus: false, staleTime: 60_000 },
  },
};
