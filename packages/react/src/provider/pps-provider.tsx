'use client';
import type { ParekClient, PpsClient, PpsPatientContext, PtsClient } from '@pps-kit/api-client';
import { QueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { Locale } from '../shared/i18n';
import { defaultQueryClientConfig, PPS_QUERY_ROOT } from './query-client';

/** Something a clinician did that the host must log (access to patient data, elevated access …). */
export type PpsAuditEvent = {
  type: 'report-viewed';
  reportId: string;
  personId: string;
  /** ISO 8601. */
  time: string;
};

/** Look presets: pps-kit's own, or mapped onto Designsystemet (`--ds-*`) or Aksel (`--ax-*`) tokens. */
export type PpsTheme = 'default' | 'designsystemet' | 'aksel';

export interface PpsContextValue {
  client: PpsClient;
  ptsClient: PtsClient | undefined;
  parekClient: ParekClient | undefined;
  patient: PpsPatientContext | null;
  locale: Locale;
  theme: PpsTheme;
  queryClient: QueryClient;
  /** Calls the host's `onAuditEvent`; safe to call when the host gave none. */
  audit: (event: PpsAuditEvent) => void;
}

const PpsContext = createContext<PpsContextValue | null>(null);

export interface PpsProviderProps {
  /** The PPS client, created once by the host with `createPpsClient`. */
  client: PpsClient;
  /** The PTS client, for the access-restriction views. */
  ptsClient?: PtsClient | undefined;
  /** The PaRek client, for planned requisitions. */
  parekClient?: ParekClient | undefined;
  /** The patient open in the EPJ, or `null` when none is. One patient at a time. */
  patient: PpsPatientContext | null;
  /**
   * Language of every built-in text.
   * @default 'nb'
   */
  locale?: Locale | undefined;
  /**
   * Look preset, set as `data-pps-theme` on every pps-kit root element.
   * @default 'default'
   */
  theme?: PpsTheme | undefined;
  /** Receives every access the host must log. pps-kit never logs patient data itself. */
  onAuditEvent?: ((event: PpsAuditEvent) => void) | undefined;
  /**
   * The host's QueryClient. pps-kit passes it to its own queries only and never replaces the
   * host's QueryClientProvider. One is created when absent.
   */
  queryClient?: QueryClient | undefined;
  children?: ReactNode | undefined;
}

/** Gives every pps-kit component its clients, patient, locale and theme. */
export function PpsProvider({
  client,
  ptsClient,
  parekClient,
  patient,
  locale = 'nb',
  theme = 'default',
  onAuditEvent,
  queryClient,
  children,
}: PpsProviderProps) {
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

  // The latest callback, without re-rendering every consumer when the host passes a new function.
  const onAudit = useRef(onAuditEvent);
  onAudit.current = onAuditEvent;
  const [audit] = useState(() => (event: PpsAuditEvent) => onAudit.current?.(event));

  const value = useMemo(
    () => ({ client, ptsClient, parekClient, patient, locale, theme, queryClient: activeQueryClient, audit }),
    [client, ptsClient, parekClient, patient, locale, theme, activeQueryClient, audit],
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
