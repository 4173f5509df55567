'use client';
import {
  isPpsError,
  PpsHttpError,
  PpsNetworkError,
  PpsResponseError,
  type PvkOutcomeCode,
} from '@pps-kit/api-client';
import { outcomeOf, RestrictionNotice } from '../access/access-restriction-notice';
import { type DataStateMessages, fill } from './messages';

/** What a data view shows instead of data: loading, a failure, hidden data, or no data. */
export type DataStateKind =
  | { kind: 'no-patient' }
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown; onRetry?: () => void }
  | { kind: 'privacy'; codes: readonly PvkOutcomeCode[] }
  | { kind: 'no-data' };

function errorText(error: unknown, t: DataStateMessages): string {
  if (error instanceof PpsNetworkError) return t.errorNetwork;
  if (error instanceof PpsResponseError) return t.errorResponse;
  if (error instanceof PpsHttpError) {
    const status = error.status;
    if (status === 401 || status === 403) return fill(t.errorAccess, { status });
    if (status >= 500 || status === 429) return fill(t.errorServer, { status });
    return fill(t.errorRequest, { status });
  }
  return t.errorUnknown;
}

/**
 * The state of a data view, in words. Hidden data is never shown as "no results": the privacy
 * outcome is named (the most restrictive one wins), and a General block can be opened from here.
 */
export function DataState({ state, messages: t }: { state: DataStateKind; messages: DataStateMessages }) {
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
          {t.loading}
        </p>
      );
    case 'no-data':
      return <RestrictionNotice outcome="no-data" t={t} />;
    case 'error': {
      const correlationId = isPpsError(state.error) ? state.error.correlationId : undefined;
      return (
        <div className="pps-state" data-state="error" role="alert">
          <p className="pps-state__title">{t.errorTitle}</p>
          <p>{errorText(state.error, t)}</p>
          {correlationId ? (
            <p className="pps-state__meta">{fill(t.errorReference, { id: correlationId })}</p>
          ) : null}
          {state.onRetry ? (
            <button type="button" className="pps-button" onClick={state.onRetry}>
              {t.retry}
            </button>
          ) : null}
        </div>
      );
    }
    case 'privacy':
      return <RestrictionNotice outcome={outcomeOf(state.codes)} t={t} />;
  }
}
