import { PpsHttpError, PpsNetworkError, PpsResponseError } from '../shared/errors';
import type { NilarDiagnosticReport, OperationOutcome, ResourceBase } from '../shared/fhir';
import { type PpsMode, type PpsPatientContext, patientHeaders } from './context';
import { type PpsSearchParams, toFormBody } from './search-params';
import { type PpsSearchResult, toSearchResult } from './search-result';

export type PpsApiVersion = 'v1' | 'v2';

export interface PpsClientConfig {
  /**
   * Where PPS is reached: in production the EPJ's own backend proxy (which holds the HelseID key and
   * adds DPoP), e.g. `/api/pps`; in NHN's Test backdoor `https://backdoor.test.pps.nhn.no/fhir`.
   */
  baseUrl: string;
  /** Which header set carries the patient context. @default 'proxy' */
  mode?: PpsMode;
  /** `v2` adds the `/v2` path prefix (and requires DPoP at NHN). @default 'v1' */
  apiVersion?: PpsApiVersion;
  /** Inject a fetch (for a proxy, a desktop web view or tests). @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Extra headers per request, for hosts that sign DPoP themselves. */
  getAuthHeaders?: (request: { method: string; url: string }) => Promise<Record<string, string>>;
}

export interface PpsClient {
  readonly config: Readonly<PpsClientConfig>;
  /** `POST {base}/DiagnosticReport/_search` for one patient. */
  searchDiagnosticReports(
    context: PpsPatientContext,
    params?: PpsSearchParams,
    signal?: AbortSignal,
  ): Promise<PpsSearchResult<NilarDiagnosticReport>>;
}

const newCorrelationId = (): string => globalThis.crypto.randomUUID();

async function readError(response: Response, correlationId: string): Promise<PpsHttpError> {
  const bodyText = await response.text().catch(() => '');
  let outcome: OperationOutcome | undefined;
  try {
    const parsed: unknown = JSON.parse(bodyText);
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      (parsed as { resourceType?: unknown }).resourceType === 'OperationOutcome' &&
      Array.isArray((parsed as { issue?: unknown }).issue)
    ) {
      outcome = parsed as OperationOutcome;
    }
  } catch {
    // PPS can answer with a plain-text body (pps-api.md §6.4); keep it as text.
  }
  return new PpsHttpError({
    status: response.status,
    outcome,
    bodyText: outcome ? undefined : bodyText,
    correlationId,
  });
}

/** A typed client for the PPS FHIR API. */
export function createPpsClient(config: PpsClientConfig): PpsClient {
  const mode = config.mode ?? 'proxy';
  const prefix = config.apiVersion === 'v2' ? '/v2' : '';
  const base = config.baseUrl.replace(/\/+$/, '') + prefix;

  async function search<T extends ResourceBase>(
    resourceType: T['resourceType'],
    context: PpsPatientContext,
    params: PpsSearchParams,
    signal: AbortSignal | undefined,
  ): Promise<PpsSearchResult<T>> {
    const correlationId = context.correlationId ?? newCorrelationId();
    const url = `${base}/${resourceType}/_search`;
    const headers: Record<string, string> = {
      accept: 'application/fhir+json, application/json;q=0.9',
      'content-type': 'application/x-www-form-urlencoded',
      ...patientHeaders(mode, { ...context, correlationId }),
      ...(await config.getAuthHeaders?.({ method: 'POST', url })),
    };
    const doFetch = config.fetch ?? globalThis.fetch;
    let response: Response;
    try {
      response = await doFetch(url, {
        method: 'POST',
        headers,
        body: toFormBody(params).toString(),
        ...(signal ? { signal } : {}),
      });
    } catch (cause) {
      if (signal?.aborted) throw cause;
      throw new PpsNetworkError(`Could not reach ${url}`, correlationId, { cause });
    }
    if (!response.ok) throw await readError(response, correlationId);
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new PpsResponseError('$', 'the body is not valid JSON', correlationId);
    }
    return toSearchResult<T>(body, resourceType, correlationId);
  }

  return {
    config,
    searchDiagnosticReports: (context, params = {}, signal) =>
      search<NilarDiagnosticReport>('DiagnosticReport', context, params, signal),
  };
}
