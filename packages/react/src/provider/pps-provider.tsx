'use client';
import type { PpsClient, PpsPatientContext } from '@pps-kit/api-client';
import { QueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { Locale } from '../shared/i18n';
import { defaultQueryClientConfig, PPS_QUERY_ROOT } from './query-client';

export interface PpsContextValue {
  client: PpsClient;
  patient: PpsPatientContext | null;
  locale: Locale;
  queryClient: QueryClient;
}

const PpsContext = createContext<PpsContextValue | null>(null);

export interface PpsProviderProps {
  /** The PPS client, created once by the host with `createPpsClient`. */
  client: PpsClient;
  /** The patient open in the EPJ, or `null` when none is. One patient at a time. */
  patient: PpsPatientContext | null;
  /**
   * Language of every built-in text.
   * @default 'nb'
   */
  locale?: Locale | undefined;
  /**
   * The host's QueryClient. pps-kit passes it to its own queries only and never replaces the
   * host's QueryClientProvider. One is created when absent.
   */
  queryClient?: QueryClient | undefined;
  children?: ReactNode | undefined;
}

/** Gives every pps-kit component its client, patient and locale. */
export function PpsProvider({ client, patient, locale = 'nb', queryClient, children }: PpsProviderProps) {
  const [ownQueryClient] = useState(() => queryClient ?? new QueryClient(defaultQueryClientConfig));
  const activeQueryClient = queryClient ?? ownQueryClient;

  // Switching patient drops the previous patient's cached data at once.
  const personId = patient?.personId;
  const previous = useRef(personId);
  useEffect(() => {
    const before = previous.current;
    previous.current = personId;
    if (before && before !== personId) {
      activeQueryClient.removeQueries({ queryKey: [PPS_QUERY_ROOT, before] });
    }
  }, [personId, activeQueryClient]);

  const value = useMemo(
    () => ({ client, patient, locale, queryClient: activeQueryClient }),
    [client, patient, locale, activeQueryClient],
  );
  return <PpsContext.Provider value={value}>{children}</PpsContext.Provider>;
}

/** The provider's value. Throws, naming the fix, when used outside `<PpsProvider>`. */
export function usePpsContext(): PpsContextValue {
  const value = useContext(PpsContext);
  if (!value) {
    throw new Error(
      'pps-kit: this component or hook must be rendered inside <PpsProvider client={…} patient={…}>. ' +
        'Wrap the part of your EPJ that shows PPS data in a PpsProvider (see the README of @pps-kit/react).',
    );
  }
  return value;
}
