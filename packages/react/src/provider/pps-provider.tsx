'use client';
import type {
  ElevatedAccessBasis,
  ParekClient,
  PpsClient,
  PpsPatientContext,
  PtsClient,
} from '@pps-kit/api-client';
import { QueryClient } from '@tanstack/react-query';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { Locale, PpsTexts } from '../shared/i18n';
import { useLocaleTexts } from './locale-texts';
import { defaultQueryClientConfig, PPS_QUERY_ROOT, patientQueryKey } from './query-client';

/**
 * The elevated access bases that open a General block (sperring): the patient's consent, or an
 * emergency. `FORHOYET_AKUTT` is implied by NHN's documentation but not yet listed (pps-api.md Q2).
 */
export type { ElevatedAccessBasis };

/** Elevated access in force for the open patient. */
export interface ElevatedAccess {
  personId: string;
  basis: ElevatedAccessBasis;
  /** The clinician's reason, as written. */
  reason: string;
  /** When it started (ISO 8601). */
  since: string;
}

/** Something a clinician did that the host must log (access to patient data, elevated access …). */
export type PpsAuditEvent =
  | {
      type: 'report-viewed';
      reportId: string;
      personId: string;
      /** ISO 8601. */
      time: string;
    }
  | {
      /** The clinician opened a General block with an elevated access basis. */
      type: 'elevated-access-started';
      basis: ElevatedAccessBasis;
      reason: string;
      personId: string;
      time: string;
    }
  | {
      /** Elevated access ended: the clinician ended it, or another patient was opened. */
      type: 'elevated-access-ended';
      basis: ElevatedAccessBasis;
      reason: string;
      personId: string;
      time: string;
      endedBy: 'user' | 'patient-switch';
    }
  | {
      /** The clinician created a patient-safety restriction in PTS. */
      type: 'patient-safety-restriction-created';
      personId: string;
      objectType: 'Rekvisisjon' | 'Svarrapport';
      objectId: string;
      confidentialityCode: string;
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
  /** The texts of `locale` beyond bokmål (built in): `undefined` for bokmål and while loading. */
  texts: PpsTexts | undefined;
  /** False while `locale`'s texts are on their way: the views wait instead of showing bokmål. */
  textsReady: boolean;
  theme: PpsTheme;
  /** Report pages are read in a Web Worker (`readPagesInWorker`). */
  readPagesInWorker: boolean;
  queryClient: QueryClient;
  /** Calls the host's `onAuditEvent`; safe to call when the host gave none. */
  audit: (event: PpsAuditEvent) => void;
  /** Whether the clinician may open a General block with elevated access (`canElevateAccess`). */
  canElevateAccess: boolean;
  /** Elevated access in force for the open patient, or `null`. `patient.accessBasis` carries it. */
  elevatedAccess: ElevatedAccess | null;
  /** Starts elevated access for the open patient: every query is fetched again with `basis`. */
  startElevatedAccess: (input: { basis: ElevatedAccessBasis; reason: string }) => void;
  /** Ends elevated access and forgets what it fetched. */
  endElevatedAccess: () => void;
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
   * The texts of `locale`, imported by the host (`import { en } from '@pps-kit/react/locales/en'`),
   * so that they are there from the first render, server rendering included. Without them the
   * provider loads nynorsk or English itself, once per page, and the views wait for them (a few
   * milliseconds, in parallel with PPS). Bokmål is built in and needs none.
   */
  texts?: PpsTexts | undefined;
  /**
   * Read report pages (JSON, validation, the patient check, the model) in a Web Worker, a file
   * shipped with the package, instead of on the main thread; where workers are refused or
   * missing, the main thread reads them anyway. Off by default: today it is slower end to end
   * (the pages' structured clone costs more than it saves; BENCHMARKS.md has the figures).
   * @default false
   */
  readPagesInWorker?: boolean | undefined;
  /**
   * Look preset, set as `data-pps-theme` on every pps-kit root element.
   * @default 'default'
   */
  theme?: PpsTheme | undefined;
  /** Receives every access the host must log. pps-kit never logs patient data itself. */
  onAuditEvent?: ((event: PpsAuditEvent) => void) | undefined;
  /**
   * Whether this clinician may open a General block (sperring) with the patient's consent or in an
   * emergency. When false the block is explained but cannot be opened.
   * @default true
   */
  canElevateAccess?: boolean | undefined;
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
  texts: givenTexts,
  theme = 'default',
  readPagesInWorker = false,
  onAuditEvent,
  canElevateAccess = true,
  queryClient,
  children,
}: PpsProviderProps) {
  const [ownQueryClient] = useState(() => queryClient ?? new QueryClient(defaultQueryClientConfig));
  const activeQueryClient = queryClient ?? ownQueryClient;

  // The latest callback, without re-rendering every consumer when the host passes a new function.
  const onAudit = useRef(onAuditEvent);
  onAudit.current = onAuditEvent;
  const [audit] = useState(() => (event: PpsAuditEvent) => onAudit.current?.(event));

  const [elevated, setElevated] = useState<ElevatedAccess | null>(null);
  const personId = patient?.personId;
  // Elevated access belongs to one patient: it never applies to another, not even for one render.
  const elevatedAccess = elevated && elevated.personId === personId ? elevated : null;
  const elevatedRef = useRef(elevated);
  elevatedRef.current = elevated;

  // Switching patient drops the previous patient's cached data and elevated access at once.
  const previous = useRef(personId);
  useEffect(() => {
    const before = previous.current;
    previous.current = personId;
    if (before && before !== personId) {
      activeQueryClient.removeQueries({ queryKey: patientQueryKey(before) });
    }
    const ending = elevatedRef.current;
    if (ending && ending.personId !== personId) {
      setElevated(null);
      audit({
        type: 'elevated-access-ended',
        basis: ending.basis,
        reason: ending.reason,
        personId: ending.personId,
        time: new Date().toISOString(),
        endedBy: 'patient-switch',
      });
    }
  }, [personId, activeQueryClient, audit]);

  const startElevatedAccess = useCallback(
    ({ basis, reason }: { basis: ElevatedAccessBasis; reason: string }) => {
      if (!personId) return;
      const time = new Date().toISOString();
      setElevated({ personId, basis, reason, since: time });
      audit({ type: 'elevated-access-started', basis, reason, personId, time });
    },
    [personId, audit],
  );

  const endElevatedAccess = useCallback(() => {
    const ending = elevatedRef.current;
    if (!ending) return;
    setElevated(null);
    // What elevated access fetched is not kept once it ends: the PPS keys hold the basis fourth
    // ([root, person, kind, basis, …]), and no other place in a key is read as a basis.
    activeQueryClient.removeQueries({
      predicate: (query) =>
        query.queryKey[0] === PPS_QUERY_ROOT &&
        query.queryKey[1] === ending.personId &&
        query.queryKey[3] === ending.basis,
    });
    audit({
      type: 'elevated-access-ended',
      basis: ending.basis,
      reason: ending.reason,
      personId: ending.personId,
      time: new Date().toISOString(),
      endedBy: 'user',
    });
  }, [activeQueryClient, audit]);

  // Every query reads the patient from here: with elevated access, its basis travels with it.
  const basis = elevatedAccess?.basis;
  const effectivePatient = useMemo(
    () => (patient && basis ? { ...patient, accessBasis: basis } : patient),
    [patient, basis],
  );

  const { texts, ready: textsReady } = useLocaleTexts(locale, givenTexts);

  const value = useMemo(
    () => ({
      client,
      ptsClient,
      parekClient,
      patient: effectivePatient,
      locale,
      texts,
      textsReady,
      theme,
      readPagesInWorker,
      queryClient: activeQueryClient,
      audit,
      canElevateAccess,
      elevatedAccess,
      startElevatedAccess,
      endElevatedAccess,
    }),
    [
      client,
      ptsClient,
      parekClient,
      effectivePatient,
      locale,
      texts,
      textsReady,
      theme,
      readPagesInWorker,
      activeQueryClient,
      audit,
      canElevateAccess,
      elevatedAccess,
      startElevatedAccess,
      endElevatedAccess,
    ],
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
