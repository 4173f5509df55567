'use client';
import {
  canRetry,
  isPpsError,
  PpsHttpError,
  PpsNetworkError,
  PpsOutcomeError,
  type PpsPagingError,
  PpsPatientMismatchError,
  PpsResponseError,
  PpsTimeoutError,
  PpsValidationError,
  type PvkOutcomeCode,
  privacyOutcome,
} from '@pps-kit/api-client';
import { RestrictionNotice } from '../access/access-restriction-notice';
import { formatTime } from './format';
import type { Locale } from './i18n';
import { type DataStateMessages, fill, type ViewStateMessages } from './messages';

/** The national service a view reads from, named in its error texts. */
export type PpsService = 'pps' | 'pts' | 'parek';

/** What a data view shows instead of data: loading, a failure, hidden data, or no data. */
export type DataStateKind =
  | { kind: 'no-patient' }
  /** `text` names what is loading; lab results by default. */
  | { kind: 'loading'; text?: string }
  /** The host gave no client for the service the view needs. */
  | { kind: 'not-configured'; text: string }
  | { kind: 'error'; error: unknown; onRetry?: () => void; service?: PpsService; title?: string }
  | { kind: 'privacy'; codes: readonly PvkOutcomeCode[] }
  /** No data came, and an outcome says some may be withheld (codes pps-kit does not know). */
  | { kind: 'hidden'; codes: readonly string[] }
  | { kind: 'no-data' };

/**
 * The state of a view fed by one service until its data is in: no patient, no client for the
 * service, loading, or the failure (with retry). `undefined` once there is data to show.
 */
export function serviceState(
  query: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown; data?: unknown },
  view: {
    hasPatient: boolean;
    connected: boolean;
    service: PpsService;
    notConfigured: string;
    loading: string;
    errorTitle: string;
  },
): DataStateKind | undefined {
  if (!view.hasPatient) return { kind: 'no-patient' };
  if (!view.connected) return { kind: 'not-configured', text: view.notConfigured };
  if (query.isPending) return { kind: 'loading', text: view.loading };
  // A refetch that fails keeps the data on screen, with a RefetchWarning.
  if (query.isError && query.data === undefined) {
    return {
      kind: 'error',
      error: query.error,
      onRetry: () => void query.refetch(),
      service: view.service,
      title: view.errorTitle,
    };
  }
  return undefined;
}

/** The failure in words, naming the service. */
export function errorText(error: unknown, t: ViewStateMessages, service: PpsService = 'pps'): string {
  const name = t.serviceNames[service];
  if (error instanceof PpsNetworkError) return fill(t.errorNetwork, { service: name });
  if (error instanceof PpsTimeoutError) {
    return fill(t.errorTimeout, { service: name, seconds: Math.round(error.timeoutMs / 1000) });
  }
  if (error instanceof PpsResponseError) return fill(t.errorResponse, { service: name });
  if (error instanceof PpsPatientMismatchError) return fill(t.errorMismatch, { service: name });
  if (error instanceof PpsValidationError && error.issues.some((issue) => issue.path === 'personId')) {
    return fill(t.errorInvalidPatient, { service: name });
  }
  if (error instanceof PpsOutcomeError)
    return fill(t.errorOutcome, { service: name, codes: error.codes.join(', ') });
  if (error instanceof PpsHttpError) {
    const status = error.status;
    if (status === 401 || status === 403) return fill(t.errorAccess, { service: name, status });
    if (status === 404) return fill(t.errorNotFound, { service: name });
    if (status === 429) {
      return error.retryAfterSeconds !== undefined
        ? fill(t.errorRateLimited, { service: name, seconds: error.retryAfterSeconds })
        : fill(t.errorRateLimitedNoTime, { service: name });
    }
    if (status >= 500) return fill(t.errorServer, { service: name, status });
    return fill(t.errorRequest, { service: name, status });
  }
  return fill(t.errorUnknown, { service: name });
}

/**
 * The state of a data view, in words. Hidden data is never shown as "no results": the privacy
 * outcome is named (the most restrictive one wins), and a General block can be opened from here.
 */
export function DataState({ state, messages: t }: { state: DataStateKind; messages: ViewStateMessages }) {
  switch (state.kind) {
    case 'no-patient':
      return (
        <p className="pps-state" data-state="no-patient">
          {t.noPatient}
        </p>
      );
    case 'loading':
      return (
        <p className="pps-state" data-state="loading" role="status">
          {state.text ?? t.loading}
        </p>
      );
    case 'not-configured':
      return (
        <p className="pps-state" data-state="not-configured">
          {state.text}
        </p>
      );
    case 'no-data':
      return <RestrictionNotice outcome="no-data" t={t} />;
    case 'error': {
      const correlationId = isPpsError(state.error) ? state.error.correlationId : undefined;
      return (
        <div className="pps-state" data-state="error" role="alert">
          <p className="pps-state__title">{state.title ?? t.errorTitle}</p>
          <p>{errorText(state.error, t, state.service)}</p>
          {correlationId ? (
            <p className="pps-state__meta">{fill(t.errorReference, { id: correlationId })}</p>
          ) : null}
          {state.onRetry && canRetry(state.error) ? (
            <button type="button" className="pps-button" onClick={state.onRetry}>
              {t.retry}
            </button>
          ) : null}
        </div>
      );
    }
    case 'privacy':
      return <RestrictionNotice outcome={privacyOutcome(state.codes)} t={t} />;
    case 'hidden':
      return <HiddenNotice codes={state.codes} messages={t} />;
  }
}

/** Some data may be withheld: the outcome codes as sent, never "no results". */
export function HiddenNotice({
  codes,
  messages: t,
}: {
  codes: readonly string[];
  messages: ViewStateMessages;
}) {
  if (codes.length === 0) return null;
  return (
    <div className="pps-state pps-notice" data-state="hidden" role="status">
      <p className="pps-state__title">
        <span aria-hidden="true">⊘ </span>
        {t.hiddenTitle}
      </p>
      <p>{fill(t.hidden, { codes: codes.join(', ') })}</p>
    </div>
  );
}

/** Paging stopped early: why, and how many are shown of at least how many. */
export function IncompleteNotice({
  incomplete,
  messages: t,
  service = 'pps',
}: {
  incomplete: PpsPagingError | undefined;
  messages: DataStateMessages;
  service?: PpsService;
}) {
  if (!incomplete) return null;
  return (
    <div
      className="pps-state pps-notice"
      data-state="incomplete"
      data-problem={incomplete.problem}
      role="status"
    >
      <p className="pps-state__title">
        <span aria-hidden="true">⚠ </span>
        {t.incompleteTitle}
      </p>
      <p>
        {fill(t.incompleteReasons[incomplete.problem], { service: t.serviceNames[service] })}{' '}
        {fill(t.incomplete, { loaded: incomplete.loaded, atLeast: incomplete.atLeast })}
      </p>
    </div>
  );
}

/**
 * A refetch failed after data was shown: the data stays, with this warning, the failure in
 * words, the time of the data shown, and a retry. Nothing when there is no such failure.
 */
export function RefetchWarning({
  error,
  updatedAt,
  onRetry,
  messages: t,
  service = 'pps',
  locale,
}: {
  error: unknown;
  /** When the data shown arrived (`dataUpdatedAt`). */
  updatedAt: number;
  onRetry: () => void;
  messages: ViewStateMessages;
  service?: PpsService;
  locale: Locale;
}) {
  if (!error) return null;
  const time = formatTime(new Date(updatedAt).toISOString(), locale);
  return (
    <div className="pps-state pps-page-error" data-state="refetch-error" role="alert">
      <p className="pps-state__title">{t.refetchErrorTitle}</p>
      <p>
        {errorText(error, t, service)} {fill(t.refetchError, { time })}
      </p>
      {canRetry(error) ? (
        <button type="button" className="pps-button" onClick={onRetry}>
          {t.retry}
        </button>
      ) : null}
    </div>
  );
}

/** The refetch failure of a query whose data is still shown, for RefetchWarning. */
export const refetchErrorOf = (query: { isError: boolean; error: unknown; data?: unknown }): unknown =>
  query.isError && query.data !== undefined ? query.error : undefined;
